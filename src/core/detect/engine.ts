/**
 * assess(): combines the signals of one ticket into a level, a severity and reasons.
 *
 * Rules (weights in weights.ts):
 * - Only public customer comments, the subject and the CSAT comment are read as the customer's words;
 *   agent comments and internal notes never are. Quoted email history and signatures are cut first.
 * - The latest customer turn weighs most (RECENCY). If it thanks or says the issue is fixed and carries no
 *   negativity, earlier text and wait signals are damped (RESOLUTION) — unless the CSAT rating is bad.
 * - Each reason code has diminishing returns (TEXT.repeatDecay) and a cap (TEXT.maxPerCode).
 * - Caps on the level: metadata alone stays at `watch` unless it has METADATA.metadataOnlyMinSignals strong
 *   signals; a weak intent with no other cue stays at `watch` — a churn phrase in a question or without a
 *   decision ("how do I cancel?"), or a bare noun often used neutrally ("manager", "lawyer").
 * - `negative` = level is `recover` or `urgent`.
 */
import { formatIsoMs, parseIsoMs } from './time'
import type { TicketSnapshot } from '../model'
import { failureTypeOf } from './failure-type'
import { applyLearned, type LearnedSource } from './learned/hook'
import { langOfLocale } from './locale'
import type { ReasonCode } from './reasons'
import { acrossMessages } from './signals/consecutive'
import { csatReasons } from './signals/csat'
import { amplifierReasons, metadataFindings } from './signals/metadata'
import { latinLanguagesFor, type MarkerCounts } from './language-id'
import type { LangCode } from './lexicon/types'
import type { Matcher } from './matcher'
import {
  analyzeText,
  emptyFindings,
  markersOf,
  prepareText,
  type MatcherSet,
  type PreparedText,
  type TextFindings,
  type TextHit,
  type Topic,
} from './signals/text'
import type { TimedReason } from './signals/timed'
import type { Assessment, AssessOptions, Evidence, Level, Reason } from './types'
import {
  CSAT,
  DEFAULT_REPLY_SLA_MINUTES,
  LEVEL_THRESHOLDS,
  METADATA,
  RESOLUTION,
  SECOND_CUE_MIN_WEIGHT,
  SEVERITY_SCALE,
  TEXT,
  RECENCY,
  levelFor,
  severityFor,
} from './weights'

const TEXT_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'negative_sentiment',
  'polite_disappointment',
  'anger_cues',
  'escalation_request',
  'churn_threat',
  'legal_threat',
  'public_threat',
  'repeat_contact',
  'customer_chasing',
])
/** Codes that do not count as the "second cue" a weak intent needs. */
const NOT_A_SECOND_CUE: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'high_priority',
  'public_channel',
  'history_bad_csat',
])
const LEVEL_ORDER: readonly Level[] = ['none', 'watch', 'recover', 'urgent']
const MAX_QUOTE = 160

/** The latest timestamp in the ticket: the default "now", so the same ticket always gets the same answer. */
function latestTimestamp(ticket: TicketSnapshot): number {
  let latest = parseIsoMs(ticket.updatedAt ?? ticket.createdAt)
  // Comments are oldest first, so the last one is enough.
  latest = laterOf(latest, ticket.comments[ticket.comments.length - 1]?.createdAt)
  latest = laterOf(latest, ticket.csat?.createdAt)
  latest = laterOf(latest, ticket.csat?.updatedAt)
  return latest
}

function laterOf(latest: number, iso: string | null | undefined): number {
  const t = iso ? parseIsoMs(iso) : NaN
  return t > latest || Number.isNaN(latest) ? t : latest
}

interface Source {
  text: string
  /** Normalised once: read for its languages first, then for its signals. */
  prepared: PreparedText
  findings: TextFindings
  factor: number
  field: 'comment' | 'subject' | 'csat_comment'
  /** Index in ticket.comments; -1 for the subject and the CSAT comment. */
  commentIndex: number
  commentId: string | undefined
  at: string | null
}

const UNTIDY_SPACE = /\s\s|[\t\n\r]|^\s|\s$/
const SPACE_RUNS = /\s+/g

function quote(text: string, hit: TextHit): string {
  let raw = hit.spans
    ? hit.spans.map((s) => text.slice(s.start, s.end).trim()).join(' … ')
    : text.slice(hit.start, hit.end)
  if (UNTIDY_SPACE.test(raw)) raw = raw.replace(SPACE_RUNS, ' ').trim()
  return raw.length > MAX_QUOTE ? `${raw.slice(0, MAX_QUOTE - 1)}…` : raw
}

