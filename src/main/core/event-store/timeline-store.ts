import type { EventStore } from './event-store'

type Queries = Pick<
  EventStore,
  | 'status'
  | 'actors'
  | 'sources'
  | 'tracks'
  | 'tags'
  | 'contents'
  | 'title'
  | 'links'
  | 'linksAmong'
  | 'listEvents'
  | 'listPage'
  | 'adjacent'
  | 'window'
  | 'getEvent'
>

/** The names of the questions a store answers. */
export type StoreMethod = keyof Queries

/**
 * What the app asks of an open timeline's events, whichever store holds them: the bundled
 * sample's in-memory store, or a timeline file's store, which may run in a worker thread so
 * that the main process never waits on it. Every answer is a promise.
 */
export type TimelineStore = {
  [M in StoreMethod]: (...args: Parameters<Queries[M]>) => Promise<ReturnType<Queries[M]>>
} & {
  /** Resolves once full-text search is indexed (it works before, by scanning). */
  readonly searchReady: Promise<void>
  /** Lets go of the store's file and thread, if it has them. */
  close(): Promise<void>
}

/** Every question a store answers, for building a door from one way of asking. */
const STORE_METHODS: readonly StoreMethod[] = [
  'status',
  'actors',
  'sources',
  'tracks',
  'tags',
  'contents',
  'title',
  'links',
  'linksAmong',
  'listEvents',
  'listPage',
  'adjacent',
  'window',
  'getEvent',
]

/** A store whose every question is asked through `ask`. */
export function storeAskingWith(
  ask: (method: StoreMethod) => (...args: unknown[]) => Promise<unknown>,
  searchReady: Promise<void>,
  close: () => Promise<void>,
): TimelineStore {
  const methods = Object.fromEntries(STORE_METHODS.map((method) => [method, ask(method)]))
  return { ...methods, searchReady, close } as TimelineStore
}

/** A store that answers in this thread, seen through the same promise-based door. */
export function storeInThisThread(
  store: Queries & { searchReady: Promise<void> },
  close: () => void = () => undefined,
): TimelineStore {
  const ask =
    (method: StoreMethod) =>
    (...args: unknown[]): Promise<unknown> => {
      try {
        return Promise.resolve((store[method] as (...a: unknown[]) => unknown)(...args))
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
  return storeAskingWith(ask, store.searchReady, () => {
    close()
    return Promise.resolve()
  })
}
