/**
 * Validates the dev set (tests/eval/devset.jsonl, blind-3/ … blind-9/, train-a/ … train-c/; never blind-10/, blind-11/ or the hold-outs): schema, unique ids, dates, per-language counts,
 * negative share, slice coverage, copy-paste smells, and lexicon entries copied from (or committed with) its
 * tickets (copied-phrases.ts). Run: `npx tsx tests/eval/check-devset.ts [file or folder]...`. Exit code 1 on any
 * problem.
 */
import { fileURLToPath } from 'node:url'
import { de } from '../../src/core/detect/lexicon/de'
import { en } from '../../src/core/detect/lexicon/en'
import { es } from '../../src/core/detect/lexicon/es'
import { fr } from '../../src/core/detect/lexicon/fr'
import { ja } from '../../src/core/detect/lexicon/ja'
import { ko } from '../../src/core/detect/lexicon/ko'
import { nb } from '../../src/core/detect/lexicon/nb'
import { pt } from '../../src/core/detect/lexicon/pt'
import { th } from '../../src/core/detect/lexicon/th'
import { normalize } from '../../src/core/detect/normalize'
import { COPIED_ALLOWED } from './copied-allowed'
import { copiedPhrases, isWrittenBlind, type DevTicketText } from './copied-phrases'
import { DEV_SETS, LANGUAGES, SLICES, languageOf, readSets, type DevCase } from './devset'

const MIN_TOTAL = 330
const MIN_PER_LANGUAGE = 35
const NEGATIVE_SHARE = { min: 0.4, max: 0.6 }
const YEAR = '2026'
const MAX_COMMENTS = 10

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const defaultPaths = DEV_SETS.map((p) => fileURLToPath(new URL(`./${p}`, import.meta.url)))
const paths = process.argv.length > 2 ? process.argv.slice(2) : defaultPaths
const out = (text = ''): void => void process.stdout.write(`${text}\n`)

function checkTimeline(devCase: DevCase, report: (problem: string) => void): void {
  const { ticket } = devCase
  const stamps = [ticket.createdAt, ...ticket.comments.map((comment) => comment.createdAt)]
  if (!stamps.every((stamp) => stamp.startsWith(YEAR))) report(`dates must fall in ${YEAR}`)
  for (let index = 1; index < stamps.length; index += 1) {
    if (Date.parse(stamps[index]!) < Date.parse(stamps[index - 1]!)) {
      report(`comment ${index - 1} is earlier than what precedes it`)
    }
  }
  for (const entry of ticket.history ?? []) {
    if (Date.parse(entry.createdAt) >= Date.parse(ticket.createdAt)) {
      report(`history ${entry.id} is not older than the ticket`)
    }
  }
}

