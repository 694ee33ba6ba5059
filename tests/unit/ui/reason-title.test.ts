import { describe, expect, it } from 'vitest'
import { REASON_CODES, type Reason } from '../../../src/core/detect'
import { englishTranslator, loadTranslator } from '../../../src/ui/i18n/load'
import { reasonTitle } from '../../../src/ui/ticket_sidebar/ReasonItem'

const fact = (code: Reason['code'], params: Reason['params']): Reason => ({
  code,
  weight: 1,
  evidence: { kind: 'fact', text: 'x' },
  params,
})

/** One value for every param a reason may carry (src/core/detect/reasons.ts). */
const EVERY_PARAM: Reason['params'] = {
  lang: 'en',
  count: 2,
  days: 30,
  minutes: 90,
  slaMinutes: 60,
  source: 'comments',
  priority: 'high',
  channel: 'twitter',
  value: 'negative',
  previous: 'good',
  cue: 'caps',
  probability: 0.9,
}

describe('reason titles', () => {
  const en = englishTranslator()

  it('says which wait was long', () => {
    expect(
      reasonTitle(fact('long_reply_gap', { minutes: 600, slaMinutes: 240, source: 'comments' }), en),
    ).toBe('Waited 10 hours for a reply (target 4 hours)')
    expect(
      reasonTitle(fact('long_reply_gap', { minutes: 17280, slaMinutes: 240, source: 'requester_wait' }), en),
    ).toBe('Waited 12 days in total for replies (target 4 hours per reply)')
  })

  it('shows helpdesk values in the agent’s language', async () => {
    expect(reasonTitle(fact('high_priority', { priority: 'urgent' }), en)).toBe('Priority urgent')
    const de = await loadTranslator('de')
    expect(reasonTitle(fact('high_priority', { priority: 'urgent' }), de)).toContain('dringend')
    expect(reasonTitle(fact('public_channel', { channel: 'twitter' }), de)).toContain('X (Twitter)')
  })

  it('uses plural forms for counts', () => {
    expect(reasonTitle(fact('reopened', { count: 1 }), en)).toBe('Ticket reopened 1 time')
    expect(reasonTitle(fact('reopened', { count: 4 }), en)).toBe('Ticket reopened 4 times')
    expect(reasonTitle(fact('customer_chasing', { lang: 'en' }), en)).toBe('Chasing for an answer')
  })

  it('has a title for every code the detector emits, the learned model’s included', async () => {
    const ja = await loadTranslator('ja')
    for (const code of REASON_CODES) {
      for (const translator of [en, ja]) {
        const title = reasonTitle(fact(code, EVERY_PARAM), translator)
        expect(title, code).not.toMatch(/assessment\.|\{/)
      }
    }
    expect(reasonTitle(fact('learned_tone', { lang: 'en', probability: 0.9 }), ja)).toBe(
      'お客様の言葉から不満がうかがえます',
    )
  })
})
