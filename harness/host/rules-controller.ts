import { setAccountNow } from './account-time'
import { errorText, harnessClient, HarnessHttpError, loaded } from './harness-client'
import type { HarnessGlobal, RuleActionRecord } from './recorder'
import type { ClockNow, ClockStep, CustomerScore, Loaded } from './rules-types'
import { isMoving, type ActionPhase } from './ui/action-status'
import { ClockControl, type LastAdvance } from './ui/clock-control'
import { CustomerRating } from './ui/customer-rating'
import type { ViewsController } from './views-controller'
import type { WorkspaceData } from './workspace-data'

/**
 * The page's controls over the fake account's business rules: the clock (automations) and the customer's
 * satisfaction rating (triggers). Every action ends with the same refresh: the open ticket is followed (so
 * the app gets `ticket.updated` if it changed), the changes panel, ticket list and views reload; only then
 * is the action recorded as done in `window.__harness.rules`.
 */

/** The ticket list, views and clock also reload this often, for writes made elsewhere (other sessions). */
export const ACCOUNT_POLL_MS = 5000

export interface RulesDependencies {
  regions: { clock: HTMLElement; clockRuns: HTMLElement }
  recorder: HarnessGlobal
  views: ViewsController
  openTicketId(): number | null
  openTicket(ticketId: number): void
  /** Follows the open ticket, reloads the changes panel and the ticket list. */
  refreshWorkspace(): Promise<void>
  /** Reloads the ticket list only (the slow poll). */
  refreshTicketList(): Promise<void>
  /** The account's clock moved: times shown as "3 days ago" are redrawn against it. */
  clockMoved(): void
}

interface ActionState {
  phase: ActionPhase
  message: string
}

const IDLE: ActionState = { phase: 'idle', message: '' }

export class RulesController {
  readonly rating: CustomerRating
  private readonly clockControl: ClockControl
  private clock: Loaded<ClockNow> = { state: 'loading' }
  private clockAction: ActionState = IDLE
  private lastAdvance: LastAdvance | null = null
  private ratingAction: ActionState & { ticketId: number | null } = { ...IDLE, ticketId: null }
  private ratedTicket: WorkspaceData | null = null
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(private readonly deps: RulesDependencies) {
    this.clockControl = new ClockControl(deps.regions.clock, deps.regions.clockRuns, {
      onAdvance: (step) => void this.advance(step),
      onOpenTicket: (id) => deps.openTicket(id),
    })
    this.rating = new CustomerRating({ onRate: (score, comment) => void this.rate(score, comment) })
  }

  async start(): Promise<void> {
    this.showClock()
    this.deps.views.render()
    await Promise.all([this.refreshClock(), this.deps.views.refresh()])
    this.timer ??= setInterval(() => void this.poll(), ACCOUNT_POLL_MS)
  }

  /** One action at a time: each one's refresh must see only its own change. */
  private busy(): boolean {
    return isMoving(this.clockAction.phase) || isMoving(this.ratingAction.phase)
  }

  private async poll(): Promise<void> {
    if (this.busy()) return
    try {
      await Promise.all([this.refreshClock(), this.deps.views.refresh(), this.deps.refreshTicketList()])
    } catch (error) {
      console.warn('harness: could not reload the account', error)
    }
  }

  /** A server without the clock endpoint is asked once per page load (it will not grow one). */
  async refreshClock(): Promise<void> {
    if (this.clock.state === 'unavailable') return
    const answer = await loaded(harnessClient.clock(), 'Clock')
    // A failed poll keeps showing the last time read; "not available" replaces it.
    if (answer.state === 'failed' && this.clock.state === 'loaded') return
    this.clock = answer
    this.deps.recorder.rules.endpoints.clock = answer.state
    if (answer.state === 'loaded') setAccountNow(answer.value.now)
    this.showClock()
  }

  /** The open ticket changed on screen (another ticket, or fresh data): the rating box follows it. */
  showTicket(data: WorkspaceData): void {
    this.ratedTicket = data
    this.showRating()
  }

  /** Both controls: either one's action disables the other's buttons. */
  private show(): void {
    this.showClock()
    this.showRating()
  }

  private showClock(): void {
    this.clockControl.show({
      clock: this.clock,
      phase: this.clockAction.phase,
      message: this.clockAction.message,
      disabled: this.busy(),
      last: this.lastAdvance,
    })
  }