// Two literals rather than a conditional spread: same keys in the same order, without a temporary object.
function evidenceOf(source: Source, hit: TextHit): Evidence {
  const text = quote(source.text, hit)
  return source.commentId !== undefined
    ? {
        kind: 'quote',
        text,
        commentIndex: source.commentIndex,
        commentId: source.commentId,
        field: source.field,
      }
    : { kind: 'quote', text, commentIndex: source.commentIndex, field: source.field }
}

/** Placeholder until readCustomerText reads the text (never mutated). */
const NOT_READ: TextFindings = emptyFindings()

/** The customer's words: public comments (latest first, for recency), then the subject and the CSAT comment. */
function customerTexts(ticket: TicketSnapshot): { texts: Source[]; agentRepliedAfterFirst: boolean } {
  const texts: Source[] = []
  let agentRepliedAfterFirst = false
  for (let i = ticket.comments.length - 1, rank = 0; i >= 0; i--) {
    const comment = ticket.comments[i]
    if (!comment || comment.public === false) continue
    if (comment.author === 'agent' && rank > 0) agentRepliedAfterFirst = true
    if (comment.author !== 'customer') continue
    texts.push({
      text: comment.body,
      findings: NOT_READ,
      prepared: prepareText(comment.body),
      factor: RECENCY[rank] ?? TEXT.olderRecency,
      field: 'comment',
      commentIndex: i,
      commentId: comment.id,
      at: comment.createdAt,
    })
    rank++
  }
  if (ticket.subject) {
    texts.push({
      text: ticket.subject,
      findings: NOT_READ,
      prepared: prepareText(ticket.subject),
      factor: TEXT.subjectFactor,
      field: 'subject',
      commentIndex: -1,
      commentId: undefined,
      at: ticket.createdAt,
    })
  }
  const csatComment = ticket.csat?.comment
  if (csatComment) {
    texts.push({
      text: csatComment,
      findings: NOT_READ,
      prepared: prepareText(csatComment),
      factor: TEXT.csatCommentFactor,
      field: 'csat_comment',
      commentIndex: -1,
      commentId: undefined,
      at: ticket.csat?.updatedAt ?? ticket.csat?.createdAt ?? null,
    })
  }
  return { texts, agentRepliedAfterFirst }
}

/** Customers keep to one language in a ticket: its latest comments and the CSAT comment tell which. */
const IDENTIFYING_COMMENTS = 3

/** Marker counts of the texts that name the ticket's languages (the subject is too short to count). */
function identifyingMarkers(texts: readonly Source[]): Array<MarkerCounts | null> {
  const counts: Array<MarkerCounts | null> = []
  let comments = 0
  for (const text of texts) {
    if (text.field === 'subject' || (text.field === 'comment' && comments++ >= IDENTIFYING_COMMENTS)) continue
    counts.push(markersOf(text.prepared))
  }
  return counts
}

/** Every language whose lexicon this ticket needs: Latin ones by locale and function words, others by script. */
export function languagesOfTicket(ticket: TicketSnapshot): LangCode[] {
  return languagesOf(langOfLocale(ticket.locale), customerTexts(ticket).texts)
}

/** The Latin languages of a ticket's texts: its locale's and those its identifying texts are written in. */
function latinLanguagesOf(locale: LangCode | null, texts: readonly Source[]): LangCode[] {
  return latinLanguagesFor(locale, identifyingMarkers(texts))
}

function languagesOf(locale: LangCode | null, texts: readonly Source[]): LangCode[] {
  const langs = latinLanguagesOf(locale, texts)
  const scripts = { ja: false, ko: false, th: false }
  for (const { prepared } of texts) {
    const s = prepared.norm.scripts
    if (s.kana > 0 || (s.han > 0 && s.hangul === 0)) scripts.ja = true
    if (s.hangul > 0) scripts.ko = true
    if (s.thai > 0) scripts.th = true
  }
  if (scripts.ja) langs.push('ja')
  if (scripts.ko) langs.push('ko')
  if (scripts.th) langs.push('th')
  if (locale && !langs.includes(locale)) langs.push(locale)
  return langs
}

