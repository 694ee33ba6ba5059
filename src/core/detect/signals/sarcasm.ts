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
import { originalSpan } from '../normalize'
import { ANGER } from '../weights'
import type { Construction } from './construction'
import type { Span, TextFindings, TextHit } from './findings'

/**
 * Eagerness ("can't wait", "j'ai hâte") reads like praise, and a rhetorical guess ("I suppose", "supongo que") is
 * kept for sarcasmOf: both say nothing alone.
 */
export const ironyCues: Construction = {
  roles: ['eager', 'rhetorical'],
  compose(ctx, parts, findings) {
    for (const m of parts.marks) {
      if (m.role === 'eager') {
        const span = originalSpan(ctx.norm, m.start, m.end)
        findings.praise.push(span)
        findings.eager.push(span)
      } else if (m.role === 'rhetorical') findings.rhetorical.push(originalSpan(ctx.norm, m.start, m.end))
    }
  },
}

/** Upside-down face, eye roll, clown, unamused face, face palm: ironic beside any praise. */
const STRONG_IRONY = /🙃|🙄|🤡|😒|🤦/u
/**
 * Scare quotes around a promise ("express" delivery, 'tomorrow', « express », „Express“, 「翌日」): ironic beside a
 * complaint. A single quote opens only after a non-letter, so "I'm … don't" is no quote.
 */
const SCARE_QUOTES =
  /"[^"\n]{2,40}"|“[^”\n]{2,40}”|«[^»\n]{2,40}»|„[^“”\n]{2,40}[“”]|(?<![\p{L}\p{N}])'[^'\n]{2,40}'(?![\p{L}\p{N}])|「[^」\n]{1,20}」|‘[^’\n]{2,40}’/u
/** Clapping, Thai 555 (laughter), Japanese (笑)/ｗｗ, Korean ㅋㅋ, lol: ironic only next to a complaint. */
const SOFT_IRONY = /👏|🙌|(?<!\d)555|\(笑\)|（笑）|ｗｗ|ㅋㅋ|\blol\b/u
const SENTENCE_BREAK = /[.!?。！？\n]/

export interface SarcasmOptions {
  /** Twitter/Facebook: praise beside a complaint is read as sarcasm there. */
  publicChannel: boolean
}

export function sarcasmOf(text: string, findings: TextFindings, options: SarcasmOptions): TextHit | null {
  // "It's fixed, great!" is sincere; "Perfecto, el paquete llegó roto" is not: a fix blocks sarcasm only when
  // the comment carries no clear complaint.
  if (findings.resolution >= 2 && !hasClearComplaint(findings)) return null
  // "Thanks a bunch for cutting off my internet 🙃": thanks with an eye roll is never sincere.
  if (findings.praise.length === 0) {
    const thanks = findings.thanks[0]
    if (thanks && STRONG_IRONY.test(text)) return sarcasmAt(thanks)
    if (findings.thanks.length === 0 && findings.rhetorical.length === 0) return null
  }
  const complaints = findings.hits.filter(
    (h) =>
      h.code === 'negative_sentiment' || h.code === 'repeat_contact' || h.code === 'polite_disappointment',
  )
  const failures = findings.hits.filter(isFailure)
  // "Massive thank you to Jamal, who stayed on the phone for an hour": a wait beside thanks is no grievance.
  const thankedWait = (f: TextHit): boolean =>
    f.params.cue === 'wait' && findings.gratitude.some((t) => sameSentence(text, t, f, findings))
  const grievances = failures.filter((f) => !thankedWait(f))
  const plaints = complaints.filter((f) => !thankedWait(f))
  const complaint = plaints.length > 0 || grievances.length > 0
  // "Thank you so much for the speedy reply. I asked on 3 February…": thanks in a failure's sentence.
  const thankedFailure = findings.gratitude.find((t) =>
    failures.some(
      (f) =>
        (f.params.cue === 'wait' || f.code === 'repeat_contact' || f.params.cue === 'unmet_expectation') &&
        sameSentence(text, t, f, findings),
    ),
  )
  if (findings.praise.length === 0 && thankedFailure) return sarcasmAt(thankedFailure)
  // "I suppose 'next-day' means something else over there": a rhetorical guess beside scare quotes or a failure.
  const rhetorical = findings.rhetorical.find(
    (r) =>
      SCARE_QUOTES.test(text) || [...failures, ...complaints].some((f) => nearPraise(text, r, f, findings)),
  )
  if (rhetorical) return sarcasmAt(rhetorical)
  const softly = SOFT_IRONY.test(text) || options.publicChannel
  const marked =
    STRONG_IRONY.test(text) || (SCARE_QUOTES.test(text) && (complaint || softly)) || (complaint && softly)
  const praise = marked
    ? findings.praise[0]
    : findings.praise.find((p) => {
        if (isThanked(text, p, findings.thanks)) return false
        const opening = opensSentence(text, p)
        return (opening ? [...grievances, ...plaints] : grievances).some((f) =>
          nearPraise(text, p, f, findings),
        )
      })
  return praise ? sarcasmAt(praise) : null
}

/** A failure sarcasm can point at: a repeat, a chase, a wait or a clear complaint. */
export const isFailure = (h: TextHit): boolean =>
  h.code === 'repeat_contact' ||
  h.code === 'customer_chasing' ||
  h.params.cue === 'wait' ||
  ((h.code === 'negative_sentiment' || h.code === 'polite_disappointment') &&
    h.weight >= ANGER.sarcasmFailureMinWeight)

function hasClearComplaint(findings: TextFindings): boolean {
  return findings.hits.some(
    (h) =>
      (h.code === 'negative_sentiment' || h.code === 'polite_disappointment') &&
      h.weight >= ANGER.sarcasmFailureMinWeight,
  )
}

export function sarcasmAt(span: Span): TextHit {
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

/** A failure in the same sentence as the thanks, with no "but" between them. */
export function sameSentence(text: string, thanks: Span, failure: Span, findings: TextFindings): boolean {
  const [from, to] = failure.start >= thanks.end ? [thanks.end, failure.start] : [failure.end, thanks.start]
  if (from > to || breaksBetween(text, from, to) > 0) return false
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
