import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventPage, TicketPage } from '../../../src/helpdesk/zendesk/export/page-decode'
import { pageFromWire, pageToWire } from '../../../src/helpdesk/zendesk/export/page-wire'

const digits = fc.nat().map(String)
const comment = fc.record({
  id: digits,
  authorId: digits,
  body: fc.string({ unit: 'grapheme', maxLength: 20 }),
  public: fc.boolean(),
  createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
})
const eventPage: fc.Arbitrary<EventPage> = fc.record({
  kind: fc.constant('events' as const),
  events: fc.array(
    fc.record({
      id: digits,
      ticketId: digits,
      timestamp: fc.nat(),
      comments: fc.array(comment, { maxLength: 3 }),
    }),
    { maxLength: 8 },
  ),
  endTime: fc.option(fc.nat(), { nil: null }),
  endOfStream: fc.boolean(),
  notices: fc.array(fc.string(), { maxLength: 2 }),
})

describe('the form a decoded page crosses between threads in', () => {
  it('gives back exactly the event page that was sent', () => {
    fc.assert(
      fc.property(eventPage, (generated) => {
        // Plain objects, as the decoder makes them (fast-check's records are not quite).
        const page = structuredClone(generated)
        expect(pageFromWire(pageToWire(page))).toStrictEqual(page)
      }),
      { numRuns: 500 },
    )
  })

  it('is a flat array for an event page, with no keys repeated per comment', () => {
    const page: EventPage = {
      kind: 'events',
      events: [
        { id: '1', ticketId: '7', timestamp: 5, comments: [] },
        {
          id: '2',
          ticketId: '8',
          timestamp: 6,
          comments: [{ id: '3', authorId: '9', body: 'Hallo', public: true, createdAt: 'x' }],
        },
      ],
      endTime: 6,
      endOfStream: false,
      notices: ['n'],
    }
    const wire = pageToWire(page)
    expect(JSON.parse(wire)).toEqual([
      'events',
      6,
      false,
      ['n'],
      '1',
      '7',
      5,
      0,
      '2',
      '8',
      6,
      1,
      '3',
      '9',
      'Hallo',
      true,
      'x',
    ])
    expect(pageFromWire(wire)).toStrictEqual(page)
  })

  it('gives back a ticket page as it was', () => {
    const page: TicketPage = {
      kind: 'tickets',
      tickets: [
        {
          ok: true,
          ticket: {
            id: '1',
            status: 'open',
            created_at: 'a',
            updated_at: 'b',
            tags: ['vip'],
            requester_id: '2',
            satisfaction_rating: { score: 'bad', comment: null },
          },
        },
        { ok: false, id: null, problem: 'status: expected string' },
      ],
      afterCursor: 'abc',
      endOfStream: false,
      users: [{ id: '2', name: 'Hanako', role: 'end-user', locale: 'ja' }],
      metrics: { '1': { reopens: 1 } as TicketPage['metrics'][string] },
      notices: [],
    }
    expect(pageFromWire(pageToWire(page))).toStrictEqual(page)
  })
})
