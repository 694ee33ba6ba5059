import type { SnapshotComment } from '../../../core/model'
import { isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import { toComments } from '../snapshot'
import { MAX_COMMENTS_PER_TICKET } from './comment-buffer'
import { conversationSchema, parseExport, type ExportedTicket, type ExportedUser } from './schemas'

const commentsPath = (ticketId: string) => `/api/v2/tickets/${ticketId}/comments.json`

export interface Conversations {
  /** Each ticket's comments, oldest first; an Error for a ticket gone meanwhile (skipped, not fatal). */
  comments: Map<string, SnapshotComment[] | Error>
  /** The authors the conversations name, for the caller to learn for the rest of their page. */
  users: ExportedUser[]
}

/**
 * The conversations the comment stream cannot give: tickets created before it began, or whose waiting
 * comments were dropped to keep memory bounded. Each is read as the sidebar reads it (the newest 100
 * comments with their authors), a few at a time.
 */
export class ConversationReader {
  private reads = 0

  constructor(
    private readonly http: HttpClient,
    private readonly retry: <T>(run: () => Promise<T>) => Promise<T>,
    private readonly concurrency = 4,
  ) {}

  get requestsMade(): number {
    return this.reads
  }

  async read(tickets: readonly ExportedTicket[]): Promise<Conversations> {
    const read: Conversations = { comments: new Map(), users: [] }
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < tickets.length) {
        const ticket = tickets[next++] as ExportedTicket
        read.comments.set(ticket.id, await this.readOne(ticket, read.users).catch(goneAsError))
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, tickets.length) }, worker))
    return read
  }

  private async readOne(ticket: ExportedTicket, users: ExportedUser[]): Promise<SnapshotComment[]> {
    const path = commentsPath(ticket.id)
    this.reads++
    const response = await this.retry(() =>
      this.http.request({
        method: 'GET',
        path,
        query: { include: 'users', sort_order: 'desc', 'page[size]': MAX_COMMENTS_PER_TICKET },
      }),
    )
    const page = parseExport(conversationSchema, response.data, `GET ${path}`)
    users.push(...(page.users ?? []))
    return toComments(page, ticket.requester_id)
  }
}

/** A ticket deleted (or hidden) between the export and its comments, or an odd answer about it alone. */
function goneAsError(error: unknown): Error {
  if (isHelpdeskError(error) && (error.code === 'not_found' || error.code === 'malformed_response')) {
    return new Error(error.code === 'not_found' ? 'deleted or no longer visible' : error.message)
  }
  throw error
}
