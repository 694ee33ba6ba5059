/**
 * Comments read from the ticket-event stream, held until their ticket comes up in the ticket export.
 * The two streams run in time order but a ticket is exported at its *last* change, so its comments arrive
 * first and wait here. Memory is bounded: past `maxChars` of text the oldest waiting tickets are dropped
 * and remembered as evicted, so their conversation is read on its own instead (correct, one request more).
 */

export interface BufferedComment {
  id: string
  authorId: string
  body: string
  public: boolean
  createdAt: string
}

/** Only the newest comments matter, as in the sidebar (docs/ticket-snapshot.md). */
export const MAX_COMMENTS_PER_TICKET = 100
/** Rough per-comment overhead beside its text, so many short comments still count. */
const COMMENT_OVERHEAD_CHARS = 96

export type Taken = { kind: 'comments'; comments: BufferedComment[] } | { kind: 'evicted' }

export class CommentBuffer {
  private readonly byTicket = new Map<string, BufferedComment[]>()
  private readonly evicted = new Set<string>()
  private chars = 0

  constructor(private readonly maxChars: number) {}

  add(ticketId: string, comment: BufferedComment): void {
    if (this.evicted.has(ticketId)) return
    let list = this.byTicket.get(ticketId)
    if (!list) {
      list = []
      this.byTicket.set(ticketId, list)
    }
    list.push(comment)
    this.chars += weight(comment)
    if (list.length > MAX_COMMENTS_PER_TICKET) this.chars -= weight(list.shift() as BufferedComment)
    while (this.chars > this.maxChars && this.byTicket.size > 1) this.evictOldest(ticketId)
  }

  /** The ticket's buffered comments (oldest first), and forgets them. */
  take(ticketId: string): Taken {
    if (this.evicted.delete(ticketId)) return { kind: 'evicted' }
    const list = this.byTicket.get(ticketId) ?? []
    this.byTicket.delete(ticketId)
    for (const comment of list) this.chars -= weight(comment)
    return { kind: 'comments', comments: list }
  }

  get ticketCount(): number {
    return this.byTicket.size
  }

  get evictedCount(): number {
    return this.evicted.size
  }

  get size(): number {
    return this.chars
  }

  /** Drops the ticket that has waited longest (Map order is insertion order), never the one being added to. */
  private evictOldest(keep: string): void {
    for (const [ticketId, list] of this.byTicket) {
      if (ticketId === keep) continue
      this.byTicket.delete(ticketId)
      for (const comment of list) this.chars -= weight(comment)
      this.evicted.add(ticketId)
      return
    }
  }
}

function weight(comment: BufferedComment): number {
  return comment.body.length + COMMENT_OVERHEAD_CHARS
}
