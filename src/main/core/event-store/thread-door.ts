/** An object's methods seen through a promise-based door, whichever thread answers them. */
export type Door<T, M extends keyof T> = {
  [K in M]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never
}

export function doorAskingWith<T, M extends keyof T & string>(
  methods: readonly M[],
  ask: (method: M) => (...args: unknown[]) => Promise<unknown>,
): Door<T, M> {
  return Object.fromEntries(methods.map((method) => [method, ask(method)])) as Door<T, M>
}

/** The same door onto an object in this thread: its answers and its errors as promises. */
export function doorInThisThread<T, M extends keyof T & string>(
  target: T,
  methods: readonly M[],
): Door<T, M> {
  return doorAskingWith<T, M>(methods, (method) => (...args) => {
    try {
      return Promise.resolve((target[method] as (...a: unknown[]) => unknown).apply(target, args))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
