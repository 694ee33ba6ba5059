/**
 * The irony patterns' pre-checks (signals/literals.ts, signals/ironic.ts) are only a speed-up: every span must be
 * what running each pattern over the whole comment gives, behind the plain /i literal test it had before. Checked
 * on random comments built from the patterns' own words, odd-case chars included, and char by char for the
 * agreement of lower case with /i and /iu that the fast path relies on.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  GROUPS,
  eagerWithGap,
  exclamatives,
  ironyCandidates,
  ordinalThanks,
  type Guarded,
} from '../../../src/core/detect/signals/ironic'
import { literalSets } from '../../../src/core/detect/signals/literals'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What ironic.ts did before the pre-checks: a /i test of the literals anywhere, then the global pattern. */
function reference(text: string, groups: readonly Guarded[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  for (const [literals, pattern] of groups) {
    if (!new RegExp(literals.map(escape).join('|'), 'i').test(text)) continue
    const re = new RegExp(pattern.source, pattern.flags)
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m[1]
      if (g === undefined) continue
      const start = m.index + m[0].indexOf(g)
      spans.push({ start, end: start + g.length })
      if (m[0].length === 0) re.lastIndex++
    }
  }
  return spans
}

const FRAGMENTS = [
  'What a ',
  'what an ',
  'WHAT A ',
  'Quelle ',
  'quel ',
  'quelque ',
  'Qué ',
  'que ',
  'Que ',
  'Was für ',
  'welch ',
  'For en ',
  'for et ',
  'for ei ',
  'wait',
  'WAIT',
  "can't ",
  'cannot ',
  'I really ',
  "j'ai ",
  'J’ai ',
  'ben ',
  'hâte',
  'HÂTE',
  'no ',
  'veo ',
  'puedo ',
  'la hora',
  'esperar',
  'mal ',
  'posso ',
  'consigo ',
  'kann es ',
  'wirklich ',
  'kaum ',
  'erwarten',
  'gleder meg ',
  'til',
  ' til',
  'kan ',
  'ikke ',
  'vente',
  'thanks ',
  'Thank you ',
  'xthank ',
  'for the ',
  'third',
  'fifth',
  'merci ',
  'pour la ',
  'troisième',
  'gracias ',
  'por el ',
  'tercer',
  'obrigado ',
  'pela ',
  'quarta',
  'danke ',
  'für die ',
  'dritte',
  'takk ',
  'for den ',
  'femte',
  'surprise',
  'service',
  'timing',
  '!',
  '.',
  ',',
  '…',
  '¡',
  '\n',
  ' ',
  '  ',
  'x',
  '3回目の',
  'ありがとう',
  'なんと',
  '早い',
  'でしょう',
  '참 ',
  '빠르시네요',
  '세 번째 ',
  '감사',
  'ขอบคุณ',
  'ครั้งที่สาม',
  'ดีจัง',
  '\u212a',
  '\u017f',
  '\u0130',
  'K',
  'S',
  'É',
  'ü',
  'tha\u212ak ',
  'e\u017fperar',
  'gra\u017fias ',
]
/** Whole matches too, so that most comments hold some. */
const PHRASES = [
  '¡Qué rapidez',
  'What a surprise',
  'Thanks for the fifth reminder',
  "I can't really wait",
  "j'ai ben hâte",
  'no puedo ya esperar',
  'mal posso mesmo esperar',
  'kann es wirklich kaum erwarten',
  'gleder meg veldig til',
  'kan nesten ikke vente',
  'Merci pour la troisième',
  'Gracias por el tercer',
  'Obrigado pela quarta',
  'Danke für die dritte',
  'Takk for den femte',
  'Quelle discrétion',
  'Was für ein Service',
  'For en service',
  'Que rapidez',
  'なんと早いことでしょう',
  '참 빠르시네요',
  'ดีจัง',
]
const comment = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...PHRASES)), {
    minLength: 1,
    maxLength: 14,
  })
  .map((p) => p.join(''))

const EXCLAMATIVE_COUNT = 9
const EAGER_COUNT = 6

describe('irony pre-checks change no span', () => {
  it('matches the patterns run over the whole comment behind a /i literal test', () => {
    const exclamativeGroups = GROUPS.slice(0, EXCLAMATIVE_COUNT)
    const eagerGroups = GROUPS.slice(EXCLAMATIVE_COUNT, EXCLAMATIVE_COUNT + EAGER_COUNT)
    const ordinalGroups = GROUPS.slice(EXCLAMATIVE_COUNT + EAGER_COUNT)
    fc.assert(
      fc.property(comment, (text) => {
        const scan = ironyCandidates(text)
        expect(exclamatives(scan)).toEqual(reference(text, exclamativeGroups))
        expect(eagerWithGap(scan)).toEqual(reference(text, eagerGroups))
        expect(ordinalThanks(scan)).toEqual(reference(text, ordinalGroups)[0] ?? null)
      }),
      { numRuns: 3000 },
    )
  })

  it('finds sarcasm the patterns describe, at the start of a later sentence too', () => {
    const text = 'Ok. What a surprise! Thanks for the fifth reminder. ¡Qué rapidez!'
    const scan = ironyCandidates(text)
    expect(exclamatives(scan).map((s) => text.slice(s.start, s.end))).toEqual([
      'What a surprise',
      'Qué rapidez',
    ])
    expect(ordinalThanks(scan)).not.toBeNull()
  })
})

describe('literalSets', () => {
  const test = literalSets([['thank', 'merci'], ['que '], ['番目'], ['quel']])

  it('tells which sets a text holds, case aside, a word literal only where a word starts', () => {
    expect(test('THANKS a lot').found).toBe(0b0001)
    expect(test('Quelle que soit').found).toBe(0b1010)
    expect(test('xthank, unquel, bisque ').found).toBe(0)
    expect(test('3番目の').found).toBe(0b0100)
    expect(test('nothing here').found).toBe(0)
  })

  it('falls back to a /i test per set for the three odd-case chars', () => {
    expect(test('tha\u212ak').found).toBe(0) // /thank/i does not match the Kelvin sign
    expect(test('xthank \u017f').found).toBe(0b0001) // the fallback tests anywhere, like the old guards
    expect(test('xthank \u017f').plain).toBe(false)
    expect(test('\u0130 merci').plain).toBe(false)
  })
})

describe('lower case agrees with /i and /iu on every char the patterns start or guard with', () => {
  const ODD = new Set([0x212a, 0x017f, 0x0130])
  let all = ''
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && !ODD.has(c)) all += String.fromCharCode(c)
  const matches = (re: RegExp): Set<number> => new Set([...all.matchAll(re)].map((m) => m.index))
  const chars = new Set<string>()
  for (const [literals] of GROUPS) for (const word of literals) for (const ch of word) chars.add(ch)

  it.each([...chars])('%s', (ch) => {
    const lower = new Set<number>()
    for (let i = 0; i < all.length; i++) if (all[i]?.toLowerCase() === ch) lower.add(i)
    expect(matches(new RegExp(escape(ch), 'gi'))).toEqual(lower)
    for (const i of matches(new RegExp(escape(ch), 'giu'))) expect(lower.has(i)).toBe(true)
  })
})
