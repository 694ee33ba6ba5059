import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import type { SnapshotComment } from '../../../src/core/model'
import { said, ticket } from './ticket'

const at = (hours: number): string =>
  new Date(Date.parse('2025-03-03T09:00:00Z') + hours * 3_600_000).toISOString()

describe('conversation arc', () => {
  const fixedAndThanked = [
    'The export is broken and I am really frustrated.',
    'agent: Sorry about that! We deployed a fix, could you try again?',
    'Works now, thank you so much!',
  ]

  it('a problem that was fixed and ends with thanks is not negative', () => {
    const a = assess(ticket('en', fixedAndThanked, { status: 'solved' }))
    expect(a.negative).toBe(false)
  })

  it('…unless the rating is bad', () => {
    const a = assess(
      ticket('en', fixedAndThanked, {
        status: 'solved',
        csat: { score: 'bad', comment: 'Took far too long.' },
      }),
    )
    expect(a.negative).toBe(true)
    expect(a.reasons[0]?.code).toBe('csat_bad')
  })

  it.each([
    [
      'ja',
      [
        'アプリが起動しません。困っています。',
        'agent: 修正しました。',
        '解決しました。ありがとうございました。',
      ],
    ],
    ['ko', ['로그인이 안 돼요. 답답합니다.', 'agent: 수정했습니다.', '해결됐어요. 감사합니다!']],
    ['th', ['แอปใช้ไม่ได้ครับ', 'agent: แก้ไขแล้วครับ', 'ใช้ได้แล้วครับ ขอบคุณมาก']],
    [
      'nb',
      [
        'Appen virker ikke, veldig frustrerende.',
        'agent: Vi har fikset det.',
        'Nå fungerer det, tusen takk!',
      ],
    ],
  ])('%s: the resolved arc is not negative', (locale, lines) => {
    expect(assess(ticket(locale, lines)).negative).toBe(false)
  })

  it('the latest customer turn weighs most', () => {
    const early = assess(ticket('en', ['This is terrible.', 'agent: Looking.', 'Any news on the invoice?']))
    const late = assess(ticket('en', ['Any news on the invoice?', 'agent: Looking.', 'This is terrible.']))
    expect(late.severity).toBeGreaterThan(early.severity)
  })

  it('never scores agent comments or internal notes as the customer', () => {
    const a = assess(
      ticket('en', [
        'Could you check my order status?',
        'agent: Sorry for the terrible delay, this is unacceptable on our side.',
        'note: Customer is furious, escalate to a manager, possible chargeback.',
      ]),
    )
    expect(a.reasons.filter((r) => r.evidence.kind === 'quote')).toEqual([])
    expect(a.level).toBe('none')
  })
})

describe('quoted email history and signatures', () => {
  it.each([
    [
      'en',
      'Thanks, it works now!\n\nOn Mon, 3 Mar 2025 at 10:00, Support <help@shop.com> wrote:\n> This is terrible, I want a refund',
    ],
    [
      'en',
      'All sorted, thank you.\n\n-----Original Message-----\nFrom: me\nThis is unacceptable, I will call my lawyer.',
    ],
    [
      'de',
      'Danke, jetzt funktioniert es!\n\nAm 03.03.2025 um 10:00 schrieb Support <help@shop.de>:\n> Eine Frechheit!',
    ],
    [
      'ja',
      '解決しました。ありがとうございました。\n\n差出人: サポート <help@shop.jp>\n件名: Re: 最悪の対応\n最悪です。',
    ],
    ['en', 'Works now, thanks!\n> Worst service ever, I am furious\n> never again'],
  ])('%s: quoted text is not scored', (locale, body) => {
    const a = assess(ticket(locale, ['Hello', 'agent: Fixed, please check.', body]))
    expect(a.reasons.map((r) => r.code)).not.toContain('negative_sentiment')
    expect(a.reasons.map((r) => r.code)).not.toContain('legal_threat')
  })

  it('signature lines after "-- " are not scored', () => {
    const a = assess(
      said('en', 'Where is my parcel?\n-- \nJane Doe\nHead of Angry Customers Ltd, legal department'),
    )
    expect(a.reasons).toEqual([])
  })
})

