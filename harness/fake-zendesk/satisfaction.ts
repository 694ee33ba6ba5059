import { IdSequence } from './ids'
import { API_BASE, embedRating } from './records'
import type { EmbeddedSatisfactionRating, ZendeskSatisfactionRating, ZendeskTicket } from './types'

/**
 * The account's satisfaction ratings (legacy CSAT: one rating per ticket), as `GET /satisfaction_ratings`
 * lists them and tickets embed them. A requester who answers again changes the ticket's rating in place:
 * same id, new score and comment, `updated_at` moves (ASSUMPTION: Zendesk's docs say a rating "can be
 * changed" and give ratings an `updated_at`, not whether the id stays).
 */

export type SurveyAnswer = 'good' | 'bad'

export class SatisfactionRatings {
  private readonly byTicket = new Map<number, ZendeskSatisfactionRating>()
  /** After the seed's ratings (36_900_000_000 + ticket id). */
  private readonly ids = new IdSequence(36_900_100_001)

  seed(rating: ZendeskSatisfactionRating): void {
    this.byTicket.set(rating.ticket_id, rating)
  }

  /** The rating as the ticket embeds it (`{score: 'unoffered'}` when there is none). */
  embedded(ticketId: number): EmbeddedSatisfactionRating {
    return embedRating(this.byTicket.get(ticketId))
  }

  list(): ZendeskSatisfactionRating[] {
    return [...this.byTicket.values()].map((rating) => structuredClone(rating))
  }

  /** The requester's answer to the survey; returns the stored rating. */
  answer(
    ticket: ZendeskTicket,
    score: SurveyAnswer,
    comment: string | null,
    at: string,
  ): ZendeskSatisfactionRating {
    const existing = this.byTicket.get(ticket.id)
    const id = existing?.id ?? this.ids.take()
    const rating: ZendeskSatisfactionRating = {
      id,
      url: `${API_BASE}/satisfaction_ratings/${id}.json`,
      assignee_id: ticket.assignee_id,
      group_id: ticket.group_id,
      requester_id: ticket.requester_id,
      ticket_id: ticket.id,
      score,
      comment,
      // A bad rating without a chosen reason reads like the seed's: "No reason provided", code 0.
      reason: score === 'bad' ? 'No reason provided' : null,
      reason_id: null,
      reason_code: score === 'bad' ? 0 : null,
      created_at: existing?.score === 'good' || existing?.score === 'bad' ? existing.created_at : at,
      updated_at: at,
    }
    this.byTicket.set(ticket.id, rating)
    return structuredClone(rating)
  }
}
