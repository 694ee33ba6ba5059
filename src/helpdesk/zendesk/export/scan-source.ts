import type { SnapshotComment, TicketMetrics } from '../../../core/model'
import { HelpdeskError, isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import type { ReadPageOptions, ScanItem, ScanPage, ScanPosition, TicketScanSource } from '../../scan-ports'
import { AuthorRoles } from './author-roles'
import { CommentBuffer, type BufferedComment } from './comment-buffer'
import { CommentStream } from './comment-stream'
import { ConversationReader, type Conversations } from './conversations'
import { DecodedBody } from './decoder-pool'
import { eventComments, exportedSnapshot } from './export-snapshot'
import { TICKET_EXPORT_PATH, decodeTicketPage, type TicketPage } from './page-decode'
import { createdSecond, generatedSecond, olderTickets, samePosition, statusTagOf } from './page-tickets'
import type { ExportedTicket } from './schemas'

export { TICKET_EXPORT_PATH }
/** The export's maximum page. */
export const EXPORT_PAGE_SIZE = 1000

export interface ZendeskScanSourceOptions {
  pageSize?: number
  /** Comment text held while waiting for its ticket (characters); beyond it, conversations are read alone. */
  maxBufferedChars?: number
  /** Conversations read on their own at the same time (older tickets, evicted ones). */
  conversationConcurrency?: number
  /** Wraps every read (retries after a 5xx); the identity by default. */
  retry?: <T>(run: () => Promise<T>) => Promise<T>
  /** Told about data skipped because it does not fit (an event, a metric set). */
  onNotice?: (message: string) => void
}

export interface ScanSourceStats {
  ticketPages: number
  eventPages: number
  conversationReads: number
  userLookups: number
}

interface Pending {
  ticket: ExportedTicket
  comments: BufferedComment[] | null
}

interface TicketsAhead {
  page: TicketPage
  /** Conversations of the page's older tickets, read ahead with it, and the coverage they were chosen by. */
  older: { coverageStart: number; reads: Promise<Conversations> } | null
}

/**
 * Recent tickets with their conversations in the fewest requests (docs/scan.md): the cursor-based ticket
 * export, 1,000 tickets a request, and the ticket-event export with `comment_events`, ~1,000 events a
 * request, joined in time order. A ticket created before the comment stream began (or whose buffered
 * comments were evicted) gets its newest 100 comments read on its own, so every conversation is complete.
 */
export class ZendeskScanSource implements TicketScanSource {
  private stream: CommentStream | null = null
  private buffer: CommentBuffer
  private coverageStart = 0
  private lastNext: ScanPosition | null = null
  private ahead: (Omit<TicketsAhead, 'page'> & { cursor: string | null; page: Promise<TicketPage> }) | null =
    null
  private readonly roles: AuthorRoles
  private readonly conversations: ConversationReader
  private ticketPages = 0
  private pastStreams = 0

  constructor(
    private readonly http: HttpClient,
    private readonly options: ZendeskScanSourceOptions = {},
  ) {
    this.buffer = new CommentBuffer(this.maxChars)
    this.roles = new AuthorRoles(http, this.retry)
    this.conversations = new ConversationReader(http, this.retry, options.conversationConcurrency)
  }

  get stats(): ScanSourceStats {
    return {
      ticketPages: this.ticketPages,
      eventPages: this.pastStreams + (this.stream?.pagesRead ?? 0),
      conversationReads: this.conversations.requestsMade,
      userLookups: this.roles.requestsMade,
    }
  }

  async readPage(position: ScanPosition, options: ReadPageOptions): Promise<ScanPage> {
    const stream = this.streamFor(position, options.windowEnd)
    const { page, older } = await this.ticketsAt(position)
    for (const notice of page.notices) this.options.onNotice?.(notice)
    const items: ScanItem[] = []
    const inWindow: ExportedTicket[] = []
    let done = page.endOfStream || page.tickets.length === 0
    for (const entry of page.tickets) {
      if (!entry.ok) items.push({ kind: 'unreadable', id: entry.id, problem: entry.problem })
      else if (generatedSecond(entry.ticket) >= options.windowEnd) done = true
      else inWindow.push(entry.ticket)
    }
    const next: ScanPosition = {
      ticketCursor: page.afterCursor ?? position.ticketCursor,
      startTime: position.startTime,
      eventsTime: position.eventsTime,
      coverageStart: this.coverageStart,
    }
    if (!done && next.ticketCursor === position.ticketCursor) {
      throw new HelpdeskError(
        'malformed_response',
        `GET ${TICKET_EXPORT_PATH} gave no cursor to go on from`,
        {
          source: `GET ${TICKET_EXPORT_PATH}`,
          problem: 'after_cursor is missing while end_of_stream is false',
        },
      )
    }
    // The next page is read while this one is assessed: the export, not our code, should set the pace.
    if (!done) this.prefetchTickets(next, options.windowEnd)
    this.roles.newPage()
    this.roles.learn(page.users)

    const wanted: ExportedTicket[] = []
    for (const ticket of inWindow) {
      if (options.skip?.(ticket.id)) continue
      const statusTag = statusTagOf(ticket)
      if (statusTag) items.push({ kind: 'handled', id: ticket.id, statusTag })
      else wanted.push(ticket)
    }
    const coverageStart = this.coverageStart
    const covered = (ticket: ExportedTicket) => createdSecond(ticket) >= coverageStart
    // Older tickets' conversations do not depend on the comment stream: read them while it advances.
    const last = inWindow.at(-1)
    const [olderConversations] = await Promise.all([
      this.readAlone(
        wanted.filter((ticket) => !covered(ticket)),
        older?.coverageStart === coverageStart ? older.reads : null,
      ),
      last ? stream.advanceTo(Math.max(...inWindow.map(generatedSecond))) : Promise.resolve(),
    ])
    const buffered = new Map<string, BufferedComment[]>()
    const evicted: ExportedTicket[] = []
    for (const ticket of inWindow) {
      const taken = this.buffer.take(ticket.id)
      if (taken.kind === 'comments') buffered.set(ticket.id, taken.comments)
      else if (covered(ticket)) evicted.push(ticket)
    }
    const conversations = new Map([...olderConversations, ...(await this.readAlone(evicted, null))])
    const pending: Pending[] = wanted.map((ticket) => ({
      ticket,
      comments: covered(ticket) && !conversations.has(ticket.id) ? (buffered.get(ticket.id) ?? []) : null,
    }))
    await this.roles.resolve(
      pending.flatMap(({ ticket, comments }) => [
        ticket.requester_id,
        ...(ticket.assignee_id ? [ticket.assignee_id] : []),
        ...(comments ?? []).map((comment) => comment.authorId),
      ]),
    )
    for (const { ticket, comments } of pending) {
      items.push(this.toItem(ticket, comments, conversations.get(ticket.id), page.metrics[ticket.id] ?? null))
    }

    next.eventsTime = stream.position
    this.lastNext = next
    const cursorTime = last ? new Date(generatedSecond(last) * 1000).toISOString() : null
    return { items, next, cursorTime, done }
  }

  /**
   * The conversations of these tickets, read alone: those read ahead with the page are taken from there,
   * the rest are read now. The authors they name are learnt for the rest of the page.
   */
  private async readAlone(
    tickets: ExportedTicket[],
    readAhead: Promise<Conversations> | null,
  ): Promise<Map<string, SnapshotComment[] | Error>> {
    const ahead = readAhead ? await readAhead : null
    const rest = ahead ? tickets.filter((ticket) => !ahead.comments.has(ticket.id)) : tickets
    const read = await this.conversations.read(rest)
    this.roles.learn([...(ahead?.users ?? []), ...read.users])
    const comments = new Map<string, SnapshotComment[] | Error>()
    for (const ticket of tickets) {
      const found = ahead?.comments.get(ticket.id) ?? read.comments.get(ticket.id)
      if (found) comments.set(ticket.id, found)
    }
    return comments
  }

  /** The ticket page at this position: the one read ahead when it is that one, else a new request. */
  private async ticketsAt(position: ScanPosition): Promise<TicketsAhead> {
    const ahead = this.ahead
    this.ahead = null
    if (ahead && ahead.cursor === position.ticketCursor && position.ticketCursor !== null) {
      return { page: await ahead.page, older: ahead.older }
    }
    return { page: await this.readTickets(position), older: null }
  }

  /**
   * Reads the next page ahead, and as soon as it is in, the conversations of its tickets created before
   * the comment stream began (they need nothing from the stream), so they too are in when it comes up.
   */
  private prefetchTickets(position: ScanPosition, windowEnd: number): void {
    const coverageStart = this.coverageStart
    const page = this.readTickets(position)
    const reads = page.then((next) => this.conversations.read(olderTickets(next, windowEnd, coverageStart)))
    // Nobody may ever ask for them (the run stops); their failure then matters to no one.
    page.catch(() => undefined)
    reads.catch(() => undefined)
    this.ahead = { cursor: position.ticketCursor, page, older: { coverageStart, reads } }
  }

  private get maxChars(): number {
    return this.options.maxBufferedChars ?? 32_000_000
  }

  private get retry(): <T>(run: () => Promise<T>) => Promise<T> {
    return this.options.retry ?? ((run) => run())
  }

  /**
   * The comment stream for this position. Continuing from the page this source just returned, the buffer
   * is warm. Otherwise (a resumed run) the comments read before are gone: the stream restarts where the
   * position says, and tickets created before that point get their conversation read on their own.
   */
  private streamFor(position: ScanPosition, windowEnd: number): CommentStream {
    const warm = this.stream && this.lastNext && samePosition(position, this.lastNext)
    if (warm && this.stream) return this.stream
    this.pastStreams += this.stream?.pagesRead ?? 0
    this.buffer = new CommentBuffer(this.maxChars)
    this.coverageStart = Math.max(position.coverageStart, position.eventsTime)
    this.stream = new CommentStream(this.http, this.buffer, {
      startTime: position.eventsTime,
      windowEnd,
      retry: this.retry,
      ...(this.options.onNotice ? { onMalformed: this.options.onNotice } : {}),
    })
    return this.stream
  }

  private async readTickets(position: ScanPosition): Promise<TicketPage> {
    const where =
      position.ticketCursor === null ? { start_time: position.startTime } : { cursor: position.ticketCursor }
    this.ticketPages++
    const response = await this.retry(() =>
      this.http.request({
        method: 'GET',
        path: TICKET_EXPORT_PATH,
        query: {
          ...where,
          per_page: this.options.pageSize ?? EXPORT_PAGE_SIZE,
          include: 'users,metric_sets',
          exclude_deleted: true,
        },
        timeoutMs: 120_000,
      }),
    )
    const data = response.data
    return data instanceof DecodedBody && data.page.kind === 'tickets' ? data.page : decodeTicketPage(data)
  }

  private toItem(
    ticket: ExportedTicket,
    buffered: BufferedComment[] | null,
    read: SnapshotComment[] | Error | undefined,
    metrics: TicketMetrics | null,
  ): ScanItem {
    if (read instanceof Error) return { kind: 'unreadable', id: ticket.id, problem: read.message }
    try {
      const roleOf = (id: string) => this.roles.role(id)
      const comments = read ?? eventComments(buffered ?? [], ticket.requester_id, roleOf)
      const snapshot = exportedSnapshot({
        ticket,
        comments,
        requester: this.roles.user(ticket.requester_id),
        assignee: ticket.assignee_id ? this.roles.user(ticket.assignee_id) : undefined,
        metrics,
      })
      return { kind: 'ticket', snapshot, updatedStamp: ticket.updated_at, closed: ticket.status === 'closed' }
    } catch (error) {
      if (!isHelpdeskError(error) || error.code !== 'malformed_response') throw error
      return { kind: 'unreadable', id: ticket.id, problem: error.details.problem ?? error.message }
    }
  }
}
