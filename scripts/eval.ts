/**
 * `npm run eval` — scores the detector (`src/core/detect`) and an AFINN baseline on the labelled dev set.
 *
 *   tsx scripts/eval.ts [--set tests/eval/devset.jsonl] [--json] [--errors] [--sensitivity low|normal|high]
 *                       [--detector path/to/detect/index.ts]
 *
 * `--set` takes a file or a folder of `.jsonl` files and may be repeated; the default is the dev set, i.e.
 * `devset.jsonl` plus `blind-3/` … `blind-9/` and the training sets `train-a/` … `train-c/` (each dev data since
 * its first run, see tests/eval/README.md).
 *
 * For each language and overall it prints, for ours and the baseline: n, tickets labelled negative, and the
 * precision, recall and F1 of the negative class; then recall / accuracy per slice; with --errors the false
 * positives and false negatives with their reasons. It is a report, not a gate: the exit code is 0 unless the
 * set itself cannot be read.
 *
 * Baseline rule: `new Sentiment().analyze(body).score` (AFINN-165, English-only, from the `sentiment`
 * devDependency) for every customer comment; the ticket counts as negative when those scores add up to < 0.
 * Agent comments, the subject, the CSAT rating and its comment and all metadata are ignored by the baseline.
 *
 * The detector is imported dynamically, so the report still runs (baseline only) while it is not built yet.
 * It is called without `now`, i.e. with its deterministic default (the latest timestamp in the ticket).
 */
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { TicketSnapshot } from '../src/core/model'
import {
  DEV_SETS,
  LANGUAGES,
  SLICES,
  languageOf,
  polarityOf,
  readSets,
  type DevCase,
} from '../tests/eval/devset'
import {
  GroupedConfusion,
  baselineSaysNegative,
  formatRatio,
  scoresOf,
  type Confusion,
  type Scores,
} from '../tests/eval/metrics'

/** The dev set (DEV_SETS, tests/eval/devset.ts), from the project's root. */
const DEFAULT_SETS = DEV_SETS.map((p) => `tests/eval/${p}`)
const DETECTOR_MODULE = '../src/core/detect/index.js'
const BASELINE_RULE =
  'AFINN-165 (sentiment@5): sum of analyze(body).score over customer comments; negative when the sum < 0'

type Sensitivity = 'low' | 'normal' | 'high'

/** What the eval needs from an assessment; the real type lives in src/core/detect/types.ts. */
interface AssessmentLike {
  negative: boolean
  severity: number
  level: string
  reasons: { code: string; evidence?: unknown }[]
  failureType: string | null
}

type AssessFn = (ticket: TicketSnapshot, options?: { sensitivity?: Sensitivity }) => AssessmentLike

type DetectorStatus =
  | { state: 'ok'; assess: AssessFn }
  | { state: 'missing'; message: string }
  | { state: 'failed'; message: string }

interface SentimentAnalyzer {
  analyze(text: string): { score: number }
}

interface Misclassified {
  id: string
  language: string
  slice: string
  note: string
  level: string
  severity: number
  reasons: string[]
}

interface Report {
  set: string[]
  tickets: number
  invalidLines: { line: number; problems: string[] }[]
  detector: { status: DetectorStatus['state']; message?: string; sensitivity: Sensitivity }
  baseline: { rule: string; perLanguage: Record<string, Scores>; overall: Scores }
  ours: { perLanguage: Record<string, Scores>; overall: Scores } | null
  slices: {
    slice: string
    expected: 'negative' | 'not_negative' | 'mixed'
    n: number
    labelledNegative: number
    ours: { accuracy: number | null; recall: number | null } | null
    baseline: { accuracy: number | null; recall: number | null }
  }[]
  exceptions: { id: string; message: string }[]
  errors?: { falsePositives: Misclassified[]; falseNegatives: Misclassified[] }
}

const out = (text = ''): void => void process.stdout.write(`${text}\n`)

interface Options {
  set: string[]
  json: boolean
  errors: boolean
  sensitivity: Sensitivity
  /** Module specifier of the detector: the default, or a file URL from --detector. */
  detector: string
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      sensitivity: { type: 'string', default: 'normal' },
      detector: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    out(
      'usage: tsx scripts/eval.ts [--set <file.jsonl | folder>]... [--json] [--errors] [--sensitivity low|normal|high] [--detector <module>]',
    )
    process.exit(0)
  }
  const sensitivity = values.sensitivity
  if (sensitivity !== 'low' && sensitivity !== 'normal' && sensitivity !== 'high') {
    throw new Error(`--sensitivity must be low, normal or high (got ${sensitivity})`)
  }
  const detector = values.detector ? pathToFileURL(resolve(values.detector)).href : DETECTOR_MODULE
  return { set: values.set ?? DEFAULT_SETS, json: values.json, errors: values.errors, sensitivity, detector }
}

