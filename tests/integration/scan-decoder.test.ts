import { afterEach, describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import { ExportDecoderPool } from '../../src/helpdesk/zendesk/export/decoder-pool'
import { decodeEventPage, decodeTicketPage } from '../../src/helpdesk/zendesk/export/page-decode'

/**
 * The threads that decode a scan's export pages (decoder-pool.ts, decode-worker.ts): a real worker thread
 * each time, so what crosses between threads, named errors and a thread dying are all real.
 */

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const source = 'GET /api/v2/incremental/ticket_events.json'

const ticket = (id: number, extra: Record<string, unknown> = {}) => ({
  url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`,
  id,
  subject: 'Order',
  description: 'unused by the scan',
  status: 'open',
  priority: null,
  created_at: '2026-03-01T09:00:00Z',
  updated_at: '2026-03-02T09:00:00Z',
  generated_timestamp: 1_772_442_000,
  tags: ['vip'],
  requester_id: 800_001,
  assignee_id: 7001,
  via: { channel: 'email', source: { from: {}, to: {} } },
  satisfaction_rating: { score: 'bad', comment: 'Slow', reason: null },
  custom_fields: [{ id: 1, value: null }],
  ...extra,
})

const ticketPage = {
  tickets: [ticket(1), ticket(2, { status: 42 }), { id: 'x' }],
  after_cursor: 'abc',
  end_of_stream: false,
  users: [
    { id: 800_001, name: 'Hanako', role: 'end-user', email: null, locale: 'ja' },
    { id: 7001, role: 'agent' },
  ],
  metric_sets: [
    { ticket_id: 1, reopens: 2, replies: 3, reply_time_in_minutes: { calendar: 30, business: 20 } },
    { ticket_id: 'nope' },
  ],
}

const eventPage = {
  ticket_events: [
    {
      id: 50,
      ticket_id: 1,
      timestamp: 1_772_442_000,
      created_at: '2026-03-02T09:00:00Z',
      via: { channel: 'email' },
      child_events: [
        {
          id: 51,
          type: 'Comment',
          author_id: 800_001,
          body: 'Hallo, <b>wie</b>?',
          html_body: '<p>Hallo</p>',
          plain_body: 'Hallo, wie?',
          public: true,
        },
        { id: 52, event_type: 'Comment', author_id: 7001, public: false },
        { id: 53, type: 'Change', field_name: 'status', value: 'open' },
      ],
    },
    { id: 'broken' },
  ],
  end_time: 1_772_442_000,
  end_of_stream: true,
}

let pool: ExportDecoderPool | null = null
afterEach(async () => pool?.close())

describe('the export page decoder threads', { timeout: 60_000 }, () => {
  it('give the same pages the scan would make on its own thread, cut down to what it uses', async () => {
    pool = new ExportDecoderPool()
    const tickets = await pool.decode('tickets', bytes(ticketPage), source)
    const events = await pool.decode('events', bytes(eventPage), source)
    expect(tickets).toEqual({ page: decodeTicketPage(ticketPage) })
    expect(events).toEqual({ page: decodeEventPage(eventPage) })

    const page = decodeTicketPage(ticketPage)
    expect(page.tickets.map((entry) => entry.ok)).toEqual([true, false, false])
    expect(page.tickets[1]).toMatchObject({ ok: false, id: '2', problem: expect.stringContaining('status') })
    expect(page.users.map((user) => user.id)).toEqual(['800001'])
    expect(page.metrics['1']).toMatchObject({ reopens: 2, replies: 3, firstReplyMinutes: 30 })
    expect(page.notices).toEqual([expect.stringContaining('a metric set does not fit')])
    expect(JSON.stringify(page)).not.toContain('unused by the scan')

    const decoded = decodeEventPage(eventPage)
    expect(decoded.events[0]?.comments).toEqual([
      {
        id: '51',
        authorId: '800001',
        body: 'Hallo, wie?',
        public: true,
        createdAt: '2026-03-02T09:00:00.000Z',
      },
    ])
    expect(decoded.notices).toEqual([
      expect.stringContaining('a comment of ticket 1 does not fit'),
      expect.stringContaining('an event does not fit'),
    ])
  })

  it('say which bodies are not JSON, quoting their start', async () => {
    pool = new ExportDecoderPool()
    const decoded = await pool.decode(
      'events',
      new TextEncoder().encode('<html>Down for maintenance'),
      source,
    )
    expect(decoded).toEqual({ notJson: '<html>Down for maintenance' })
  })

  it('fail a page whose envelope does not fit with a named malformed_response', async () => {
    pool = new ExportDecoderPool()
    const error = await pool
      .decode('events', bytes({ ticket_events: 'none', end_of_stream: false }), source)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({
      code: 'malformed_response',
      message: expect.stringContaining(`Unexpected data from ${source}`),
      details: { problem: expect.stringContaining('ticket_events') },
    })
  })

  it('fail the pages a dying thread held with a clear error, then start a new thread', async () => {
    // Each thread ends itself instead of answering its second page, as one would on a bug.
    const prelude = `const port = require('node:worker_threads').parentPort
      const post = port.postMessage.bind(port)
      let pages = 0
      port.postMessage = (message) => (++pages === 2 ? process.exit(7) : post(message))`
    pool = new ExportDecoderPool({ prelude })
    expect(await pool.decode('events', bytes(eventPage), source)).toHaveProperty('page')
    const error = await pool.decode('events', bytes(eventPage), source).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HelpdeskError)
    expect((error as HelpdeskError).message).toBe(
      `${source} failed: the thread decoding export pages stopped: it exited with code 7`,
    )
    expect(await pool.decode('events', bytes(eventPage), source)).toEqual({
      page: decodeEventPage(eventPage),
    })
  })

  it('refuse new pages once closed, without hanging', async () => {
    pool = new ExportDecoderPool()
    await pool.decode('events', bytes(eventPage), source)
    await pool.close()
    await expect(pool.decode('events', bytes(eventPage), source)).rejects.toThrow('the scan is ending')
  })
})
