/**
 * Chooses how the learned model combines with the rules, on the one set where the rules' verdicts are honest
 * (tests/eval/README.md, "Learned model: wired in"):
 *
 *   npx tsx tests/eval/model/protocol.ts [--keep 1000] [--json out.json]
 *
 * The rules were tuned on devset + blind-3 + blind-4 and never on blind-5. So the model is trained on those three
 * (options by 5-fold cross-validation, calibration on out-of-fold logits), blind-5 is scored out of sample, and
 * every combination of the grid is evaluated there with the rules' real verdicts (this worktree's engine, read
 * through its learned-model hook) — under a hard constraint: accuracy on blind-5's not-negative tickets ≥ 0.92 and
 * on its calm slice ≥ 0.90, and no lowering (see `allowed`). Every variant is written to the JSON file; the table
 * prints each family's best (lowering families: best under the accuracy constraint alone, for the record).
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { assessWithLearned } from '../../../src/core/detect'
import { unpackModel, type TextModel } from '../../../src/core/detect/learned/codec'
import { learnedMove, type Combination, type RulesVerdict } from '../../../src/core/detect/learned/combine'
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import { auc } from './logistic'
import { readLabelled, type Labelled } from './data'
import { NEVER, fitModels } from './pipeline'
import { headline, languageTable, sliceTable } from './report'

const out = (s = ''): void => void process.stdout.write(`${s}\n`)
const log = (s: string): void => void process.stderr.write(`${s}\n`)

export interface Observed {
  rules: RulesVerdict
  q: number | null
}

/** The rules' verdict on each ticket and the model's calibrated logit, through the engine's own hook. */
export function observe(items: readonly Labelled[], models: Map<LangCode, TextModel>): Observed[] {
  return items.map((item) => {
    let seen: Observed = { rules: { level: 'none', resolved: false, toneOnly: true }, q: null }
    const a = assessWithLearned(
      {
        modelFor: (lang) => models.get(lang),
        combination: NEVER,
        observe: (rules, q) => (seen = { rules, q }),
      },
      item.ticket,
    )
    if (a.negative !== (seen.rules.level === 'recover' || seen.rules.level === 'urgent'))
      throw new Error(`${item.id}: observed verdict differs from the engine's`)
    return seen
  })
}

const negativeLevel = (o: Observed): boolean => o.rules.level === 'recover' || o.rules.level === 'urgent'

export function combined(o: Observed, c: Combination): boolean {
  const move = o.q === null ? null : learnedMove(o.rules, o.q, c, 'normal')
  return move === 'raise' ? true : move === 'lower' ? false : negativeLevel(o)
}

interface Variant {
  family: string
  combination: Combination
  f1: number
  notNegativeAccuracy: number
  calmAccuracy: number
  politeRecall: number
  sarcasmRecall: number
  minLanguageF1: number
  changed: number
  allowed: boolean
}

const RAISE = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]
const LOWER = [0, 0.05, 0.1, 0.15, 0.2, 0.3]

function grid(): Array<{ family: string; combination: Combination }> {
  const out: Array<{ family: string; combination: Combination }> = []
  for (const raise of RAISE)
    for (const resolvedRaise of RAISE.filter((r) => r >= raise))
      for (const noneRaise of RAISE.filter((r) => r >= raise))
        for (const lower of LOWER) {
          const family =
            raise === 1 && lower === 0
              ? 'rules alone'
              : `${raise < 1 ? 'raise' : ''}${resolvedRaise > raise ? '+resolved' : ''}${noneRaise > raise ? '+none' : ''}${lower > 0 ? (raise < 1 ? '+lower' : 'lower') : ''}`
          out.push({ family, combination: { raise, resolvedRaise, noneRaise, lower } })
        }
  return out
}

function evaluate(
  items: readonly Labelled[],
  obs: readonly Observed[],
  family: string,
  c: Combination,
): Variant {
  const predicted = obs.map((o) => combined(o, c))
  const h = headline(items, predicted)
  let fine = 0
  let fineRight = 0
  let changed = 0
  items.forEach((t, i) => {
    if (predicted[i] !== negativeLevel(obs[i] as Observed)) changed++
    if (t.negative) return
    fine++
    if (!predicted[i]) fineRight++
  })
  const notNegativeAccuracy = fineRight / fine
  const calmAccuracy = h.calmAccuracy ?? 0
  return {
    family,
    combination: c,
    f1: h.f1 ?? 0,
    notNegativeAccuracy,
    calmAccuracy,
    politeRecall: h.politeRecall ?? 0,
    sarcasmRecall: h.sarcasmRecall ?? 0,
    minLanguageF1: h.minLanguageF1 ?? 0,
    changed,
    // Lowering is recorded but not allowed: in run 2 it took deliberate negatives of the detect unit tests
    // (polite disappointment, thanks for a third repeat) down to watch — the rules' own verdicts on tone.
    allowed: notNegativeAccuracy >= 0.92 - 1e-9 && calmAccuracy >= 0.9 - 1e-9 && c.lower === 0,
  }
}

