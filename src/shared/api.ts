/**
 * The contract between the renderer and the main process: every channel, the schema its
 * input must pass, and the schema of what it answers. The preload builds `window.api` from
 * this table, `src/main/handlers.ts` implements it, and the renderer calls it with these types.
 * Adding a channel means adding an entry here and its handler, nothing else.
 */
import { z } from 'zod'
import { ActorSchema, IdSchema, SourceSchema } from './model'
import type { ApiResult } from './result'
import { EventDetailSchema, EventQuerySchema, EventSummarySchema, StoreStatusSchema } from './store'

export const NoInputSchema = z.undefined()

export const contract = {
  /** How the event store loaded: counts, and every problem found in the data files. */
  getStoreStatus: { input: NoInputSchema, output: StoreStatusSchema },
  /** Events matching a query, in time order. */
  listEvents: { input: EventQuerySchema, output: z.array(EventSummarySchema) },
  /** One event with its actors and its claims' sources resolved. */
  getEvent: { input: z.strictObject({ id: IdSchema }), output: EventDetailSchema },
  listActors: { input: NoInputSchema, output: z.array(ActorSchema) },
  listSources: { input: NoInputSchema, output: z.array(SourceSchema) },
  /** Opens an http(s) address in the system browser; anything else is refused. */
  openExternal: { input: z.strictObject({ url: z.string().max(2000) }), output: z.null() },
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]

/** The IPC channel name of a contract entry; prefixed so nothing else can collide with it. */
export function ipcChannelName(channel: Channel): string {
  return `timeline:${channel}`
}

/** What the renderer sees as `window.api`: one named async function per channel. */
export type Api = {
  [C in Channel]: ChannelInput<C> extends undefined
    ? () => Promise<ApiResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>
}
