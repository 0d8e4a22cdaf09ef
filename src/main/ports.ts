/** What the core needs from whichever host runs it: Electron, or the e2e test host. */
export interface PdfOptions {
  pageSize: 'A4' | 'Letter'
  landscape: boolean
}

export interface HostPorts {
  /** Prints a self-contained HTML document to PDF bytes. */
  printHtmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array>
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  /**
   * Asks the user for a file to open (a notes export, a timeline, a source document, a CSV or
   * JSON file to import events from); null when they cancel.
   */
  chooseOpenPath(kind: 'notes' | 'timeline' | 'document' | 'import'): Promise<string | null>
  /** Hands a file to the system's default viewer for its type. */
  openFile(path: string): Promise<void>
  /** Opens an http(s) URL in the system browser. The caller has already checked it. */
  openExternal(url: string): Promise<void>
  /** The folder that holds the user's own data. */
  userDataDir: string
  now(): Date
}
