import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import { describeIssues, parseBoundary } from '../../../src/helpdesk/parse'
import { decodeEventPage, decodeTicketPage } from '../../../src/helpdesk/zendesk/export/page-decode'
import {
  readCommentChild,
  readEvent,
  readMetricSet,
  readTicket,
  readTicketEventsPage,
  readTicketExportPage,
  readUser,
} from '../../../src/helpdesk/zendesk/export/record-check'
import {
  commentChildSchema,
  exportedMetricSetSchema,
  exportedTicketSchema,
  exportedUserSchema,
  ticketEventSchema,
  ticketEventsPageSchema,
  ticketExportPageSchema,
} from '../../../src/helpdesk/zendesk/export/schemas'

/** A value that is usually of the right kind, sometimes of another: each field can make a record fail. */
const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 30, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(undefined, null, '', 0, -1, 1.5, 'x', '12', true, [], {}, Infinity),
    },
  )
/** Mostly `valid`, sometimes an edge case of the same kind that the schema may or may not take. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: edge })

const id = maybe(
  mostly(
    fc.oneof(fc.nat(), fc.nat().map(String)),
    fc.constantFrom(' 12', '12a', '', '-1', '1.5', -3, 2.5, 2 ** 60, '٣'),
  ),
)
const text = maybe(fc.string({ maxLength: 6 }))
const nullishText = maybe(fc.option(fc.string({ maxLength: 6 }), { nil: null }))
const nullishNumber = maybe(fc.option(fc.oneof(fc.integer(), fc.double({ noNaN: true })), { nil: null }))
const word = (values: readonly string[]) =>
  maybe(mostly(fc.constantFrom(...values), fc.string({ maxLength: 3 })))
const extra = fc.anything({ maxDepth: 1 })

const rating = fc.record(
  {
    score: word(['offered', 'unoffered', 'good', 'bad', 'Bad']),
    comment: nullishText,
    reason: nullishText,
    created_at: nullishText,
    updated_at: nullishText,
    extra,
  },
  { requiredKeys: ['score'] },
)
const ticket = fc.record(
  {
    id,
    url: fc.string(),
    subject: nullishText,
    status: text,
    priority: nullishText,
    created_at: text,
    updated_at: text,
    generated_timestamp: maybe(fc.nat()),
    tags: maybe(fc.array(maybe(fc.string({ maxLength: 4 })), { maxLength: 3 })),
    requester_id: id,
    assignee_id: maybe(fc.option(id, { nil: null })),
    via: maybe(fc.option(fc.record({ channel: maybe(fc.oneof(fc.string(), fc.integer())), source: extra }))),
    satisfaction_rating: maybe(fc.option(rating, { nil: null })),
    custom_fields: extra,
  },
  { requiredKeys: ['id', 'status', 'created_at', 'updated_at', 'tags', 'requester_id'] },
)
const user = fc.record(
  {
    id,
    name: text,
    role: word(['end-user', 'agent', 'admin']),
    email: nullishText,
    locale: nullishText,
    extra,
  },
  { requiredKeys: ['id', 'name', 'role'] },
)
const minutes = maybe(
  fc.option(fc.record({ calendar: nullishNumber, business: nullishNumber }), { nil: null }),
)
const metricSet = fc.record(
  {
    id: fc.nat(),
    ticket_id: id,
    reopens: nullishNumber,
    replies: nullishNumber,
    group_stations: nullishNumber,
    assignee_stations: nullishNumber,
    reply_time_in_minutes: minutes,
    first_resolution_time_in_minutes: minutes,
    full_resolution_time_in_minutes: minutes,
    requester_wait_time_in_minutes: minutes,
    agent_wait_time_in_minutes: minutes,
    on_hold_time_in_minutes: minutes,
  },
  { requiredKeys: ['ticket_id'] },
)
const comment = fc.record(
  {
    id,
    type: fc.constant('Comment'),
    author_id: id,
    body: text,
    html_body: fc.string(),
    plain_body: text,
    public: maybe(fc.boolean()),
    created_at: nullishText,
  },
  { requiredKeys: ['id', 'author_id', 'body', 'public'] },
)
const event = fc.record(
  {
    id,
    ticket_id: id,
    timestamp: maybe(fc.nat()),
    created_at: nullishText,
    child_events: maybe(fc.array(extra, { maxLength: 2 })),
    via: extra,
  },
  { requiredKeys: ['id', 'ticket_id', 'timestamp'] },
)
const array = maybe(fc.array(extra, { maxLength: 2 }))
const ticketPage = fc.record(
  {
    tickets: array,
    after_cursor: nullishText,
    end_of_stream: maybe(fc.boolean()),
    users: array,
    metric_sets: array,
  },
  { requiredKeys: ['tickets', 'end_of_stream'] },
)
const eventsPage = fc.record(
  { ticket_events: array, end_time: nullishNumber, end_of_stream: maybe(fc.boolean()), next_page: extra },
  { requiredKeys: ['ticket_events', 'end_of_stream'] },
)

/** As JSON.parse would give it: what both checks see in a scan. */
const asParsedJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null')

