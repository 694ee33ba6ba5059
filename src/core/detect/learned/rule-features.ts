/**
 * The rules' findings as features of the learned model (round 9): which reason codes the rules found in a ticket
 * and the level they set, each a feature with a fixed index after the hashed word buckets.
 *
 * Why: the model alone ranks unhappy customers well but reads calm look-alikes (a booking question, a thank-you
 * after a fix) as unhappy; the rules know several of those constructions. Seeing what the rules found, the model
 * learns when their silence means calm and when it means they missed a quiet complaint. It learns that only on
 * tickets whose rule verdicts are out of sample (tests/eval/model/data.ts, RULES_UNSEEN); the weights ship as one
 * number per feature, already multiplied by RULE_VALUE (codec.ts `rules`).
 */
import { REASON_CODES } from '../reasons'
import type { Level } from '../types'

/** A rule feature's value in training's vector: about the weight of a strong word among normalised n-grams. */
export const RULE_VALUE = 0.3

const LEVELS: readonly Level[] = ['none', 'watch', 'recover', 'urgent']

/** Every rule feature, in the order a packed model lists their weights. The model's own reason is not one. */
export const RULE_FEATURES: readonly string[] = [
  ...LEVELS.map((level) => `level:${level}`),
  ...REASON_CODES.filter((code) => code !== 'learned_tone').map((code) => `reason:${code}`),
]

const INDEX: ReadonlyMap<string, number> = new Map(RULE_FEATURES.map((name, i) => [name, i]))

/**
 * The distinct rule features of a verdict, as indexes into RULE_FEATURES, ascending. Codes the model does not
 * know (its own `learned_tone`) are skipped. The level is the rules' at the ticket's sensitivity (training saw
 * `normal`): `high` reads more tickets at `watch`, which the model weighs as a little more unhappy — in the same
 * direction as the threshold shift that sensitivity makes (combine.ts).
 */
export function ruleFeatureIndexes(level: Level, reasons: ReadonlyArray<{ code: string }>): number[] {
  const found = new Set<number>()
  const levelIndex = INDEX.get(`level:${level}`)
  if (levelIndex !== undefined) found.add(levelIndex)
  for (const r of reasons) {
    const i = INDEX.get(`reason:${r.code}`)
    if (i !== undefined) found.add(i)
  }
  return [...found].sort((a, b) => a - b)
}
