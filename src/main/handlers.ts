import type { z } from 'zod'
import { CHANNELS, contract, type Channel, type ChannelOutput, type Contract } from '../shared/api'
import type { ApiResult } from '../shared/result'
import type { EventStore } from './core/event-store/event-store'
import { parseExternalUrl } from './core/external-url'
import type { HostPorts } from './ports'

export interface AppServices {
  /** Resolves once the data folder is loaded; calls wait for it instead of blocking start-up. */
  store: Promise<EventStore>
  ports: HostPorts
}

type Implementations = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>>
}

/** One function per channel: takes untrusted input, answers a result, never throws. */
export type HandlerTable = {
  [C in Channel]: (input: unknown) => Promise<ApiResult<ChannelOutput<C>>>
}

/** A message meant for the user, as opposed to a bug. */
export class RefusedError extends Error {}

function implementations({ store, ports }: AppServices): Implementations {
  return {
    getStoreStatus: async () => (await store).status(),
    listEvents: async (query) => (await store).listEvents(query),
    getEvent: async ({ id }) => (await store).getEvent(id),
    listActors: async () => (await store).actors(),
    listSources: async () => (await store).sources(),
    openExternal: async ({ url }) => {
      const parsed = parseExternalUrl(url)
      if (!parsed) throw new RefusedError(`Only http and https links can be opened: "${url}".`)
      await ports.openExternal(parsed.href)
      return null
    },
  }
}

function describeInputIssues(channel: Channel, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ')
  return `The request "${channel}" was refused: ${details}.`
}

export function createHandlers(services: AppServices): HandlerTable {
  const impl = implementations(services)
  const table = Object.fromEntries(
    CHANNELS.map((channel) => {
      const run = impl[channel] as (input: unknown) => Promise<unknown>
      const handle = async (input: unknown): Promise<ApiResult<unknown>> => {
        const parsed = contract[channel].input.safeParse(input)
        if (!parsed.success) return { ok: false, error: describeInputIssues(channel, parsed.error) }
        try {
          return { ok: true, value: await run(parsed.data) }
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) }
        }
      }
      return [channel, handle]
    }),
  )
  return table as HandlerTable
}
