/**
 * One pass over a comment that produces the text the matchers run on, plus a map back to the original offsets
 * (evidence must quote what the customer wrote, not our folded form) and a count of letters per script.
 *
 * What changes: NFKC (full-width → ASCII, half-width kana → kana), katakana → hiragana, lower case, Latin diacritics folded (é → e,
 * ø → o; ß, æ, œ stay), apostrophes dropped ("can't" → "cant", "j'ai" → "jai", as people type them anyway),
 * hyphens → spaces, letter runs of 3+ → 1 ("sooooo" → "so", "แย่มากกกก" → "แย่มาก"). The slow path also collapses
 * whitespace runs; the fast path (no length change anywhere) skips the offset map altogether.
 * Punctuation is kept: sentence breaks bound negation scopes and "!!" is an anger cue.
 */

export interface ScriptCounts {
  latin: number
  kana: number
  han: number
  hangul: number
  thai: number
}

export interface NormalizedText {
  text: string
  /**
   * origStart[i] = offset in the original string of normalised char i; one extra entry = original length.
   * null when normalisation kept every offset (the common case), so no map was built.
   */
  origStart: readonly number[] | null
  scripts: ScriptCounts
}

const COMBINING_MARKS = /[\u0300-\u036f]/g
// One char in, one char out where possible (ß, æ, œ stay; lexicons are normalised the same way).
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
}
/** Per-code-point cache of the folded form of non-ASCII characters: NFKC + case + diacritics are not free. */
const foldCache = new Map<number, string>()

function foldNonAscii(cp: number): string {
  const cached = foldCache.get(cp)
  if (cached !== undefined) return cached
  const ch = String.fromCodePoint(cp)
  let folded = ch.normalize('NFKC').toLowerCase()
  // Katakana → hiragana: customers write がっかり and ガッカリ alike (ー and loanwords fold the same way in lexicons).
  const k = folded.charCodeAt(0)
  if (folded.length === 1 && k >= 0x30a1 && k <= 0x30f6) folded = String.fromCharCode(k - 0x60)
  // Only Latin letters lose their diacritics; kana dakuten and Thai vowel marks carry meaning.
  if (/^[\u00c0-\u024f\u1e00-\u1eff]+$/.test(folded)) {
    folded = folded.normalize('NFD').replace(COMBINING_MARKS, '')
    folded = LATIN_SPECIALS[folded] ?? folded
  }
  if (folded === '\u2019' || folded === '\u2018' || folded === '\u02bc' || folded === '`') folded = ''
  else if (/^[\u2010-\u2015\u2212]$/.test(folded)) folded = ' '
  else if (folded === '\u2028' || folded === '\u2029' || folded === '\u0085') folded = '\n'
  else if (/^\s+$/u.test(folded)) folded = ' '
  foldCache.set(cp, folded)
  return folded
}

function countScript(cp: number, scripts: ScriptCounts): void {
  if (cp <= 0x24f || (cp >= 0x1e00 && cp <= 0x1eff)) scripts.latin++
  else if (cp >= 0x3040 && cp <= 0x30ff) scripts.kana++
  else if (cp >= 0xff66 && cp <= 0xff9d) scripts.kana++
  else if (cp >= 0x4e00 && cp <= 0x9fff) scripts.han++
  else if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f))
    scripts.hangul++
  else if (cp >= 0x0e00 && cp <= 0x0e7f) scripts.thai++
}

/**
 * Reused offset buffer (the detector is synchronous, so one is enough); grown on demand. A plain array of small
 * integers: copying a slice of it out is much cheaper than allocating a typed array.
 */
let starts: number[] = new Array<number>(1024).fill(0)

/**
 * Builds the slow path's output from slices of the input (lower-cased when that keeps offsets), adding only the
 * chars that differ from it: far cheaper than String.fromCharCode over a buffer of every char. The pieces are
 * joined once at the end, not concatenated as they come: a concatenated string stays a rope (ConsString), and
 * every charCodeAt the matchers make on it then costs about 40% more than on the flat string join() gives.
 */
class SpliceBuilder {
  private readonly parts: string[] = []
  /** The pending run source[from, to) ends the output. */
  private from = 0
  private to = 0

  constructor(private readonly source: string) {}

  /** Appends `code`, written for source[index]. */
  push(code: number, index: number): void {
    if (code === this.source.charCodeAt(index)) {
      if (this.to === index && this.to > this.from) {
        this.to++
        return
      }
      this.flush()
      this.from = index
      this.to = index + 1
      return
    }
    this.pushChar(code)
  }

  pushChar(code: number): void {
    this.flush()
    this.parts.push(String.fromCharCode(code))
  }

