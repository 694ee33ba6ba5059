/**
 * Language signals of one piece of customer text: negative phrases (with negation, intensifiers and contrast),
 * politeness-wrapped disappointment, intents, profanity and sarcasm, plus topic words and resolution cues that
 * the arc and failure-type rules use. Offsets in the result point into the original text.
 */
import { dominantOf, markerCounts, type MarkerCounts } from '../language-id'
import type { LangCode } from '../lexicon/types'
import type { Entry, Hit, Matcher, Role } from '../matcher'
import { normalize, originalSpan, type NormalizedText } from '../normalize'
import { stripQuotedHistory } from '../quotes'
import type { ReasonCode } from '../reasons'
import { ANGER, INTENT_WEIGHT, TEXT, WAIT } from '../weights'
import { findAngerCues } from './anger'

export interface MatcherSet {
  latin?: Matcher
  ja?: Matcher
  ko?: Matcher
  th?: Matcher
}

export interface TextHit {
  code: ReasonCode
  weight: number
  start: number
  end: number
  params: Record<string, string | number>
  /**
   * Not enough alone to call the ticket negative: a churn phrase in a question or without a decision
   * ("how do I cancel?"), or a bare noun like "manager" or "lawyer" that is often used neutrally.
   */
  needsSecondCue?: boolean
}

export type Topic = 'billing' | 'product' | 'service' | 'slow'

export interface TextFindings {
  hits: TextHit[]
  topics: Record<Topic, number>
  /** Strongest non-negated resolution cue (2 = fixed, 1 = thanks), 0 when none. */
  resolution: number
  /** Any negative phrase, politeness, intent or anger hit. */
  hasNegativity: boolean
  /** Spans of praise words (original offsets), kept to tell sarcasm. */
  praise: Span[]
  /** Spans of thanks / "it's fixed" cues and of contrast words ("but"), kept to tell sincere praise. */
  thanks: Span[]
  contrasts: Span[]
}

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

// Punctuation classes as char-code tests: they run on every char between two hits, where a regex call per
// char (or per slice) cost more than the test itself.
/** . ! ? 。 ！ ？ and a line break. */
const isSentenceEnd = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f
const isQuestionMark = (c: number): boolean => c === 63 || c === 0xff1f
/** A sentence end, ; : or 、. */
const isClauseBreak = (c: number): boolean => isSentenceEnd(c) || c === 59 || c === 58 || c === 0x3001
/** . ! ? ; : , and a line break. */
const isLatinClauseBreak = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 10
const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3

interface Span {
  start: number
  end: number
}

interface Positioned extends Span {
  weight: number
}

interface Context {
  norm: NormalizedText
  matcher: Matcher
  locale: LangCode | null
  text: PreparedText
  /** The comment's language by its function words (the locale's on a tie), found when first needed. */
  dominant: LangCode | null | undefined
}

/** Only `~` entries need it, and most comments have none: counted lazily. */
function dominantLanguage(ctx: Context): LangCode | null {
  if (ctx.dominant === undefined) {
    const markers = markersOf(ctx.text)
    ctx.dominant = markers ? dominantOf(markers, ctx.locale) : null
  }
  return ctx.dominant
}

/** One entry per role: collision-prone entries need the comment's language; the locale breaks ties. */
function pickEntries(hit: Hit, ctx: Context): readonly Entry[] {
  const only = hit.entries[0]
  if (hit.entries.length === 1 && only && !only.ownLanguageOnly) return hit.entries
  // At most one entry per role, in order of each role's first entry (a hit has a handful of entries).
  const picked: Entry[] = []
  for (const entry of hit.entries) {
    if (entry.ownLanguageOnly && dominantLanguage(ctx) !== entry.lang) continue
    let k = 0
    while (k < picked.length && (picked[k] as Entry).role !== entry.role) k++
    const current = picked[k]
    if (!current || (entry.lang === ctx.locale && current.lang !== ctx.locale)) picked[k] = entry
  }
  return picked
}

