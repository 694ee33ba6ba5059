/**
 * The customer's apology for their own conduct: "sorry for the tone earlier, it was a stressful morning",
 * "perdona por el tono de antes, estaba desesperado", "어제는 짜증 내서 죄송했어요", "Entschuldigung, dass ich mich
 * schon wieder melde!". A repeat cue in the same sentence as such an apology (no "but" between) is the contact
 * being apologised for; a complaint word there, in a comment that thanks or says the issue is fixed, is the
 * customer's own past mood. Neither is a grievance: both are dropped. "Sorry to write again, but it is still broken" keeps its complaint.
 */
import { originalSpan } from '../normalize'
import type { Construction } from './construction'
import type { TextHit } from './findings'
import { sameSentence } from './sarcasm'

const OWN_MOOD: ReadonlySet<TextHit['code']> = new Set<TextHit['code']>([
  'negative_sentiment',
  'repeat_contact',
  'polite_disappointment',
])

export const ownApology: Construction = {
  roles: ['apology'],
  compose(ctx, parts, findings, sink) {
    const text = ctx.text.stripped
    const apologies = parts.marks
      .filter((m) => m.role === 'apology')
      .map((m) => originalSpan(ctx.norm, m.start, m.end))
    if (apologies.length === 0) return
    const own = sink.filter(
      (h) =>
        OWN_MOOD.has(h.code) &&
        h.params.cue === undefined &&
        // "Sorry to bother you again": a repeat cue beside the apology always; a mood word only in a thank-you.
        (h.code === 'repeat_contact' || findings.resolution > 0) &&
        apologies.some((a) => sameSentence(text, a, h, findings)),
    )
    if (own.length === 0) return
    for (const hit of own) sink.splice(sink.indexOf(hit), 1)
    // Complaints are in normalised offsets: drop those the dropped hits came from.
    parts.complaints = parts.complaints.filter((c) => {
      const at = originalSpan(ctx.norm, c.start, c.end)
      return !own.some((h) => at.start >= h.start && at.end <= h.end)
    })
    findings.hasNegativity = sink.length > 0
  },
}
