/**
 * Unmet expectation, the quiet complaint: the customer says what they booked, ordered, asked for, paid for or
 * were promised, then — in the same or the next sentence — turns to what happened ("but", "instead", "on
 * arrival", ところが, 는데, แต่) with a sign that it fell short (a negator, "only", "were given", "different", a
 * complaint word). "We had asked for a sea-view room and were given an inner one" reads as polite disappointment
 * with no complaint word at all. Also "not what we paid for" (a negated expectation) on its own.
 *
 * It stays quiet when the turn's sentence or the next one is a question ("I ordered the 140 cm desk; however, I
 * think the 160 might fit. Can I switch?"), when the outcome matched ("exactly what we asked for", 通り), or when
 * the turn is the customer's own change of plan ("würde aber lieber…"). The evidence quotes both halves.
 */
import { originalSpan } from '../normalize'
import { EXPECTATION } from '../weights'
import {
  hasBreak,
  isClauseBreak,
  isLatinClauseBreak,
  isQuestionMark,
  isSentenceEnd,
  sentenceStart,
  wordsBetween,
} from './clause'
import type { Construction } from './construction'
import type { ScanContext } from './context'
import type { Positioned, Span, TextHit } from './findings'
import { otherColour } from './mismatch'
import { otherQuantity } from './quantity'
import type { Mark, ScanParts } from './scan'
import { endsScope } from './scope'

/** Where the sentence holding `at` ends (the end mark's offset, or the text length). */
function sentenceEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && !isSentenceEnd(text.charCodeAt(i))) i++
  return i
}

/** Where the sentence after the one ending at `end` ends (runs of end marks count once). */
function nextSentenceEnd(text: string, end: number): number {
  let i = end
  while (i < text.length && (isSentenceEnd(text.charCodeAt(i)) || text.charCodeAt(i) === 32)) i++
  return sentenceEnd(text, i)
}

/** Where the line holding `at` ends. */
function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at)
  return i < 0 ? text.length : i
}

const isQuestionAt = (text: string, end: number): boolean =>
  end < text.length && isQuestionMark(text.charCodeAt(end))

const within = (span: Span, from: number, to: number): boolean => span.start >= from && span.end <= to

/** Whether a pre-posed negator reaches the mark ("not what we paid for", "pas la table que j'avais choisie"). */
function negatedExpectation(mark: Mark, pre: readonly Positioned[], ctx: ScanContext): Positioned | null {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  for (let k = pre.length - 1; k >= 0; k--) {
    const n = pre[k] as Positioned
    if (n.end > mark.start) continue
    if (latin) {
      if (wordsBetween(text, n.end, mark.start) > EXPECTATION.recallWords) return null
      return hasBreak(text, n.end, mark.start, isLatinClauseBreak) || endsScope(ctx, n.end, mark.start)
        ? null
        : n
    }
    if (mark.start - n.end > EXPECTATION.recallChars) return null
    return hasBreak(text, n.end, mark.start, isClauseBreak) ? null : n
  }
  return null
}

/** Whether a negator stands right before a complaint word it cancels ("ไม่ได้แย่", "not bad"): no shortfall. */
export function negatesComplaint(ctx: ScanContext, parts: ScanParts, n: Positioned): boolean {
  for (let k = 0; k < parts.scored.length; k++) {
    const role = (parts.scored[k] as { role: string }).role
    if (role !== 'negative' && role !== 'politeness') continue
    const hit = parts.content[k] as Span
    if (hit.start >= n.end && hit.start - n.end <= EXPECTATION.recallChars + 2) return true
    if (hit.end <= n.start && n.start - hit.end <= 1 && ctx.matcher.script !== 'latin') return true
  }
  return false
}

/**
 * The first sign of a shortfall: a shortfall word in [from, to), or a negator or complaint in [turn, to) — before
 * the turn those are the customer's own worries ("I was worried, but it was not bad at all").
 */