/** Words strictly between two offsets of a normalised text (spaces are single there). */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) === 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/**
 * The negator that scopes over a hit, if any. Pre-posed: within a few words (Latin) or characters, same clause.
 * Post-posed (ja/ko/th): right after the hit with no other hit in between, since it negates the nearest word
 * (不具合が直らない negates 直る, not 不具合).
 */
function negatedBy(
  hit: Span,
  pre: Positioned[],
  post: Positioned[],
  others: Span[],
  ctx: Context,
): Positioned | null {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  // Nearest pre-posed negator first; stop once out of reach.
  for (let k = pre.length - 1; k >= 0; k--) {
    const n = pre[k]
    if (!n || n.end > hit.start) continue
    if (latin) {
      if (wordsBetween(text, n.end, hit.start) > TEXT.latinNegationWords) break
      if (!hasBreak(text, n.end, hit.start, isLatinClauseBreak) && !endsScope(ctx, n.end, hit.start)) return n
    } else {
      const window = ctx.matcher.script === 'th' ? TEXT.thaiPreWindow : TEXT.cjkPreWindow
      if (hit.start - n.end > window) break
      if (!hasBreak(text, n.end, hit.start, isClauseBreak)) return n
    }
  }
  for (const n of post) {
    if (n.start < hit.end) continue
    if (n.start - hit.end > TEXT.cjkPostWindow) break
    if (!interrupted(hit, n, others) && !hasBreak(text, hit.end, n.start, isClauseBreak)) return n
  }
  return null
}

/** Whether a clause break (or the end of the text) follows `at`, spaces aside. */
function closesClause(text: string, at: number): boolean {
  let k = at
  while (k < text.length && text.charCodeAt(k) === 32) k++
  return k >= text.length || isLatinClauseBreak(text.charCodeAt(k))
}

/** Whether a clause opener ("and", "why", lexicon `clauseOpeners`) lies between two offsets of a Latin text. */
function endsScope(ctx: Context, from: number, to: number): boolean {
  const openers = ctx.matcher.clauseOpeners
  if (openers.size === 0 || to - from < 2) return false
  const between = ctx.norm.text.slice(from, to).trim()
  if (between === '') return false
  const words = between.split(' ')
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string
    if (openers.has(word) || (k + 1 < words.length && openers.has(`${word} ${words[k + 1]}`))) return true
  }
  return false
}

/**
 * Whether a conditional ("if", "falls", ถ้า, もし) opens the clause a hit is in: within a few words (Latin) or
 * characters before it, with no clause break or new clause between.
 */
function hypothetical(hit: Span, conditionals: readonly Positioned[], ctx: Context): boolean {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  for (const c of conditionals) {
    if (c.end > hit.start) break
    if (latin) {
      if (
        wordsBetween(text, c.end, hit.start) <= TEXT.conditionalLatinWords &&
        !hasBreak(text, c.end, hit.start, isLatinClauseBreak) &&
        !endsScope(ctx, c.end, hit.start)
      )
        return true
    } else if (
      hit.start - c.end <= TEXT.conditionalCjkChars &&
      !hasBreak(text, c.end, hit.start, isClauseBreak)
    ) {
      return true
    }
  }
  return false
}

/** Whether another hit lies between `hit` and the post-posed negator `n`. */
function interrupted(hit: Span, n: Span, others: Span[]): boolean {
  for (const o of others) if (o !== hit && o.start >= hit.end && o.end <= n.start) return true
  return false
}

/** Whether text[from, to) holds a break, without slicing. */
function hasBreak(text: string, from: number, to: number, isBreak: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true
  return false
}

const NO_INTENSIFIERS: readonly Positioned[] = []