/** Reads the customer's words with the lexicons of the languages they are in. */
function readCustomerText(
  ticket: TicketSnapshot,
  matchers: MatcherSource,
): { sources: Source[]; resolved: boolean } {
  const lang = langOfLocale(ticket.locale)
  const textOptions = {
    locale: lang,
    publicChannel: ticket.channel === 'twitter' || ticket.channel === 'facebook',
  }
  const { texts, agentRepliedAfterFirst } = customerTexts(ticket)
  const readsLatin = texts.some((t) => t.prepared.latin)
  const set: MatcherSet = {
    latin: readsLatin ? matchers.latinFor(latinLanguagesOf(lang, texts)) : undefined,
    ja: matchers.ja,
    ko: matchers.ko,
    th: matchers.th,
  }
  const sources: Source[] = texts
  for (const source of sources) source.findings = analyzeText(source.prepared, set, textOptions)
  // Chat splits a thought: consecutive customer messages read joined add what needs both (consecutive.ts).
  for (const joined of acrossMessages(sources, (p) => analyzeText(p, set, textOptions)))
    sources.push({ ...joined.later, text: joined.text, prepared: joined.prepared, findings: joined.findings })
  const last = sources[0]?.field === 'comment' ? sources[0].findings : undefined
  const resolved =
    last !== undefined &&
    !last.hasNegativity &&
    last.resolution >= RESOLUTION.minStrength &&
    (agentRepliedAfterFirst || last.resolution >= 2)
  return { sources, resolved }
}

const byWeightDescending = (a: TimedReason, b: TimedReason): number => b.weight - a.weight
/** TEXT.repeatDecay ** i for the first few i, computed the same way once instead of per reason. */
const REPEAT_DECAY = Array.from({ length: 32 }, (_, i) => TEXT.repeatDecay ** i)

/** Lists up to this long are insertion-sorted: Array#sort's setup costs more than the sort itself there. */
const INSERTION_SORT_MAX = 16

/** Stable in-place sort, so the same order as Array#sort for a consistent comparison. */
function sortStable<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > INSERTION_SORT_MAX) {
    list.sort(compare)
    return
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T
    let j = i - 1
    for (; j >= 0 && compare(list[j] as T, item) > 0; j--) list[j + 1] = list[j] as T
    list[j + 1] = item
  }
}

/**
 * Diminishing returns per code: the strongest hit counts fully, the next ones less, up to a cap.
 * Updates the weights in place: every reason passed in was made for this assessment and is used once.
 */
function withDiminishingReturns(reasons: TimedReason[]): TimedReason[] {
  const byCode = new Map<ReasonCode, TimedReason[]>()
  for (const r of reasons) {
    const list = byCode.get(r.code)
    if (list) list.push(r)
    else byCode.set(r.code, [r])
  }
  const out: TimedReason[] = []
  for (const list of byCode.values()) {
    if (list.length > 1) sortStable(list, byWeightDescending)
    let total = 0
    for (let i = 0; i < list.length; i++) {
      const r = list[i] as TimedReason
      const weight = Math.min(r.weight * (REPEAT_DECAY[i] ?? TEXT.repeatDecay ** i), TEXT.maxPerCode - total)
      total += Math.max(0, weight)
      if (weight > 0.01) {
        r.weight = weight
        out.push(r)
      }
    }
  }
  return out
}

function severityCap(level: Level, sensitivity: NonNullable<AssessOptions['sensitivity']>): number {
  const t = LEVEL_THRESHOLDS[sensitivity]
  if (level === 'none') return t.watch - 1
  if (level === 'watch') return t.recover - 1
  if (level === 'recover') return t.urgent - 1
  return 100
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Strongest first; ties broken by code, time and quote so the order never depends on input order. */
function byStrength(a: TimedReason, b: TimedReason): number {
  return (
    b.weight - a.weight ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.at ?? '', b.at ?? '') ||
    compareStrings(a.evidence.text, b.evidence.text)
  )
}

function toPublicReason(r: TimedReason): Reason {
  const reason: Reason = { code: r.code, weight: round2(r.weight), evidence: r.evidence }
  if (r.params) reason.params = r.params
  return reason
}

const minLevel = (a: Level, b: Level): Level => (LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b)
const round2 = (x: number): number => Math.round(x * 100) / 100

/** The compiled lexicons: Latin ones per set of languages (a ticket reads only its own), the rest per script. */
export interface MatcherSource {
  latinFor(langs: readonly LangCode[]): Matcher | undefined
  ja?: Matcher
  ko?: Matcher
  th?: Matcher
  /** The learned tone model per language (learned/hook.ts); absent, the rules decide alone. */
  learned?: LearnedSource
}