/** Best F1 under the constraint; ties: fewer changed verdicts, then the higher raise and the lower `lower`. */
function better(a: Variant, b: Variant | undefined): boolean {
  if (!b) return true
  if (Math.abs(a.f1 - b.f1) > 1e-9) return a.f1 > b.f1
  if (a.changed !== b.changed) return a.changed < b.changed
  if (a.combination.raise !== b.combination.raise) return a.combination.raise > b.combination.raise
  return a.combination.lower < b.combination.lower
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { keep: { type: 'string', default: '1000' }, json: { type: 'string' } },
  })
  const keep = Number(values.keep)
  const train = (
    await Promise.all([readLabelled('devset'), readLabelled('blind3'), readLabelled('blind4')])
  ).flat()
  const test = await readLabelled('blind5')
  const fitted = fitModels(train, keep, NEVER, log)
  const models = new Map<LangCode, TextModel>()
  for (const [lang, p] of fitted.packed) models.set(lang, unpackModel(p))
  const obs = observe(test, models)

  const langs = [...new Set(test.map((t) => t.lang))]
  const testAuc =
    langs.reduce((s, lang) => {
      const idx = test.flatMap((t, i) => (t.lang === lang && obs[i]?.q !== null ? [i] : []))
      return (
        s +
        auc(
          idx.map((i) => obs[i]?.q as number),
          idx.map((i) => (test[i] as Labelled).negative),
        )
      )
    }, 0) / langs.length
  out(
    `model: trained on ${train.length} tickets (devset + blind-3 + blind-4), options lastSeparate=${fitted.config.features.lastSeparate} ` +
      `l2=${fitted.config.train.l2} (cv AUC ${fitted.cvAuc.toFixed(3)}), top ${keep} weights; blind-5 mean per-language AUC ${testAuc.toFixed(3)}`,
  )
  const variants = grid().map(({ family, combination }) => evaluate(test, obs, family, combination))
  const bestOf = new Map<string, Variant>()
  const meetsAccuracy = (v: Variant): boolean =>
    v.notNegativeAccuracy >= 0.92 - 1e-9 && v.calmAccuracy >= 0.9 - 1e-9
  for (const v of variants) if (meetsAccuracy(v) && better(v, bestOf.get(v.family))) bestOf.set(v.family, v)
  let chosen: Variant | undefined
  for (const v of bestOf.values()) if (v.allowed && better(v, chosen)) chosen = v
  out(
    `\n${variants.length} variants on blind-5 (${variants.filter((v) => v.allowed).length} meet not-negative ≥ 0.92 and calm ≥ 0.90 without lowering); best of each family:`,
  )
  out(
    'family                 raise resolved none  lower   F1   not-neg calm  polite sarcasm minLangF1 changed',
  )
  const f = (x: number): string => x.toFixed(2).padStart(5)
  for (const v of bestOf.values())
    out(
      `${v.family.padEnd(22)} ${f(v.combination.raise)} ${f(v.combination.resolvedRaise)} ${f(v.combination.noneRaise)} ${f(v.combination.lower)} ${f(v.f1)} ${f(v.notNegativeAccuracy)}  ${f(v.calmAccuracy)} ${f(v.politeRecall)} ${f(v.sarcasmRecall)}  ${f(v.minLanguageF1)}  ${String(v.changed).padStart(4)}`,
    )
  let unconstrained: Variant | undefined
  for (const v of variants) if (better(v, unconstrained)) unconstrained = v
  if (unconstrained)
    out(
      `(unconstrained best F1 ${unconstrained.f1.toFixed(3)} at ${JSON.stringify(unconstrained.combination)}: not-negative ${unconstrained.notNegativeAccuracy.toFixed(2)}, calm ${unconstrained.calmAccuracy.toFixed(2)})`,
    )
  if (!chosen) throw new Error('no combination meets the constraint')
  out(`\nchosen: ${JSON.stringify(chosen.combination)}`)
  const systems = [
    { name: 'rules alone', predicted: obs.map(negativeLevel) },
    { name: 'rules+model', predicted: obs.map((o) => combined(o, chosen.combination)) },
    { name: 'model alone p>0.5', predicted: obs.map((o) => (o.q ?? -1) > 0) },
  ]
  out(languageTable(test, systems))
  out()
  out(sliceTable(test, systems))
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ keep, config: fitted.config, cvAuc: fitted.cvAuc, testAuc, chosen, variants }, null, 1)}\n`,
    )
}

if (process.argv[1]?.endsWith('protocol.ts')) await main()
