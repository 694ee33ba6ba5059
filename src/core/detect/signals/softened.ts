/**
 * Softened reports: a minimiser or reporting frame ("not a big deal, but…", "just thought you should know",
 * "ingen stor sak, men", その点だけお伝えしたく, 알려드리고 싶어서, แค่อยากแจ้งให้ทราบ) beside a failure in the same
 * comment is polite disappointment: the customer plays down something that went wrong. Without a failure it is
 * nothing — the same frames open thank-you notes ("sorry to bother you, I just wanted to say the lads were
 * great"). The failure is a clear complaint, a shortfall ("missing", "barely", "never", 足りない, 빠져) that does
 * more than restrict ("just", "only"), or a negated statement ("I never received", "je n'ai reçu ni…") outside
 * the softener and not cancelling a complaint word ("not bad"). The evidence quotes the softener and the failure.
 */
import { originalSpan } from '../normalize'
import { EXPECTATION, TEXT } from '../weights'
import {
  hasBreak,
  inQuestion,
  isClauseBreak,
  isLatinClauseBreak,
  isSentenceEnd,
  wordsBetween,
} from './clause'
import type { Construction } from './construction'
import type { ScanContext } from './context'
import { negatesComplaint } from './expectation'
import type { Positioned, Span } from './findings'
import type { Mark, ScanParts } from './scan'
import { hypothetical } from './scope'

/** Whether `span` lies inside or right before the softener ("n'est pas dramatique", "solo os lo comento"). */
const besideSoftener = (span: Span, softener: Span): boolean =>
  span.end > softener.start - EXPECTATION.softenerToContrastChars && span.start < softener.end

/** A negator with a complaint word in its reach, same clause: "no es ningún desastre" negates, it reports nothing. */
function cancelsComplaint(ctx: ScanContext, parts: ScanParts, n: Span): boolean {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  return parts.scored.some((entry, k) => {
    if (entry.role !== 'negative' && entry.role !== 'politeness') return false
    const hit = parts.content[k] as Span
    if (hit.start < n.end || hasBreak(text, n.end, hit.start, latin ? isLatinClauseBreak : isClauseBreak))
      return false
    return latin
      ? wordsBetween(text, n.end, hit.start) <= TEXT.latinNegationWords
      : hit.start - n.end <= TEXT.cjkPostWindow
  })
}

const restricts = (parts: ScanParts, m: Span): boolean =>
  parts.marks.some((r) => r.role === 'restrictive' && r.start === m.start)

export const softenedReport: Construction = {
  roles: ['softener'],
  compose(ctx, parts, findings, sink) {
    const softeners = parts.marks.filter((m) => m.role === 'softener')
    const softener = softeners[0]
    if (!softener) return
    const nearest = (list: readonly Positioned[]): Positioned | null => {
      let best: Positioned | null = null
      for (const c of list)
        if (!best || Math.abs(c.start - softener.start) < Math.abs(best.start - softener.start)) best = c
      return best
    }
    const outside = (s: Span): boolean => !softeners.some((m: Mark) => besideSoftener(s, m))
    // A failure anywhere in the comment, outside the softener itself ("not a big deal" holds its own "not").
    // "Er det strømbrudd i området mitt? … Ingen hast.": a question is no failure.
    const text = ctx.norm.text
    let failure = nearest(
      parts.complaints.filter(
        (c) =>
          !(c.start < softener.end && c.end > softener.start) &&
          c.weight >= EXPECTATION.softenedFailureMin &&
          !inQuestion(text, c.end),
      ),
    )
    // A thank-you or praise note ("it works now, just wanted to say", "sin ascensor y fueron cuidadosísimos")
    // needs a clear complaint; elsewhere a shortfall or a negated statement is the failure.
    // A word already scored as a complaint was judged by its weight ("en liten feil" is mild), and one followed
    // by a "but" in its sentence is outweighed ("llegó un tono más claro, pero me encanta igual").
    // "…por si le pasa a otro cliente": a shortfall in a hypothetical is none.
    const standing = (s: Span): boolean =>
      outside(s) &&
      !hypothetical(s, parts.conditionals, ctx) &&
      !inQuestion(text, s.end) &&
      !parts.complaints.some((c) => c.start < s.end && c.end > s.start) &&
      !parts.contrasts.some((c) => c.start >= s.end && !hasBreak(text, s.end, c.start, isSentenceEnd))
    if (findings.resolution === 0 && findings.praise.length === 0) {
      failure ??= nearest(
        parts.marks.filter((m) => m.role === 'shortfall' && !restricts(parts, m) && standing(m)),
      )
      failure ??= nearest(
        [...parts.pre, ...parts.post].filter(
          (n) => standing(n) && !negatesComplaint(ctx, parts, n) && !cancelsComplaint(ctx, parts, n),
        ),
      )
    }
    // A bare cue word ("never", 足りない) is quoted with the rest of its clause.
    if (failure && failure.weight !== 0 && !parts.complaints.includes(failure)) {
      const isBreak = ctx.matcher.script === 'latin' ? isLatinClauseBreak : isClauseBreak
      let end = failure.end
      while (end < text.length && end - failure.end < EXPECTATION.halfChars && !isBreak(text.charCodeAt(end)))
        end++
      failure = { start: failure.start, end, weight: failure.weight }
    }
    // "No big deal, but the cot never came": what follows the softener's "but" is the failure, named or not.
    if (!failure) {
      // …or the "but" right before it: "Não é nada de especial, mas queria só deixar nota: …".
      const but = parts.contrasts.find(
        (c) =>
          (c.start >= softener.end && c.start - softener.end <= EXPECTATION.softenerToContrastChars) ||
          (c.end <= softener.start && softener.start - c.end <= EXPECTATION.softenerToContrastChars),
      )
      if (but) failure = { start: but.start, end: Math.min(ctx.norm.text.length, but.end + 40), weight: 0 }
    }
    if (!failure) return
    const halves = [softener, failure]
      .sort((a, b) => a.start - b.start)
      .map((h) => originalSpan(ctx.norm, h.start, h.end))
    findings.hasNegativity = true
    sink.push({
      code: 'polite_disappointment',
      weight: EXPECTATION.softened,
      start: (halves[0] as Positioned).start,
      end: (halves[1] as Positioned).end,
      params: { lang: softener.lang, cue: 'softened' },
      spans: halves,
    })
  },
}
