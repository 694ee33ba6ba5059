/**
 * Hashed n-gram features of a ticket's customer words for the learned model (docs/detection.md, "Learned tone").
 * Training (tests/eval/model) and inference (./score.ts) both call `ticketFeatures`, so they cannot drift apart.
 *
 * - Latin languages: word unigrams and bigrams, plus character 3–5-grams inside each word (" word " padded), so
 *   inflections share features ("disappoint" in disappointed / disappointing) without a stemmer.
 * - ja / ko: character 1–3-grams; th: 2–5-grams, inside runs of letters; every other visible character (!, ？, 😡)
 *   is a feature of its own. No word segmentation is needed.
 * - Text is NFKC (Latin: NFKD with the marks skipped, so accents fold) and lower-cased; every digit reads as 0.
 * - Each n-gram is hashed from char codes (FNV-1a extended one character at a time, murmur3's finaliser): no
 *   per-word strings. The latest customer comment's features are emitted twice, the second time in a namespace of
 *   their own derived from the same hash (the arc: angry first, thanks last), in the same pass.
 */
import type { TicketSnapshot } from '../../model'
import { FNV_OFFSET, FNV_PRIME, mix32 } from '../../hash'

export type FeatureScript = 'latin' | 'ja' | 'ko' | 'th'

/** Receives every feature hash of a ticket; duplicates are the receiver's to drop (presence, not counts). */
export interface FeatureSink {
  add(hash: number): void
}

/** A different FNV start per feature kind, so a word and a character n-gram never share a hash. */
const SEED_CHAR = (FNV_OFFSET ^ 0x9e3779b9) >>> 0
const SEED_WORD = (FNV_OFFSET ^ 0x85ebca6b) >>> 0
const SEED_BIGRAM = (FNV_OFFSET ^ 0xc2b2ae35) >>> 0
const SEED_META = (FNV_OFFSET ^ 0x165667b1) >>> 0
const LAST_SALT = 0x27d4eb2f

const step = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME)

/** FNV-1a of a whole string in the metadata namespace (the CSAT score). */
function metaHash(text: string): number {
  let h = SEED_META
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i))
  return mix32(h)
}
const CSAT_GOOD = metaHash('csat:good')
const CSAT_BAD = metaHash('csat:bad')

// Character classes, computed once per UTF-16 code unit the first time it is met.
const UNKNOWN = 0
const LETTER = 1
const DIGIT = 2
const MARK = 3
const APOSTROPHE = 4
const SPACE = 5
const OTHER = 6
const classes = new Uint8Array(0x10000)
const IS_LETTER = /[\p{L}\p{No}\p{Nl}]/u
const IS_DIGIT = /\p{Nd}/u
const IS_MARK = /\p{M}/u
const IS_SPACE = /[\s\p{Cc}\p{Cf}]/u

function classOf(code: number): number {
  let c = classes[code] as number
  if (c !== UNKNOWN) return c
  const ch = String.fromCharCode(code)
  c =
    code === 0x27 || code === 0x2019
      ? APOSTROPHE
      : IS_LETTER.test(ch)
        ? LETTER
        : IS_DIGIT.test(ch)
          ? DIGIT
          : IS_MARK.test(ch)
            ? MARK
            : IS_SPACE.test(ch)
              ? SPACE
              : OTHER
  classes[code] = c
  return c
}

const NON_ASCII = /[^\0-\x7f]/

/** NFKC and lower case; Latin text decomposed (NFKD) so its accents can be skipped (customers often drop them). */
export function normalizeForModel(text: string, script: FeatureScript): string {
  // ASCII is its own NFKC and NFKD: most Latin comments skip the normaliser's pass and copy.
  const folded = NON_ASCII.test(text) ? text.normalize(script === 'latin' ? 'NFKD' : 'NFKC') : text
  return folded.toLowerCase()
}

/** Reused buffers for the current and the previous word: the hashing allocates nothing per word. */
let word = new Uint16Array(256)
let previous = new Uint16Array(256)

