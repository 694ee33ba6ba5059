import { describe, expect, it } from 'vitest'
import { composeApology } from '../../../src/core/playbook/apology'
import { formatIncidentDate } from '../../../src/core/playbook/apology/date'
import { measureDuration } from '../../../src/core/playbook/apology/duration'
import { parsePersonName } from '../../../src/core/playbook/apology/name'
import { PHRASE_BANKS } from '../../../src/core/playbook/apology/phrases'
import { PhrasePicker } from '../../../src/core/playbook/apology/pick'
import { quoteContext, trimToBoundary } from '../../../src/core/playbook/apology/quote'
import { LANGS, QUOTES, input } from './apology-fixtures'

const LONG_EN =
  'I have been waiting for three weeks now and nobody has even acknowledged my email, which is frankly ' +
  'unacceptable for a service I pay for every month, and I am starting to think that nobody reads these at all.'

describe('quote trimming', () => {
  it('keeps a short quote whole, collapses newlines and drops its own wrapping quotes', () => {
    expect(quoteContext('  "It broke\n\nagain."  ', PHRASE_BANKS.en)).toEqual({
      quoted: '“It broke again”',
      quotedEnd: '“It broke again”.',
    })
  })

  it('ends the sentence after the closing mark only when the words do not end it themselves', () => {
    expect(quoteContext('Is anyone there?', PHRASE_BANKS.de)?.quotedEnd).toBe('„Is anyone there?“')
    expect(quoteContext('Es reicht', PHRASE_BANKS.de)?.quotedEnd).toBe('„Es reicht“.')
    expect(quoteContext('ยังไม่ได้รับคำตอบ', PHRASE_BANKS.th)?.quotedEnd).toBe('“ยังไม่ได้รับคำตอบ”')
  })

  it('cuts a long Latin quote at a word boundary, at most 160 characters, with an ellipsis', () => {
    const { quoted } = quoteContext(LONG_EN, PHRASE_BANKS.en)!
    const inner = quoted.slice(1, -1)
    expect(inner.length).toBeLessThanOrEqual(160)
    expect(inner.length).toBeGreaterThan(120)
    expect(inner.endsWith('…')).toBe(true)
    const kept = inner.slice(0, -1)
    expect(LONG_EN.startsWith(kept)).toBe(true)
    // The next character of the original is not a letter: no word was cut in half.
    expect(LONG_EN[kept.length]).toMatch(/[\s,]/)
    expect(kept).not.toMatch(/[\s,]$/)
  })

  it('cuts Thai between words, though Thai has no spaces', () => {
    const thanks = 'ขอบคุณ'.repeat(60)
    const trimmed = trimToBoundary(thanks, 120, 'th')
    expect(trimmed.endsWith('…')).toBe(true)
    expect(trimmed.slice(0, -1).length % 'ขอบคุณ'.length).toBe(0)
    expect(trimmed.length).toBeLessThanOrEqual(120)
  })

  it('never splits a surrogate pair when one run of text is longer than the limit', () => {
    const trimmed = trimToBoundary('😀'.repeat(100), 20, 'ja')
    expect(trimmed).toBe(`${'😀'.repeat(9)}…`)
  })

  it('uses each language’s own quotation marks', () => {
    for (const lang of LANGS) {
      const { words, open, close } = QUOTES[lang]
      expect(quoteContext(words, PHRASE_BANKS[lang])?.quoted, lang).toBe(`${open}${words}${close}`)
    }
  })

  it('quotes nothing when there is nothing to quote', () => {
    expect(quoteContext(null, PHRASE_BANKS.en)).toBeNull()
    expect(quoteContext(' “ ” \n', PHRASE_BANKS.en)).toBeNull()
    const draft = composeApology(input({ language: 'en', quote: '' }))
    expect(draft.parts.some((id) => id.startsWith('en.quote.'))).toBe(false)
  })

  it('keeps the quote in a draft within the language’s limit', () => {
    const draft = composeApology(input({ language: 'fr', quote: LONG_EN }))
    const quoted = /«\u00a0(.*?)\u00a0»/.exec(draft.text)![1]!
    expect(quoted.length).toBeLessThanOrEqual(160)
    expect(quoted.endsWith('…')).toBe(true)
  })
})