function intensifiersOf(hit: Span, intensifiers: Positioned[], ctx: Context): readonly Positioned[] {
  if (intensifiers.length === 0) return NO_INTENSIFIERS
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  const found: Positioned[] = []
  for (const i of intensifiers) {
    if (i.end <= hit.start) {
      const close = latin
        ? wordsBetween(text, i.end, hit.start) <= TEXT.latinIntensifierWords
        : hit.start - i.end <= TEXT.cjkPreWindow + 2
      if (close && !hasBreak(text, i.end, hit.start, latin ? isLatinClauseBreak : isClauseBreak))
        found.push(i)
    } else if (i.start >= hit.end && !latin) {
      // Post-posed: Thai มาก/เลย, Japanese すぎ.
      if (i.start - hit.end <= 3 && !hasBreak(text, hit.end, i.start, isClauseBreak)) found.push(i)
    } else if (i.start >= hit.end) {
      // Post-posed in Latin text only where it closes the clause: "se alarga demasiado.", "pas chaleureux du
      // tout", "not happy with it at all!" — not "seit drei Wochen und bin sehr zufrieden".
      if (
        closesClause(text, i.end) &&
        wordsBetween(text, hit.end, i.start) <= TEXT.latinIntensifierWords &&
        !hasBreak(text, hit.end, i.start, isLatinClauseBreak) &&
        !endsScope(ctx, hit.end, i.start)
      )
        found.push(i)
    }
  }
  return found
}

/** Contrast: hits in the same clause-run before the last "but" count less, those after it more. */
function contrastFactor(position: number, contrasts: Positioned[], text: string): number {
  let factor = 1
  for (const c of contrasts) {
    if (position < c.start) {
      if (!hasBreak(text, position, c.start, isSentenceEnd)) factor = TEXT.contrastBefore
    } else if (position >= c.end) {
      factor = hasBreak(text, c.end, position, isSentenceEnd) ? 1 : TEXT.contrastAfter
    }
  }
  return factor
}

/** Whether the sentence holding [start, end) ends with a question mark. */
function inQuestion(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSentenceEnd(c)) return isQuestionMark(c)
  }
  return false
}

function needsSecondCue(entry: Entry, text: string, end: number): boolean {
  // "How do I cancel?" and "Do your shops have a complaints book?" ask about a procedure; "Can I speak to a
  // manager?" is the request itself.
  if (entry.role === 'churn' || entry.role === 'legal' || entry.role === 'public')
    return entry.weight < STRONG_INTENT || inQuestion(text, end)
  if (entry.role === 'escalation') return entry.weight < STRONG_INTENT
  return false
}

function scanWithMatcher(ctx: Context, findings: TextFindings, sink: TextHit[], mild: Set<TextHit>): void {
  const hits = ctx.matcher.find(ctx.norm.text)
  const pre: Positioned[] = []
  const post: Positioned[] = []
  const intensifiers: Positioned[] = []
  const contrasts: Positioned[] = []
  const conditionals: Positioned[] = []
  const waits: WaitPart[] = []
  // Scored hits and their entries, side by side; the hits double as the spans a post-posed negator must not skip.
  const content: Hit[] = []
  const scored: Entry[] = []
  for (const hit of hits) {
    for (const entry of pickEntries(hit, ctx)) {
      const role = entry.role
      if (role === 'waitBefore' || role === 'waitAfter' || role === 'unitLong' || role === 'unitShort') {
        waits.push({ start: hit.start, end: hit.end, weight: entry.weight, role, lang: entry.lang })
        continue
      }
      if (role === 'conditional') {
        conditionals.push({ start: hit.start, end: hit.end, weight: entry.weight })
        continue
      }
      if (role === 'negPre' || role === 'negPost' || role === 'intensifier' || role === 'contrast') {
        const at = { start: hit.start, end: hit.end, weight: entry.weight }
        if (role === 'negPre') pre.push(at)
        else if (role === 'negPost') post.push(at)
        else if (role === 'intensifier') intensifiers.push(at)
        else {
          contrasts.push(at)
          findings.contrasts.push(originalSpan(ctx.norm, hit.start, hit.end))
        }
      } else {
        content.push(hit)
        scored.push(entry)
      }
    }
  }
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
      findings.thanks.push(originalSpan(ctx.norm, hit.start, hit.end))
      continue
    }
    // A negated "it's fixed" / "funciona" (weight 2) is a complaint, like a negated positive word.
    const isPositive = entry.role === 'positive' || (entry.role === 'resolution' && entry.weight >= 2)
    const code = isPositive ? 'negative_sentiment' : SCORED_CODE[entry.role]
    if (!code) continue
    // Repeat and chasing cues are facts, not opinions: "didn't come again" is still a repeat.
    if (entry.role === 'repeat' || entry.role === 'chasing') negator = null
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
    if (needsSecondCue(entry, ctx.norm.text, hit.end)) textHit.needsSecondCue = true
    sink.push(textHit)
    if (entry.role === 'negative' && entry.weight <= 1 && boost === 0) mild.add(textHit)
  }
  if (waits.length > 0) statedWaits(ctx, waits, findings, sink, mild)
}