  private showRating(): void {
    const data = this.ratedTicket
    if (!data) return
    const requester = data.users.find((user) => user.id === data.ticket.requester_id)
    // The outcome of rating another ticket is not this ticket's.
    const action = this.ratingAction.ticketId === data.ticket.id ? this.ratingAction : IDLE
    this.rating.show({
      ticketId: data.ticket.id,
      requesterName: requester?.name ?? `user ${data.ticket.requester_id}`,
      current: data.ticket.satisfaction_rating,
      phase: action.phase,
      message: action.message,
      disabled: this.busy(),
    })
  }

  private beginAction(kind: RuleActionRecord['kind'], request: unknown): RuleActionRecord {
    const { actions } = this.deps.recorder.rules
    const record: RuleActionRecord = {
      id: actions.length + 1,
      kind,
      at: Date.now(),
      request,
      ok: null,
      unavailable: false,
      answer: null,
      error: null,
      doneAt: null,
    }
    actions.push(record)
    return record
  }

  /** The request failed: what the record and the reviewer are told. */
  private failed(record: RuleActionRecord, error: unknown, what: string): ActionState {
    record.ok = false
    record.error = errorText(error)
    if (error instanceof HarnessHttpError && error.routeMissing) {
      record.unavailable = true
      return {
        phase: 'unavailable',
        message: `${what}: not available (this harness server has no such endpoint)`,
      }
    }
    return { phase: 'failed', message: `${what} failed: ${record.error}` }
  }

  /** After the account changed: the open ticket, changes, ticket list and views, then the action is done. */
  private async settle(record: RuleActionRecord): Promise<void> {
    try {
      await Promise.all([this.deps.refreshWorkspace(), this.deps.views.refresh()])
    } catch (error) {
      console.warn('harness: could not refresh the page after a rules action', error)
    } finally {
      record.doneAt = Date.now()
    }
  }

  private async advance(step: ClockStep): Promise<void> {
    if (this.busy()) return
    const record = this.beginAction('clock', step)
    this.clockAction = { phase: 'sending', message: 'Moving the clock…' }
    this.show()
    let outcome: ActionState
    try {
      const answer = await harnessClient.advanceClock(step)
      record.ok = true
      record.answer = answer
      this.clock = { state: 'loaded', value: { now: answer.now } }
      this.deps.recorder.rules.endpoints.clock = 'loaded'
      setAccountNow(answer.now)
      this.deps.clockMoved()
      this.lastAdvance = { step, answer }
      const runs = answer.runs.length
      outcome = {
        phase: 'done',
        message: runs ? `${runs} automation run${runs === 1 ? '' : 's'}` : 'No automation changed a ticket',
      }
      this.clockAction = { phase: 'refreshing', message: 'Clock moved; refreshing the page…' }
    } catch (error) {
      outcome = this.failed(record, error, 'Moving the clock')
      if (outcome.phase === 'unavailable') this.clock = { state: 'unavailable', message: outcome.message }
      this.clockAction = { phase: 'refreshing', message: 'Refreshing the page…' }
    }
    this.show()
    await this.settle(record)
    this.clockAction = outcome
    this.show()
  }

  private async rate(score: CustomerScore, comment: string): Promise<void> {
    const ticketId = this.deps.openTicketId()
    if (ticketId === null || this.busy()) return
    const record = this.beginAction('rating', { ticketId, score, comment })
    this.ratingAction = { ticketId, phase: 'sending', message: 'Sending the rating…' }
    this.show()
    let outcome: ActionState
    try {
      record.answer = await harnessClient.rate(ticketId, score, comment)
      record.ok = true
      this.rating.clearComment()
      outcome = {
        phase: 'done',
        message: `The customer rated #${ticketId} ${score}${comment ? ' with a comment' : ''}; the account's triggers ran (see Activity).`,
      }
      this.ratingAction = { ticketId, phase: 'refreshing', message: 'Rated; refreshing the ticket…' }
    } catch (error) {
      outcome = this.failed(record, error, 'Rating as the customer')
      this.ratingAction = { ticketId, phase: 'refreshing', message: 'Refreshing the ticket…' }
    }
    this.show()
    await this.settle(record)
    this.ratingAction = { ticketId, ...outcome }
    this.show()
  }
}
