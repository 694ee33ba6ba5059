/**
 * The sentence of the customer's that weighs most in the learned model: the `learned_tone` reason quotes it, so
 * the agent reads why, never a bare number. Computed only when the model changes a verdict.
 */
import type { TicketSnapshot } from '../../model'
import type { Evidence } from '../types'
import type { TextModel } from './codec'
import { normalizeForModel, textFeatures } from './features'
import { DistinctSum } from './score'

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu
const MAX_QUOTE = 160
const sentenceSum = new DistinctSum()

export interface LearnedQuote {
  evidence: Evidence
  /** When the customer wrote it: the comment's time, the ticket's for the subject, the rating's for its comment. */
  at: string | null
}

function scoreOf(model: TextModel, sentence: string, last: boolean): number {
  sentenceSum.reset(model.weights)
  textFeatures(
    model.script,
    normalizeForModel(sentence, model.script),
    sentenceSum,
    last && model.lastSeparate,
  )
  return sentenceSum.sum
}

/** The sentence whose own features add most to the score, or null when none adds anything. */
export function strongestSentence(model: TextModel, ticket: TicketSnapshot): LearnedQuote | null {
  let best: LearnedQuote | null = null
  let bestScore = 0
  const consider = (text: string, last: boolean, make: (quote: string) => LearnedQuote): void => {
    for (const match of text.matchAll(SENTENCE)) {
      const sentence = match[0].trim()
      if (sentence.length < 2) continue
      const score = scoreOf(model, sentence, last)
      if (score <= bestScore) continue
      bestScore = score
      best = make(sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1)}…` : sentence)
    }
  }
  let last = true
  for (let i = ticket.comments.length - 1; i >= 0; i--) {
    const c = ticket.comments[i]
    if (!c || c.author !== 'customer' || c.public === false) continue
    const { id, createdAt } = c
    consider(c.body, last, (text) => ({
      evidence:
        id !== undefined
          ? { kind: 'quote', text, commentIndex: i, commentId: id, field: 'comment' }
          : { kind: 'quote', text, commentIndex: i, field: 'comment' },
      at: createdAt,
    }))
    last = false
  }
  if (ticket.subject)
    consider(ticket.subject, false, (text) => ({
      evidence: { kind: 'quote', text, commentIndex: -1, field: 'subject' },
      at: ticket.createdAt,
    }))
  const csat = ticket.csat
  if (csat?.comment)
    consider(csat.comment, false, (text) => ({
      evidence: { kind: 'quote', text, commentIndex: -1, field: 'csat_comment' },
      at: csat.updatedAt ?? csat.createdAt ?? null,
    }))
  return best
}