interface WaitPart extends Positioned {
  role: Role
  lang: LangCode
}

const DIGITS = /^\d+(?:[.,]\d+)?\+?$/

/** Whether text[from, to) holds only number words of `lang`, digits and spaces, at most WAIT.maxGapWords words. */
function onlyNumbers(ctx: Context, from: number, to: number, lang: LangCode): boolean {
  const gap = ctx.norm.text.slice(from, to).trim()
  if (gap === '') return true
  const words = gap.split(' ')
  if (words.length > WAIT.maxGapWords) return false
  const numbers = ctx.matcher.waitNumbers.get(lang)
  return words.every((word) => DIGITS.test(word) || (numbers?.has(word) ?? false))
}

/**
 * Waits stated as a duration: a unit ("weeks", "Tage", "jours") with a lead before it ("waiting for two weeks",
 * "seit drei Wochen", "depuis 10 jours") or right after it ("three weeks now", "drei Wochen warte ich"), in the
 * same clause and language. Composed here so lexicons need not list every number × unit × verb.
 */
function statedWaits(
  ctx: Context,
  parts: readonly WaitPart[],
  findings: TextFindings,
  sink: TextHit[],
  mild: Set<TextHit>,
): void {
  const text = ctx.norm.text
  let usedUntil = -1
  for (const unit of parts) {
    if (unit.role !== 'unitLong' && unit.role !== 'unitShort') continue
    let lead: WaitPart | null = null
    for (const part of parts) {
      if (part.lang !== unit.lang || part.start < usedUntil) continue
      const fits =
        part.role === 'waitBefore'
          ? part.end <= unit.start &&
            !hasBreak(text, part.end, unit.start, isLatinClauseBreak) &&
            onlyNumbers(ctx, part.end, unit.start, unit.lang)
          : part.role === 'waitAfter' &&
            part.start >= unit.end &&
            text.slice(unit.end, part.start).trim() === ''
      if (fits && (!lead || part.weight > lead.weight)) lead = part
    }
    if (!lead) continue
    const weight = lead.weight * TEXT.perLexiconPoint * (unit.role === 'unitShort' ? WAIT.shortFactor : 1)
    const start = Math.min(lead.start, unit.start)
    const end = Math.max(lead.end, unit.end)
    usedUntil = end
    const span = originalSpan(ctx.norm, start, end)
    const textHit: TextHit = {
      code: 'negative_sentiment',
      weight,
      start: span.start,
      end: span.end,
      params: { lang: unit.lang, cue: 'wait' },
    }
    findings.topics.slow++
    findings.hasNegativity = true
    sink.push(textHit)
    if (weight <= 1) mild.add(textHit)
  }
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
function extendToWordEnd(ctx: Context, end: number): number {
  if (ctx.matcher.script !== 'ko') return end
  const text = ctx.norm.text
  let e = end
  while (e < text.length && e - end < 10 && isHangulSyllable(text.charCodeAt(e))) e++
  return e
}

/** Latin words inside an Asian-script comment are usually product names: read them only when they are a real share. */
function readsLatin(norm: NormalizedText): boolean {
  const s = norm.scripts
  return s.latin > 0 && s.latin >= s.kana + s.han + s.hangul + s.thai
}

function matchersFor(text: PreparedText, matchers: MatcherSet): Matcher[] {
  const s = text.norm.scripts
  const chosen: Matcher[] = []
  if (matchers.ja && (s.kana > 0 || (s.han > 0 && s.hangul === 0))) chosen.push(matchers.ja)
  if (matchers.ko && s.hangul > 0) chosen.push(matchers.ko)
  if (matchers.th && s.thai > 0) chosen.push(matchers.th)
  if (matchers.latin && text.latin) chosen.push(matchers.latin)
  return chosen
}

/** A customer text, normalised once: read first for its languages, then for its signals. */
export interface PreparedText {
  /** Without quoted email history. */
  stripped: string
  norm: NormalizedText
  /** Read with the Latin lexicons (Latin letters are not just a product name in another script). */
  latin: boolean
  /** Marker words per Latin language, counted on first use (markersOf). */
  markers: MarkerCounts | undefined
}

/** The text's marker words per Latin language; null when it is not read as Latin. */
export function markersOf(text: PreparedText): MarkerCounts | null {
  if (!text.latin) return null
  text.markers ??= markerCounts(text.norm.text)
  return text.markers
}

export function prepareText(original: string): PreparedText {
  const stripped = stripQuotedHistory(original)
  const norm = normalize(stripped)
  return { stripped, norm, latin: readsLatin(norm), markers: undefined }
}

export interface TextOptions {
  locale: LangCode | null
  /** Twitter/Facebook: praise beside a complaint is read as sarcasm there. */
  publicChannel: boolean
}

/** Upside-down face, eye roll, clown, unamused face, face palm: ironic beside any praise. */
const STRONG_IRONY = /🙃|🙄|🤡|😒|🤦/u
/** Scare quotes around a promise ("express" delivery, « express », „Express“): ironic beside a complaint. */
const SCARE_QUOTES = /"[^"\n]{2,40}"|“[^”\n]{2,40}”|«[^»\n]{2,40}»|„[^“”\n]{2,40}[“”]/u
/** Clapping, Thai 555 (laughter), Japanese (笑)/ｗｗ, Korean ㅋㅋ, lol: ironic only next to a complaint. */
const SOFT_IRONY = /👏|🙌|(?<!\d)555|\(笑\)|（笑）|ｗｗ|ㅋㅋ|\blol\b/u
const SENTENCE_BREAK = /[.!?。！？\n]/

