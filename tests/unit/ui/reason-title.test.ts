import { describe, expect, it } from 'vitest'
import type { Reason } from '../../../src/core/detect'
import { englishTranslator, loadTranslator } from '../../../src/ui/i18n/load'
import { reasonTitle } from '../../../src/ui/ticket_sidebar/ReasonItem'

const fact = (code: Reason['code'], params: Reason['params']): Reason => ({
  code,
  weight: 1,
  evidence: { kind: 'fact', text: 'x' },
  params,
})

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
})
