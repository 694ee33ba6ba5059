import type { ZendeskTicket } from '../types'

/**
 * The account's past tickets, apart from the workspace's: like Zendesk's archive of closed tickets, search
 * finds them, while the ticket list, views and business rules never see them. So a history of thousands does
 * not slow the workspace down nor change the seeded tickets the page and its tests rely on.
 */
export class TicketArchive {
  /** Sorted by created_at, then id: search pages walk it in that order. */
  private tickets: ZendeskTicket[] = []

  add(tickets: readonly ZendeskTicket[]): void {
    this.tickets = [...this.tickets, ...tickets].sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id,
    )
  }

  get size(): number {
    return this.tickets.length
  }

  /** Archived tickets as stored (not copies: callers serialise them, never change them). */
  all(): readonly ZendeskTicket[] {
    return this.tickets
  }
}