interface Schema {
  safeParse(data: unknown): { success: boolean; data?: unknown }
}

const cases: Array<[string, fc.Arbitrary<unknown>, (raw: unknown) => unknown, Schema]> = [
  ['tickets', ticket, readTicket, exportedTicketSchema],
  ['users', user, readUser, exportedUserSchema],
  ['metric sets', metricSet, readMetricSet, exportedMetricSetSchema],
  ['events', event, readEvent, ticketEventSchema],
  ['comments', comment, readCommentChild, commentChildSchema],
  ['ticket export pages', ticketPage, readTicketExportPage, ticketExportPageSchema],
  ['ticket event pages', eventsPage, readTicketEventsPage, ticketEventsPageSchema],
]

describe('the hand-written export checks (the fast path before zod)', () => {
  it.each(cases)(
    'accept exactly the %s the zod schema accepts, with the same data',
    (_, records, read, schema) => {
      let accepted = 0
      let rejected = 0
      fc.assert(
        fc.property(records, (raw) => {
          const json = asParsedJson(raw)
          const expected = schema.safeParse(json)
          const fast = read(json)
          if (expected.success) {
            accepted++
            expect(fast).toStrictEqual(expected.data)
          } else {
            rejected++
            expect(fast).toBeNull()
          }
        }),
        { numRuns: 1500 },
      )
      // The generator must reach both outcomes for the property to say anything.
      expect(accepted).toBeGreaterThan(40)
      expect(rejected).toBeGreaterThan(40)
    },
  )

  it('leave a record they reject to zod, whose named error is what the scan reports', () => {
    const source = 'GET /api/v2/incremental/ticket_events.json'
    const envelope = { ticket_events: [], end_time: 'soon', end_of_stream: false }
    expect(readTicketEventsPage(envelope)).toBeNull()
    const error = (() => {
      try {
        decodeEventPage(envelope)
      } catch (caught) {
        return caught
      }
    })()
    const expected = (() => {
      try {
        parseBoundary(ticketEventsPageSchema, envelope, source)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toStrictEqual(expected)
    expect((error as HelpdeskError).message).toBe(
      `Unexpected data from ${source}: end_time: expected number, received string`,
    )

    const odd = { id: 7, status: 'open', created_at: 'x', updated_at: 'y', tags: ['a', 3], requester_id: '1' }
    expect(readTicket(odd)).toBeNull()
    const page = decodeTicketPage({ tickets: [odd], end_of_stream: true })
    const zodSays = exportedTicketSchema.safeParse(odd)
    expect(zodSays.success).toBe(false)
    expect(page.tickets).toStrictEqual([{ ok: false, id: '7', problem: describeIssues(zodSays.error!) }])
    expect(page.tickets[0]).toMatchObject({ problem: expect.stringContaining('tags[1]') })

    // JSON.parse turns 1e999 into Infinity, which zod's numbers refuse, and so must the fast check.
    const infinite = JSON.parse('{"id": 1, "ticket_id": 2, "timestamp": 1e999}') as unknown
    expect(readEvent(infinite)).toBeNull()
    expect(ticketEventSchema.safeParse(infinite).success).toBe(false)
  })
})
