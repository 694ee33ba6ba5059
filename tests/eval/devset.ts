/**
 * The labelled development set: one `{label, ticket}` object per line of `devset.jsonl`.
 * Shared by the checker (`check-devset.ts`) and the eval script (`scripts/eval.ts`).
 * Validation is hand-written so that every problem names the field and the line it was found on.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { TicketSnapshot } from '../../src/core/model'

/**
 * The dev set by name, relative to tests/eval/: the original file, blind sets 3–9 and training sets A, B and C,
 * each dev data since its first run (README.md). Named one by one, so blind sets 10 and 11 and the hold-outs are
 * never read by default. The learned model's tooling reads the same sets by these names (model/data.ts).
 */
export const DEV_SET_PATHS = {
  devset: 'devset.jsonl',
  blind3: 'blind-3',
  blind4: 'blind-4',
  blind5: 'blind-5',
  blind6: 'blind-6',
  blind7: 'blind-7',
  blind8: 'blind-8',
  blind9: 'blind-9',
  trainA: 'train-a',
  trainB: 'train-b',
  trainC: 'train-c',
} as const
export type DevSetName = keyof typeof DEV_SET_PATHS

/** The dev set's files and folders, relative to tests/eval/. */
export const DEV_SETS: readonly string[] = Object.values(DEV_SET_PATHS)

/** Slices whose tickets are negative by definition. */
export const NEGATIVE_SLICES = [
  'explicit_negative',
  'polite_disappointment',
  'intent_escalation',
  'intent_churn',
  'intent_legal',
  'repeat_contact',
  'bad_csat',
  'sarcasm',
  'resolved_but_bad_csat',
] as const

/** Slices whose tickets are not negative by definition. */
export const NON_NEGATIVE_SLICES = ['negated_negative', 'neutral_question', 'resolved_happy', 'calm'] as const

/** Slices labelled case by case. */
export const MIXED_SLICES = ['metadata_only'] as const

export const SLICES = [...NEGATIVE_SLICES, ...NON_NEGATIVE_SLICES, ...MIXED_SLICES] as const
export type Slice = (typeof SLICES)[number]

export const LANGUAGES = ['en', 'ja', 'ko', 'th', 'nb', 'de', 'es', 'fr', 'pt'] as const
export type Language = (typeof LANGUAGES)[number]

export interface DevLabel {
  /** "This customer had a negative experience that deserves service recovery." */
  negative: boolean
  case: Slice
  note: string
}

export interface DevCase {
  label: DevLabel
  ticket: TicketSnapshot
}

export type ValidationResult = { ok: true; value: DevCase } | { ok: false; problems: string[] }

const CHANNELS = ['email', 'web', 'chat', 'twitter', 'phone'] as const
const STATUSES = ['new', 'open', 'pending', 'solved'] as const
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
const CSAT_SCORES = ['good', 'bad'] as const
const AUTHORS = ['customer', 'agent'] as const
const LOCALES = ['en', 'ja', 'ko', 'th', 'nb', 'de', 'es', 'fr', 'pt', 'pt-BR'] as const
const METRIC_FIELDS = ['reopens', 'replies', 'firstReplyMinutes', 'requesterWaitMinutes'] as const
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/

/** "pt-BR" → "pt", "ja" → "ja": the language bucket a locale is reported under. */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? locale).toLowerCase()
}

export function isSlice(value: unknown): value is Slice {
  return typeof value === 'string' && (SLICES as readonly string[]).includes(value)
}

/** The label a slice implies, or null when the slice is labelled case by case. */
export function polarityOf(slice: Slice): boolean | null {
  if ((NEGATIVE_SLICES as readonly string[]).includes(slice)) return true
  if ((NON_NEGATIVE_SLICES as readonly string[]).includes(slice)) return false
  return null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const oneOf = (allowed: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && allowed.includes(value)

const isIsoUtc = (value: unknown): value is string =>
  typeof value === 'string' && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value))

function checkCsat(value: unknown, where: string, problems: string[]): void {
  if (value === null) return
  if (!isRecord(value)) {
    problems.push(`${where}: must be null or {score, comment}`)
    return
  }
  if (!oneOf(CSAT_SCORES, value.score)) problems.push(`${where}.score: must be good or bad`)
  if (value.comment !== undefined && value.comment !== null && typeof value.comment !== 'string') {
    problems.push(`${where}.comment: must be a string`)
  }
}

function checkComments(value: unknown, problems: string[]): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('ticket.comments: must be a non-empty array')
    return
  }
  value.forEach((comment: unknown, index) => {
    const where = `ticket.comments[${index}]`
    if (!isRecord(comment)) {
      problems.push(`${where}: must be an object`)
      return
    }
    if (!oneOf(AUTHORS, comment.author)) problems.push(`${where}.author: must be customer or agent`)
    if (typeof comment.body !== 'string' || comment.body.trim() === '') problems.push(`${where}.body: empty`)
    if (!isIsoUtc(comment.createdAt)) problems.push(`${where}.createdAt: not an ISO-8601 UTC time`)
  })
}

