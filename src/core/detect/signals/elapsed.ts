/**
 * A wait counted in days of something that should be over: "day 9 of my next-day delivery", "jour 12 sans
 * internet", "día 6 sin respuesta", "Tag 8 ohne Strom", "dag 5 uten svar", "3日目になりますが", "5일째인데",
 * "วันที่ 6 แล้ว". The ordinal day plus "of" and a determiner, "since" or "without" (or, in ja/ko/th, the copula that says
 * "it is now day N") is the construction; a day of a trial, trip or course is not a wait. From the third day.
 */
import { WAIT } from '../weights'
import type { TextHit } from './findings'

/** Days of a plan, not of a wait: "day 10 of my trial", "jour 3 de mon séjour". */
const CHOSEN =
  /^(?:trial|holiday|vacation|trip|stay|course|essai|vacances|séjour|voyage|prueba|vacaciones|viaje|teste|férias|viagem|Probe|Urlaub|Reise|prøve|ferie|reise)/iu

const LATIN =
  /\b((?:day|jour|día|dia|Tag|dag) (\d{1,3}) (?:(?:of|de|von|av|med) \p{L}+|since|depuis|desde|seit|siden|without|sans|sin|sem|ohne|uten))(?:\s+(\p{L}+))?/giu
const ASIAN =
  /((\d{1,3})(?:日目(?:になります|です|に入り|ですが|ですけど)|일째(?:인데|예요|이에요|입니다|기다|인데요)))|(วันที่ ?(\d{1,3}) ?แล้ว)/gu

/** The first such wait in `text`, or null. */
export function elapsedDays(text: string): TextHit | null {
  if (!/\d/.test(text)) return null
  LATIN.lastIndex = 0
  for (let m = LATIN.exec(text); m; m = LATIN.exec(text)) {
    if (Number(m[2]) < 3 || CHOSEN.test(m[3] ?? '')) continue
    return hitAt(m.index, m.index + (m[1] ?? '').length)
  }
  ASIAN.lastIndex = 0
  for (let m = ASIAN.exec(text); m; m = ASIAN.exec(text)) {
    if (Number(m[2] ?? m[4]) < 3) continue
    return hitAt(m.index, m.index + m[0].length)
  }
  return null
}

function hitAt(start: number, end: number): TextHit {
  return {
    code: 'negative_sentiment',
    weight: WAIT.grievanceWeight,
    start,
    end,
    params: { cue: 'wait' },
  }
}
