/**
 * How the learned model's calibrated probability combines with the rules' verdict. The model never overrules a
 * verdict that rests on a strong reason — an intent, a rating, history, waits, chasing, reopens, repeat contact,
 * explicit anger (caps, "!!!", insults, emoji) or Zendesk's own sentiment — and never an `urgent` one. It may
 * - RAISE a verdict the rules left below `recover` when it is confident the customer is unhappy
 *   (probability ≥ `raise`; ≥ `resolvedRaise` when the customer's last turn says fixed or thanks; ≥ `noneRaise`
 *   when no rule saw anything, level `none`), and
 * - LOWER a `recover` verdict resting on tone alone (complaint words, polite disappointment, sarcasm) when it is
 *   confident the customer is not (probability < `lower`; 0 turns lowering off).
 * Sensitivity moves both thresholds by SENSITIVITY_SHIFT logits (`high` speaks up sooner).
 */
import type { Level, Sensitivity } from '../types'

export interface Combination {
  raise: number
  resolvedRaise: number
  /** For a verdict at `none` (no rule saw anything at all): usually stricter than `raise`. */
  noneRaise: number
  lower: number
}

/** The rules' side of the decision. */
export interface RulesVerdict {
  level: Level
  /** The customer's last turn says fixed or thanks, with nothing negative in it (the engine's `resolved`). */
  resolved: boolean
  /** Every reason is about tone (see `restsOnToneAlone`). */
  toneOnly: boolean
}

export type LearnedMove = 'raise' | 'lower' | null

/** Logits added to both thresholds: +0.5 ≈ the model must be 1.6× surer. */
export const SENSITIVITY_SHIFT: Readonly<Record<Sensitivity, number>> = { low: 0.5, normal: 0, high: -0.5 }

const TONE_CODES: ReadonlySet<string> = new Set([
  'negative_sentiment',
  'polite_disappointment',
  'high_priority',
  'public_channel',
])

/** A verdict rests on tone alone when every reason is a tone word or an amplifier; sarcasm is tone, shouting is not. */
export function restsOnToneAlone(reasons: ReadonlyArray<{ code: string; params?: unknown }>): boolean {
  for (const r of reasons) {
    if (TONE_CODES.has(r.code)) continue
    const cue = (r.params as { cue?: unknown } | undefined)?.cue
    if (r.code === 'anger_cues' && cue === 'sarcasm') continue
    return false
  }
  return true
}

const negativeLevel = (level: Level): boolean => level === 'recover' || level === 'urgent'

/** Whether the model can change this verdict at all: when it cannot, it is not run. */
export function modelMayMove(rules: RulesVerdict, c: Combination): boolean {
  if (!negativeLevel(rules.level)) return raiseAt(rules, c) < 1
  return rules.level === 'recover' && rules.toneOnly && c.lower > 0
}

/** The strictest threshold that applies to a verdict below `recover`. */
const raiseAt = (rules: RulesVerdict, c: Combination): number =>
  Math.max(rules.resolved ? c.resolvedRaise : c.raise, rules.level === 'none' ? c.noneRaise : 0)

const logit = (p: number): number => (p <= 0 ? -Infinity : p >= 1 ? Infinity : Math.log(p / (1 - p)))

/** The move for a calibrated logit `q` (probability σ(q)). */
export function learnedMove(
  rules: RulesVerdict,
  q: number,
  c: Combination,
  sensitivity: Sensitivity,
): LearnedMove {
  if (!modelMayMove(rules, c)) return null
  const shift = SENSITIVITY_SHIFT[sensitivity]
  if (!negativeLevel(rules.level)) return q >= logit(raiseAt(rules, c)) + shift ? 'raise' : null
  return q < logit(c.lower) + shift ? 'lower' : null
}
