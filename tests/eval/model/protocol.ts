/**
 * Chooses how the learned model combines with the rules, on the sets where the rules' verdicts are honest
 * (tests/eval/README.md, "Learned model: wired in" and "Round 7"):
 *
 *   npx tsx tests/eval/model/protocol.ts [--mode loso|pooled|blind5] [--keep 1000] [--words-only] [--json out.json]
 *
 * The rules were tuned on devset + blind-3 + blind-4 and never on blind-5 … 9 or training sets A, B and C.
 * `--mode loso` (rounds 8 and 9, the default): each of those sets is scored by a model trained on every other set
 * the model may read (./data.ts; options by 5-fold cross-validation, calibration on out-of-fold logits); the
 * combination is chosen on the blind sets' tickets and every scored ticket is reported (round 9's recorded run had
 * six sets: 1,224 blind tickets, 2,304 in all; blind set 9 and training set C joined after it). Since round 9 the model also
 * reads what the rules found (src/core/detect/learned/rule-features.ts), learned on the sets the rules never saw
 * (data.ts, RULES_UNSEEN); `--words-only` trains it on the words alone, as in round 8. `--mode pooled` (round 7): blind-5
 * by devset + blind-3 + 4, blind-6 by those + blind-5. `--mode blind5` (round 6): blind-5 alone.
 * Every combination of the grid is evaluated with the rules' real verdicts (this worktree's engine, read through
 * its learned-model hook) under a hard constraint: accuracy on the not-negative tickets ≥ 0.92 and on the calm
 * slice ≥ 0.90 on the pool of blind sets (`choosesOn`) — and on each alone when some variant of the grid allows
 * it — and no lowering (see `allowed`). Every variant is written to the JSON file; the table prints each family's best.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { assessWithLearned } from '../../../src/core/detect'
import { unpackModel, type TextModel } from '../../../src/core/detect/learned/codec'
import { learnedMove, type Combination, type RulesVerdict } from '../../../src/core/detect/learned/combine'
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import { auc } from './logistic'
import { SETS, readLabelled, type Labelled, type SetName } from './data'
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

export interface Figures {
  f1: number
  notNegativeAccuracy: number
  calmAccuracy: number
  politeRecall: number
  sarcasmRecall: number
  minLanguageF1: number
  changed: number
}

interface Variant extends Figures {
  family: string
  combination: Combination
  /** The same figures on each scored set alone (one entry per set; equal to the pool in `--mode blind5`). */
  perSet: Record<string, Figures>
  /** Pool meets the accuracy constraint, no lowering. */
  allowed: boolean
  /** …and so does each set alone. */
  allowedEachSet: boolean
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

export function figures(items: readonly Labelled[], obs: readonly Observed[], c: Combination): Figures {
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
  return {
    f1: h.f1 ?? 0,
    notNegativeAccuracy: fineRight / fine,
    calmAccuracy: h.calmAccuracy ?? 0,
    politeRecall: h.politeRecall ?? 0,
    sarcasmRecall: h.sarcasmRecall ?? 0,
    minLanguageF1: h.minLanguageF1 ?? 0,
    changed,
  }
}

/**
 * The sets the combination is chosen on: the blind sets, written to the standard mix (6 calm look-alikes of 34 a
 * language). The training sets are scored out of sample and reported, not chosen on: they were written heavy in
 * look-alikes (14 of 60), and on them the rules alone sit at or below the constraint (calm 0.90 and 0.87), so a
 * pool that held them would leave the model no room whatever it scored.
 */
export const choosesOn = (set: string): boolean => set.startsWith('blind')

export const meetsAccuracy = (f: Figures): boolean =>
  f.notNegativeAccuracy >= 0.92 - 1e-9 && f.calmAccuracy >= 0.9 - 1e-9