export function assessWith(
  matchers: MatcherSource,
  ticket: TicketSnapshot,
  options: AssessOptions = {},
): Assessment {
  const sensitivity = options.sensitivity ?? 'normal'
  const sla = options.replySlaMinutes ?? DEFAULT_REPLY_SLA_MINUTES
  const nowMs = options.now !== undefined ? parseIsoMs(options.now) : latestTimestamp(ticket)

  const csat = csatReasons(ticket, nowMs)
  const csatBad = ticket.csat?.score === 'bad'
  const csatGood = ticket.csat?.score === 'good'
  const { sources, resolved } = readCustomerText(ticket, matchers)
  const damping = csatBad ? 1 : (resolved ? RESOLUTION.damping : 1) * (csatGood ? CSAT.goodDamping : 1)

  // Every reason in the order diminishing returns expects: CSAT, text, metadata.
  const collected: TimedReason[] = csat
  const topics: Record<Topic, number> = { billing: 0, product: 0, service: 0, slow: 0 }
  for (const source of sources) {
    const found = source.findings.topics
    topics.billing += found.billing
    topics.product += found.product
    topics.service += found.service
    topics.slow += found.slow
    for (const hit of source.findings.hits) {
      const reason: TimedReason = {
        code: hit.code,
        weight: hit.weight * source.factor * damping,
        evidence: evidenceOf(source, hit),
        params: hit.params,
        at: source.at,
      }
      if (hit.needsSecondCue) reason.needsSecondCue = true
      if (hit.asked) reason.asked = true
      collected.push(reason)
    }
  }

  const metadata = metadataFindings(ticket, nowMs, sla)
  const metaDamping = resolved && !csatBad ? RESOLUTION.metadataDamping : 1
  for (const r of metadata.reasons) {
    r.weight = r.weight * metaDamping
    collected.push(r)
  }

  // Sums run in the same order as before (reasons order, from 0), so the floating-point results are the same.
  const reasons = withDiminishingReturns(collected)
  let raw = 0
  for (const r of reasons) raw += r.weight
  const watchRaw = -SEVERITY_SCALE * Math.log(1 - LEVEL_THRESHOLDS[sensitivity].watch / 100)
  if (raw >= watchRaw) {
    let amplified = 0
    for (const r of amplifierReasons(ticket)) {
      reasons.push(r)
      amplified += r.weight
    }
    raw += amplified
  }

  let severity = severityFor(raw)
  let level = levelFor(severity, sensitivity)
  let hasTextOrCsat = false
  let onlyHistory = reasons.length > 0
  let weakIntent = false
  let secondCue = 0
  // Weak churn wording stated (not asked) in different words is a decision: "please cancel… we have already
  // moved to another host", "he decidido irme… portabilidad… otra compañía".
  const stated = new Set<string>()
  for (const r of reasons) {
    const c = r.code
    if (TEXT_CODES.has(c) || c === 'csat_bad' || c === 'csat_downgraded') hasTextOrCsat = true
    if (c !== 'history_bad_csat') onlyHistory = false
    if (r.needsSecondCue) {
      weakIntent = true
      if (c === 'churn_threat' && !r.asked) stated.add(r.evidence.text.toLowerCase())
    } else if (!NOT_A_SECOND_CUE.has(c)) secondCue += r.weight
  }
  if (stated.size >= 2) secondCue += SECOND_CUE_MIN_WEIGHT
  if (!hasTextOrCsat && metadata.strongSignals < METADATA.metadataOnlyMinSignals)
    level = minLevel(level, 'watch')
  // A weak intent ("how do I cancel?", "my manager asked…") needs another cue to pass `watch`.
  if (weakIntent && secondCue < SECOND_CUE_MIN_WEIGHT) level = minLevel(level, 'watch')
  if (!hasTextOrCsat && onlyHistory) level = minLevel(level, 'watch')
  severity = Math.min(severity, severityCap(level, sensitivity))
  if (matchers.learned)
    ({ level, severity } = applyLearned(
      matchers.learned,
      ticket,
      { level, severity, resolved },
      reasons,
      sensitivity,
    ))

  sortStable(reasons, byStrength)
  const negative = level === 'recover' || level === 'urgent'
  const strongestTimed = reasons.find((r) => r.at !== null)
  return {
    negative,
    severity,
    level,
    reasons: reasons.map(toPublicReason),
    failureType: level === 'none' ? null : failureTypeOf(reasons, topics),
    detectedAt: negative && strongestTimed?.at ? formatIsoMs(parseIsoMs(strongestTimed.at)) : null,
  }
}
