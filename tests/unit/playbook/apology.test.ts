import { describe, expect, it } from 'vitest'
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import { composeApology } from '../../../src/core/playbook/apology'
import {
  BANDS,
  CUSTOMERS,
  FAILURE_TYPES,
  INCIDENT_AT,
  LANGS,
  NAMELESS_OPENINGS,
  QUOTES,
  input,
} from './apology-fixtures'

/** Written independently of the composer: the locale each language's dates are expected in. */
const DATE_LOCALE: Readonly<Record<LangCode, string>> = {
  en: 'en-GB',
  de: 'de',
  es: 'es',
  fr: 'fr',
  pt: 'pt-BR',
  nb: 'nb',
  ja: 'ja',
  ko: 'ko',
  th: 'th',
}
const expectedDate = (lang: LangCode, timeZone: string) =>
  new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(INCIDENT_AT))

const FORBIDDEN = ['undefined', 'null', 'NaN', '{', '}', '[', ']', '<', '>']

describe('apology draft: every language × failure type × severity band', () => {
  for (const lang of LANGS) {
    it(`${lang}: addresses the customer, quotes them, dates the incident, and leaks nothing`, () => {
      const { open, close, words } = QUOTES[lang]
      for (const failureType of FAILURE_TYPES) {
        for (const severityBand of BANDS) {
          for (const timeZone of ['UTC', 'Asia/Tokyo']) {
            const seed = `${failureType}-${severityBand}`
            const draft = composeApology(input({ language: lang, failureType, severityBand, timeZone, seed }))
            const where = `${lang} ${failureType} ${severityBand} ${timeZone}`
            expect(draft.language, where).toBe(lang)
            expect(draft.text, where).toContain(CUSTOMERS[lang].addressed)
            expect(draft.text, where).toContain(`${open}${words}${close}`)
            expect(draft.text, where).toContain(expectedDate(lang, timeZone))
            expect(draft.text, where).toContain('Alex Morgan')
            for (const token of FORBIDDEN) expect(draft.text, `${where}: ${token}`).not.toContain(token)
            expect(draft.text, where).not.toMatch(/ {2}| [,.]|\n{3}|^\s|\s$/)
            expect(draft.parts[0], where).toMatch(new RegExp(`^${lang}\\.greeting\\.named\\.\\d+$`))
            expect(draft.parts[2], where).toMatch(new RegExp(`^${lang}\\.failure\\.${failureType}\\.\\d$`))
          }
        }
      }
    })

    it(`${lang}: without a name, opens with a proper nameless greeting`, () => {
      for (const failureType of FAILURE_TYPES) {
        for (const customerName of [null, '', '   ', 'jane.doe@example.com']) {
          const draft = composeApology(
            input({ language: lang, failureType, customerName, seed: failureType }),
          )
          expect(
            NAMELESS_OPENINGS[lang].some((opening) => draft.text.startsWith(opening)),
            draft.text,
          ).toBe(true)
          expect(draft.parts[0]).toMatch(/\.greeting\.nameless\.\d+$/)
          expect(draft.text).not.toContain('example.com')
        }
      }
    })
  }

  it('states no date when the incident time is unknown or unreadable', () => {
    for (const lang of LANGS) {
      for (const at of [null, 'not a date']) {
        const draft = composeApology(input({ language: lang, incident: { at } }))
        expect(draft.text).not.toMatch(/2026|2569/)
        for (const token of FORBIDDEN) expect(draft.text).not.toContain(token)
      }
    }
  })

  it('falls back to UTC for an unknown time zone instead of failing', () => {
    const draft = composeApology(input({ language: 'de', timeZone: 'Mars/Olympus_Mons' }))
    expect(draft.text).toContain('5. März 2026')
  })

  it('signs with the team when the agent is unknown', () => {
    expect(composeApology(input({ language: 'en', agentName: null })).text).toMatch(
      /\nThe Customer Support team$/,
    )
    expect(composeApology(input({ language: 'ko', agentName: null })).text).toMatch(/\n고객지원팀 드림$/)
    expect(composeApology(input({ language: 'ja', agentName: '佐藤 花子' })).text).toContain(
      'カスタマーサポートの佐藤 花子でございます。',
    )
  })
})

