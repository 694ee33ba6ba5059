/**
 * The learned model's say in a verdict, after the rules have set a level (engine.ts): it runs only when it can
 * change something (combine.ts), reads the ticket with its locale's model — its words and what the rules found in
 * it (rule-features.ts) — and on a change adjusts the level: raised to `recover` with a `learned_tone` reason
 * quoting the sentence that weighs most, or lowered to `watch`.
 */
import type { TicketSnapshot } from '../../model'
import { langOfLocale } from '../locale'
import type { LangCode } from '../lexicon/types'
import type { TimedReason } from '../signals/timed'
import type { Level, Sensitivity } from '../types'
import { LEVEL_THRESHOLDS, SEVERITY_SCALE, TEXT } from '../weights'
import type { TextModel } from './codec'
import { learnedMove, modelMayMove, restsOnToneAlone, type Combination, type RulesVerdict } from './combine'
import { strongestSentence } from './evidence'
import { ruleFeatureIndexes } from './rule-features'
import { calibratedLogit } from './score'

export interface LearnedSource {
  /** The loaded model of a language, if any (the sidebar loads it with the language's lexicon). */
  modelFor(lang: LangCode): TextModel | undefined
  /** Replaces the models' own combination (the eval's parameter search). */
  combination?: Combination
  /** Sees every verdict the model reads, with its calibrated logit (the eval); makes the model read them all. */
  observe?: (rules: RulesVerdict, q: number | null, lang: LangCode) => void
}

const rawOf = (severity: number): number =>
  severity >= 100 ? 20 : -SEVERITY_SCALE * Math.log(1 - severity / 100)
const round2 = (x: number): number => Math.round(x * 100) / 100

export function applyLearned(
  source: LearnedSource,
  ticket: TicketSnapshot,
  ruled: { level: Level; severity: number; resolved: boolean },
  reasons: TimedReason[],
  sensitivity: Sensitivity,
): { level: Level; severity: number } {
  const lang = langOfLocale(ticket.locale)
  const model = lang ? source.modelFor(lang) : undefined
  if (!lang || !model) return ruled
  const combination = source.combination ?? model.combination
  const rules: RulesVerdict = {
    level: ruled.level,
    resolved: ruled.resolved,
    toneOnly: restsOnToneAlone(reasons),
  }
  if (!source.observe && !modelMayMove(rules, combination)) return ruled
  const q = calibratedLogit(model, ticket, ruleFeatureIndexes(ruled.level, reasons))
  source.observe?.(rules, q, lang)
  const move = q === null ? null : learnedMove(rules, q, combination, sensitivity)
  const t = LEVEL_THRESHOLDS[sensitivity]
  if (move === 'lower') return { level: 'watch', severity: Math.min(ruled.severity, t.recover - 1) }
  if (move !== 'raise') return ruled
  const quote = strongestSentence(model, ticket)
  const probability = round2(1 / (1 + Math.exp(-(q as number))))
  const evidence = quote?.evidence ?? { kind: 'fact', text: 'The customer’s words read as unhappy' }
  const weight = Math.min(Math.max(rawOf(t.recover) - rawOf(ruled.severity), 0.01), TEXT.maxPerCode)
  reasons.push({
    code: 'learned_tone',
    weight,
    evidence,
    params: { lang, probability },
    at: quote?.at ?? null,
  })
  return { level: 'recover', severity: Math.max(ruled.severity, t.recover) }
}
