import { describe, expect, it } from 'vitest'
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import { composeApology } from '../../../src/core/playbook/apology'
import { PHRASE_BANKS } from '../../../src/core/playbook/apology/phrases'
import { render } from '../../../src/core/playbook/apology/pick'
import { countChars, countWords } from '../../../src/core/playbook/apology/text'
import type { Phrase, PhraseBank } from '../../../src/core/playbook/apology/types'
import { BANDS, FAILURE_TYPES, LANGS, input } from './apology-fixtures'

const DATE = '9 Testember 2031'
const AMOUNT = 'AMOUNT-X'
const QUOTED = 'QUOTED-X'

interface Wording {
  slot: string
  text: string
}

/** Every sentence a bank can produce, with stand-in facts (and, for failures, with and without a date). */
function wordings(bank: PhraseBank): Wording[] {
  const out: Wording[] = []
  const add = <C>(slot: string, phrases: readonly Phrase<C>[], context: C) =>
    phrases.forEach((phrase, index) => out.push({ slot: `${slot}.${index}`, text: render(phrase, context) }))
  for (const [key, phrases] of Object.entries(bank.opener)) add(`opener.${key}`, phrases, {})
  for (const [key, phrases] of Object.entries(bank.failure)) {
    add(`failure.${key}`, phrases, { date: DATE })
    add(`failure.${key}.undated`, phrases, { date: null })
  }
  for (const [key, phrases] of Object.entries(bank.detail)) add(`detail.${key}`, phrases, { amount: AMOUNT })
  add('quote', bank.quote, { quoted: QUOTED, quotedEnd: `${QUOTED}.` })
  for (const [key, phrases] of Object.entries(bank.reaction)) add(`reaction.${key}`, phrases, {})
  add('commitment', bank.commitment, {})
  add('followUp', bank.followUp, {})
  add('closing', bank.closing, {})
  return out
}

const body = (wording: Wording) => !wording.slot.startsWith('closing')

describe('phrase banks', () => {
  for (const lang of LANGS) {
    const bank = PHRASE_BANKS[lang]
    const all = wordings(bank)

    it(`${lang}: every failure wording states the date when there is one, and reads cleanly without`, () => {
      for (const { slot, text } of all.filter((w) => w.slot.startsWith('failure.'))) {
        if (slot.includes('.undated')) {
          expect(text, slot).not.toContain(DATE)
          expect(text.replace(/ {2,}/g, ' '), slot).not.toMatch(/ [,.]|^\s*[,.]/)
        } else {
          expect(text, slot).toContain(DATE)
        }
      }
    })

    it(`${lang}: every fact and quote wording carries its fact or quote`, () => {
      for (const { slot, text } of all.filter((w) => w.slot.startsWith('detail.')))
        expect(text, slot).toContain(AMOUNT)
      for (const { slot, text } of all.filter((w) => w.slot.startsWith('quote.')))
        expect(text, slot).toContain(QUOTED)
    })

    it(`${lang}: no wording carries markup, placeholders or template leftovers`, () => {
      for (const { slot, text } of all) {
        expect(text, slot).not.toMatch(/undefined|null|NaN|[[\]{}<>$]|\.\.\.|\s$|^\s/)
        expect(text.trim().length, slot).toBeGreaterThan(0)
      }
    })

    it(`${lang}: wordings within a slot are all different`, () => {
      const bySlot = new Map<string, string[]>()
      for (const { slot, text } of all) {
        const key = slot.replace(/\.\d+$/, '')
        bySlot.set(key, [...(bySlot.get(key) ?? []), text])
      }
      for (const [slot, texts] of bySlot) expect(new Set(texts).size, slot).toBe(texts.length)
    })
  }

  it('Latin languages: sentences start with a capital, except German openers after the comma greeting', () => {
    for (const lang of ['en', 'es', 'fr', 'pt', 'nb'] as const) {
      for (const { slot, text } of wordings(PHRASE_BANKS[lang]).filter(body))
        expect(text, `${lang} ${slot}`).toMatch(/^[\p{Lu}¿¡«“]/u)
    }
    for (const { slot, text } of wordings(PHRASE_BANKS.de).filter(body)) {
      if (slot.startsWith('opener.')) expect(text, slot).toMatch(/^\p{Ll}/u)
      else expect(text, slot).toMatch(/^\p{Lu}/u)
    }
  })

  it('French: a no-break space before high punctuation, and no gendered agreement with the writer', () => {
    for (const { slot, text } of wordings(PHRASE_BANKS.fr)) {
      expect(text, slot).not.toMatch(/ [:;?!]/)
      // "désolés" (the company, plural) is fine; a singular gives away the writer's gender, and "vous tiendrai
      // informé(e)" the customer's.
      expect(text, slot).not.toMatch(/(?<!\p{L})(?:désolée?|navrée?)(?!\p{L})|vous tiendrai informée?/u)
    }
  })

  it('Spanish and Portuguese: no gendered address or thanks', () => {
    for (const { slot, text } of wordings(PHRASE_BANKS.es))
      expect(text, slot).not.toMatch(/estimad[oa]|encantad[oa]/i)
    for (const { slot, text } of wordings(PHRASE_BANKS.pt))
      expect(text, slot).not.toMatch(/obrigad[oa]|prezad[oa]/i)
  })

  it('Thai: no gendered particles or pronouns (the agent’s gender is unknown)', () => {
    for (const { slot, text } of wordings(PHRASE_BANKS.th)) expect(text, slot).not.toMatch(/ครับ|ค่ะ|คะ|ผม|ดิฉัน/)
  })

  it('Japanese and Korean: polite sentence endings only', () => {
    for (const { slot, text } of wordings(PHRASE_BANKS.ja)) {
      expect(text, slot).toMatch(/。$/)
      expect(text, slot).not.toMatch(/(?:だ|である|だった)。/)
    }
    for (const { slot, text } of wordings(PHRASE_BANKS.ko).filter(body)) expect(text, slot).toMatch(/니다\.$/)
  })
})