async function main(): Promise<number> {
  const problems: string[] = []
  const ids = new Map<string, number>()
  const bodies = new Map<string, string>()
  const counts = new Map<string, { total: number; negative: number; slices: Map<string, number> }>()
  const texts: DevTicketText[] = []
  let total = 0

  for await (const { line, result, file } of readSets(paths)) {
    const where = file ? `${file.slice(ROOT.length)}:${line}` : `line ${line}`
    const report = (problem: string): void => void problems.push(`${where}: ${problem}`)
    if (!result.ok) {
      result.problems.forEach(report)
      continue
    }
    const { label, ticket } = result.value
    total += 1
    const language = languageOf(ticket.locale)
    if (!ticket.id.startsWith(`${language}-`)) report(`id ${ticket.id} does not start with "${language}-"`)
    const seen = ids.get(ticket.id)
    if (seen !== undefined) report(`duplicate id ${ticket.id} (first on line ${seen})`)
    ids.set(ticket.id, line)
    if (ticket.comments.length > MAX_COMMENTS) report(`more than ${MAX_COMMENTS} comments`)
    if (!ticket.comments.some((comment) => comment.author === 'customer')) report('no customer comment')
    // Zendesk surveys solved tickets; a customer's reply after rating reopens the ticket and keeps the rating.
    if (ticket.csat && ticket.status === 'new') report('a rated ticket cannot be new')
    checkTimeline(result.value, report)
    // A blind set's authors never saw the other sets: a shared formula there ("Perfecto, muchas gracias.") is
    // a coincidence, so its texts are compared within the set only.
    const scope = file && isWrittenBlind(file) ? file.replace(/[\\/][^\\/]*$/, '') : ''
    for (const comment of ticket.comments) {
      if (comment.author !== 'customer' || comment.body.length < 25) continue
      const key = `${scope}\u0000${comment.body}`
      const other = bodies.get(key)
      if (other !== undefined && other !== ticket.id) report(`customer text copied from ${other}`)
      bodies.set(key, ticket.id)
    }
    const words = [
      ticket.subject,
      ...ticket.comments.filter((c) => c.author === 'customer').map((c) => c.body),
    ]
    if (ticket.csat?.comment) words.push(ticket.csat.comment)
    texts.push({ id: ticket.id, lang: language, file: file ?? '', text: normalize(words.join('\n')).text })
    const bucket = counts.get(language) ?? { total: 0, negative: 0, slices: new Map<string, number>() }
    bucket.total += 1
    if (label.negative) bucket.negative += 1
    bucket.slices.set(label.case, (bucket.slices.get(label.case) ?? 0) + 1)
    counts.set(language, bucket)
  }

  if (total < MIN_TOTAL) problems.push(`only ${total} tickets (need ${MIN_TOTAL})`)
  for (const language of LANGUAGES) {
    const bucket = counts.get(language)
    if (!bucket) {
      problems.push(`${language}: no tickets`)
      continue
    }
    if (bucket.total < MIN_PER_LANGUAGE)
      problems.push(`${language}: ${bucket.total} tickets (need ${MIN_PER_LANGUAGE})`)
    const share = bucket.negative / bucket.total
    if (share < NEGATIVE_SHARE.min || share > NEGATIVE_SHARE.max) {
      problems.push(
        `${language}: negative share ${share.toFixed(2)} outside ${NEGATIVE_SHARE.min}–${NEGATIVE_SHARE.max}`,
      )
    }
    for (const slice of SLICES) {
      if (!bucket.slices.has(slice)) problems.push(`${language}: slice ${slice} missing`)
    }
  }

  for (const copy of copiedPhrases(ROOT, [en, de, es, fr, pt, nb, ja, ko, th], texts)) {
    const key = `${copy.phrase.lang}:${copy.phrase.raw}`
    if (COPIED_ALLOWED[key] !== undefined) continue
    const when = copy.entryCommittedAt > copy.ticketCommittedAt ? 'after' : 'with'
    problems.push(
      `lexicon ${key} appears verbatim in ${copy.ticket}, committed ${when} it: generalise it or justify it in copied-allowed.ts`,
    )
  }

  const header = ['slice', ...LANGUAGES, 'all']
  const rows = SLICES.map((slice) => {
    const cells = LANGUAGES.map((language) => counts.get(language)?.slices.get(slice) ?? 0)
    return [slice, ...cells.map(String), String(cells.reduce((sum, cell) => sum + cell, 0))]
  })
  const totals = LANGUAGES.map((language) => counts.get(language)?.total ?? 0)
  const negatives = LANGUAGES.map((language) => counts.get(language)?.negative ?? 0)
  rows.push(['total', ...totals.map(String), String(total)])
  rows.push(['negative', ...negatives.map(String), String(negatives.reduce((sum, cell) => sum + cell, 0))])
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  )
  for (const row of [header, ...rows]) {
    out(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
  }
  out()
  if (problems.length === 0) {
    out(`OK: ${total} tickets in ${paths.join(', ')}`)
    return 0
  }
  problems.forEach((problem) => out(`PROBLEM ${problem}`))
  out(`${problems.length} problem(s)`)
  return 1
}

process.exitCode = await main()
