/**
 * Waits stated as a duration: a unit ("weeks", "Tage", "jours") with a lead before it ("waiting for two weeks",
 * "seit drei Wochen", "depuis 10 jours") or right after it ("three weeks now", "drei Wochen warte ich"), in the
 * same clause and language. Composed here so lexicons need not list every number × unit × verb.
 */
import type { LangCode } from '../lexicon/types'
import type { Role } from '../matcher'
import { originalSpan } from '../normalize'
import { TEXT, WAIT } from '../weights'
import { hasBreak, isLatinClauseBreak } from './clause'
import type { Construction } from './construction'
import type { ScanContext } from './context'
import type { TextHit } from './findings'
import type { Mark } from './scan'

const DIGITS = /^\d+(?:[.,]\d+)?\+?$/

/** Whether text[from, to) holds only number words of `lang`, digits and spaces, at most WAIT.maxGapWords words. */
function onlyNumbers(ctx: ScanContext, from: number, to: number, lang: LangCode): boolean {
  const gap = ctx.norm.text.slice(from, to).trim()
  if (gap === '') return true
  const words = gap.split(' ')
  if (words.length > WAIT.maxGapWords) return false
  const numbers = ctx.matcher.waitNumbers.get(lang)
  return words.every((word) => DIGITS.test(word) || (numbers?.has(word) ?? false))
}

const WAIT_ROLES: readonly Role[] = ['waitBefore', 'waitAfter', 'unitLong', 'unitShort']

export const statedWaits: Construction = {
  roles: WAIT_ROLES,
  compose(ctx, parts, findings, sink, mild) {
    const text = ctx.norm.text
    const marks: readonly Mark[] = parts.marks
    let usedUntil = -1
    for (const unit of marks) {
      if (unit.role !== 'unitLong' && unit.role !== 'unitShort') continue
      let lead: Mark | null = null
      for (const part of marks) {
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
      parts.complaints.push({ start, end, weight })
      const span = originalSpan(ctx.norm, start, end)
      const textHit: TextHit = {
        code: 'negative_sentiment',
        weight,
        start: span.start,
        end: span.end,
        params: { lang: unit.lang, cue: 'wait' },
      }
      findings.topics.slow++
      // "Ça tient depuis une heure", "seit einer Stunde wieder warm": hours in a thank-you are no grievance.
      if (unit.role === 'unitLong' || weight >= WAIT.grievanceWeight) findings.hasNegativity = true
      sink.push(textHit)
      if (weight <= 1) mild.add(textHit)
    }
  },
}
