/** The customer's name, split only as far as it can be told without guessing (and never their gender). */
import type { PersonName } from './types'
import { cleanLine } from './text'

/** Courtesy titles a helpdesk name may carry; skipped when looking for a given name. */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'herr',
  'frau',
  'hr',
  'fru',
  'frk',
  'sr',
  'sra',
  'srta',
  'señor',
  'señora',
  'm',
  'mme',
  'mlle',
  'monsieur',
  'madame',
  'dona',
  'dom',
  'nai',
  'นาย',
  'นาง',
  'นางสาว',
  'น.ส',
  'คุณ',
  'ดร',
])
const isTitle = (token: string) => TITLES.has(token.toLowerCase().replace(/\.$/, ''))

const HAN = /^\p{Script=Han}+$/u
const HANGUL = /^\p{Script=Hangul}+$/u
/** Scripts whose names are written family name first. */
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
/** Longer than this it is more likely a pasted signature than a name. */
const MAX_NAME = 80

/**
 * null for no usable name: empty, an e-mail address (helpdesks fall back to it when the name is unknown),
 * no letters at all, or implausibly long. The text itself is kept as is (no case changes, no escaping).
 */
export function parsePersonName(raw: string | null): PersonName | null {
  if (raw === null) return null
  const full = cleanLine(raw)
  if (full === '' || full.length > MAX_NAME || full.includes('@') || !/\p{L}/u.test(full)) return null
  const tokens = full.split(' ')
  if (tokens.every((token) => HANGUL.test(token))) {
    // Korean names are written without a space ("김민준"); a stray one ("김 민준") is closed up.
    return { full: tokens.join(''), given: null, family: null }
  }
  const first = tokens[0]!
  if (EAST_ASIAN.test(first)) {
    // A kanji name with a space is family-first ("山田 太郎"); without one, or in kana, the split is unknown.
    const family = tokens.length >= 2 && HAN.test(first) ? first : null
    return { full, given: null, family }
  }
  const untitled = tokens.filter((token, index) => !(index < tokens.length - 1 && isTitle(token)))
  return { full, given: untitled[0] ?? null, family: null }
}
