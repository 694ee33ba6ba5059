/**
 * Softened reports: a minimiser or reporting frame ("not a big deal, but…", "just thought you should know",
 * "ingen stor sak, men", その点だけお伝えしたく, 알려드리고 싶어서, แค่อยากแจ้งให้ทราบ) beside a failure in the same
 * comment is polite disappointment: the customer plays down something that went wrong. Without a failure it is
 * nothing — the same frames open thank-you notes ("sorry to bother you, I just wanted to say the lads were
 * great"). The evidence quotes the softener and the failure.
 */
import { originalSpan } from '../normalize'
import { EXPECTATION } from '../weights'
import type { Construction } from './construction'
import type { Positioned } from './findings'

export const softenedReport: Construction = {
  roles: ['softener'],
  compose(ctx, parts, findings, sink) {
    const softener = parts.marks.find((m) => m.role === 'softener')
    if (!softener) return
    // A failure anywhere in the comment, outside the softener itself ("not a big deal" holds its own "not").
    let failure: Positioned | null = null
    for (const c of parts.complaints) {
      if ((c.start < softener.end && c.end > softener.start) || c.weight < EXPECTATION.softenedFailureMin)
        continue
      if (!failure || Math.abs(c.start - softener.start) < Math.abs(failure.start - softener.start))
        failure = c
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
