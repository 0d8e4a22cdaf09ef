type Listener = (message: string) => void

const listeners = new Set<Listener>()

/** Listens for failures the user should read; returns what stops listening. */
export function onFailureReported(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Tells the user that `doing` failed, and why. */
export function reportFailure(doing: string, error: unknown): void {
  const why = error instanceof Error ? error.message : String(error)
  const message = `${doing} failed: ${why}`
  for (const listener of listeners) listener(message)
}

/**
 * Starts an action from an event handler, where nothing can await it: a failure it does not
 * handle itself is reported to the user, never dropped.
 */
export function runAction(doing: string, action: () => Promise<unknown>): void {
  action().catch((error: unknown) => reportFailure(doing, error))
}