function checkMetrics(value: unknown, problems: string[]): void {
  if (value === undefined) return
  if (!isRecord(value)) {
    problems.push('ticket.metrics: must be an object')
    return
  }
  for (const [key, metric] of Object.entries(value)) {
    if (!(METRIC_FIELDS as readonly string[]).includes(key)) problems.push(`ticket.metrics.${key}: unknown`)
    else if (metric !== null && (typeof metric !== 'number' || metric < 0 || !Number.isFinite(metric))) {
      problems.push(`ticket.metrics.${key}: must be a non-negative number or null`)
    }
  }
}

function checkHistory(value: unknown, problems: string[]): void {
  if (value === undefined) return
  if (!Array.isArray(value)) {
    problems.push('ticket.history: must be an array')
    return
  }
  value.forEach((entry: unknown, index) => {
    const where = `ticket.history[${index}]`
    if (!isRecord(entry)) {
      problems.push(`${where}: must be an object`)
      return
    }
    if (typeof entry.id !== 'string' || entry.id === '') problems.push(`${where}.id: missing`)
    if (typeof entry.subject !== 'string') problems.push(`${where}.subject: missing`)
    if (!oneOf(STATUSES, entry.status)) problems.push(`${where}.status: invalid`)
    if (!isIsoUtc(entry.createdAt)) problems.push(`${where}.createdAt: not an ISO-8601 UTC time`)
    checkCsat(entry.csat, `${where}.csat`, problems)
  })
}

/** Checks one parsed line against the CLI ticket shape and the label rules. */
export function validateCase(value: unknown): ValidationResult {
  const problems: string[] = []
  if (!isRecord(value)) return { ok: false, problems: ['line: must be a JSON object'] }
  const { label, ticket } = value
  if (!isRecord(label)) problems.push('label: missing')
  else {
    if (typeof label.negative !== 'boolean') problems.push('label.negative: must be a boolean')
    if (!isSlice(label.case)) problems.push(`label.case: unknown slice ${JSON.stringify(label.case)}`)
    else {
      const implied = polarityOf(label.case)
      if (implied !== null && implied !== label.negative) {
        problems.push(`label.negative: slice ${label.case} implies ${String(implied)}`)
      }
    }
    if (typeof label.note !== 'string' || label.note.trim() === '') problems.push('label.note: empty')
  }
  if (!isRecord(ticket)) problems.push('ticket: missing')
  else {
    if (typeof ticket.id !== 'string' || ticket.id === '') problems.push('ticket.id: missing')
    if (!oneOf(LOCALES, ticket.locale))
      problems.push(`ticket.locale: unsupported ${JSON.stringify(ticket.locale)}`)
    if (!oneOf(CHANNELS, ticket.channel)) problems.push('ticket.channel: invalid')
    if (typeof ticket.subject !== 'string' || ticket.subject.trim() === '')
      problems.push('ticket.subject: empty')
    if (!oneOf(STATUSES, ticket.status)) problems.push('ticket.status: invalid')
    if (!isIsoUtc(ticket.createdAt)) problems.push('ticket.createdAt: not an ISO-8601 UTC time')
    if (!Array.isArray(ticket.tags) || !ticket.tags.every((tag) => typeof tag === 'string')) {
      problems.push('ticket.tags: must be an array of strings')
    }
    checkComments(ticket.comments, problems)
    if (ticket.csat === undefined) problems.push('ticket.csat: must be present (null when unrated)')
    else checkCsat(ticket.csat, 'ticket.csat', problems)
    if (ticket.priority !== undefined && !oneOf(PRIORITIES, ticket.priority)) {
      problems.push('ticket.priority: invalid')
    }
    checkMetrics(ticket.metrics, problems)
    checkHistory(ticket.history, problems)
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: value as unknown as DevCase }
}

export interface DevsetLine {
  /** 1-based line number in the file. */
  line: number
  result: ValidationResult
  /** The file the line was read from (a set may be a folder of files). */
  file?: string
}

/** The `.jsonl` files of a set: the path itself, or the files of a folder in name order. */
export function setFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(path, name))
}

/** Every line of one or more sets (files or folders), in order, each tagged with its file. */
export async function* readSets(paths: readonly string[]): AsyncGenerator<DevsetLine> {
  for (const path of paths)
    for (const file of setFiles(path)) for await (const line of readDevset(file)) yield { ...line, file }
}

/** Streams the set line by line (blank lines skipped); JSON syntax errors come back as problems. */
export async function* readDevset(path: string): AsyncGenerator<DevsetLine> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let line = 0
  for await (const text of lines) {
    line += 1
    if (text.trim() === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      yield { line, result: { ok: false, problems: [`invalid JSON: ${(error as Error).message}`] } }
      continue
    }
    yield { line, result: validateCase(parsed) }
  }
}
