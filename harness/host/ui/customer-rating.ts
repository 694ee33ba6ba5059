import type { EmbeddedSatisfactionRating } from '../../fake-zendesk/types'
import type { CustomerScore } from '../rules-types'
import { showActionStatus, type ActionPhase } from './action-status'
import { el } from './dom'

/**
 * "Rate as the customer": the open ticket's requester answering the satisfaction survey (Good / Bad and an
 * optional comment), as if from the survey email. The account's triggers run on the rating. Built once and
 * moved with the conversation, so a comment being typed survives the ticket view re-rendering.
 */

export interface CustomerRatingHandlers {
  onRate(score: CustomerScore, comment: string): void
}

export interface CustomerRatingState {
  ticketId: number
  requesterName: string
  current: EmbeddedSatisfactionRating | null
  /** This ticket's last rating: in progress, or its outcome (or that the server has no rating endpoint). */
  phase: ActionPhase
  message: string
  /** A rules action is in progress. */
  disabled: boolean
}

/** The rating in words (its comment is quoted in the ticket header). */
export function ratingText(rating: EmbeddedSatisfactionRating | null): string {
  if (!rating || rating.score === 'unoffered') return 'survey not offered'
  if (rating.score === 'offered') return 'survey offered, not answered'
  return rating.comment ? `rated ${rating.score}, with a comment` : `rated ${rating.score}`
}

export class CustomerRating {
  readonly element: HTMLElement
  private readonly heading = el('h3')
  private readonly current = el('span', { className: 'rating-now', attrs: { 'data-testid': 'rating-now' } })
  private readonly comment = el('textarea', {
    className: 'rating-comment',
    attrs: {
      rows: '1',
      placeholder: 'Comment (optional)',
      'aria-label': 'Rating comment',
      'data-testid': 'rating-comment',
    },
  })
  private readonly good = el('button', {
    className: 'rate-good',
    text: 'Good, I’m satisfied',
    attrs: { type: 'button', 'data-testid': 'rate-good' },
  })
  private readonly bad = el('button', {
    className: 'rate-bad',
    text: 'Bad, I’m unsatisfied',
    attrs: { type: 'button', 'data-testid': 'rate-bad' },
  })
  private readonly status = el('p', { attrs: { 'data-testid': 'rating-status', role: 'status' } })
  private ticketId: number | null = null

  constructor(handlers: CustomerRatingHandlers) {
    this.good.addEventListener('click', () => handlers.onRate('good', this.comment.value.trim()))
    this.bad.addEventListener('click', () => handlers.onRate('bad', this.comment.value.trim()))
    this.element = el(
      'section',
      {
        className: 'customer-rating',
        attrs: { 'data-testid': 'customer-rating', 'aria-label': 'Rate as the customer' },
      },
      [
        el('div', { className: 'rating-head' }, [this.heading, this.current]),
        el('div', { className: 'rating-row' }, [
          this.comment,
          el('div', { className: 'rating-buttons' }, [this.good, this.bad]),
        ]),
        this.status,
      ],
    )
  }

  show(state: CustomerRatingState): void {
    // Another ticket: the comment typed for the previous one does not carry over.
    if (state.ticketId !== this.ticketId) this.comment.value = ''
    this.ticketId = state.ticketId
    this.heading.textContent = `Rate as the customer (${state.requesterName})`
    this.current.textContent = `Now: ${ratingText(state.current)}`
    this.good.disabled = state.disabled
    this.bad.disabled = state.disabled
    this.comment.disabled = state.disabled
    showActionStatus(this.status, state.phase, state.message)
  }

  /** The rating went through: the comment has been said. */
  clearComment(): void {
    this.comment.value = ''
  }
}
