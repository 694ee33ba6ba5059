/**
 * Cross-validation inside a training set: per-language models, out-of-fold scores, and the choice of model
 * options and of the rules+model combination — all from the training tickets alone.
 */
import type { TicketSnapshot } from '../../../src/core/model'
import { RULE_FEATURES } from '../../../src/core/detect/learned/rule-features'
import {
  ticketVector,
  withRuleFeatures,
  type FeatureOptions,
  type FeatureScript,
  type SparseVector,
} from './features'
import { auc, dot, trainLogistic, type LogisticModel, type TrainOptions } from './logistic'

export interface Example {
  id: string
  lang: string
  slice: string
  negative: boolean
  /** The rule engine's severity (0–100) and decision for this ticket. */
  severity: number
  rulesNegative: boolean
  /** The rules' verdict rests on text tone alone (no intent, rating or metadata reason): a guarded model may overrule it. */
  toneOnly: boolean
  /** What the rules found (rule-features.ts indexes), only where their verdicts are out of sample (RULES_UNSEEN). */
  ruleFeatures?: readonly number[]
  ticket: TicketSnapshot
}

export interface ModelConfig {
  features: FeatureOptions
  train: TrainOptions
}

/** Short texts carry little evidence: a constructed one-liner must not read as confidently as a long email. */
export const NORM_PAD = 1000

/** The model options cross-validation chooses among. */
export const CONFIGS: ModelConfig[] = []
for (const lastSeparate of [false, true])
  for (const l2 of [1e-4, 1e-3])
    CONFIGS.push({ features: { bits: 12, lastSeparate, normPad: NORM_PAD }, train: { l2, iterations: 400 } })

export const scriptOf = (lang: string): FeatureScript =>
  lang === 'ja' || lang === 'ko' || lang === 'th' ? lang : 'latin'

/** The weights a model of these options has: one per hashed bucket, then one per rule feature. */
export const featureDim = (options: FeatureOptions): number => (1 << options.bits) + RULE_FEATURES.length

const featureCache = new Map<string, SparseVector>()
export function featuresOf(e: Example, options: FeatureOptions): SparseVector {
  const key = `${e.id}|${options.bits}|${options.lastSeparate}|${options.normPad}|${e.ruleFeatures?.join(',') ?? '-'}`
  let x = featureCache.get(key)
  if (!x) {
    x = ticketVector(e.ticket, scriptOf(e.lang), options)
    if (e.ruleFeatures) x = withRuleFeatures(x, e.ruleFeatures, options.bits)
    featureCache.set(key, x)
  }
  return x
}

/** One model per language, trained on that language's examples. */
export function trainPerLanguage(
  examples: readonly Example[],
  config: ModelConfig,
): Map<string, LogisticModel> {
  const models = new Map<string, LogisticModel>()
  for (const lang of [...new Set(examples.map((e) => e.lang))].sort()) {
    const mine = examples.filter((e) => e.lang === lang)
    const xs = mine.map((e) => featuresOf(e, config.features))
    models.set(
      lang,
      trainLogistic(
        xs,
        mine.map((e) => e.negative),
        featureDim(config.features),
        config.train,
      ),
    )
  }
  return models
}

export function scoreWith(models: Map<string, LogisticModel>, e: Example, config: ModelConfig): number {
  const model = models.get(e.lang)
  return model ? dot(model, featuresOf(e, config.features)) : 0
}

/** Deterministic stratified folds: within each (language, label) group, ids in order, dealt round-robin. */
export function foldsOf(examples: readonly Example[], k: number): number[] {
  const fold = new Array<number>(examples.length).fill(0)
  const groups = new Map<string, number[]>()
  examples.forEach((e, i) => {
    const key = `${e.lang}|${e.negative}`
    const list = groups.get(key)
    if (list) list.push(i)
    else groups.set(key, [i])
  })
  for (const list of groups.values()) {
    list.sort((a, b) => ((examples[a] as Example).id < (examples[b] as Example).id ? -1 : 1))
    list.forEach((i, rank) => (fold[i] = rank % k))
  }
  return fold
}