describe('apology draft: variation', () => {
  it('is deterministic for the same seed and variant', () => {
    for (const lang of LANGS) {
      for (const variant of [0, 1, 5]) {
        const once = composeApology(input({ language: lang, variant, reasons: ['churn_threat'] }))
        const again = composeApology(input({ language: lang, variant, reasons: ['churn_threat'] }))
        expect(again).toEqual(once)
      }
    }
  })

  it('gives a different draft, in different parts, for the next variant', () => {
    for (const lang of LANGS) {
      for (let seed = 0; seed < 20; seed++) {
        const drafts = [0, 1, 2, 3].map((variant) =>
          composeApology(input({ language: lang, seed: `t${seed}`, variant, severityBand: 'high' })),
        )
        for (let i = 1; i < drafts.length; i++) {
          expect(drafts[i]!.text).not.toBe(drafts[i - 1]!.text)
          expect(drafts[i]!.parts).not.toEqual(drafts[i - 1]!.parts)
        }
      }
    }
  })

  it('treats a missing, negative or fractional variant as a whole number from 0', () => {
    const base = composeApology(input({ language: 'en' }))
    expect(composeApology(input({ language: 'en', variant: 0 }))).toEqual(base)
    expect(composeApology(input({ language: 'en', variant: -3 }))).toEqual(base)
    expect(composeApology(input({ language: 'en', variant: 2.7 }))).toEqual(
      composeApology(input({ language: 'en', variant: 2 })),
    )
  })

  it('across 200 tickets, drafts are mostly distinct, and in their parts, not just the name', () => {
    for (const lang of LANGS) {
      const texts = new Set<string>()
      const compositions = new Set<string>()
      for (let seed = 0; seed < 200; seed++) {
        const draft = composeApology(
          input({
            language: lang,
            seed: `ticket-${seed}`,
            severityBand: 'high',
            reasons: ['churn_threat', 'customer_chasing'],
          }),
        )
        texts.add(draft.text)
        compositions.add(draft.parts.join(' '))
      }
      // Same customer, same facts: only the wording can differ.
      expect(texts.size / 200, lang).toBeGreaterThanOrEqual(0.9)
      expect(compositions.size / 200, lang).toBeGreaterThanOrEqual(0.9)
    }
  })

  it('uses every wording of a slot somewhere across tickets', () => {
    for (const lang of LANGS) {
      const openers = new Set<string>()
      for (let seed = 0; seed < 60; seed++) {
        openers.add(
          composeApology(input({ language: lang, seed: `s${seed}`, severityBand: 'medium' })).parts[1]!,
        )
      }
      expect([...openers].sort(), lang).toEqual([
        `${lang}.opener.medium.0`,
        `${lang}.opener.medium.1`,
        `${lang}.opener.medium.2`,
      ])
    }
  })
})