function evaluate(
  items: readonly Labelled[],
  obs: readonly Observed[],
  family: string,
  c: Combination,
): Variant {
  const pool = figures(items, obs, c)
  const perSet: Record<string, Figures> = {}
  for (const set of new Set(items.map((t) => t.set))) {
    const idx = items.flatMap((t, i) => (t.set === set ? [i] : []))
    perSet[set] = figures(
      idx.map((i) => items[i] as Labelled),
      idx.map((i) => obs[i] as Observed),
      c,
    )
  }
  // Lowering is recorded but not allowed: in run 2 it took deliberate negatives of the detect unit tests
  // (polite disappointment, thanks for a third repeat) down to watch — the rules' own verdicts on tone.
  const allowed = meetsAccuracy(pool) && c.lower === 0
  return {
    ...pool,
    family,
    combination: c,
    perSet,
    allowed,
    allowedEachSet: allowed && Object.values(perSet).every(meetsAccuracy),
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

/** One out-of-sample scoring: a model trained on `train`, the rules and the model observed on `test`. */
interface Scoring {
  train: SetName[]
  test: SetName
}

/** Every set the model may read except `test`: leave one set out. */
const allBut = (test: SetName): Scoring => ({
  train: (Object.keys(SETS) as SetName[]).filter((s) => s !== test),
  test,
})

const MODES: Record<string, Scoring[]> = {
  loso: [
    allBut('blind5'),
    allBut('blind6'),
    allBut('blind7'),
    allBut('blind8'),
    allBut('blind9'),
    allBut('trainA'),
    allBut('trainB'),
    allBut('trainC'),
  ],
  blind5: [{ train: ['devset', 'blind3', 'blind4'], test: 'blind5' }],
  pooled: [
    { train: ['devset', 'blind3', 'blind4'], test: 'blind5' },
    { train: ['devset', 'blind3', 'blind4', 'blind5'], test: 'blind6' },
  ],
}

export function meanAuc(test: readonly Labelled[], obs: readonly Observed[]): number {
  const langs = [...new Set(test.map((t) => t.lang))]
  return (
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
  )
}

async function score(
  scoring: Scoring,
  keep: number,
  stacked: boolean,
): Promise<{ test: Labelled[]; obs: Observed[]; summary: Record<string, unknown> }> {
  const train = (await Promise.all(scoring.train.map((s) => readLabelled(s)))).flat()
  const test = await readLabelled(scoring.test)
  const fitted = fitModels(train, keep, NEVER, log, undefined, stacked)
  const models = new Map<LangCode, TextModel>()
  for (const [lang, p] of fitted.packed) models.set(lang, unpackModel(p))
  const obs = observe(test, models)
  const testAuc = meanAuc(test, obs)
  out(
    `${scoring.test}: model trained on ${train.length} tickets (${scoring.train.join(' + ')}), options lastSeparate=${fitted.config.features.lastSeparate} ` +
      `l2=${fitted.config.train.l2} (cv AUC ${fitted.cvAuc.toFixed(3)}), top ${keep} weights; ${scoring.test} mean per-language AUC ${testAuc.toFixed(3)}`,
  )
  const summary = { ...scoring, config: fitted.config, cvAuc: fitted.cvAuc, testAuc }
  return { test, obs, summary }
}

const f = (x: number): string => x.toFixed(2).padStart(5)

function printFamilies(variants: readonly Variant[], sets: readonly string[], strict: boolean): void {
  const bestOf = new Map<string, Variant>()
  const meets = (v: Variant): boolean =>
    meetsAccuracy(v) && (!strict || Object.values(v.perSet).every(meetsAccuracy))
  for (const v of variants) if (meets(v) && better(v, bestOf.get(v.family))) bestOf.set(v.family, v)
  out(
    `family                 raise resolved none  lower   F1   not-neg calm  polite sarcasm minLangF1 changed${sets.length > 1 ? sets.map((s) => `  ${s} F1/not-neg/calm`).join('') : ''}`,
  )
  for (const v of bestOf.values())
    out(
      `${v.family.padEnd(22)} ${f(v.combination.raise)} ${f(v.combination.resolvedRaise)} ${f(v.combination.noneRaise)} ${f(v.combination.lower)} ${f(v.f1)} ${f(v.notNegativeAccuracy)}  ${f(v.calmAccuracy)} ${f(v.politeRecall)} ${f(v.sarcasmRecall)}  ${f(v.minLanguageF1)}  ${String(v.changed).padStart(4)}` +
        (sets.length > 1
          ? sets
              .map((s) => {
                const p = v.perSet[s] as Figures
                return `  ${' '.repeat(s.length - 4)}${f(p.f1)}/${f(p.notNegativeAccuracy)}/${f(p.calmAccuracy)}`
              })
              .join('')
          : ''),
    )
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'loso' },
      keep: { type: 'string', default: '1000' },
      json: { type: 'string' },
      'words-only': { type: 'boolean', default: false },
    },
  })
  const keep = Number(values.keep)
  const scorings = MODES[values.mode]
  if (!scorings) throw new Error(`--mode ${values.mode}: loso, pooled or blind5`)
  const scored = []
  for (const s of scorings) scored.push(await score(s, keep, !values['words-only']))
  const test = scored.flatMap((s) => s.test)
  const obs = scored.flatMap((s) => s.obs)
  const sets = scorings.map((s) => s.test).filter(choosesOn)
  const name = sets.join(' + ')
  const pick = test.flatMap((t, i) => (choosesOn(t.set) ? [i] : []))

  const variants = grid().map(({ family, combination }) =>
    evaluate(
      pick.map((i) => test[i] as Labelled),
      pick.map((i) => obs[i] as Observed),
      family,
      combination,
    ),
  )
  const eachSet = variants.filter((v) => v.allowedEachSet)
  const strict = eachSet.length > 0
  out(
    `\n${variants.length} variants on ${name} (${pick.length} tickets): ${variants.filter((v) => v.allowed).length} meet not-negative ≥ 0.92 and calm ≥ 0.90 ` +
      `without lowering on the pool, ${eachSet.length} on each set alone too; best of each family ${strict ? '(constraint on the pool and on each set)' : '(constraint on the pool; no variant meets it on each set)'}:`,
  )
  printFamilies(variants, sets, strict)
  if (sets.length > 1 && strict) {
    out('\nbest of each family, constraint on the pool only (for the record):')
    printFamilies(variants, sets, false)
  }
  let unconstrained: Variant | undefined
  for (const v of variants) if (better(v, unconstrained)) unconstrained = v
  if (unconstrained)
    out(
      `(unconstrained best F1 ${unconstrained.f1.toFixed(3)} at ${JSON.stringify(unconstrained.combination)}: not-negative ${unconstrained.notNegativeAccuracy.toFixed(2)}, calm ${unconstrained.calmAccuracy.toFixed(2)})`,
    )
  let chosen: Variant | undefined
  for (const v of strict ? eachSet : variants.filter((v) => v.allowed)) if (better(v, chosen)) chosen = v
  if (!chosen) throw new Error('no combination meets the constraint')
  const c = chosen.combination
  out(`\nchosen: ${JSON.stringify(c)}`)
  const systems = [
    { name: 'rules alone', predicted: obs.map(negativeLevel) },
    { name: 'rules+model', predicted: obs.map((o) => combined(o, c)) },
    { name: 'model alone p>0.5', predicted: obs.map((o) => (o.q ?? -1) > 0) },
  ]
  const scoredSets = scorings.map((s) => s.test)
  for (const [label, keepRow] of [
    [name, (t: Labelled): boolean => choosesOn(t.set)],
    ...(scoredSets.length > sets.length
      ? [[`all scored: ${scoredSets.join(' + ')}`, (): boolean => true] as const]
      : []),
    ...(scoredSets.length > 1
      ? scoredSets.map((s) => [s, (t: Labelled): boolean => t.set === s] as const)
      : []),
  ] as Array<[string, (t: Labelled) => boolean]>) {
    const idx = test.flatMap((t, i) => (keepRow(t) ? [i] : []))
    const rows = idx.map((i) => test[i] as Labelled)
    const sub = systems.map((s) => ({ name: s.name, predicted: idx.map((i) => s.predicted[i] as boolean) }))
    out(`\n${label}:`)
    out(languageTable(rows, sub))
    out()
    out(sliceTable(rows, sub))
  }
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ mode: values.mode, keep, scorings: scored.map((s) => s.summary), strict, chosen, variants }, null, 1)}\n`,
    )
}

if (process.argv[1]?.endsWith('protocol.ts')) await main()