describe('durations in words', () => {
  const say = (lang: keyof typeof PHRASE_BANKS, minutes: number) =>
    PHRASE_BANKS[lang].duration(measureDuration(minutes)!)

  it('rounds the way people speak, never understating the wait', () => {
    expect(measureDuration(3 * 1440)).toEqual({ count: 3, unit: 'day', approx: 'exact' })
    expect(measureDuration(3 * 1440 + 300)).toEqual({ count: 3, unit: 'day', approx: 'over' })
    expect(measureDuration(3 * 1440 - 120)).toEqual({ count: 3, unit: 'day', approx: 'almost' })
    expect(measureDuration(23 * 60 + 50)).toEqual({ count: 1, unit: 'day', approx: 'almost' })
    expect(measureDuration(17 * 1440)).toEqual({ count: 2, unit: 'week', approx: 'over' })
    expect(measureDuration(20 * 1440)).toEqual({ count: 3, unit: 'week', approx: 'almost' })
    expect(measureDuration(50)).toEqual({ count: 50, unit: 'minute', approx: 'exact' })
    expect(measureDuration(undefined)).toBeNull()
    expect(measureDuration(Number.NaN)).toBeNull()
    expect(measureDuration(0)).toBeNull()
  })

  it('writes the duration in each language, with agreement', () => {
    expect(say('en', 3 * 1440)).toBe('three days')
    expect(say('en', 90)).toBe('more than an hour')
    expect(say('de', 3 * 1440)).toBe('drei Tage')
    expect(say('de', 1440 + 300)).toBe('mehr als einen Tag')
    expect(say('es', 110)).toBe('casi dos horas')
    expect(say('fr', 1440 + 300)).toBe('plus d’un jour')
    expect(say('fr', 23 * 60 + 50)).toBe('près d’un jour')
    expect(say('fr', 3 * 1440 - 120)).toBe('près de trois jours')
    expect(say('pt', 120)).toBe('duas horas')
    expect(say('pt', 2 * 1440)).toBe('dois dias')
    expect(say('nb', 3 * 1440)).toBe('tre dager')
    expect(say('nb', 1440 + 300)).toBe('over en dag')
    expect(say('ja', 3 * 1440)).toBe('3日間')
    expect(say('ja', 1440)).toBe('1日')
    expect(say('ja', 3 * 1440 + 300)).toBe('3日以上')
    expect(say('ko', 1440)).toBe('하루')
    expect(say('ko', 3 * 1440 + 300)).toBe('3일 넘게')
    expect(say('th', 3 * 1440 + 300)).toBe('มากกว่า 3 วัน')
  })

  it('counts times in each language', () => {
    expect(PHRASE_BANKS.en.times(2)).toBe('twice')
    expect(PHRASE_BANKS.en.times(4)).toBe('four times')
    expect(PHRASE_BANKS.de.times(3)).toBe('dreimal')
    expect(PHRASE_BANKS.de.times(1)).toBe('einmal')
    expect(PHRASE_BANKS.es.times(1)).toBe('una vez')
    expect(PHRASE_BANKS.pt.times(2)).toBe('duas vezes')
    expect(PHRASE_BANKS.nb.times(1)).toBe('én gang')
    expect(PHRASE_BANKS.ko.times(3)).toBe('세 번')
    expect(PHRASE_BANKS.ja.times(3)).toBe('3回')
  })

  it('says the wait in the draft', () => {
    const draft = composeApology(input({ language: 'de', incident: { at: null, waitMinutes: 3 * 1440 } }))
    expect(draft.text).toContain('drei Tage')
  })
})

describe('names and how each language addresses them', () => {
  const address = (lang: keyof typeof PHRASE_BANKS, raw: string) =>
    PHRASE_BANKS[lang].address(parsePersonName(raw)!)

  it('Japanese: family name + 様 only when the split is certain; otherwise the full name + 様', () => {
    expect(address('ja', '山田 太郎')).toBe('山田様')
    expect(address('ja', '山田\u3000太郎')).toBe('山田様')
    expect(address('ja', '山田太郎')).toBe('山田太郎様')
    expect(address('ja', 'Taro Yamada')).toBe('Taro Yamada 様')
    expect(address('ja', 'ヤマダ タロウ')).toBe('ヤマダ タロウ様')
  })

  it('Korean: the full name + 님, closed up; Thai: คุณ + given name, titles dropped', () => {
    expect(address('ko', '김민준')).toBe('김민준 님')
    expect(address('ko', '김 민준')).toBe('김민준 님')
    expect(address('th', 'สมชาย ใจดี')).toBe('คุณสมชาย')
    expect(address('th', 'นาย สมชาย ใจดี')).toBe('คุณสมชาย')
    expect(address('th', 'John Smith')).toBe('คุณ John')
  })

  it('German and French: the full name, no guessed gender; others: the given name', () => {
    expect(address('de', 'Anna Schmidt')).toBe('Anna Schmidt')
    expect(address('fr', 'Camille Martin')).toBe('Camille Martin')
    expect(address('es', 'Lucía Fernández')).toBe('Lucía')
    expect(address('nb', 'Dr. Kari Nordmann')).toBe('Kari')
    expect(address('en', 'Ms Sarah Connor')).toBe('Sarah')
    // An East Asian name in a given-name language: which part is the given name is unknown.
    expect(address('en', '山田 太郎')).toBe('山田 太郎')
    expect(address('pt', 'Dr.')).toBe('Dr.')
  })

  it('has no name for an e-mail address, a name without letters, or a pasted block of text', () => {
    expect(parsePersonName('jane@example.com')).toBeNull()
    expect(parsePersonName('12345')).toBeNull()
    expect(parsePersonName('x'.repeat(120))).toBeNull()
    expect(parsePersonName(null)).toBeNull()
  })
})