async function loadDetector(specifier: string): Promise<DetectorStatus> {
  try {
    const loaded: unknown = await import(specifier)
    const assess = (loaded as { assess?: unknown }).assess
    if (typeof assess !== 'function') return { state: 'missing', message: 'the module exports no assess()' }
    return { state: 'ok', assess: assess as AssessFn }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((l) => l.trim())
    // "Transform failed with 1 error:" says nothing on its own: keep the line that follows it.
    const message = (lines[0]?.endsWith(':') ? lines.slice(0, 2) : lines.slice(0, 1)).join(' ').trim()
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return { state: 'missing', message }
    return { state: 'failed', message }
  }
}

function loadBaseline(): SentimentAnalyzer {
  const require = createRequire(import.meta.url)
  const Sentiment = require('sentiment') as new () => SentimentAnalyzer
  return new Sentiment()
}

function baselineVerdict(analyzer: SentimentAnalyzer, ticket: TicketSnapshot): boolean {
  const scores = ticket.comments
    .filter((comment) => comment.author === 'customer')
    .map((comment) => analyzer.analyze(comment.body).score)
  return baselineSaysNegative(scores)
}

function describeReason(reason: { code: string; evidence?: unknown }): string {
  const evidence = reason.evidence
  const text =
    typeof evidence === 'string'
      ? evidence
      : typeof evidence === 'object' &&
          evidence !== null &&
          typeof (evidence as { text?: unknown }).text === 'string'
        ? (evidence as { text: string }).text
        : ''
  const clipped = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return clipped ? `${reason.code} "${clipped.replace(/\s+/g, ' ')}"` : reason.code
}

function perLanguage(grouped: GroupedConfusion): Record<string, Scores> {
  const present = grouped.keys()
  const ordered = [
    ...LANGUAGES.filter((language) => present.includes(language)),
    ...present.filter((language) => !(LANGUAGES as readonly string[]).includes(language)).sort(),
  ]
  return Object.fromEntries(ordered.map((language) => [language, scoresOf(grouped.get(language))]))
}

const recallAndAccuracy = (tally: Confusion) => {
  const scores = scoresOf(tally)
  return { accuracy: scores.accuracy, recall: scores.recall }
}

async function evaluate(options: Options): Promise<Report> {
  const detector = await loadDetector(options.detector)
  const analyzer = loadBaseline()
  const baselineByLanguage = new GroupedConfusion()
  const oursByLanguage = new GroupedConfusion()
  const baselineBySlice = new GroupedConfusion()
  const oursBySlice = new GroupedConfusion()
  const invalidLines: Report['invalidLines'] = []
  const exceptions: Report['exceptions'] = []
  const falsePositives: Misclassified[] = []
  const falseNegatives: Misclassified[] = []
  let tickets = 0

  for await (const { line, result, file } of readSets(options.set)) {
    if (!result.ok) {
      invalidLines.push({ line, problems: result.problems.map((p) => `${file ?? ''}: ${p}`) })
      continue
    }
    const { label, ticket }: DevCase = result.value
    tickets += 1
    const language = languageOf(ticket.locale)
    const baseline = baselineVerdict(analyzer, ticket)
    baselineByLanguage.add(language, label.negative, baseline)
    baselineBySlice.add(label.case, label.negative, baseline)
    if (detector.state !== 'ok') continue

    let assessment: AssessmentLike
    try {
      assessment = detector.assess(ticket, { sensitivity: options.sensitivity })
    } catch (error) {
      exceptions.push({ id: ticket.id, message: error instanceof Error ? error.message : String(error) })
      assessment = { negative: false, severity: 0, level: 'error', reasons: [], failureType: null }
    }
    oursByLanguage.add(language, label.negative, assessment.negative)
    oursBySlice.add(label.case, label.negative, assessment.negative)
    if (assessment.negative !== label.negative) {
      const entry: Misclassified = {
        id: ticket.id,
        language,
        slice: label.case,
        note: label.note,
        level: assessment.level,
        severity: assessment.severity,
        reasons: assessment.reasons.map(describeReason),
      }
      ;(assessment.negative ? falsePositives : falseNegatives).push(entry)
    }
  }

  const detectorOk = detector.state === 'ok'
  const report: Report = {
    set: options.set,
    tickets,
    invalidLines,
    detector: {
      status: detector.state,
      ...(detector.state === 'ok' ? {} : { message: detector.message }),
      sensitivity: options.sensitivity,
    },
    baseline: {
      rule: BASELINE_RULE,
      perLanguage: perLanguage(baselineByLanguage),
      overall: scoresOf(baselineByLanguage.overall()),
    },
    ours: detectorOk
      ? { perLanguage: perLanguage(oursByLanguage), overall: scoresOf(oursByLanguage.overall()) }
      : null,
    slices: SLICES.filter((slice) => scoresOf(baselineBySlice.get(slice)).n > 0).map((slice) => {
      const polarity = polarityOf(slice)
      const tally = baselineBySlice.get(slice)
      return {
        slice,
        expected: polarity === null ? 'mixed' : polarity ? 'negative' : 'not_negative',
        n: scoresOf(tally).n,
        labelledNegative: scoresOf(tally).positives,
        ours: detectorOk ? recallAndAccuracy(oursBySlice.get(slice)) : null,
        baseline: recallAndAccuracy(tally),
      }
    }),
    exceptions,
  }
  if (options.errors) report.errors = { falsePositives, falseNegatives }
  return report
}

