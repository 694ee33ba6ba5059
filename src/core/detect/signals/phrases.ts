/**
 * Scores the phrases of one scan: complaints, negated positives, politeness, profanity, sarcasm templates and
 * intents, each within the scope of its negators, intensifiers, contrast and conditionals; praise, resolution
 * and topic words are recorded for the rules that read them.
 */
import type { Entry, Hit, Role } from '../matcher'
import { originalSpan } from '../normalize'
import type { ReasonCode } from '../reasons'
import { ANGER, INTENT_WEIGHT, TEXT } from '../weights'
import { hasBreak, inQuestion, isSentenceEnd } from './clause'
import type { ScanContext } from './context'
import type { Positioned, TextFindings, TextHit, Topic } from './findings'
import type { ScanParts } from './scan'
import { contrastFactor, hypothetical, intensifiersOf, negatedBy } from './scope'

const SCORED_CODE: Partial<Record<Role, ReasonCode>> = {
  negative: 'negative_sentiment',
  positive: 'negative_sentiment',
  politeness: 'polite_disappointment',
  profanity: 'anger_cues',
  sarcasm: 'anger_cues',
  escalation: 'escalation_request',
  churn: 'churn_threat',
  legal: 'legal_threat',
  public: 'public_threat',
  repeat: 'repeat_contact',
  chasing: 'customer_chasing',
}

const isTopic = (role: Role): role is Topic =>
  role === 'billing' || role === 'product' || role === 'service' || role === 'slow'
/** Intent entries below this lexicon weight are bare nouns ("manager", "abogado") that need a second cue. */
const STRONG_INTENT = 1.5

const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3

/** Whether only spaces separate a negator from the hit after it. */
function adjacent(ctx: ScanContext, negator: Positioned, hit: Hit): boolean {
  return negator.end <= hit.start && ctx.norm.text.slice(negator.end, hit.start).trim() === ''
}

/** Whether an indirect question ("I'd like to know how…", "gostaria de saber se…") opens the hit's sentence. */
function askedIndirectly(text: string, parts: ScanParts, hit: Hit): boolean {
  for (const m of parts.marks)
    if (m.role === 'asking' && m.end <= hit.start && !hasBreak(text, m.end, hit.start, isSentenceEnd))
      return true
  return false
}

function needsSecondCue(entry: Entry, text: string, hit: Hit, parts: ScanParts): boolean {
  // "How do I cancel?" and "Do your shops have a complaints book?" ask about a procedure; "Can I speak to a
  // manager?" is the request itself.
  if (entry.role === 'churn' || entry.role === 'legal' || entry.role === 'public')
    return entry.weight < STRONG_INTENT || inQuestion(text, hit.end) || askedIndirectly(text, parts, hit)
  if (entry.role === 'escalation') return entry.weight < STRONG_INTENT
  return false
}

function baseWeight(entry: Entry): number {
  switch (entry.role) {
    case 'negative':
    case 'politeness':
      return entry.weight * TEXT.perLexiconPoint
    case 'positive':
    case 'resolution':
      return TEXT.negatedPositive
    case 'profanity':
      return ANGER.profanity
    case 'sarcasm':
      return ANGER.sarcasm
    case 'escalation':
    case 'churn':
    case 'legal':
    case 'public':
    case 'repeat':
    case 'chasing':
      return INTENT_WEIGHT[entry.role] * entry.weight
    default:
      return 0
  }
}

/** Korean stems match as prefixes (실망 in 실망했습니다): quote the whole word. */
function extendToWordEnd(ctx: ScanContext, end: number): number {
  if (ctx.matcher.script !== 'ko') return end
  const text = ctx.norm.text
  let e = end
  while (e < text.length && e - end < 10 && isHangulSyllable(text.charCodeAt(e))) e++
  return e
}