/** Out-of-fold logit for every training example. */
export function outOfFold(examples: readonly Example[], config: ModelConfig, k = 5): number[] {
  const fold = foldsOf(examples, k)
  const z = new Array<number>(examples.length).fill(0)
  for (let f = 0; f < k; f++) {
    const models = trainPerLanguage(
      examples.filter((_, i) => fold[i] !== f),
      config,
    )
    examples.forEach((e, i) => {
      if (fold[i] === f) z[i] = scoreWith(models, e, config)
    })
  }
  return z
}

/** Mean per-language AUC of out-of-fold scores: the criterion for the model's own options. */
export function meanLanguageAuc(examples: readonly Example[], z: readonly number[]): number {
  const langs = [...new Set(examples.map((e) => e.lang))]
  let sum = 0
  for (const lang of langs) {
    const idx = examples.map((e, i) => (e.lang === lang ? i : -1)).filter((i) => i >= 0)
    sum += auc(
      idx.map((i) => z[i] as number),
      idx.map((i) => (examples[i] as Example).negative),
    )
  }
  return sum / langs.length
}

/**
 * The combination: the model adds w·(z − b) to the rules' raw score, negative at severity ≥ recover. With `addOnly`
 * the term is max(0, ·) — the model can only add evidence, like every other reason; without it, the model can
 * also talk the rules out of a verdict.
 */
export interface Combination {
  w: number
  b: number
  addOnly: boolean
  /** The model may overrule only verdicts that rest on tone alone (Example.toneOnly), never an intent, rating or wait. */
  guarded?: boolean
}

const SEVERITY_SCALE = 3.9
const RECOVER = 40
const rawOf = (severity: number): number =>
  severity >= 100 ? 20 : -SEVERITY_SCALE * Math.log(1 - severity / 100)
const RECOVER_RAW = rawOf(RECOVER)

export function combinedNegative(e: Example, z: number, c: Combination): boolean {
  if (c.w === 0) return e.rulesNegative
  const term = c.addOnly ? Math.max(0, z - c.b) : z - c.b
  if (e.rulesNegative && (term >= 0 || (c.guarded === true && !e.toneOnly))) return true
  // Level caps (a weak intent alone, metadata alone) keep a high severity below recover: the model may lift it.
  return rawOf(e.severity) + c.w * term >= RECOVER_RAW
}

export const WEIGHT_GRID = [0, 0.5, 1, 1.5, 2, 3, 100]
export const BIAS_GRID = [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4]

const f1Of = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn))

/**
 * The combination with the best F1 on the examples given (model out of fold), among those that keep the
 * accuracy on not-negative tickets (calm, negated, questions, happy endings) at least at the rules' own when
 * `keepSpecificity` — the targets ask for recall without losing calm accuracy. Ties: add-only, smaller w.
 */
export function chooseCombination(
  examples: readonly Example[],
  z: readonly number[],
  keepSpecificity = true,
  addOnlyChoices: readonly boolean[] = [true, false],
  guarded = false,
): Combination & { f1: number; specificity: number; rulesSpecificity: number } {
  const negatives = examples.filter((e) => !e.negative).length
  const rulesSpecificity = examples.filter((e) => !e.negative && !e.rulesNegative).length / negatives
  let best = { w: 0, b: 0, addOnly: true, guarded, f1: -1, specificity: rulesSpecificity, rulesSpecificity }
  for (const addOnly of addOnlyChoices)
    for (const w of WEIGHT_GRID)
      for (const b of w === 0 ? [0] : BIAS_GRID) {
        let tp = 0
        let fp = 0
        let fn = 0
        examples.forEach((e, i) => {
          const p = combinedNegative(e, z[i] as number, { w, b, addOnly, guarded })
          if (p && e.negative) tp++
          else if (p) fp++
          else if (e.negative) fn++
        })
        const f1 = f1Of(tp, fp, fn)
        const specificity = (negatives - fp) / negatives
        if (keepSpecificity && specificity < rulesSpecificity - 1e-9) continue
        if (f1 > best.f1 + 1e-9) best = { w, b, addOnly, guarded, f1, specificity, rulesSpecificity }
      }
  return best
}