/** Findings with nothing found yet. */
export function emptyFindings(): TextFindings {
  return {
    hits: [],
    topics: { billing: 0, product: 0, service: 0, slow: 0 },
    resolution: 0,
    hasNegativity: false,
    praise: [],
    thanks: [],
    contrasts: [],
  }
}

export function analyzeText(text: PreparedText, matchers: MatcherSet, options: TextOptions): TextFindings {
  const locale = options.locale
  const { stripped, norm } = text
  const findings = emptyFindings()
  const mild = new Set<TextHit>()
  for (const matcher of matchersFor(text, matchers)) {
    scanWithMatcher({ norm, matcher, locale, text, dominant: undefined }, findings, findings.hits, mild)
  }
  let anger = findAngerCues(stripped, norm)
  // "It's here!! Thank you!!" is joy, not anger: "!!" counts only beside something negative.
  if (findings.resolution > 0 && !findings.hasNegativity)
    anger = anger.filter((cue) => cue.params.cue !== 'punctuation')
  const sarcasm = sarcasmOf(stripped, findings, options)
  if (sarcasm) anger.push(sarcasm)
  if (anger.length > 0) {
    findings.hits.push(...anger)
    findings.hasNegativity = true
  } else if (findings.hits.length > 0 && findings.hits.every((hit) => mild.has(hit))) {
    // Only mild words ("leider", "Fehler", "problem"): a calm report, not a complaint.
    for (const hit of findings.hits) hit.weight *= TEXT.mildOnlyFactor
  }
  return findings
}

/**
 * Praise turns into sarcasm ("Great, another week without internet", "Toll, schon wieder…", "素晴らしい対応ですね、
 * 三度目です") when, in a comment that does not say the issue is fixed:
 * - it (or a thanks) sits beside a strong irony emoji (🙃, 🙄);
 * - or it has two of: a complaint, scare quotes, a softer marker (👏, 555, (笑), ㅋㅋ, lol) or a public channel;
 * - or a failure cue sits in the praise's sentence or the one before or after it: a repeat ("again", "otra vez",
 *   "schon wieder"), a chase ("still waiting") or a clear complaint — or any complaint after an opening
 *   interjection ("Super Service, wirklich! Drei Wochen gewartet…").
 * Praise next to thanks ("Great, thanks!") or with "but" between it and the complaint stays sincere there.
 */
