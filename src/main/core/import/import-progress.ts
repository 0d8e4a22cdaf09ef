/**
 * An import's progress and its Cancel, in memory shared between the main process and the
 * import's worker thread: the worker writes rows done (and the total once known), the main
 * process reads them whenever the renderer asks, and sets Cancel, which the worker reads
 * between rows. No message has to wait for the worker's loop to be free.
 */
export class ImportProgressCells {
  private readonly cells: Int32Array

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4 * 4)) {
    this.cells = new Int32Array(buffer)
  }

  get rowsDone(): number {
    return Atomics.load(this.cells, 0)
  }

  set rowsDone(rows: number) {
    Atomics.store(this.cells, 0, rows)
  }

  get rowsTotal(): number {
    return Atomics.load(this.cells, 1)
  }

  set rowsTotal(rows: number) {
    Atomics.store(this.cells, 1, rows)
  }

  cancel(): void {
    Atomics.store(this.cells, 2, 1)
  }

  get cancelled(): boolean {
    return Atomics.load(this.cells, 2) === 1
  }
}

/** Thrown between rows once Cancel is set: the transaction is rolled back. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.')
  }
}