function shortfallIn(
  ctx: ScanContext,
  parts: ScanParts,
  from: number,
  turn: number,
  to: number,
): Span | null {
  const candidates: Span[] = []
  for (const m of parts.marks) if (m.role === 'shortfall' && within(m, from, to)) candidates.push(m)
  for (const n of [...parts.pre, ...parts.post])
    if (within(n, turn, to) && !negatesComplaint(ctx, parts, n)) candidates.push(n)
  for (const c of parts.complaints) if (within(c, turn, to)) candidates.push(c)
  let first: Span | null = null
  for (const c of candidates) if (!first || c.start < first.start) first = c
  return first
}

const hasMark = (parts: ScanParts, role: Mark['role'], from: number, to: number): boolean =>
  parts.marks.some((m) => m.role === role && within(m, from, to))

/** The end of the clause that opens at `from`, at most `max` characters on. */
function clauseEnd(ctx: ScanContext, from: number, max: number): number {
  const text = ctx.norm.text
  const isBreak = ctx.matcher.script === 'latin' ? isLatinClauseBreak : isClauseBreak
  let i = from
  while (i < text.length && i - from < max && !isBreak(text.charCodeAt(i))) i++
  return i
}

interface Found {
  weight: number
  halves: Span[]
  lang: string
}

/** Stated expectation → turn → shortfall, in the same or the next sentence. */
function statedThenTurned(ctx: ScanContext, parts: ScanParts, expected: Mark): Found | null {
  const text = ctx.norm.text
  const thai = ctx.matcher.script === 'th'
  const ownEnd = sentenceEnd(text, expected.end)
  // "What's your refund policy on items bought in the sale?": an expectation inside a question states nothing.
  if (isQuestionAt(text, ownEnd)) return null
  // The turn may come in the next two sentences: periods also end abbreviations ("inkl.", "approx.") and short
  // asides ("Order 4417."), and the story often runs E. (detail.) turn.
  let reach = ownEnd
  for (let k = 0; k < EXPECTATION.turnSentences; k++) reach = nextSentenceEnd(text, reach)
  if (thai) reach = Math.min(text.length, expected.end + EXPECTATION.thaiReachChars)
  const turns: Positioned[] = []
  for (const m of parts.marks)
    if (m.role === 'turn' && m.start >= expected.end && m.start < reach) turns.push(m)
  for (const c of parts.contrasts) if (c.start >= expected.end && c.start < reach) turns.push(c)
  if (turns.length === 0) return null
  turns.sort((a, b) => a.start - b.start)
  for (const turn of turns) {
    // Thai writes no sentence marks but does break lines: a line ends the turn's reach too.
    const end = thai
      ? Math.min(lineEnd(text, turn.end), turn.end + EXPECTATION.thaiReachChars)
      : sentenceEnd(text, turn.end)
    // "…; however, I think the 160 might fit. Can I switch?" asks; it does not complain.
    if (isQuestionAt(text, end) || (!thai && isQuestionAt(text, nextSentenceEnd(text, end)))) continue
    // "Exactly as ordered" about the thing expected or the outcome; "the driver was on time" in an aside between
    // them is about something else.
    const ownClause = clauseEnd(ctx, expected.end, EXPECTATION.halfChars)
    if (
      hasMark(parts, 'met', expected.start, ownClause) ||
      hasMark(parts, 'met', turn.start, end) ||
      hasMark(parts, 'ownChange', turn.start, end)
    )
      continue
    // The shortfall may come in the sentence after the turn ("On arrival we were given a double. The cot never
    // came.") unless that one asks something.
    const after = thai ? end : nextSentenceEnd(text, end)
    // "…, but received a grey one": a contrast followed by a turn to what was delivered is itself the shortfall.
    // Thai แต่ "but" is a turn, not a contrast word (it is too common to weigh clauses), yet opens the same way.
    const opensContrast = parts.contrasts.includes(turn) || (thai && text.startsWith('แต่', turn.start))
    const delivered = opensContrast
      ? parts.marks.find((m) => m.role === 'turn' && m.start > turn.end && m.start < end)
      : undefined
    // A shortfall told before the turn counts too: "We booked two field trips. We did only one, but…".
    const to = isQuestionAt(text, after) ? end : after
    const short =
      delivered ??
      shortfallIn(ctx, parts, expected.end, turn.start, to) ??
      otherColour(text, parts, expected, Math.min(ownClause, turn.start), to) ??
      otherQuantity(text, sentenceStart(text, expected.start), Math.min(ownClause, turn.start), to)
    if (!short) continue
    const expectedHalf = { start: expected.start, end: clauseEnd(ctx, expected.end, EXPECTATION.halfChars) }
    const turnHalf = {
      start: turn.start,
      end: clauseEnd(ctx, short ? short.end : turn.end, EXPECTATION.halfChars),
    }
    return { weight: EXPECTATION.unmet, halves: [expectedHalf, turnHalf], lang: expected.lang }
  }
  return null
}

