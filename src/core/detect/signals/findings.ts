/** What reading one customer text yields: scored hits with their spans, and the cues later rules need. */
import type { ReasonCode } from '../reasons'

export interface Span {
  start: number
  end: number
}

/** A span with the weight of the lexicon entry behind it (a negator, intensifier, contrast, conditional…). */
export interface Positioned extends Span {
  weight: number
}

export interface TextHit {
  code: ReasonCode
  weight: number
  start: number
  end: number
  params: Record<string, string | number>
  /**
   * Not enough alone to call the ticket negative: a churn phrase in a question or without a decision
   * ("how do I cancel?"), or a bare noun like "manager" or "lawyer" that is often used neutrally.
   */
  needsSecondCue?: boolean
  /** The weak intent sits in a comment that asks something ("how do I cancel?"): it asks, it does not announce. */
  asked?: boolean
  /** Quoted instead of [start, end) when a construction joins two halves ("booked … were given"). */
  spans?: Span[]
}

export type Topic = 'billing' | 'product' | 'service' | 'slow'

export interface TextFindings {
  hits: TextHit[]
  topics: Record<Topic, number>
  /** Strongest non-negated resolution cue (2 = fixed, 1 = thanks), 0 when none. */
  resolution: number
  /** Any negative phrase, politeness, intent or anger hit. */
  hasNegativity: boolean
  /** Spans of praise words (original offsets), kept to tell sarcasm. */
  praise: Span[]
  /** Spans of thanks / "it's fixed" cues and of contrast words ("but"), kept to tell sincere praise. */
  thanks: Span[]
  contrasts: Span[]
  /** Spans of thanks proper (resolution weight 1: "thank you", not "it works now"). */
  gratitude: Span[]
  /** Rhetorical guesses ("I suppose", "supongo que"): sarcasm beside scare quotes or a failure. */
  rhetorical: Span[]
  /** Eagerness ("can't wait", "j'ai ben hâte"), also in `praise`: ironic after a failure told just before. */
  eager: Span[]
  /** Something asked for, booked or promised was stated: only then can two messages joined hold an unmet one. */
  expects: boolean
}

/** Findings with nothing found yet. */
export function emptyFindings(): TextFindings {
  return {
    hits: [],
    topics: { billing: 0, product: 0, service: 0, slow: 0 },
    resolution: 0,
    hasNegativity: false,
    praise: [],
    thanks: [],
    contrasts: [],
    gratitude: [],
    rhetorical: [],
    eager: [],
    expects: false,
  }
}
