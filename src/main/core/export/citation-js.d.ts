// citation-js ships no type declarations: the little of its API the app uses, typed here.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>)
    data: Array<Record<string, unknown>>
    format(format: string, options?: Record<string, unknown>): string
  }
  export const plugins: { config: { get(name: string): unknown } }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
declare module '@citation-js/plugin-csl'
