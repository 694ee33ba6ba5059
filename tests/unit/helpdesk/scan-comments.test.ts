import { describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import type { HttpClient, HttpRequest } from '../../../src/helpdesk/http/types'
import { CommentBuffer, MAX_COMMENTS_PER_TICKET } from '../../../src/helpdesk/zendesk/export/comment-buffer'
import { CommentStream } from '../../../src/helpdesk/zendesk/export/comment-stream'

const comment = (id: number, body = 'x'.repeat(100)) => ({
  id: String(id),
  authorId: '1',
  body,
  public: true,
  createdAt: '2026-03-01T00:00:00.000Z',
})

describe('the comment buffer', () => {
  it('gives a ticket its comments once, oldest first, at most the newest 100', () => {
    const buffer = new CommentBuffer(1e9)
    for (let i = 0; i < 130; i++) buffer.add('7', comment(i))
    const taken = buffer.take('7')
    expect(taken.kind).toBe('comments')
    if (taken.kind !== 'comments') return
    expect(taken.comments).toHaveLength(MAX_COMMENTS_PER_TICKET)
    expect(taken.comments[0]?.id).toBe('30')
    expect(buffer.take('7')).toEqual({ kind: 'comments', comments: [] })
    expect(buffer.size).toBe(0)
  })

  it('stays within its bound by dropping the longest-waiting tickets, which are then read alone', () => {
    const buffer = new CommentBuffer(2_000)
    for (let ticket = 1; ticket <= 20; ticket++) buffer.add(String(ticket), comment(ticket))
    expect(buffer.size).toBeLessThanOrEqual(2_000)
    expect(buffer.evictedCount).toBeGreaterThan(0)
    expect(buffer.take('1')).toEqual({ kind: 'evicted' })
    // Later comments of an evicted ticket are not kept half: its whole conversation is read instead.
    buffer.add('2', comment(99))
    expect(buffer.take('2')).toEqual({ kind: 'evicted' })
    expect(buffer.take('20')).toMatchObject({ kind: 'comments', comments: [{ id: '20' }] })
  })
})

/** Serves ticket-event pages from a list, the way Zendesk's time-based export pages them. */
function eventsServer(events: Array<{ id: number; ticket: number; time: number }>, pageSize: number) {
  const asked: number[] = []
  const http: HttpClient = {
    async request<T>(request: HttpRequest) {
      const startTime = Number(request.query?.start_time)
      asked.push(startTime)
      const page = events.filter((event) => event.time >= startTime).slice(0, pageSize)
      const data = {
        ticket_events: page.map((event) => ({
          id: event.id,
          ticket_id: event.ticket,
          timestamp: event.time,
          created_at: new Date(event.time * 1000).toISOString(),
          child_events: [
            { id: event.id * 10, type: 'Comment', author_id: 5, body: `c${event.id}`, public: true },
            { id: event.id * 10 + 1, type: 'Change', field_name: 'status', value: 'open' },
          ],
        })),
        end_time: page.at(-1)?.time ?? startTime,
        end_of_stream: page.length < pageSize,
      }
      return { status: 200, headers: {}, data: data as T }
    },
  }
  return { http, asked }
}

describe('the comment stream', () => {
  it('files each comment once although a page repeats the events of its last second', async () => {
    // Three events share second 100 and straddle a page boundary; two share second 159.
    const events = [
      ...[1, 2, 3].map((id) => ({ id, ticket: 1, time: 50 + id })),
      ...[4, 5, 6].map((id) => ({ id, ticket: 2, time: 100 })),
      ...[7, 8].map((id) => ({ id, ticket: 3, time: 159 })),
      { id: 9, ticket: 3, time: 170 },
    ]
    const { http, asked } = eventsServer(events, 4)
    const buffer = new CommentBuffer(1e9)
    const stream = new CommentStream(http, buffer, { startTime: 0, windowEnd: 1_000 })
    await stream.advanceTo(200)
    expect(asked.slice(0, 3)).toEqual([0, 100, 159])
    const ids = (ticket: string) => {
      const taken = buffer.take(ticket)
      return taken.kind === 'comments' ? taken.comments.map((c) => c.body) : []
    }
    expect(ids('1')).toEqual(['c1', 'c2', 'c3'])
    expect(ids('2')).toEqual(['c4', 'c5', 'c6'])
    expect(ids('3')).toEqual(['c7', 'c8', 'c9'])
    expect(stream.position).toBe(170)
  })

  it('reads no further than needed, and nothing at or after the window end', async () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, ticket: i + 1, time: (i + 1) * 10 }))
    const { http, asked } = eventsServer(events, 5)
    const buffer = new CommentBuffer(1e9)
    const stream = new CommentStream(http, buffer, { startTime: 0, windowEnd: 200 })
    await stream.advanceTo(60)
    // Two pages of five (the second repeats second 50): up to second 90, the first past 60.
    expect(buffer.ticketCount).toBe(9)
    await stream.advanceTo(10_000)
    expect(buffer.take('19')).toMatchObject({ kind: 'comments', comments: [{ body: 'c19' }] })
    expect(buffer.take('20')).toEqual({ kind: 'comments', comments: [] })
    expect(Math.max(...asked)).toBeLessThan(200)
  })

  it('reports odd events and stops, named, when the export does not move forward', async () => {
    const notices: string[] = []
    const stuck: HttpClient = {
      async request<T>() {
        const data = { ticket_events: [{ id: 'x' }], end_time: 5, end_of_stream: false }
        return { status: 200, headers: {}, data: data as T }
      },
    }
    const stream = new CommentStream(stuck, new CommentBuffer(1e9), {
      startTime: 5,
      windowEnd: 100,
      onMalformed: (problem) => notices.push(problem),
    })
    const error = await stream.advanceTo(50).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({
      code: 'malformed_response',
      message: expect.stringContaining('did not move forward'),
    })
    expect(notices[0]).toContain('an event does not fit')
  })
})