/** Emits one feature, and its copy in the latest comment's namespace when `last`. */
function emit(sink: FeatureSink, h: number, last: boolean): void {
  sink.add(h)
  if (last) sink.add(mix32((h ^ LAST_SALT) >>> 0))
}

/** Character n-grams (minN..maxN) of buf[0..length), optionally padded with a space on both sides. */
function charNgrams(
  sink: FeatureSink,
  last: boolean,
  buf: Uint16Array,
  length: number,
  padded: boolean,
  minN: number,
  maxN: number,
): void {
  const total = padded ? length + 2 : length
  for (let i = 0; i < total; i++) {
    let h = SEED_CHAR
    const end = Math.min(total, i + maxN)
    for (let j = i; j < end; j++) {
      const code = padded ? (j === 0 || j === total - 1 ? 32 : (buf[j - 1] as number)) : (buf[j] as number)
      h = step(h, code)
      if (j - i + 1 >= minN) emit(sink, mix32(h), last)
    }
  }
}

function hashWord(sink: FeatureSink, last: boolean, length: number, previousLength: number): void {
  let h = SEED_WORD
  for (let i = 0; i < length; i++) h = step(h, word[i] as number)
  emit(sink, mix32(h), last)
  if (previousLength > 0) {
    h = SEED_BIGRAM
    for (let i = 0; i < previousLength; i++) h = step(h, previous[i] as number)
    h = step(h, 32)
    for (let i = 0; i < length; i++) h = step(h, word[i] as number)
    emit(sink, mix32(h), last)
  }
  charNgrams(sink, last, word, length, true, 3, 5)
}

/** Every feature of one normalised text. */
export function textFeatures(script: FeatureScript, text: string, sink: FeatureSink, last: boolean): void {
  if (word.length < text.length) {
    word = new Uint16Array(text.length)
    previous = new Uint16Array(text.length)
  }
  const latin = script === 'latin'
  const [minN, maxN] = script === 'th' ? [2, 5] : [1, 3]
  let length = 0
  let previousLength = 0
  const flush = (): void => {
    if (length === 0) return
    if (latin) {
      hashWord(sink, last, length, previousLength)
      const swap = previous
      previous = word
      word = swap
      previousLength = length
    } else charNgrams(sink, last, word, length, false, minN, maxN)
    length = 0
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const c = classOf(code)
    if (c === LETTER) word[length++] = code
    else if (c === DIGIT) word[length++] = 48
    else if (c === MARK) {
      // Latin: an accent folded away; elsewhere (Thai vowels, Hangul jamo) part of the letter run.
      if (!latin && length > 0) word[length++] = code
    } else if (c === APOSTROPHE && latin && length > 0 && classOf(text.charCodeAt(i + 1)) === LETTER)
      word[length++] = code
    else {
      flush()
      if (c === SPACE) continue
      if (latin) previousLength = 0
      else {
        // Punctuation and emoji between runs still say something ("!!!", "？", "😡"); a surrogate pair is one.
        let h = step(SEED_META, code)
        const next = text.charCodeAt(i + 1)
        if (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          h = step(h, next)
          i++
        }
        emit(sink, mix32(h), last)
      }
    }
  }
  flush()
}

/** Every feature of a ticket: its customer's words (latest comment also in its own namespace) and its rating. */
export function ticketFeatures(
  ticket: TicketSnapshot,
  script: FeatureScript,
  lastSeparate: boolean,
  sink: FeatureSink,
): void {
  let last = lastSeparate
  for (let i = ticket.comments.length - 1; i >= 0; i--) {
    const c = ticket.comments[i]
    if (!c || c.author !== 'customer' || c.public === false) continue
    textFeatures(script, normalizeForModel(c.body, script), sink, last)
    last = false
  }
  if (ticket.subject) textFeatures(script, normalizeForModel(ticket.subject, script), sink, false)
  if (ticket.csat?.comment) textFeatures(script, normalizeForModel(ticket.csat.comment, script), sink, false)
  const score = ticket.csat?.score
  if (score === 'good') sink.add(CSAT_GOOD)
  else if (score === 'bad') sink.add(CSAT_BAD)
}
