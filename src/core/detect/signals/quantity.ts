/**
 * A quantity that differs from the one expected: "ordered the 180 cm table … the one delivered is 160 cm",
 * "50 GB versprochen … die Rechnung zeigt 20 GB", "6 ฟุต … ได้ 5 ฟุต", "2인분 … 1인분". The same unit with a
 * different number is a shortfall the unmet-expectation construction can take, like a different colour. Units are
 * a closed class (length, weight, data, time, pieces, servings, nights) written as the normaliser leaves them
 * (lower case, no accents, katakana as hiragana); dates, prices and order numbers are not units, so "ordered on
 * 3 March, arrived 9 March" says nothing.
 */
import type { Span } from './findings'

const LATIN_UNITS = [
  'mm|cm|m|km|inch(?:es)?|ft|tommer|zoll|pulgadas|polegadas|pouces',
  'g|kg|l|ml|cl|lit(?:er|re|ro)s?',
  'mb|gb|tb|mbit|mbps|gbit',
  'min|minut(?:e[ns]?|ter|os)|hours?|heures|stunden|timer|horas',
  'pieces?|pcs|stk|stuck|teile|deler|piezas|pecas',
  'servings|portion(?:s|en)|porsjoner|porciones|porcoes|persons|people|person(?:en|nes|as)|pessoas',
  'nights|nachte|nuits|noches|noites|netter|seats|seter',
].join('|')
const CJK_UNITS = [
  'せんち|みり|きろ|ぎが|めがびっと|個|本|枚|人前|人分|泊|席|分|時間',
  '인분|개|센티|인치|킬로|기가|박|석|분|시간',
  'ฟุต|นิ้ว|ซม|เซนติเมตร|ชิ้น|คน|ที่นั่ง|คืน|นาที|ชั่วโมง|กิโล|กิก',
].join('|')

/** A number and the unit right after it (digits only: normalised text has ASCII digits). */
const QUANTITY = new RegExp(
  String.raw`(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s?-\s?|\s?)(?:(${LATIN_UNITS})(?![\p{L}\d])|(${CJK_UNITS}))`,
  'gu',
)

interface Quantity extends Span {
  value: number
  unit: string
}

function quantitiesIn(text: string, from: number, to: number): Quantity[] {
  const found: Quantity[] = []
  QUANTITY.lastIndex = from
  for (let m = QUANTITY.exec(text); m && m.index < to; m = QUANTITY.exec(text)) {
    if (m.index + m[0].length > to) break
    const unit = m[2] ?? m[3] ?? ''
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value: Number((m[1] ?? '').replace(',', '.')),
      unit,
    })
  }
  return found
}

/**
 * The first quantity in [boundary, to) whose unit was named in [from, boundary) with other numbers only: "180 cm
 * … 160 cm" is a shortfall, "180 cm … 180 cm" is not, nor is a unit the expectation never named. `text` is
 * normalised.
 */
export function otherQuantity(text: string, from: number, boundary: number, to: number): Span | null {
  if (boundary <= from || to <= boundary) return null
  const wanted = quantitiesIn(text, from, boundary)
  if (wanted.length === 0) return null
  for (const got of quantitiesIn(text, boundary, to)) {
    const same = wanted.filter((w) => w.unit === got.unit)
    if (same.length > 0 && same.every((w) => w.value !== got.value)) return got
  }
  return null
}
