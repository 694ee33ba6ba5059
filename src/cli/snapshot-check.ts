/**
 * The fast path of the `turnaround assess` input check: the rules of snapshot-schema.ts written out by hand
 * for a parsed JSON line, about ten times cheaper than the zod schema on a valid line. It only says yes or
 * no; a no goes to the zod schema, which stays the authority and names the failing fields
 * (tests/unit/cli/snapshot-check.test.ts checks that both accept the same lines and produce the same data).
 */
import type { TicketSnapshot } from '../core/model'
import {
  AUTHORS,
  CHANNELS,
  CSAT_SCORES,
  ISO_DATE_PATTERN,
  NATIVE_SENTIMENTS,
  PRIORITIES,
  SOURCES,
  STATUSES,
} from './snapshot-schema'

type Json = Record<string, unknown>

const oneOf = (values: readonly string[]): ((v: unknown) => boolean) => {
  const set: ReadonlySet<unknown> = new Set(values)
  return (v) => set.has(v)
}
const isChannel = oneOf(CHANNELS)
const isStatus = oneOf(STATUSES)
const isCsatScore = oneOf(CSAT_SCORES)
const isAuthor = oneOf(AUTHORS)
const isPriority = oneOf(PRIORITIES)
const isNativeSentiment = oneOf(NATIVE_SENTIMENTS)
const isSource = oneOf(SOURCES)

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE_PATTERN.test(v)
/** zod's number(): finite (JSON.parse turns 1e999 into Infinity). */
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isIdValue = (v: unknown): boolean => typeof v === 'string' || isNumber(v)
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0
const isMinutes = (v: unknown): boolean => v === undefined || v === null || (isNumber(v) && v >= 0)
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v)
const nullable = (v: unknown, check: (v: unknown) => boolean): boolean =>
  v === undefined || v === null || check(v)
const isText = (v: unknown): boolean => typeof v === 'string'

function isComment(v: unknown): boolean {
  return (
    isObject(v) &&
    optional(v.id, isIdValue) &&
    isAuthor(v.author) &&
    typeof v.body === 'string' &&
    isDate(v.createdAt) &&
    optional(v.public, (p) => typeof p === 'boolean')
  )
}

function isCsat(v: unknown): boolean {
  return (
    isObject(v) &&
    isCsatScore(v.score) &&
    nullable(v.comment, isText) &&
    nullable(v.reason, isText) &&
    optional(v.createdAt, isDate) &&
    optional(v.updatedAt, isDate) &&
    nullable(v.previousScore, isCsatScore)
  )
}

function isPerson(v: unknown): boolean {
  return (
    isObject(v) &&
    isIdValue(v.id) &&
    typeof v.name === 'string' &&
    nullable(v.email, isText) &&
    nullable(v.locale, isText)
  )
}

function isMetrics(v: unknown): boolean {
  return (
    isObject(v) &&
    optional(v.reopens, isCount) &&
    optional(v.replies, isCount) &&
    isMinutes(v.firstReplyMinutes) &&
    isMinutes(v.firstResolutionMinutes) &&
    isMinutes(v.fullResolutionMinutes) &&
    isMinutes(v.requesterWaitMinutes) &&
    isMinutes(v.agentWaitMinutes) &&
    isMinutes(v.onHoldMinutes) &&
    optional(v.groupStations, isCount) &&
    optional(v.assigneeStations, isCount)
  )
}

function isEarlierTicket(v: unknown): boolean {
  return (
    isObject(v) &&
    isIdValue(v.id) &&
    typeof v.subject === 'string' &&
    isStatus(v.status) &&
    isDate(v.createdAt) &&
    optional(v.updatedAt, isDate) &&
    (v.csat === null || isCsat(v.csat))
  )
}

function every(v: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false
  for (const item of v) if (!check(item)) return false
  return true
}

function isSnapshot(v: unknown): v is Json {
  return (
    isObject(v) &&
    ((typeof v.id === 'string' && v.id.length > 0) || isNumber(v.id)) &&
    typeof v.locale === 'string' &&
    isChannel(v.channel) &&
    optional(v.subject, isText) &&
    isStatus(v.status) &&
    isDate(v.createdAt) &&
    optional(v.updatedAt, isDate) &&
    optional(v.tags, (tags) => every(tags, isText)) &&
    every(v.comments, isComment) &&
    nullable(v.csat, isCsat) &&
    nullable(v.priority, isPriority) &&
    optional(v.requester, isPerson) &&
    nullable(v.assignee, isPerson) &&
    nullable(v.metrics, isMetrics) &&
    optional(v.history, (history) => every(history, isEarlierTicket)) &&
    nullable(v.nativeSentiment, isNativeSentiment) &&
    optional(v.source, isSource)
  )
}

/** The schema's transforms and defaults, applied in place: ids become strings, missing fields their default. */
function applyDefaults(v: Json): TicketSnapshot {
  if (typeof v.id !== 'string') v.id = String(v.id)
  if (v.subject === undefined) v.subject = ''
  if (v.tags === undefined) v.tags = []
  if (v.csat === undefined) v.csat = null
  for (const comment of v.comments as Json[]) if (isNumber(comment.id)) comment.id = String(comment.id)
  for (const person of [v.requester, v.assignee])
    if (isObject(person) && isNumber(person.id)) person.id = String(person.id)
  for (const earlier of (v.history as Json[] | undefined) ?? [])
    if (isNumber(earlier.id)) earlier.id = String(earlier.id)
  return v as unknown as TicketSnapshot
}

/**
 * `data` (fresh from JSON.parse, and changed in place) as a TicketSnapshot when it passes every rule of the
 * schema, else null: then run the zod schema for the issues. Nothing is changed unless it passes.
 */
export function readSnapshot(data: unknown): TicketSnapshot | null {
  return isSnapshot(data) ? applyDefaults(data) : null
}