function sarcasmOf(text: string, findings: TextFindings, options: TextOptions): TextHit | null {
  // "It's fixed, great!" is sincere; "Perfecto, el paquete llegó roto" is not: a fix blocks sarcasm only when
  // the comment carries no clear complaint.
  if (findings.resolution >= 2 && !hasClearComplaint(findings)) return null
  // "Thanks a bunch for cutting off my internet 🙃": thanks with an eye roll is never sincere.
  if (findings.praise.length === 0) {
    const thanks = findings.thanks[0]
    return thanks && STRONG_IRONY.test(text) ? sarcasmAt(thanks) : null
  }
  const complaints = findings.hits.filter(
    (h) =>
      h.code === 'negative_sentiment' || h.code === 'repeat_contact' || h.code === 'polite_disappointment',
  )
  const failures = findings.hits.filter(
    (h) =>
      h.code === 'repeat_contact' ||
      h.code === 'customer_chasing' ||
      ((h.code === 'negative_sentiment' || h.code === 'polite_disappointment') &&
        h.weight >= ANGER.sarcasmFailureMinWeight),
  )
  const complaint = complaints.length > 0 || failures.length > 0
  const softly = SOFT_IRONY.test(text) || options.publicChannel
  const marked =
    STRONG_IRONY.test(text) || (SCARE_QUOTES.test(text) && (complaint || softly)) || (complaint && softly)
  const praise = marked
    ? findings.praise[0]
    : findings.praise.find((p) => {
        if (isThanked(text, p, findings.thanks)) return false
        const opening = opensSentence(text, p)
        return (opening ? [...failures, ...complaints] : failures).some((f) =>
          nearPraise(text, p, f, findings),
        )
      })
  return praise ? sarcasmAt(praise) : null
}

function hasClearComplaint(findings: TextFindings): boolean {
  return findings.hits.some(
    (h) =>
      (h.code === 'negative_sentiment' || h.code === 'polite_disappointment') &&
      h.weight >= ANGER.sarcasmFailureMinWeight,
  )
}

function sarcasmAt(span: Span): TextHit {
  return {
    code: 'anger_cues',
    weight: ANGER.sarcasm,
    start: span.start,
    end: span.end,
    params: { cue: 'sarcasm' },
  }
}

/** Sentence breaks between two offsets. */
function breaksBetween(text: string, from: number, to: number): number {
  let count = 0
  let inBreak = false
  for (let i = from; i < to; i++) {
    const isBreak = SENTENCE_BREAK.test(text[i] ?? '')
    if (isBreak && !inBreak) count++
    inBreak = isBreak
  }
  return count
}

/** A failure cue in the praise's sentence or an adjacent one, with no "but" between the two. */
function nearPraise(text: string, praise: Span, failure: Span, findings: TextFindings): boolean {
  const [from, to] = failure.start >= praise.end ? [praise.end, failure.start] : [failure.end, praise.start]
  if (from > to || breaksBetween(text, from, to) > 1) return false
  return !findings.contrasts.some((c) => c.start >= from && c.end <= to)
}

/** Praise among the first two words of its sentence: "Great, …", "Oh great…", "Wow, amazing service…". */
function opensSentence(text: string, praise: Span): boolean {
  let i = praise.start
  while (i > 0 && !SENTENCE_BREAK.test(text[i - 1] ?? '')) i--
  const before = text.slice(i, praise.start).trim()
  return before === '' || (!/\s/.test(before) && before.length <= 8)
}

/** "Great, thanks!", "Danke, super!": thanks right beside the praise. */
function isThanked(text: string, praise: Span, thanks: readonly Span[]): boolean {
  return thanks.some((t) => {
    const gap = t.start >= praise.end ? text.slice(praise.end, t.start) : text.slice(t.end, praise.start)
    return t.end <= praise.start || t.start >= praise.end ? /^[\s,!.:;—–-]{0,4}$/.test(gap) : false
  })
}