/** Left-aligns the first column, right-aligns the rest. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  )
  return [header, ...rows].map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  )
}

const prf = (scores: Scores | undefined): string[] =>
  scores ? [formatRatio(scores.precision), formatRatio(scores.recall), formatRatio(scores.f1)] : ['', '', '']

function printText(report: Report): void {
  out(`Turnaround eval: ${report.set.join(' + ')} (${report.tickets} tickets)`)
  out(`Baseline: ${report.baseline.rule}`)
  if (report.detector.status === 'ok')
    out(`Ours: src/core/detect assess(), sensitivity ${report.detector.sensitivity}`)
  else if (report.detector.status === 'missing') {
    out(`Ours: the detector is not built yet (${report.detector.message}); showing the baseline only.`)
  } else out(`Ours: the detector failed to load (${report.detector.message}); showing the baseline only.`)
  for (const invalid of report.invalidLines)
    out(`Skipped line ${invalid.line}: ${invalid.problems.join('; ')}`)
  out()

  out('Negative class per language (P = precision, R = recall)')
  const languages = Object.keys(report.baseline.perLanguage)
  const rows = [...languages, 'all'].map((language) => {
    const baseline = language === 'all' ? report.baseline.overall : report.baseline.perLanguage[language]
    const ours = report.ours
      ? language === 'all'
        ? report.ours.overall
        : report.ours.perLanguage[language]
      : undefined
    return [
      language,
      String(baseline?.n ?? 0),
      String(baseline?.positives ?? 0),
      ...(report.ours ? prf(ours) : ['n/a', 'n/a', 'n/a']),
      ...prf(baseline),
    ]
  })
  table(['lang', 'n', 'neg', 'ours P', 'ours R', 'ours F1', 'base P', 'base R', 'base F1'], rows).forEach(
    (l) => out(l),
  )
  out()

  out('Per slice (recall on slices labelled negative, accuracy on all)')
  const sliceRows = report.slices.map((slice) => [
    slice.slice,
    slice.expected,
    String(slice.n),
    String(slice.labelledNegative),
    slice.ours ? formatRatio(slice.ours.recall) : 'n/a',
    slice.ours ? formatRatio(slice.ours.accuracy) : 'n/a',
    formatRatio(slice.baseline.recall),
    formatRatio(slice.baseline.accuracy),
  ])
  table(['slice', 'expected', 'n', 'neg', 'ours R', 'ours acc', 'base R', 'base acc'], sliceRows).forEach(
    (l) => out(l),
  )

  if (report.exceptions.length > 0) {
    out()
    out(`assess() threw on ${report.exceptions.length} ticket(s), counted as "not negative":`)
    report.exceptions.forEach((exception) => out(`  ${exception.id}: ${exception.message}`))
  }
  if (report.errors) {
    const list = (title: string, entries: Misclassified[]) => {
      out()
      out(`${title} (${entries.length})`)
      for (const entry of entries) {
        out(`  ${entry.id} [${entry.slice}] level=${entry.level} severity=${entry.severity} (${entry.note})`)
        out(`    reasons: ${entry.reasons.length > 0 ? entry.reasons.join('; ') : 'none'}`)
      }
    }
    if (report.ours === null) out('\n--errors: nothing to list without the detector.')
    else {
      list('False positives: ours says negative, the label says not', report.errors.falsePositives)
      list('False negatives: the label says negative, ours does not', report.errors.falseNegatives)
    }
  }
}

async function main(): Promise<void> {
  const options = readOptions()
  const report = await evaluate(options)
  if (options.json) out(JSON.stringify(report, null, 2))
  else printText(report)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
