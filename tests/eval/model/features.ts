/**
 * Hashed n-gram features of a ticket's customer text for the learned model (tests/eval/README.md, "Learned
 * model"). Pure and deterministic: the same ticket always gives the same vector, in Node and in the browser;
 * training (tests/eval/model) and inference (./score.ts) share this file, so they cannot drift apart.
 *
 * - Latin languages: word unigrams and bigrams, plus character 3–5-grams inside each word (" word " padded), so
 *   inflections share features ("disappoint" in disappointed / disappointing) without a stemmer.
 * - ja / ko: character 1–3-grams; th: character 2–5-grams (Thai vowels and tone marks are code points of their
 *   own). No word segmentation is needed.
 * - Each n-gram is hashed (FNV-1a over UTF-16 code units, extended one character at a time, then mixed) into
 *   2^bits buckets with a sign bit (signed hashing halves the bias of collisions).
 * - Presence, not counts; the vector is L2-normalised so long emails and one-liners weigh alike.
 */
import type { TicketSnapshot } from '../../../src/core/model'

export type FeatureScript = 'latin' | 'ja' | 'ko' | 'th'

export interface FeatureOptions {
  bits: number
  /** Also hash the latest customer comment in a namespace of its own (the arc: angry, then thanks). */
  lastSeparate: boolean
}

export const DEFAULT_FEATURES: FeatureOptions = { bits: 12, lastSeparate: false }

export interface SparseVector {
  /** Bucket indices, ascending, unique. */
  index: Int32Array
  value: Float64Array
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Namespaces: a different FNV start per feature kind, so a word and a character n-gram never share a hash. */
const NS = { char: 0x9e3779b9, word: 0x85ebca6b, bigram: 0xc2b2ae35, last: 0x27d4eb2f, meta: 0x165667b1 }

/** Murmur3's finaliser: FNV's low bits are weak, and the bucket is taken from them. */
export function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a of a whole string from a namespace seed (words, bigrams, metadata tokens). */
export function hashString(seed: number, text: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return mix32(h)
}

const LATIN_MARKS = /\p{M}+/gu
const DIGITS = /\p{Nd}/gu

/** NFKC, lower case, every digit as 0; Latin text also loses its accents (customers often drop them). */
export function normalizeForModel(text: string, script: FeatureScript): string {
  let t = text.normalize('NFKC').toLowerCase().replace(DIGITS, '0')
  if (script === 'latin') t = t.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC')
  return t
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const CHAR_RUN = /[\p{L}\p{M}\p{N}]+/gu

/** Emits the hashes of every n-gram (minN..maxN code units) of `text`, extended one unit at a time. */
function charNgrams(seed: number, text: string, minN: number, maxN: number, emit: (h: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let h = (FNV_OFFSET ^ seed) >>> 0
    const end = Math.min(text.length, i + maxN)
    for (let j = i; j < end; j++) {
      h ^= text.charCodeAt(j)
      h = Math.imul(h, FNV_PRIME)
      if (j - i + 1 >= minN) emit(mix32(h))
    }
  }
}

function latinFeatures(seed: number, text: string, emit: (h: number) => void): void {
  const words = text.match(WORD) ?? []
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string
    emit(hashString(NS.word ^ seed, w))
    if (i > 0) emit(hashString(NS.bigram ^ seed, `${words[i - 1] as string} ${w}`))
    charNgrams(NS.char ^ seed, ` ${w} `, 3, 5, emit)
  }
}

/** Every feature hash of one text (already normalised), in the namespace `seed`. */
export function textFeatures(
  script: FeatureScript,
  seed: number,
  text: string,
  emit: (h: number) => void,
): void {
  if (script === 'latin') return latinFeatures(seed, text, emit)
  const [minN, maxN] = script === 'th' ? [2, 5] : [1, 3]
  for (const run of text.match(CHAR_RUN) ?? []) charNgrams(NS.char ^ seed, run, minN, maxN, emit)
  // Punctuation and emoji between runs still say something ("!!!", "？", "😡").
  for (const ch of text.replace(CHAR_RUN, ' ').replace(/\s+/gu, '')) emit(hashString(NS.meta ^ seed, ch))
}

/** The customer's own words, latest comment first: public customer comments, the subject, the CSAT comment. */
export function customerTextsOf(ticket: TicketSnapshot): { last: string | null; all: string[] } {
  const all: string[] = []
  let last: string | null = null
  for (let i = ticket.comments.length - 1; i >= 0; i--) {
    const c = ticket.comments[i]
    if (!c || c.author !== 'customer' || c.public === false) continue
    if (last === null) last = c.body
    all.push(c.body)
  }
  if (ticket.subject) all.push(ticket.subject)
  if (ticket.csat?.comment) all.push(ticket.csat.comment)
  return { last, all }
}

/** The namespace of the latest customer comment's own copy of its features. */
export const LAST_SEED = NS.last

export function csatFeature(ticket: TicketSnapshot, emit: (h: number) => void): void {
  const score = ticket.csat?.score
  if (score === 'good' || score === 'bad') emit(hashString(NS.meta, `csat:${score}`))
}

/** The sparse, L2-normalised feature vector of one ticket. */
export function ticketFeatures(
  ticket: TicketSnapshot,
  script: FeatureScript,
  options: FeatureOptions = DEFAULT_FEATURES,
): SparseVector {
  const seen = new Set<number>()
  const emit = (h: number): void => void seen.add(h)
  const { last, all } = customerTextsOf(ticket)
  for (const text of all) textFeatures(script, 0, normalizeForModel(text, script), emit)
  if (options.lastSeparate && last !== null)
    textFeatures(script, LAST_SEED, normalizeForModel(last, script), emit)
  csatFeature(ticket, emit)
  return toBuckets(seen, options.bits)
}

/** Folds distinct hashes into signed buckets: low bits pick the bucket, the top bit the sign. */
export function toBuckets(hashes: ReadonlySet<number>, bits: number): SparseVector {
  const mask = (1 << bits) - 1
  const sums = new Map<number, number>()
  for (const h of hashes) {
    const bucket = h & mask
    sums.set(bucket, (sums.get(bucket) ?? 0) + (h >>> 31 ? -1 : 1))
  }
  const norm = Math.sqrt(hashes.size) || 1
  const index = Int32Array.from([...sums.keys()].filter((b) => sums.get(b) !== 0)).sort()
  const value = Float64Array.from(index, (b) => (sums.get(b) as number) / norm)
  return { index, value }
}
