import { describe, expect, it, vi } from 'vitest'
import { assess, evidenceToString, REASON_CODES } from '../../../src/core/detect'
import { said, ticket } from './ticket'

const quotes = (locale: string, text: string): string[] =>
  assess(said(locale, text)).reasons.flatMap((r) => (r.evidence.kind === 'quote' ? [r.evidence.text] : []))

describe('evidence quotes the original text', () => {
  it.each([
    ['en', 'I am SOOOO disappointed with this.', 'SOOOO disappointed'],
    ['en', 'I can’t believe nobody answered.', 'can’t believe'],
    ['es', 'Estoy MUY decepcionado con el envío.', 'MUY decepcionado'],
    ['fr', "J'en ai marre, c'est INADMISSIBLE.", 'INADMISSIBLE'],
    ['de', 'Das ist eine  Unverschämtheit und ENTTÄUSCHEND.', 'ENTTÄUSCHEND'],
    ['ja', 'ｶﾞｯｶﾘです。本当に最悪です。', '本当に最悪'],
    ['ja', '正直ｶﾞｯｶﾘです。', 'ｶﾞｯｶﾘ'],
    ['ko', '정말 실망스럽습니다.', '정말 실망스럽습니다'],
  ])('%s: %s', (locale, text, expected) => {
    expect(quotes(locale, text)).toContain(expected)
  })

  it('points at the comment and its id', () => {
    const a = assess(ticket('en', ['Hi', 'agent: Hello', 'This is unacceptable.']))
    const quote = a.reasons.find((r) => r.evidence.kind === 'quote')?.evidence
    expect(quote).toMatchObject({ kind: 'quote', commentIndex: 2, commentId: 'c2', field: 'comment' })
    expect(evidenceToString(quote!)).toBe('"unacceptable" (comment 2 #c2)')
  })

  it('quotes the subject with field "subject"', () => {
    const a = assess({ ...said('en', 'See subject.'), subject: 'Worst experience ever' })
    expect(a.reasons[0]?.evidence).toMatchObject({ kind: 'quote', field: 'subject', commentIndex: -1 })
  })
})

describe('determinism', () => {
  const t = ticket(
    'en',
    ['Still broken, third time I write!!', 'agent: Sorry.', 'Any update? I want a manager.'],
    {
      updatedAt: '2025-03-04T09:00:00Z',
      metrics: { reopens: 1 },
    },
  )

  it('same input, same output, whatever the clock says', () => {
    const first = assess(t)
    const spy = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2030-01-01T00:00:00Z'))
    const second = assess(structuredClone(t))
    spy.mockRestore()
    expect(second).toEqual(first)
  })

  it('uses options.now for waits', () => {
    const open = ticket('en', ['Could you check order 12?'])
    expect(assess(open).reasons).toEqual([])
    expect(assess(open, { now: '2025-03-05T09:00:00Z' }).reasons.map((r) => r.code)).toEqual([
      'long_reply_gap',
    ])
  })
})

describe('sensitivity', () => {
  it('shifts the thresholds, not the severity', () => {
    const t = said('en', 'I am disappointed with the delay.')
    const low = assess(t, { sensitivity: 'low' })
    const normal = assess(t, { sensitivity: 'normal' })
    const high = assess(t, { sensitivity: 'high' })
    expect(low.severity).toBe(high.severity)
    const order = ['none', 'watch', 'recover', 'urgent']
    expect(order.indexOf(low.level)).toBeLessThanOrEqual(order.indexOf(normal.level))
    expect(order.indexOf(normal.level)).toBeLessThanOrEqual(order.indexOf(high.level))
    expect(order.indexOf(low.level)).toBeLessThan(order.indexOf(high.level))
  })
})

describe('API shape', () => {
  it('negative ⇔ level recover or urgent; reasons strongest first; codes all listed', () => {
    const a = assess(
      said('en', 'Terrible. Third time I write. I will call my lawyer and post on social media!!'),
    )
    expect(a.negative).toBe(a.level === 'recover' || a.level === 'urgent')
    const weights = a.reasons.map((r) => r.weight)
    expect(weights).toEqual([...weights].sort((x, y) => y - x))
    for (const r of a.reasons) expect(REASON_CODES).toContain(r.code)
    expect(Number.isInteger(a.severity)).toBe(true)
    expect(a.severity).toBeGreaterThanOrEqual(0)
    expect(a.severity).toBeLessThanOrEqual(100)
  })

  it('detectedAt is the time of the comment behind the strongest reason', () => {
    const t = ticket('en', ['Order 12 please', 'agent: On it', 'This is unacceptable!'])
    expect(assess(t).detectedAt).toBe(t.comments[2]?.createdAt)
    expect(assess(said('en', 'Order 12 please')).detectedAt).toBeNull()
  })
})
