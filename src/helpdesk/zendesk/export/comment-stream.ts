import { HelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import type { CommentBuffer } from './comment-buffer'
import {
  childEventType,
  commentChildSchema,
  parseExport,
  ticketEventSchema,
  ticketEventsPageSchema,
} from './schemas'
import { isoUtcOrNull } from './times'

export const TICKET_EVENTS_PATH = '/api/v2/incremental/ticket_events.json'

export interface CommentStreamOptions {
  /** Unix seconds: the first page's start_time. */
  startTime: number
  /** Unix seconds: events at or after this belong to the next run and are not read. */
  windowEnd: number
  /** Wraps each request (retries after a 5xx); the identity by default. */
  retry?: <T>(run: () => Promise<T>) => Promise<T>
  /** Told about each event that does not fit the schema (it is skipped). */
  onMalformed?: (problem: string) => void
}

/**
 * Reads the incremental ticket-event export with the `comment_events` sideload and files every comment
 * under its ticket in the buffer. The export is time-based: the next page starts at the previous page's
 * `end_time`, so the events of that very second can come twice; their ids are remembered for one page and
 * skipped. `advanceTo(t)` reads until every event up to second `t` is in, so the comments of any ticket
 * whose last change is at or before `t` are complete.
 */
export class CommentStream {
  private time: number
  private endOfStream = false
  private boundaryIds = new Set<string>()
  private pages = 0
  private ahead: { time: number; page: Promise<unknown> } | null = null

  constructor(
    private readonly http: HttpClient,
    private readonly buffer: CommentBuffer,
    private readonly options: CommentStreamOptions,
  ) {
    this.time = options.startTime
  }

  /** Unix seconds: where a run resumed from a saved position continues this stream. */
  get position(): number {
    return this.time
  }

  get pagesRead(): number {
    return this.pages
  }

  async advanceTo(second: number): Promise<void> {
    while (this.more && this.time <= second) {
      const ahead = this.ahead?.time === this.time ? this.ahead.page : this.fetch(this.time)
      this.ahead = null
      this.apply(await ahead)
      // The next page is asked for at once, so it arrives while this one's tickets are assessed.
      if (this.more) {
        const page = this.fetch(this.time)
        page.catch(() => undefined)
        this.ahead = { time: this.time, page }
      }
    }
  }

  private get more(): boolean {
    return !this.endOfStream && this.time < this.options.windowEnd
  }

  private async fetch(startTime: number): Promise<unknown> {
    const retry = this.options.retry ?? ((run) => run())
    this.pages++
    const response = await retry(() =>
      this.http.request({
        method: 'GET',
        path: TICKET_EVENTS_PATH,
        query: { start_time: startTime, include: 'comment_events' },
        timeoutMs: 120_000,
      }),
    )
    return response.data
  }

  private apply(data: unknown): void {
    const source = `GET ${TICKET_EVENTS_PATH}`
    const page = parseExport(ticketEventsPageSchema, data, source)
    const endTime = page.end_time ?? this.time
    const seenAtEnd = new Set<string>()
    let fresh = 0
    for (const raw of page.ticket_events) {
      const parsed = ticketEventSchema.safeParse(raw)
      if (!parsed.success) {
        this.options.onMalformed?.(`${source}: an event does not fit the expected shape; it was skipped`)
        continue
      }
      const event = parsed.data
      if (event.timestamp === endTime) seenAtEnd.add(event.id)
      if (event.timestamp === this.time && this.boundaryIds.has(event.id)) continue
      fresh++
      if (event.timestamp >= this.options.windowEnd) continue
      this.fileComments(event.ticket_id, event.created_at, event.child_events ?? [], source)
    }
    // Zendesk always moves end_time forward unless the page is the end; anything else would loop forever.
    if (!page.end_of_stream && endTime <= this.time && fresh === 0) {
      throw new HelpdeskError('malformed_response', `${source} did not move forward from ${this.time}`, {
        source,
        problem: `end_time stayed at ${endTime}`,
      })
    }
    this.boundaryIds = endTime === this.time ? new Set([...this.boundaryIds, ...seenAtEnd]) : seenAtEnd
    this.time = Math.max(this.time, endTime)
    this.endOfStream = page.end_of_stream
  }

  private fileComments(
    ticketId: string,
    eventCreatedAt: string | null | undefined,
    children: unknown[],
    source: string,
  ): void {
    for (const child of children) {
      if (childEventType(child) !== 'Comment') continue
      const parsed = commentChildSchema.safeParse(child)
      if (!parsed.success) {
        this.options.onMalformed?.(`${source}: a comment of ticket ${ticketId} does not fit; it was skipped`)
        continue
      }
      const comment = parsed.data
      const createdAt = isoUtcOrNull(comment.created_at ?? eventCreatedAt)
      if (!createdAt) {
        this.options.onMalformed?.(`${source}: a comment of ticket ${ticketId} has no date; it was skipped`)
        continue
      }
      this.buffer.add(ticketId, {
        id: comment.id,
        authorId: comment.author_id,
        body: comment.plain_body ?? comment.body,
        public: comment.public,
        createdAt,
      })
    }
  }
}