describe('apology draft: severity and reasons', () => {
  const openerOf = (parts: string[]) => parts.find((id) => id.includes('.opener.'))!

  it('sizes the opener to severity: low never gets a high opener, nor high a low one', () => {
    for (const lang of LANGS) {
      for (let seed = 0; seed < 16; seed++) {
        for (const failureType of FAILURE_TYPES) {
          const low = composeApology(
            input({ language: lang, seed: `${seed}`, failureType, severityBand: 'low' }),
          )
          const high = composeApology(
            input({ language: lang, seed: `${seed}`, failureType, severityBand: 'high' }),
          )
          expect(openerOf(low.parts)).toMatch(new RegExp(`^${lang}\\.opener\\.low\\.\\d$`))
          expect(openerOf(high.parts)).toMatch(new RegExp(`^${lang}\\.opener\\.high\\.\\d$`))
        }
      }
    }
  }, 20_000) // 2,000 drafts: a guard against a hang, not a speed target (a loaded machine took over 5 s)

  it('a legal threat gets the measured opener and the calm legal reaction first, at any severity', () => {
    for (const lang of LANGS) {
      for (const severityBand of BANDS) {
        const draft = composeApology(
          input({ language: lang, severityBand, reasons: ['churn_threat', 'anger_cues', 'legal_threat'] }),
        )
        expect(openerOf(draft.parts)).toMatch(/\.opener\.measured\.\d$/)
        const reactions = draft.parts.filter((id) => id.includes('.reaction.'))
        expect(reactions[0]).toMatch(/\.reaction\.legal\.\d$/)
      }
    }
  })

  it('reasons change the reaction: churn, escalation, or none', () => {
    for (const lang of LANGS) {
      const churn = composeApology(input({ language: lang, reasons: ['churn_threat'] }))
      const escalation = composeApology(input({ language: lang, reasons: ['escalation_request'] }))
      const none = composeApology(
        input({ language: lang, reasons: ['long_reply_gap', 'negative_sentiment'] }),
      )
      const reactionsOf = (parts: string[]) => parts.filter((id) => id.includes('.reaction.'))
      expect(reactionsOf(churn.parts)).toEqual([
        expect.stringMatching(new RegExp(`^${lang}\\.reaction\\.churn\\.\\d$`)),
      ])
      expect(reactionsOf(escalation.parts)).toEqual([
        expect.stringMatching(new RegExp(`^${lang}\\.reaction\\.escalation\\.\\d$`)),
      ])
      expect(reactionsOf(none.parts)).toEqual([])
      expect(new Set([churn.text, escalation.text, none.text]).size).toBe(3)
    }
  })

  it('answers up to two reasons (one at low severity), strongest first; polite customers are not called angry', () => {
    const reactions = (severityBand: 'low' | 'high', reasons: Parameters<typeof input>[0]['reasons']) =>
      composeApology(input({ language: 'en', severityBand, reasons, quote: null }))
        .parts.filter((id) => id.includes('.reaction.'))
        .map((id) => id.split('.')[2])
    expect(reactions('high', ['escalation_request', 'churn_threat', 'reopened'])).toEqual([
      'escalation',
      'churn',
    ])
    expect(reactions('low', ['escalation_request', 'churn_threat'])).toEqual(['escalation'])
    expect(reactions('high', ['anger_cues', 'polite_disappointment'])).toEqual(['polite'])
    expect(reactions('high', ['customer_chasing', 'repeat_contact', 'reopened'])).toEqual(['repeat'])
    expect(reactions('high', ['csat_bad'])).toEqual(['rating'])
  })

  it('states the fact that fits the failure: the wait for slow replies, the count for repeat contacts', () => {
    const incident = { at: INCIDENT_AT, waitMinutes: 4320, contacts: 4, reopens: 2 }
    const slow = composeApology(input({ language: 'en', failureType: 'slow_response', incident }))
    const repeat = composeApology(input({ language: 'en', failureType: 'repeat_contact', incident }))
    const unresolved = composeApology(input({ language: 'en', failureType: 'unresolved_issue', incident }))
    expect(slow.text).toContain('three days')
    expect(repeat.text).toContain('four times')
    expect(unresolved.text).toContain('reopened twice')
    const bare = composeApology(input({ language: 'en', incident: { at: INCIDENT_AT, contacts: 1 } }))
    expect(bare.parts.some((id) => id.includes('.detail.'))).toBe(false)
  })
})

describe('apology draft: untrusted text stays text', () => {
  it('keeps markup in a name or quote literal, never interpreted or escaped here', () => {
    const de = composeApology(input({ language: 'de', customerName: 'Anna <b>Schmidt</b>' }))
    expect(de.text).toContain('Anna <b>Schmidt</b>,')
    expect(de.text).not.toContain('&lt;')
    const en = composeApology(
      input({ language: 'en', customerName: '<b>Sarah</b> Connor', quote: '<script>x</script> broken' }),
    )
    expect(en.text).toContain('<b>Sarah</b>,')
    expect(en.text).toContain('“<script>x</script> broken”')
  })

  it('drops control and direction-override characters, and keeps a pasted name on one line', () => {
    const draft = composeApology(input({ language: 'fr', customerName: 'Camille\u202e\n  Martin\u0007' }))
    expect(draft.text).toContain('Bonjour Camille Martin,')
    expect(draft.text).not.toContain('\u202e')
    expect(draft.text).not.toContain('\u0007')
  })
})
