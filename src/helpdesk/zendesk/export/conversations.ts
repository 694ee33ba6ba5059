import type { SnapshotComment } from '../../../core/model'
import { isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import { toComments } from '../snapshot'
import type { AuthorRoles } from './author-roles'
import { MAX_COMMENTS_PER_TICKET } from './comment-buffer'
import { conversationSchema, parseExport, type ExportedTicket } from './schemas'

const commentsPath = (ticketId: string) => `/api/v2/tickets/${ticketId}/comments.json`

/**
 * The conversations the comment stream cannot give: tickets created before it began, or whose waiting
 * comments were dropped to keep memory bounded. Each is read as the sidebar reads it (the newest 100
 * comments with their authors), a few at a time; the authors it names are learnt for the rest of the page.
 */
export class ConversationReader {
  private reads = 0

  constructor(
    private readonly http: HttpClient,
    private readonly roles: AuthorRoles,
    private readonly retry: <T>(run: () => Promise<T>) => Promise<T>,
    private readonly concurrency = 4,
  ) {}

  get requestsMade(): number {
    return this.reads
  }

  /** Each ticket's comments, oldest first; an Error for a ticket gone meanwhile (skipped, not fatal). */
  async read(tickets: readonly ExportedTicket[]): Promise<Map<string, SnapshotComment[] | Error>> {
    const results = new Map<string, SnapshotComment[] | Error>()
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < tickets.length) {
        const ticket = tickets[next++] as ExportedTicket
        results.set(ticket.id, await this.readOne(ticket).catch(goneAsError))
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, tickets.length) }, worker))
    return results
  }

  private async readOne(ticket: ExportedTicket): Promise<SnapshotComment[]> {
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
    this.roles.learn(page.users ?? [])
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
