/**
 * Leave-one-set-out estimate of whether a learned model added to the rules generalises better than the rules.
 *
 *   npx tsx tests/eval/model/loso.ts [--json out.json]
 *
 * Two folds, each evaluated on a blind set that was never in its training data:
 *   A: train devset + blind-3, test blind-4; rules = round 4 (tuned on blind-3, never saw blind-4).
 *   B: train devset + blind-4, test blind-3; rules = round 3 (blind-3's first run: never saw either).
 *      Also B with round-4 rules, for reference only: round 4 was tuned on blind-3, so rules alone flatter.
 * Inside each training set, 5-fold cross-validation picks the model's options (mean per-language AUC of
 * out-of-fold scores) and then the combination (w, b) with the best training F1 (rules as they are on those
 * tickets, model out of fold). Only then is the model trained on the whole training set and run on the test set.
 * Nothing here reads blind set 5 or the hold-out files (data.ts names every file it reads).
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  chooseCombination,
  combinedNegative,
  meanLanguageAuc,
  outOfFold,
  scoreWith,
  trainPerLanguage,
  type Example,
  type ModelConfig,
} from './cv'
import { RULES, loadRules, readLabelled, withRules, type Labelled, type RulesVersion } from './data'
import { headline, languageTable, sliceTable, type Verdicts } from './report'

const CONFIGS: ModelConfig[] = []
for (const lastSeparate of [false, true])
  for (const l2 of [1e-4, 1e-3, 1e-2])
    CONFIGS.push({ features: { bits: 12, lastSeparate }, train: { l2, iterations: 400 } })

const out = (s = ''): void => void process.stdout.write(`${s}\n`)

interface FoldResult {
  fold: string
  rules: string
  config: ModelConfig
  innerAuc: number
  combination: { w: number; b: number; trainF1: number }
  testAuc: number
  headline: Record<string, Record<string, number | null>>
}

async function runFold(
  fold: string,
  train: Labelled[],
  test: Labelled[],
  version: RulesVersion,
): Promise<FoldResult> {
  const assess = await loadRules(version)
  const trainEx = withRules(train, assess)
  const testEx = withRules(test, assess)

  let best = { config: CONFIGS[0] as ModelConfig, auc: -1, z: [] as number[] }
  for (const config of CONFIGS) {
    const z = outOfFold(trainEx, config)
    const a = meanLanguageAuc(trainEx, z)
    out(`  ${fold}: inner CV lastSeparate=${config.features.lastSeparate} l2=${config.train.l2}: AUC ${a.toFixed(3)}`)
    if (a > best.auc + 1e-9) best = { config, auc: a, z }
  }
  const combination = chooseCombination(trainEx, best.z)
  const models = trainPerLanguage(trainEx, best.config)
  const zTest = testEx.map((e) => scoreWith(models, e, best.config))

  const systems: Verdicts[] = [
    { name: `rules (${version.name})`, predicted: testEx.map((e) => e.rulesNegative) },
    { name: 'rules+model', predicted: testEx.map((e, i) => combinedNegative(e, zTest[i] as number, combination)) },
    { name: 'model alone (z>0)', predicted: zTest.map((z) => z > 0) },
  ]
  out()
  out(`== Fold ${fold}: test ${test[0]?.set} (${test.length} tickets), train ${train.length}, rules ${version.name} (${version.note})`)
  out(
    `chosen inside training: lastSeparate=${best.config.features.lastSeparate} l2=${best.config.train.l2} (inner AUC ${best.auc.toFixed(3)}); ` +
      `combination w=${combination.w} b=${combination.b} (training F1 ${combination.f1.toFixed(3)})`,
  )
  const testAuc = meanLanguageAuc(testEx, zTest)
  out(`model on the test set: mean per-language AUC ${testAuc.toFixed(3)}`)
  out(languageTable(testEx, systems))
  out()
  out(sliceTable(testEx, systems))
  out()
  return {
    fold,
    rules: version.name,
    config: best.config,
    innerAuc: best.auc,
    combination: { w: combination.w, b: combination.b, trainF1: combination.f1 },
    testAuc,
    headline: Object.fromEntries(systems.map((s) => [s.name, headline(testEx, s.predicted)])),
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } })
  const [devset, blind3, blind4] = await Promise.all([
    readLabelled('devset'),
    readLabelled('blind3'),
    readLabelled('blind4'),
  ])
  const results: FoldResult[] = []
  results.push(await runFold('A', [...devset, ...blind3], blind4, RULES.round4))
  results.push(await runFold('B', [...devset, ...blind4], blind3, RULES.round3))
  results.push(await runFold('B4', [...devset, ...blind4], blind3, RULES.round4))
  out('Headline (test sets):')
  for (const r of results)
    for (const [name, h] of Object.entries(r.headline))
      out(
        `  ${r.fold.padEnd(3)} ${name.padEnd(20)} ` +
          Object.entries(h)
            .map(([k, v]) => `${k} ${v === null ? '—' : v.toFixed(2)}`)
            .join('  '),
      )
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`)
}

await main()
