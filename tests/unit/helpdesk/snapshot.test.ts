import { describe, expect, it } from 'vitest'
import {
  nativeSentimentFromTags,
  toChannel,
  toComments,
  toIsoUtc,
  toMetrics,
  toPriority,
  toStatus,
} from '../../../src/helpdesk/zendesk/snapshot'

describe('Zendesk → snapshot mapping', () => {
  it('reads ISO and Date.toString() timestamps as ISO UTC', () => {
    expect(toIsoUtc('2026-11-20T09:00:00Z', 'x')).toBe('2026-11-20T09:00:00.000Z')
    expect(toIsoUtc('Fri Nov 20 2026 10:00:00 GMT+0100 (CET)', 'x')).toBe('2026-11-20T09:00:00.000Z')
    expect(() => toIsoUtc('yesterday-ish', 'ticket.createdAt')).toThrow(/ticket.createdAt is not a date/)
  })

  it('maps channels, statuses and priorities, falling back safely', () => {
    expect(toChannel('voice')).toBe('phone')
    expect(toChannel('twitter_dm')).toBe('twitter')
    expect(toChannel('native_messaging')).toBe('messaging')
    expect(toChannel('something_new')).toBe('other')
    expect(toChannel(undefined)).toBe('other')
    expect(toStatus('Solved')).toBe('solved')
    expect(toStatus('archived')).toBe('open')
    expect(toPriority('URGENT')).toBe('urgent')
    expect(toPriority('-')).toBeNull()
  })

  it('reads intelligent-triage sentiment from tags', () => {
    expect(nativeSentimentFromTags(['vip', 'sentiment__very_negative'])).toBe('very_negative')
    expect(nativeSentimentFromTags(['sentiment__confused'])).toBeNull()
    expect(nativeSentimentFromTags([])).toBeNull()
  })

  it('takes calendar minutes from a metric set and zero for missing counters', () => {
    const metrics = toMetrics({
      ticket_id: '1',
      reopens: null,
      reply_time_in_minutes: { calendar: 42, business: 10 },
      requester_wait_time_in_minutes: null,
    })
    expect(metrics).toMatchObject({ reopens: 0, firstReplyMinutes: 42, requesterWaitMinutes: null })
    expect(toMetrics(undefined)).toBeNull()
  })

  it('sorts comments oldest first, uses plain text and tells customer, agent and system apart', () => {
    const comments = toComments(
      {
        comments: [
          {
            id: '3',
            author_id: '9',
            body: '<b>x</b>',
            plain_body: 'x',
            public: true,
            created_at: '2026-01-03T00:00:00Z',
          },
          {
            id: '1',
            author_id: '7',
            body: '<p>Hi</p>',
            plain_body: 'Hi',
            public: true,
            created_at: '2026-01-01T00:00:00Z',
          },
          { id: '2', author_id: '8', body: 'note', public: false, created_at: '2026-01-02T00:00:00Z' },
          { id: '4', author_id: '5', body: 'cc', public: true, created_at: '2026-01-04T00:00:00Z' },
        ],
        users: [
          { id: '8', name: 'Agent', role: 'agent' },
          { id: '5', name: 'Colleague of requester', role: 'end-user' },
        ],
      },
      '7',
    )
    expect(comments.map((c) => [c.id, c.author, c.body, c.public])).toEqual([
      ['1', 'customer', 'Hi', true],
      ['2', 'agent', 'note', false],
      ['3', 'system', 'x', true],
      ['4', 'customer', 'cc', true],
    ])
  })
})
