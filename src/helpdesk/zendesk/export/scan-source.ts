import type { SnapshotComment } from '../../../core/model'
import { HelpdeskError, isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import { describeIssues } from '../../parse'
import type { ReadPageOptions, ScanItem, ScanPage, ScanPosition, TicketScanSource } from '../../scan-ports'
import { RECOVERY_STATUS_TAGS } from '../recovery/field-mapping'
import type { MetricSet } from '../schemas'
import { AuthorRoles } from './author-roles'
import { CommentBuffer, type BufferedComment } from './comment-buffer'
import { CommentStream } from './comment-stream'
import { ConversationReader } from './conversations'
import { eventComments, exportedSnapshot } from './export-snapshot'
import {
  exportedMetricSetSchema,
  parseExport,
  exportedTicketSchema,
  exportedUserSchema,
  ticketExportPageSchema,
  type ExportedTicket,
  type TicketExportPage,
} from './schemas'

export const TICKET_EXPORT_PATH = '/api/v2/incremental/tickets/cursor.json'
/** The export's maximum page. */
export const EXPORT_PAGE_SIZE = 1000
const STATUS_TAGS = new Set(Object.values(RECOVERY_STATUS_TAGS))

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

const generatedSecond = (ticket: ExportedTicket): number =>
  ticket.generated_timestamp ?? Math.floor(Date.parse(ticket.updated_at) / 1000)

const samePosition = (a: ScanPosition, b: ScanPosition): boolean =>
  a.ticketCursor === b.ticketCursor &&
  a.startTime === b.startTime &&
  a.eventsTime === b.eventsTime &&
  a.coverageStart === b.coverageStart

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
  private ahead: { cursor: string | null; page: Promise<TicketExportPage> } | null = null
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
    this.conversations = new ConversationReader(http, this.roles, this.retry, options.conversationConcurrency)
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
    const page = await this.ticketsAt(position)
    const items: ScanItem[] = []
    const inWindow: ExportedTicket[] = []
    let done = page.end_of_stream || page.tickets.length === 0
    for (const raw of page.tickets) {
      const parsed = exportedTicketSchema.safeParse(raw)
      if (!parsed.success) {
        items.push({ kind: 'unreadable', id: rawId(raw), problem: describeIssues(parsed.error) })
      } else if (generatedSecond(parsed.data) >= options.windowEnd) {
        done = true
      } else {
        inWindow.push(parsed.data)
      }
    }
    const next: ScanPosition = {
      ticketCursor: page.after_cursor ?? position.ticketCursor,
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
    if (!done) this.prefetchTickets(next)
    this.learnSideloads(page.users)
    const metricSets = this.metricSets(page.metric_sets)

    const wanted: ExportedTicket[] = []
    for (const ticket of inWindow) {
      if (options.skip?.(ticket.id)) continue
      const statusTag = ticket.tags.find((tag) => STATUS_TAGS.has(tag))
      if (statusTag) items.push({ kind: 'handled', id: ticket.id, statusTag })
      else wanted.push(ticket)
    }
    const covered = (ticket: ExportedTicket) => Date.parse(ticket.created_at) / 1000 >= this.coverageStart
    // Older tickets' conversations do not depend on the comment stream: read them while it advances.
    const last = inWindow.at(-1)
    const [olderConversations] = await Promise.all([
      this.conversations.read(wanted.filter((ticket) => !covered(ticket))),
      last ? stream.advanceTo(Math.max(...inWindow.map(generatedSecond))) : Promise.resolve(),
    ])
    const buffered = new Map<string, BufferedComment[]>()
    const evicted: ExportedTicket[] = []
    for (const ticket of inWindow) {
      const taken = this.buffer.take(ticket.id)
      if (taken.kind === 'comments') buffered.set(ticket.id, taken.comments)
      else if (covered(ticket)) evicted.push(ticket)
    }
    const conversations = new Map([...olderConversations, ...(await this.conversations.read(evicted))])
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
      items.push(this.toItem(ticket, comments, conversations.get(ticket.id), metricSets.get(ticket.id)))
    }

    next.eventsTime = stream.position
    this.lastNext = next
    const cursorTime = last ? new Date(generatedSecond(last) * 1000).toISOString() : null
    return { items, next, cursorTime, done }
  }

  /** The ticket page at this position: the one read ahead when it is that one, else a new request. */
  private ticketsAt(position: ScanPosition): Promise<TicketExportPage> {
    const ahead = this.ahead
    this.ahead = null
    if (ahead && ahead.cursor === position.ticketCursor && position.ticketCursor !== null) return ahead.page
    return this.readTickets(position)
  }

  private prefetchTickets(position: ScanPosition): void {
    const page = this.readTickets(position)
    // Nobody may ever ask for it (the run stops); its failure then matters to no one.
    page.catch(() => undefined)
    this.ahead = { cursor: position.ticketCursor, page }
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

  private async readTickets(position: ScanPosition): Promise<TicketExportPage> {
    const source = `GET ${TICKET_EXPORT_PATH}`
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
    return parseExport(ticketExportPageSchema, response.data, source)
  }

  private learnSideloads(users: unknown[] | undefined): void {
    this.roles.newPage()
    const valid = (users ?? []).flatMap((raw) => {
      const parsed = exportedUserSchema.safeParse(raw)
      return parsed.success ? [parsed.data] : []
    })
    this.roles.learn(valid)
  }

  private metricSets(raw: unknown[] | undefined): Map<string, MetricSet> {
    const sets = new Map<string, MetricSet>()
    for (const item of raw ?? []) {
      const parsed = exportedMetricSetSchema.safeParse(item)
      if (parsed.success) sets.set(parsed.data.ticket_id, parsed.data)
      else this.options.onNotice?.(`GET ${TICKET_EXPORT_PATH}: a metric set does not fit; it was left out`)
    }
    return sets
  }

  private toItem(
    ticket: ExportedTicket,
    buffered: BufferedComment[] | null,
    read: SnapshotComment[] | Error | undefined,
    metricSet: MetricSet | undefined,
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
        metricSet,
      })
      return { kind: 'ticket', snapshot, updatedStamp: ticket.updated_at, closed: ticket.status === 'closed' }
    } catch (error) {
      if (!isHelpdeskError(error) || error.code !== 'malformed_response') throw error
      return { kind: 'unreadable', id: ticket.id, problem: error.details.problem ?? error.message }
    }
  }
}

function rawId(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}
