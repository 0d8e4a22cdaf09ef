import { runInSlices } from './load-data-folder'

/** The longest prefix this index answers; longer words go to the full-text index. */
export const SHORT_PREFIX_MAX = 2

const TEXTS_PER_SLICE = 1000
const SPACE = 32

/**
 * Which events have a word beginning with each one- or two-letter prefix, one bitset per
 * prefix. Such prefixes expand to most of the full-text index's vocabulary, so it is slow for
 * them, and a scan of every event's text takes 30 ms at 50,000 events; a bitset is read in
 * well under one. It costs 6 KB per prefix at 50,000 events, for the few hundred prefixes a
 * language has.
 *
 * Texts are searched as the store folds them: a space before every word (see `wordText`),
 * so a prefix is the one or two UTF-16 units after a space, exactly what `includes(' ' + w)`
 * finds. Built in slices after the store loads; until it is ready, the caller scans.
 */
export class ShortPrefixIndex {
  /** Bitsets of ASCII prefixes by `asciiSlot`, an array lookup rather than a map's. */
  private readonly ascii: Array<Uint32Array | undefined> = new Array<undefined>(ASCII_SLOTS)
  /** Bitsets of all other prefixes, by `prefixKey`. */
  private readonly others = new Map<number, Uint32Array>()
  private readonly bitsetLength: number
  private ready = false
  readonly built: Promise<void>

  constructor(texts: readonly string[]) {
    this.bitsetLength = Math.ceil(texts.length / 32)
    this.built = runInSlices(this.buildSteps(texts)).then(() => {
      this.ready = true
    })
  }

  /**
   * Whether the text at each position has a word beginning with `prefix` (one or two units),
   * or null if the index is not ready.
   */
  has(prefix: string): ((position: number) => boolean) | null {
    if (!this.ready) return null
    if (prefix.length === 0 || prefix.length > SHORT_PREFIX_MAX)
      throw new RangeError(`"${prefix}" is not a one- or two-letter prefix.`)
    const bits = this.bitsetOf(prefix.charCodeAt(0), prefix.charCodeAt(1))
    if (!bits) return () => false
    return (position) => (bits[position >>> 5]! & (1 << (position & 31))) !== 0
  }

  private *buildSteps(texts: readonly string[]): Generator<void, void> {
    for (let position = 0; position < texts.length; position += 1) {
      if (position > 0 && position % TEXTS_PER_SLICE === 0) yield
      const text = texts[position]!
      for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
        const first = text.charCodeAt(i + 1)
        if (Number.isNaN(first) || first === SPACE) continue
        this.mark(first, NaN, position)
        const second = text.charCodeAt(i + 2)
        if (!Number.isNaN(second) && second !== SPACE) this.mark(first, second, position)
      }
    }
  }

  /** The bitset of the prefix of one unit (`second` NaN) or two, if any text has it. */
  private bitsetOf(first: number, second: number): Uint32Array | undefined {
    const slot = asciiSlot(first, second)
    return slot === null ? this.others.get(prefixKey(first, second)) : this.ascii[slot]
  }

  private mark(first: number, second: number, position: number): void {
    let bits = this.bitsetOf(first, second)
    if (!bits) {
      bits = new Uint32Array(this.bitsetLength)
      const slot = asciiSlot(first, second)
      if (slot === null) this.others.set(prefixKey(first, second), bits)
      else this.ascii[slot] = bits
    }
    bits[position >>> 5]! |= 1 << (position & 31)
  }
}

const ASCII = 128
const ASCII_SLOTS = ASCII + ASCII * ASCII

/** The array slot of an ASCII prefix of one unit (`second` NaN) or two, else null. */
function asciiSlot(first: number, second: number): number | null {
  if (first >= ASCII) return null
  if (Number.isNaN(second)) return first
  return second < ASCII ? ASCII + first * ASCII + second : null
}

/** A number per prefix, so building the index allocates no strings. */
function prefixKey(first: number, second: number): number {
  return Number.isNaN(second) ? first : 65536 * (first + 1) + second
}