  dropLast(): void {
    if (this.to > this.from) {
      this.to--
      return
    }
    const last = this.parts.pop()
    if (last !== undefined && last.length > 1) this.parts.push(last.slice(0, -1))
  }

  toString(): string {
    this.flush()
    return this.parts.join('')
  }

  private flush(): void {
    if (this.to > this.from) {
      this.parts.push(this.source.slice(this.from, this.to))
      this.from = this.to
    }
  }
}

/** What one input character becomes: -1 = dropped, a char code, or (rare) a string of several chars. */
function mapAscii(c: number): number {
  if (c >= 65 && c <= 90) return c + 32
  if (c === 32 || c === 9 || c === 45 || c === 95) return 32
  if (c === 13) return 10
  if (c === 39 || c === 96) return -1 // apostrophes and backticks are dropped
  return c
}

/** `lower` is original.toLowerCase() when it has the same length (then offsets line up), else null. */
function normalizeSlowly(original: string, lower: string | null): NormalizedText {
  const scripts: ScriptCounts = { latin: 0, kana: 0, han: 0, hangul: 0, thai: 0 }
  const length = original.length
  // Worst case every char expands (㍿ → 株式会社).
  const capacity = length * 4 + 8
  if (starts.length < capacity) starts = new Array<number>(capacity).fill(0)
  const at = starts
  const out = new SpliceBuilder(lower ?? original)
  let n = 0
  let prev = -1
  let run = 0
  let latin = 0

  for (let i = 0; i < length; i++) {
    const c = original.charCodeAt(i)
    let single: number
    let several: string | null = null
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latin++
      single = mapAscii(c)
      if (single < 0) continue
    } else {
      const cp = c >= 0xd800 && c <= 0xdbff ? (original.codePointAt(i) ?? c) : c
      countScript(cp, scripts)
      if (cp === 0x3099 || cp === 0x309a || cp === 0xff9e || cp === 0xff9f) {
        // A detached (half-width) voicing mark: compose it with the kana before it (ｶﾞ → ガ).
        const mark = cp === 0xff9e ? '\u3099' : cp === 0xff9f ? '\u309a' : String.fromCharCode(cp)
        const composed = (String.fromCharCode(prev) + mark).normalize('NFC')
        if (n > 0 && composed.length === 1) {
          prev = composed.charCodeAt(0)
          out.dropLast()
          out.pushChar(prev)
        }
        continue
      }
      const folded = foldNonAscii(cp)
      if (cp > 0xffff) i++
      if (folded.length === 0) continue
      single = folded.charCodeAt(0)
      if (folded.length > 1) several = folded
    }
    for (let k = 0; ;) {
      const code = single
      // Whitespace: one space between words; a line break is kept (it ends a clause) and swallows spaces.
      let skip = code === 32 ? prev === 32 || prev === 10 || n === 0 : code === 10 && (prev === 10 || n === 0)
      if (code === prev && code >= 97 && (code <= 122 || code > 0x7f)) {
        // A letter run: a double stays ("good"), a third letter means elongation ("sooo" → "so").
        run++
        if (run === 2) {
          n--
          out.dropLast()
        }
        if (run >= 2) skip = true
      }
      if (!skip) {
        if (code !== prev) run = 0
        if (code === 10 && prev === 32) {
          n-- // "word \n" → "word\n"
          out.dropLast()
        }
        if (several) {
          at[n++] = i - (original.charCodeAt(i) >= 0xdc00 && original.charCodeAt(i) <= 0xdfff ? 1 : 0)
          out.pushChar(code)
        } else {
          at[n++] = i
          out.push(code, i)
        }
        prev = code
      }
      if (several === null || ++k >= several.length) break
      single = several.charCodeAt(k)
    }
  }
  scripts.latin += latin
  if ((prev === 32 || prev === 10) && n > 0) {
    n--
    out.dropLast()
  }
  at[n] = length
  return { text: out.toString(), origStart: at.slice(0, n + 1), scripts }
}

const sameLength = (original: string, lower: string): string | null =>
  lower.length === original.length ? lower : null

/** The chars the fast path folds in place: Latin-1 and Latin Extended, dashes, line separators, ideographic space, katakana, full-width forms. */
const isFoldable = (c: number): boolean =>
  (c >= 0xa0 && c <= 0x24f) ||
  (c >= 0x1e00 && c <= 0x1eff) ||
  (c >= 0x2010 && c <= 0x2015) ||
  c === 0x2212 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x3000 ||
  (c >= 0x30a1 && c <= 0x30f6) ||
  (c >= 0xff01 && c <= 0xff9d)