/**
 * The reverse order: what happened, then "whereas / even though / alors que" and the expectation — "six weeks in
 * the workshop, whereas I was told ten days", "you charged me for roaming although my plan was to include it".
 */
function turnedThenStated(ctx: ScanContext, parts: ScanParts, expected: Mark): Found | null {
  const text = ctx.norm.text
  const from = sentenceStart(text, expected.start)
  const turn = [...parts.contrasts, ...parts.marks.filter((m) => m.role === 'turn')].find(
    (t) =>
      t.end <= expected.start && t.start >= from && expected.start - t.end <= EXPECTATION.reverseGapChars,
  )
  if (!turn || isQuestionAt(text, sentenceEnd(text, expected.end))) return null
  const before = (m: Span): boolean => m.start >= from && m.end <= turn.start
  const short =
    parts.marks.find(
      (m) => (m.role === 'shortfall' || m.role === 'unitLong' || m.role === 'unitShort') && before(m),
    ) ??
    parts.complaints.find(before) ??
    [...parts.pre, ...parts.post].find((n) => before(n) && !negatesComplaint(ctx, parts, n))
  if (!short || hasMark(parts, 'met', from, expected.end)) return null
  return {
    weight: EXPECTATION.unmet,
    halves: [
      { start: from, end: turn.start },
      { start: turn.start, end: clauseEnd(ctx, expected.end, EXPECTATION.halfChars) },
    ],
    lang: expected.lang,
  }
}

/** "Not what we paid for", "pas la table que j'avais choisie": the expectation, negated, as a statement. */
function negatedStatement(ctx: ScanContext, parts: ScanParts, expected: Mark): Found | null {
  const negator = negatedExpectation(expected, parts.pre, ctx)
  if (!negator) return null
  const text = ctx.norm.text
  const end = sentenceEnd(text, expected.end)
  if (isQuestionAt(text, end) || hasMark(parts, 'met', negator.start, end)) return null
  return {
    weight: EXPECTATION.recall,
    halves: [{ start: negator.start, end: clauseEnd(ctx, expected.end, EXPECTATION.halfChars) }],
    lang: expected.lang,
  }
}

export const unmetExpectation: Construction = {
  roles: ['expected', 'turn', 'shortfall', 'met', 'ownChange', 'colour', 'restrictive'],
  compose(ctx, parts, findings, sink) {
    let found: Found | null = null
    for (const mark of parts.marks) {
      if (mark.role !== 'expected') continue
      findings.expects = true
      found =
        negatedStatement(ctx, parts, mark) ??
        statedThenTurned(ctx, parts, mark) ??
        turnedThenStated(ctx, parts, mark)
      if (found) break
    }
    if (!found) return
    const halves = found.halves.map((h) => originalSpan(ctx.norm, h.start, h.end))
    const first = halves[0] as Span
    const last = halves[halves.length - 1] as Span
    const hit: TextHit = {
      code: 'polite_disappointment',
      weight: found.weight,
      start: first.start,
      end: last.end,
      params: { lang: found.lang, cue: 'unmet_expectation' },
      spans: halves,
    }
    findings.hasNegativity = true
    sink.push(hit)
    const inText = found.halves
    const from = (inText[0] as Span).start
    parts.complaints.push({ start: from, end: (inText[inText.length - 1] as Span).end, weight: found.weight })
  },
}
