/**
 * From labelled tickets to the shipping form of the nine models: cross-validation picks the options (or they are
 * given), out-of-fold logits fit each language's calibration, the full training set fits the weights, which are
 * pruned, quantised and packed exactly as src/core/detect/learned/codec.ts reads them.
 */
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import type { Combination } from '../../../src/core/detect/learned/combine'
import type { PackedModel } from '../../../src/core/detect/learned/codec'
import { plattFit } from './calibrate'
import {
  CONFIGS,
  meanLanguageAuc,
  outOfFold,
  scriptOf,
  trainPerLanguage,
  type Example,
  type ModelConfig,
} from './cv'
import { assessWithLearned } from '../../../src/core/detect'
import { ruleFeatureIndexes } from '../../../src/core/detect/learned/rule-features'
import { encodeWeights, quantize, ruleWeights } from './quantize'
import { RULES_UNSEEN, type Labelled } from './data'

/** Until a combination is chosen: the model never moves a verdict. */
export const NEVER: Combination = { raise: 1, resolvedRaise: 1, noneRaise: 1, lower: 0 }

/** What the rules alone (this worktree's engine) find in a ticket, as the hook hands it to the model. */
export function rulesFound(item: Labelled): number[] {
  const a = assessWithLearned(undefined, item.ticket)
  return ruleFeatureIndexes(a.level, a.reasons)
}

/**
 * Training examples; with `stacked`, those of the sets the rules never saw carry the rules' findings
 * (data.ts, RULES_UNSEEN), the others their words alone.
 */
export const asExamples = (items: readonly Labelled[], stacked = true): Example[] =>
  items.map((item) => ({
    ...item,
    severity: 0,
    rulesNegative: false,
    toneOnly: false,
    ...(stacked && RULES_UNSEEN.includes(item.set) ? { ruleFeatures: rulesFound(item) } : {}),
  }))

export interface Fitted {
  config: ModelConfig
  cvAuc: number
  /** Out-of-fold logit of every training ticket (same order). */
  oof: number[]
  packed: Map<LangCode, PackedModel>
}

export function fitModels(
  items: readonly Labelled[],
  keep: number,
  combination: Combination,
  log: (s: string) => void,
  config?: ModelConfig,
  stacked = true,
): Fitted {
  const examples = asExamples(items, stacked)
  let best = { config: (config ?? CONFIGS[0]) as ModelConfig, auc: -1, z: [] as number[] }
  for (const candidate of config ? [config] : CONFIGS) {
    const z = outOfFold(examples, candidate)
    const a = meanLanguageAuc(examples, z)
    log(`cv lastSeparate=${candidate.features.lastSeparate} l2=${candidate.train.l2}: AUC ${a.toFixed(3)}`)
    if (a > best.auc + 1e-9) best = { config: candidate, auc: a, z }
  }
  const packed = new Map<LangCode, PackedModel>()
  for (const [lang, model] of trainPerLanguage(examples, best.config)) {
    const idx = examples.flatMap((e, i) => (e.lang === lang ? [i] : []))
    const [a, b] = plattFit(
      idx.map((i) => best.z[i] as number),
      idx.map((i) => (examples[i] as Example).negative),
    )
    const q = quantize(model, best.config.features.bits, keep)
    packed.set(lang as LangCode, {
      lang: lang as LangCode,
      script: scriptOf(lang),
      bits: q.bits,
      lastSeparate: best.config.features.lastSeparate,
      normPad: best.config.features.normPad,
      scale: q.scale,
      bias: q.bias,
      calibration: [Number(a.toPrecision(6)), Number(b.toPrecision(6))],
      combination,
      ...encodeWeights(q),
      rules: ruleWeights(model, best.config.features.bits),
    })
  }
  return { config: best.config, cvAuc: best.auc, oof: best.z, packed }
}