describe('metadata', () => {
  const waiting = (gapHours: number[], extra = {}): ReturnType<typeof ticket> => {
    const comments: SnapshotComment[] = []
    let t = 0
    for (const gap of gapHours) {
      comments.push({
        author: 'customer',
        body: 'Hello, any information on my order 4411?',
        createdAt: at(t),
      })
      t += gap
    }
    return { ...ticket('en', []), comments, status: 'open', updatedAt: at(t), ...extra }
  }

  it('a long reply gap alone is watch', () => {
    const a = assess(ticket('en', ['Could you look at order 4411?'], { updatedAt: at(30) }))
    expect(a.reasons.map((r) => r.code)).toEqual(['long_reply_gap'])
    expect(a.level).toBe('watch')
    expect(a.reasons[0]?.params).toMatchObject({ slaMinutes: 240, source: 'comments' })
  })

  it('chasing + long gaps + reopens is negative without any words', () => {
    const a = assess(waiting([20, 20, 20], { metrics: { reopens: 2 } }))
    const c = a.reasons.map((r) => r.code)
    expect(c).toEqual(expect.arrayContaining(['long_reply_gap', 'customer_chasing', 'reopened']))
    expect(a.negative).toBe(true)
    expect(a.failureType).toBe('slow_response')
  })

  it('uses the helpdesk metrics when present and the SLA option', () => {
    const base = said('en', 'Please update my address.')
    const slow = { ...base, metrics: { firstReplyMinutes: 600 } }
    expect(assess(slow).reasons.map((r) => r.code)).toContain('long_reply_gap')
    expect(assess(slow, { replySlaMinutes: 720 }).reasons.map((r) => r.code)).not.toContain('long_reply_gap')
  })

  it('priority and public channel only amplify existing negativity', () => {
    const calm = said('en', 'Please update my address.')
    expect(assess({ ...calm, priority: 'urgent', channel: 'twitter' }).reasons).toEqual([])
    const angry = said('en', 'I am really disappointed with this.')
    const amplified = assess({ ...angry, priority: 'urgent', channel: 'twitter' })
    expect(amplified.severity).toBeGreaterThan(assess(angry).severity)
    expect(amplified.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['high_priority', 'public_channel']),
    )
  })

  it('counts the helpdesk sentiment', () => {
    const a = assess({ ...said('en', 'Please update my address.'), nativeSentiment: 'very_negative' })
    expect(a.reasons.map((r) => r.code)).toContain('native_sentiment_negative')
  })
})

describe('CSAT', () => {
  it('flags a good rating changed to bad, and recent bad ratings elsewhere', () => {
    const a = assess({
      ...said('en', 'Thanks.'),
      csat: { score: 'bad', previousScore: 'good', reason: 'Issue not resolved', updatedAt: at(2) },
      history: [
        {
          id: '9',
          subject: 'old',
          status: 'solved',
          createdAt: at(-100),
          csat: { score: 'bad', updatedAt: at(-90) },
        },
      ],
    })
    const c = a.reasons.map((r) => r.code)
    expect(c).toEqual(expect.arrayContaining(['csat_bad', 'csat_downgraded', 'history_bad_csat']))
    expect(a.reasons.find((r) => r.code === 'csat_bad')?.params).toEqual({ reason: 'Issue not resolved' })
    expect(a.detectedAt).toBe(at(2))
  })

  it('bad history alone is at most watch', () => {
    const a = assess({
      ...said('en', 'Please update my address.'),
      history: [1, 2, 3].map((n) => ({
        id: String(n),
        subject: 'old',
        status: 'solved' as const,
        createdAt: at(-n * 24),
        csat: { score: 'bad' as const, updatedAt: at(-n * 24) },
      })),
    })
    expect(a.negative).toBe(false)
  })
})

describe('failure type', () => {
  it.each([
    ['I was charged twice for my subscription, this is unacceptable.', 'billing_or_refund'],
    ['The app crashes every time, it is completely broken. Terrible.', 'product_failure'],
    ['Your agent was rude and unhelpful. Terrible service.', 'poor_service'],
  ])('%s → %s', (text, type) => {
    expect(assess(said('en', text)).failureType).toBe(type)
  })

  it('is null when nothing is wrong', () => {
    expect(assess(said('en', 'Please update my address.')).failureType).toBeNull()
  })
})
