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

/** A store that answers in this thread, seen through the same promise-based door. */
export function storeInThisThread(
  store: Queries & { searchReady: Promise<void> },
  close: () => void = () => undefined,
): TimelineStore {
  const call =
    <M extends StoreMethod>(method: M) =>
    (...args: Parameters<Queries[M]>): Promise<ReturnType<Queries[M]>> => {
      try {
        const answer = (store[method] as (...a: unknown[]) => ReturnType<Queries[M]>)(...args)
        return Promise.resolve(answer)
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
  return {
    searchReady: store.searchReady,
    status: call('status'),
    actors: call('actors'),
    sources: call('sources'),
    tracks: call('tracks'),
    tags: call('tags'),
    contents: call('contents'),
    title: call('title'),
    listEvents: call('listEvents'),
    listPage: call('listPage'),
    adjacent: call('adjacent'),
    window: call('window'),
    getEvent: call('getEvent'),
    close: () => {
      close()
      return Promise.resolve()
    },
  }
}