/** Scores the scan's phrases into `sink`; hits that are only mild words (weight ≤ 1, unboosted) go to `mild` too. */
export function scorePhrases(
  ctx: ScanContext,
  parts: ScanParts,
  findings: TextFindings,
  sink: TextHit[],
  mild: Set<TextHit>,
): void {
  const { content, scored, pre, post, intensifiers, contrasts, conditionals } = parts
  for (let k = 0; k < scored.length; k++) {
    const hit = content[k] as Hit
    const entry = scored[k] as Entry
    if (isTopic(entry.role)) {
      findings.topics[entry.role]++
      continue
    }
    let negator = entry.negatedInside ? null : negatedBy(hit, pre, post, content, ctx)
    if (entry.role === 'praise') {
      if (!negator) findings.praise.push(originalSpan(ctx.norm, hit.start, hit.end))
      continue
    }
    if (entry.role === 'resolution' && !negator) {
      findings.resolution = Math.max(findings.resolution, entry.weight)
      const span = originalSpan(ctx.norm, hit.start, hit.end)
      findings.thanks.push(span)
      if (entry.weight < 2) findings.gratitude.push(span)
      continue
    }
    // A negated "it's fixed" / "funciona" (weight 2) is a complaint, like a negated positive word.
    const isPositive = entry.role === 'positive' || (entry.role === 'resolution' && entry.weight >= 2)
    const code = isPositive ? 'negative_sentiment' : SCORED_CODE[entry.role]
    if (!code) continue
    // Repeat and chasing cues are facts, not opinions: "didn't come again" is still a repeat — unless the
    // negator stands right before the cue itself ("no ha vuelto a fallar", "hasn't happened again").
    if ((entry.role === 'repeat' || entry.role === 'chasing') && !(negator && adjacent(ctx, negator, hit)))
      negator = null
    // A negated complaint ("not bad", 悪くない) or intent ("I don't want to cancel") is no signal;
    // a positive word counts only when negated.
    if (isPositive !== (negator !== null)) continue
    // "If it arrives damaged, can I return it?": a hypothetical complaint word is no complaint.
    if (code === 'negative_sentiment' && hypothetical(hit, conditionals, ctx)) continue
    const boosts = intensifiersOf(hit, intensifiers, ctx)
    let boosted = 0
    for (const i of boosts) boosted += i.weight
    const boost = Math.min(TEXT.maxIntensifierBoost, boosted)
    const base = baseWeight(entry)
    const weight = base * (1 + boost) * contrastFactor(hit.start, contrasts, ctx.norm.text)
    // The quote spans the hit, its intensifiers and its negator.
    let start = hit.start
    let end = hit.end
    for (const m of boosts) {
      start = Math.min(start, m.start)
      end = Math.max(end, m.end)
    }
    if (negator) {
      start = Math.min(start, negator.start)
      end = Math.max(end, negator.end)
    }
    const span = originalSpan(ctx.norm, start, extendToWordEnd(ctx, end))
    const params: Record<string, string | number> = { lang: entry.lang }
    if (isPositive) params.negated = 1
    if (entry.role === 'profanity') params.cue = 'profanity'
    if (entry.role === 'sarcasm') params.cue = 'sarcasm'
    findings.hasNegativity = true
    const textHit: TextHit = { code, weight, start: span.start, end: span.end, params }
    if (needsSecondCue(entry, ctx.norm.text, hit, parts)) {
      textHit.needsSecondCue = true
      // A comment that asks anything is read as asking: "¿cómo me doy de baja? … cuánto cuesta la cancelación",
      // "Gostaria de saber como faço para cancelar…".
      if (/[?？]/.test(ctx.norm.text) || parts.marks.some((m) => m.role === 'asking')) textHit.asked = true
    }
    sink.push(textHit)
    if (code === 'negative_sentiment' || code === 'polite_disappointment' || code === 'repeat_contact')
      parts.complaints.push({ start: hit.start, end: hit.end, weight })
    if (entry.role === 'negative' && entry.weight <= 1 && boost === 0) mild.add(textHit)
  }
}