describe('length', () => {
  const measure = (lang: LangCode, text: string) =>
    PHRASE_BANKS[lang].lengthBudget.unit === 'words' ? countWords(text) : countChars(text)
  const LONG_QUOTE =
    'I have been waiting for three weeks now and nobody has even acknowledged my email, which is frankly ' +
    'unacceptable for a service I pay for every month, and I am thinking of leaving.'

  it('keeps even the fullest draft near the budget: about 140 English words or the equivalent', () => {
    for (const lang of LANGS) {
      const { max } = PHRASE_BANKS[lang].lengthBudget
      for (const failureType of FAILURE_TYPES) {
        for (let seed = 0; seed < 10; seed++) {
          const draft = composeApology(
            input({
              language: lang,
              failureType,
              seed: `${seed}`,
              severityBand: 'high',
              reasons: ['churn_threat', 'escalation_request', 'customer_chasing'],
              incident: { at: '2026-03-05T09:30:00Z', waitMinutes: 5000, contacts: 4, reopens: 2 },
              quote: LONG_QUOTE,
            }),
          )
          expect(measure(lang, draft.text), `${lang} ${failureType} ${seed}`).toBeLessThanOrEqual(max * 1.1)
        }
      }
    }
  })

  it('gives up the second reaction before anything else when over budget', () => {
    const full = composeApology(
      input({
        language: 'fr',
        severityBand: 'high',
        reasons: ['churn_threat', 'escalation_request'],
        quote: LONG_QUOTE,
      }),
    )
    const short = composeApology(
      input({
        language: 'fr',
        severityBand: 'high',
        reasons: ['churn_threat', 'escalation_request'],
        quote: 'Trop lent',
      }),
    )
    expect(full.parts.filter((id) => id.includes('.reaction.'))).toHaveLength(1)
    expect(short.parts.filter((id) => id.includes('.reaction.'))).toHaveLength(2)
  })

  it('is never padded: a plain low-severity draft stays short', () => {
    for (const lang of ['en', 'de', 'es', 'fr', 'pt', 'nb'] as const) {
      for (const severityBand of BANDS) {
        const words = countWords(composeApology(input({ language: lang, severityBand })).text)
        expect(words, `${lang} ${severityBand}`).toBeGreaterThanOrEqual(45)
        expect(words, `${lang} ${severityBand}`).toBeLessThanOrEqual(140)
      }
    }
  })
})
