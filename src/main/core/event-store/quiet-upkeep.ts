/**
 * Upkeep a thread does only while no request waits on it: once `quietMs` have passed without
 * one, after a request that may have left some (an edit), it runs a step, and further steps
 * for as long as there is more to do and no request comes in between. A request that comes
 * meanwhile is answered first (the steps yield to the event loop), and the quiet begins again.
 */
export class QuietUpkeep {
  private pending = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private next: ReturnType<typeof setImmediate> | null = null

  constructor(
    /** One short step of the upkeep; answers whether more is left. */
    private readonly step: () => boolean,
    private readonly quietMs: number,
  ) {}

  /** A request came in; `mayNeedUpkeep` when it may have left upkeep to do. */
  requested(mayNeedUpkeep: boolean): void {
    this.cancel()
    if (mayNeedUpkeep) this.pending = true
    if (this.pending) this.timer = setTimeout(this.run, this.quietMs)
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.next !== null) clearImmediate(this.next)
    this.timer = null
    this.next = null
  }

  private readonly run = (): void => {
    this.timer = null
    this.next = null
    if (!this.pending) return
    this.pending = this.step()
    if (this.pending) this.next = setImmediate(this.run)
  }
}
