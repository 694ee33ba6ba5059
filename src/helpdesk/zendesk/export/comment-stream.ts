import { HelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import type { CommentBuffer } from './comment-buffer'
import { DecodedBody } from './decoder-pool'
import { TICKET_EVENTS_PATH, decodeEventPage, type EventPage } from './page-decode'

export { TICKET_EVENTS_PATH }

/**
 * Event pages asked for before they are needed (~250 KB each once decoded). Each page can only be asked for
 * once the one before it is decoded (its end_time is the next start), so the stream is a chain of round
 * trips; with 4 it stalled whenever a page of tickets was being assessed, and waiting for it was most of a
 * bench run's wall time. 12 is three ticket pages' worth at Zendesk's page sizes.
 */
const PAGES_AHEAD = 12

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

interface Ahead {
  startTime: number
  page: Promise<EventPage>
  /** Where the page after it starts: undefined until it arrives, null when none should be read ahead. */
  next: number | null | undefined
}

/**
 * Reads the incremental ticket-event export with the `comment_events` sideload and files every comment
 * under its ticket in the buffer. The export is time-based: the next page starts at the previous page's
 * `end_time`, so the events of that very second can come twice; their ids are remembered for one page and
 * skipped. `advanceTo(t)` reads until every event up to second `t` is in, so the comments of any ticket
 * whose last change is at or before `t` are complete. Up to PAGES_AHEAD pages are asked for in advance,
 * each as soon as the one before it says where it ends, so they are decoded while tickets are assessed.
 */
export class CommentStream {
  private time: number
  private endOfStream = false
  private boundaryIds = new Set<string>()
  private pages = 0
  private ahead: Ahead[] = []

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
      const head = this.ahead[0]?.startTime === this.time ? this.ahead.shift() : undefined
      if (!head) this.ahead = []
      this.apply(await (head?.page ?? this.fetch(this.time)))
      this.readAhead()
    }
  }

  private get more(): boolean {
    return !this.endOfStream && this.time < this.options.windowEnd
  }

  /** Asks for the next page after the last one asked for, once that one has said where it ends. */
  private readAhead(): void {
    if (!this.more || this.ahead.length >= PAGES_AHEAD) return
    const last = this.ahead.at(-1)
    const startTime = last ? last.next : this.time
    if (startTime === undefined || startTime === null) return
    const entry: Ahead = { startTime, page: this.fetch(startTime), next: undefined }
    this.ahead.push(entry)
    entry.page.then(
      (page) => {
        entry.next = this.nextStart(page, startTime)
        if (this.ahead.includes(entry)) this.readAhead()
      },
      // Nobody may ever ask for it (the run stops); if someone does, they get this failure then.
      () => (entry.next = null),
    )
  }

  private nextStart(page: EventPage, startTime: number): number | null {
    const end = Math.max(startTime, page.endTime ?? startTime)
    // A page that does not move forward is for apply() to judge, in order; nothing is read past it.
    return page.endOfStream || end >= this.options.windowEnd || end === startTime ? null : end
  }

  private async fetch(startTime: number): Promise<EventPage> {
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
    const data = response.data
    return data instanceof DecodedBody && data.page.kind === 'events' ? data.page : decodeEventPage(data)
  }

  private apply(page: EventPage): void {
    const source = `GET ${TICKET_EVENTS_PATH}`
    for (const notice of page.notices) this.options.onMalformed?.(notice)
    const endTime = page.endTime ?? this.time
    const seenAtEnd = new Set<string>()
    let fresh = 0
    for (const event of page.events) {
      if (event.timestamp === endTime) seenAtEnd.add(event.id)
      if (event.timestamp === this.time && this.boundaryIds.has(event.id)) continue
      fresh++
      if (event.timestamp >= this.options.windowEnd) continue
      for (const comment of event.comments) this.buffer.add(event.ticketId, comment)
    }
    // Zendesk always moves end_time forward unless the page is the end; anything else would loop forever.
    if (!page.endOfStream && endTime <= this.time && fresh === 0) {
      throw new HelpdeskError('malformed_response', `${source} did not move forward from ${this.time}`, {
        source,
        problem: `end_time stayed at ${endTime}`,
      })
    }
    this.boundaryIds = endTime === this.time ? new Set([...this.boundaryIds, ...seenAtEnd]) : seenAtEnd
    this.time = Math.max(this.time, endTime)
    this.endOfStream = page.endOfStream
  }
}
