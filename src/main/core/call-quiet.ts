/**
 * Runs background work once the renderer's calls have paused. A first view, a zoom or a
 * search is a burst of calls, and work started during one competes with it for the machine's
 * cores (on two cores, a spare store thread loading its modules held up the first view by
 * 100–300 ms). Nothing runs before the first call is seen: until then the window is still
 * loading, which is busy too.
 */
export class CallQuiet {
  private inFlight = 0
  private seenCall = false
  /** Tasks not yet run, by name (a symbol for each `nextPause`), in the order first asked for. */
  private readonly pending = new Map<string | symbol, () => void>()
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly quietMs: number) {}

  /**
   * Runs `task` once no call has been in flight for `quietMs`; it replaces a task of the same
   * name not yet run. Tasks of different names run one per pause, the next once the calls
   * have paused again, so two heavy ones never start together.
   */
  whenQuiet(task: () => void, name = 'task'): void {
    this.pending.set(name, task)
    this.arm()
  }

  /**
   * Resolves at a pause of its own (as `whenQuiet` runs a task), or rejects once `stop` is
   * aborted first, and is then forgotten. Each wait is apart from every other: calling one
   * off never calls off another waiting for the same pause.
   */
  nextPause(stop?: AbortSignal): Promise<void> {
    const key = Symbol('pause')
    return new Promise((resolve, reject) => {
      const stopped = () => {
        this.cancel(key)
        reject(new Error('stopped before the calls paused'))
      }
      if (stop?.aborted) {
        stopped()
        return
      }
      stop?.addEventListener('abort', stopped, { once: true })
      this.pending.set(key, () => {
        stop?.removeEventListener('abort', stopped)
        resolve()
      })
      this.arm()
    })
  }

  /** Forgets a task of this name not yet run. */
  cancel(name: string | symbol): void {
    this.pending.delete(name)
    if (this.pending.size === 0) this.disarm()
  }

  /** Counts `call` as in flight until it settles; answers what it answers. */
  track<T>(call: Promise<T>): Promise<T> {
    this.seenCall = true
    this.inFlight += 1
    this.disarm()
    return call.finally(() => {
      this.inFlight -= 1
      this.arm()
    })
  }

  private arm(): void {
    if (this.pending.size === 0 || !this.seenCall || this.inFlight > 0) return
    if (this.timer) {
      this.timer.refresh()
      return
    }
    this.timer = setTimeout(() => {
      this.timer = null
      const [name, task] = this.pending.entries().next().value ?? []
      if (name === undefined || !task) return
      this.pending.delete(name)
      task()
      this.arm()
    }, this.quietMs)
    // Work readied ahead is never a reason to keep the process running.
    this.timer.unref()
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