describe('incident dates', () => {
  it('formats the date in the customer’s language and zone', () => {
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'en')).toBe('5 March 2026')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'de')).toBe('5. März 2026')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'es')).toBe('5 de marzo de 2026')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'nb')).toBe('5. mars 2026')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'ja')).toBe('2026年3月5日')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'ko')).toBe('2026년 3월 5일')
    expect(formatIncidentDate('2026-03-05T12:00:00Z', 'th')).toBe('5 มีนาคม 2569')
    expect(formatIncidentDate('2026-03-05T23:30:00Z', 'en', 'Asia/Tokyo')).toBe('6 March 2026')
    expect(formatIncidentDate('2026-03-06T02:00:00Z', 'en', 'America/New_York')).toBe('5 March 2026')
  })

  it('writes the first of the month as an ordinal in French and Brazilian Portuguese', () => {
    expect(formatIncidentDate('2026-03-01T12:00:00Z', 'fr')).toBe('1er mars 2026')
    expect(formatIncidentDate('2026-03-01T12:00:00Z', 'pt')).toBe('1º de março de 2026')
    expect(formatIncidentDate('2026-03-01T12:00:00Z', 'es')).toBe('1 de marzo de 2026')
    expect(formatIncidentDate('2026-03-11T12:00:00Z', 'fr')).toBe('11 mars 2026')
  })
})

describe('phrase picker', () => {
  it('walks past a wording that repeats a motif of the sentence just written, in other words too', () => {
    for (let seed = 0; seed < 30; seed++) {
      const picker = new PhrasePicker('xx', `s${seed}`, 0, [['sorry', 'apolog']])
      picker.pick('first', ['We are sorry.'], {})
      const next = picker.pick('second', ['Sorry again.', 'Our apologies.', 'It will be fixed.'], {})
      expect(next.text).toBe('It will be fixed.')
      expect(picker.parts).toEqual(['xx.first.0', 'xx.second.2'])
    }
  })

  it('matches a Latin stem only at the start of a word; other scripts anywhere', () => {
    const latin = new PhrasePicker('nb', 'seed', 0, [['svar']])
    latin.pick('first', ['Vi tar ansvar.'], {})
    const picks = new Set<string>()
    for (let seed = 0; seed < 20; seed++) {
      const picker = new PhrasePicker('nb', `s${seed}`, 0, [['svar']])
      picker.pick('first', ['Vi tar ansvar.'], {})
      picks.add(picker.pick('second', ['Du fikk ikke svar.', 'Det tok tid.', 'Vi beklager.'], {}).text)
    }
    // "ansvar" is no echo of "svar": all three wordings stay in play.
    expect(picks.size).toBe(3)
    const thai = new PhrasePicker('th', 'seed', 0, [['ขออภัย']])
    thai.pick('first', ['เราขออภัย'], {})
    expect(thai.pick('second', ['ต้องขออภัยอีกครั้ง', 'เราจะแก้ไขให้', 'ต้องขออภัย'], {}).text).toBe('เราจะแก้ไขให้')
  })

  it('keeps the hashed choice when every wording echoes, and never lets customer text steer', () => {
    const picks = new Set<string>()
    for (let seed = 0; seed < 30; seed++) {
      const picker = new PhrasePicker('xx', `s${seed}`, 0, [['sorry', 'apolog']])
      picker.pick('first', ['Sorry.'], {})
      picks.add(picker.pick('second', ['Sorry A.', 'Sorry B.', 'Sorry C.'], {}).text)
      const quoted = picker.pick(
        'quote',
        [
          (c: { q: string }) => `A ${c.q}`,
          (c: { q: string }) => `B ${c.q}`,
          (c: { q: string }) => `C ${c.q}`,
        ],
        { q: 'sorry' },
        { neutral: { q: '' } },
      )
      expect(quoted.text).toMatch(/^[ABC] sorry$/)
    }
    expect(picks.size).toBe(3)
  })
})
