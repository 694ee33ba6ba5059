/**
 * The learned model's say in a verdict (tests/eval/README.md, "Learned model") — written as the engine hook
 * would be, but NOT wired into src/core (see the README for why). It runs after the rules have set a level,
 * and combines as it was measured: the model's logit z adds w·(z − b) to the rules' raw score
 * (w, b chosen by cross-validation, carried by each language's model), so
 * - a ticket the rules leave below `recover` becomes `recover` when the model is confident enough — reason
 *   `learned_model`, quoting the customer's sentence that weighs most in the model;
 * - a ticket the rules flag drops to `watch` when the model reads it as calm by more than the rules' margin —
 *   reason `learned_model_calm`, so the agent sees why; a guarded combination overrules only verdicts resting
 *   on tone alone (no intent, rating, wait or chasing among the reasons);
 * - otherwise the level stands, and a model that agrees adds its reason as evidence.
 * Sensitivity moves b: `high` lets the model speak up sooner, `low` later.
 */
import type { TicketSnapshot } from '../../../src/core/model'
import type { TextModel } from './codec'
import { modelLogit, strongestSentence } from './score'
import type { Evidence, Level, Sensitivity } from '../../../src/core/detect/types'
import { LEVEL_THRESHOLDS, SEVERITY_SCALE, TEXT } from '../../../src/core/detect/weights'
import type { TimedReason } from '../../../src/core/detect/signals/timed'

/** The two codes this module would add to REASON_CODES. */
export type ModelReason = Omit<TimedReason, 'code'> & { code: 'learned_model' | 'learned_model_calm' }

/** Reasons about tone: the only verdicts a guarded model may overrule (amplifiers ride along). */
const TONE: ReadonlySet<string> = new Set([
  'negative_sentiment',
  'polite_disappointment',
  'anger_cues',
  'high_priority',
  'public_channel',
])
/** Added to the trained b per sensitivity (logit units: +0.5 ≈ the model must be 1.6× surer). */
export const MODEL_BIAS_SHIFT: Readonly<Record<Sensitivity, number>> = { low: 0.5, normal: 0, high: -0.5 }

const rawOf = (severity: number): number =>
  severity >= 100 ? 20 : -SEVERITY_SCALE * Math.log(1 - severity / 100)
const round2 = (x: number): number => Math.round(x * 100) / 100

export interface ModelOutcome {
  level: Level
  severity: number
}

function quoteOf(model: TextModel, ticket: TicketSnapshot): { evidence: Evidence; at: string | null } {
  const top = strongestSentence(model, ticket)
  if (!top)
    return { evidence: { kind: 'fact', text: 'The learned model reads this ticket as negative' }, at: null }
  const comment = top.commentIndex >= 0 ? ticket.comments[top.commentIndex] : undefined
  const evidence: Evidence = comment?.id
    ? {
        kind: 'quote',
        text: top.text,
        commentIndex: top.commentIndex,
        commentId: comment.id,
        field: top.field,
      }
    : { kind: 'quote', text: top.text, commentIndex: top.commentIndex, field: top.field }
  const at =
    comment?.createdAt ?? (top.field === 'subject' ? ticket.createdAt : (ticket.csat?.createdAt ?? null))
  return { evidence, at }
}

/** Applies the model to a level and severity the rules have set; pushes its reason onto `reasons`. */
export function withLearnedModel(
  model: TextModel,
  ticket: TicketSnapshot,
  ruled: ModelOutcome,
  sensitivity: Sensitivity,
  reasons: Array<TimedReason | ModelReason>,
): ModelOutcome {
  const { w, b, addOnly, guarded } = model.combination
  const toneOnly = reasons.every((r) => TONE.has(r.code))
  const z = modelLogit(model, ticket)
  const margin = z - (b + MODEL_BIAS_SHIFT[sensitivity])
  const term = addOnly ? Math.max(0, margin) : margin
  const t = LEVEL_THRESHOLDS[sensitivity]
  const rulesNegative = ruled.level === 'recover' || ruled.level === 'urgent'
  const negative =
    (rulesNegative && (term >= 0 || (guarded === true && !toneOnly))) ||
    rawOf(ruled.severity) + w * term >= rawOf(t.recover)
  const probability = round2(1 / (1 + Math.exp(-z)))
  if (term > 0) {
    const { evidence, at } = quoteOf(model, ticket)
    const weight = Math.min(w * term, TEXT.maxPerCode)
    reasons.push({ code: 'learned_model', weight, evidence, params: { lang: model.lang, probability }, at })
  }
  if (negative && !rulesNegative) return { level: 'recover', severity: Math.max(ruled.severity, t.recover) }
  if (!negative && rulesNegative) {
    reasons.push({
      code: 'learned_model_calm',
      weight: round2(Math.max(w * term, -TEXT.maxPerCode)),
      evidence: { kind: 'fact', text: `The learned model reads this ticket as calm (p = ${probability})` },
      params: { lang: model.lang, probability },
      at: null,
    })
    return { level: 'watch', severity: Math.min(ruled.severity, t.recover - 1) }
  }
  return ruled
}