/** Hyphen, underscore and tab become a space, a carriage return a line break (same length). */
const separatorOf = (c: number): number => (c === 45 || c === 95 || c === 9 ? 32 : c === 13 ? 10 : c)
const HYPHENS = /[-_\t]/g
const CARRIAGE_RETURNS = /\r/g

/**
 * Fast path (most comments): every step is one char in, one char out, so offsets are unchanged and no map is
 * needed. One pass over the lower-cased text counts letters per script and tells whether anything would change
 * lengths (apostrophes, letter runs of 3+, detached voicing marks, a fold to 0 or 2+ chars), in which case the
 * char-by-char slow path runs instead.
 */
export function normalize(original: string): NormalizedText {
  const lower = original.toLowerCase()
  const length = lower.length
  // Local counters, not fields of `scripts`: they stay in registers through the loop.
  let latin = 0
  let kana = 0
  let han = 0
  let hangul = 0
  let thai = 0
  let nonAscii = false
  /** Separators or foldable chars: the text is rewritten, at the same length. */
  let rewrite = false
  let foldable = false
  /** Where the first char that a rewrite or fold may change stands: the rewrite loop starts there. */
  let firstChange = -1
  let prev = -1
  let run = 0
  for (let i = 0; i < length; i++) {
    const c = lower.charCodeAt(i)
    if (c === prev && c >= 97 && (c <= 122 || c > 0x7f)) {
      if (++run >= 2) return normalizeSlowly(original, sameLength(original, lower)) // a run of 3+ is collapsed by the slow path
    } else run = 0
    prev = c
    if (c < 0x80) {
      if (c >= 97 && c <= 122) latin++
      else if (c === 39 || c === 96)
        return normalizeSlowly(original, sameLength(original, lower)) // apostrophes and backticks are dropped
      else if (c === 45 || c === 95 || c === 9 || c === 13) {
        rewrite = true
        if (firstChange < 0) firstChange = i
      }
    } else {
      nonAscii = true
      if (c === 0x2018 || c === 0x2019 || c === 0x02bc || (c >= 0x3099 && c <= 0x309a) || c >= 0xff9e) {
        if (c <= 0xff9f) return normalizeSlowly(original, sameLength(original, lower))
      } else {
        // As countScript().
        if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) latin++
        else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9d)) kana++
        else if (c >= 0x4e00 && c <= 0x9fff) han++
        else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
          hangul++
        else if (c >= 0x0e00 && c <= 0x0e7f) thai++
        if (isFoldable(c)) {
          foldable = true
          if (firstChange < 0) firstChange = i
        }
      }
    }
  }
  if (!nonAscii) {
    // Letters are nearly all of an ASCII comment: the count only needs to tell scripts apart.
    const scripts: ScriptCounts = { latin: length, kana: 0, han: 0, hangul: 0, thai: 0 }
    const text = rewrite ? lower.replace(HYPHENS, ' ').replace(CARRIAGE_RETURNS, '\n') : lower
    return { text, origStart: null, scripts }
  }
  const scripts: ScriptCounts = { latin, kana, han, hangul, thai }
  if (length !== original.length) return normalizeSlowly(original, sameLength(original, lower))
  if (!foldable) {
    const text = rewrite ? lower.replace(HYPHENS, ' ').replace(CARRIAGE_RETURNS, '\n') : lower
    return { text, origStart: null, scripts }
  }
  // Splice the changed chars into the unchanged runs: cheaper than rebuilding the string char by char. Joined
  // once, so the matchers read a flat string, not a rope (see SpliceBuilder).
  const parts: string[] = []
  let copied = 0
  for (let i = firstChange; i < length; i++) {
    const c = lower.charCodeAt(i)
    let to = c
    if (c >= 0xa0 && isFoldable(c)) {
      const folded = foldNonAscii(c)
      if (folded.length !== 1) return normalizeSlowly(original, sameLength(original, lower))
      to = separatorOf(folded.charCodeAt(0))
    } else to = separatorOf(c)
    if (to !== c) {
      if (i > copied) parts.push(lower.slice(copied, i))
      parts.push(String.fromCharCode(to))
      copied = i + 1
    }
  }
  if (copied === 0) return { text: lower, origStart: null, scripts }
  if (copied < length) parts.push(lower.slice(copied))
  return { text: parts.join(''), origStart: null, scripts }
}

/** The original substring behind normalised [start, end). */
export function originalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const map = norm.origStart
  if (map === null) return { start, end }
  const s = map[start] ?? 0
  const lastChar = map[Math.max(start, end - 1)] ?? s
  // The end is the start of the next original char after the last matched one (surrogates, ㍿ → 株式会社).
  let e = map[end] ?? lastChar + 1
  if (e <= lastChar) e = lastChar + 1
  return { start: s, end: e }
}
