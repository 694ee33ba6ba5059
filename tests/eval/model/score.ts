/**
 * Scores a ticket with its language's learned model: the same hashed features as training (./features.ts),
 * looked up in a typed array. Also finds the sentence that pushed the score up most, as evidence an agent can
 * read — the model's reason is a quote, not a number.
 */
import type { TicketSnapshot } from '../../../src/core/model'
import type { TextModel } from './codec'
import { LAST_SEED, csatFeature, normalizeForModel, textFeatures } from './features'

/** A sentence of the customer's, located like the engine's quotes. */
export interface ModelEvidence {
  text: string
  field: 'comment' | 'subject' | 'csat_comment'
  /** Index in ticket.comments; -1 for the subject and the CSAT comment. */
  commentIndex: number
}

interface Piece {
  text: string
  field: ModelEvidence['field']
  commentIndex: number
  last: boolean
}

/** The customer's words, as training reads them (features.ts customerTextsOf), with where each came from. */
function piecesOf(ticket: TicketSnapshot): Piece[] {
  const pieces: Piece[] = []
  for (let i = ticket.comments.length - 1; i >= 0; i--) {
    const c = ticket.comments[i]
    if (!c || c.author !== 'customer' || c.public === false) continue
    pieces.push({ text: c.body, field: 'comment', commentIndex: i, last: pieces.length === 0 })
  }
  if (ticket.subject) pieces.push({ text: ticket.subject, field: 'subject', commentIndex: -1, last: false })
  const csat = ticket.csat?.comment
  if (csat) pieces.push({ text: csat, field: 'csat_comment', commentIndex: -1, last: false })
  return pieces
}

const contribution = (model: TextModel, mask: number, h: number): number =>
  (h >>> 31 ? -1 : 1) * (model.weights[h & mask] as number)

/**
 * The distinct feature hashes of one ticket, summed as they arrive: an open-addressing table of 32-bit hashes
 * reused across calls (a `Set<number>` cost more than the hashing itself). 0 marks an empty slot; a hash of 0
 * is tracked on the side.
 */
class DistinctSum {
  private table = new Int32Array(1 << 12)
  private mask = (1 << 12) - 1
  private sawZero = false
  size = 0
  sum = 0

  reset(): void {
    this.table.fill(0)
    this.sawZero = false
    this.size = 0
    this.sum = 0
  }

  /** Adds `value` to the sum the first time `h` is seen. */
  add(h: number, value: number): void {
    if (h === 0) {
      if (this.sawZero) return
      this.sawZero = true
    } else {
      const key = h | 0
      let i = h & this.mask
      for (;;) {
        const slot = this.table[i] as number
        if (slot === key) return
        if (slot === 0) break
        i = (i + 1) & this.mask
      }
      this.table[i] = key
      if ((this.size + 1) * 2 > this.table.length) this.grow()
    }
    this.size++
    this.sum += value
  }

  private grow(): void {
    const old = this.table
    this.table = new Int32Array(old.length * 2)
    this.mask = this.table.length - 1
    for (const key of old) {
      if (key === 0) continue
      let i = key & this.mask
      while (this.table[i] !== 0) i = (i + 1) & this.mask
      this.table[i] = key
    }
  }
}

const distinct = new DistinctSum()

/** The model's logit for this ticket: bias + Σ over distinct feature hashes of ±w[bucket], L2-normalised. */
export function modelLogit(model: TextModel, ticket: TicketSnapshot): number {
  const mask = (1 << model.bits) - 1
  distinct.reset()
  const emit = (h: number): void => distinct.add(h, contribution(model, mask, h))
  for (const piece of piecesOf(ticket)) {
    const norm = normalizeForModel(piece.text, model.script)
    textFeatures(model.script, 0, norm, emit)
    if (piece.last && model.lastSeparate) textFeatures(model.script, LAST_SEED, norm, emit)
  }
  csatFeature(ticket, emit)
  if (distinct.size === 0) return model.bias
  // Training sums signs per bucket first (toBuckets); summing per feature gives the same total.
  return model.bias + distinct.sum / Math.sqrt(distinct.size)
}

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu
const MAX_QUOTE = 160

/** The sentence whose own features add most to the score, or null when none adds anything. */
export function strongestSentence(model: TextModel, ticket: TicketSnapshot): ModelEvidence | null {
  const mask = (1 << model.bits) - 1
  let best: ModelEvidence | null = null
  let bestScore = 0
  for (const piece of piecesOf(ticket)) {
    for (const match of piece.text.matchAll(SENTENCE)) {
      const sentence = match[0].trim()
      if (sentence.length < 2) continue
      const seen = new Set<number>()
      const emit = (h: number): void => void seen.add(h)
      const norm = normalizeForModel(sentence, model.script)
      textFeatures(model.script, 0, norm, emit)
      if (piece.last && model.lastSeparate) textFeatures(model.script, LAST_SEED, norm, emit)
      let score = 0
      for (const h of seen) score += contribution(model, mask, h)
      if (score > bestScore) {
        bestScore = score
        const text = sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1)}…` : sentence
        best = { text, field: piece.field, commentIndex: piece.commentIndex }
      }
    }
  }
  return best
}
