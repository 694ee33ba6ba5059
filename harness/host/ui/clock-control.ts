import type { ClockAdvance, ClockNow, ClockStep, Loaded } from '../rules-types'
import { showActionStatus, type ActionPhase } from './action-status'
import { el } from './dom'

/**
 * The fake account's clock in the page header: its current time and buttons that move it forward, so the
 * hourly automations (the follow-up surveys) can be watched firing. Below the header, what the last move
 * did: which automation ran on which tickets, each ticket a link that opens it.
 */

export interface ClockControlHandlers {
  onAdvance(step: ClockStep): void
  onOpenTicket(ticketId: number): void
}

export interface LastAdvance {
  step: ClockStep
  answer: ClockAdvance
}

export interface ClockControlState {
  clock: Loaded<ClockNow>
  /** The last move: in progress, or its outcome. */
  phase: ActionPhase
  message: string
  /** Another rules action is in progress. */
  disabled: boolean
  last: LastAdvance | null
}

const MAX_DAYS = 365

/** Account time in UTC, spelled out (the harness shows the account's clock, not the agent's zone). */
export function formatAccountTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = date.toLocaleString('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
  return `${text} UTC`
}

function stepText(step: ClockStep): string {
  const parts: string[] = []
  if (step.days) parts.push(`${step.days} day${step.days === 1 ? '' : 's'}`)
  if (step.hours) parts.push(`${step.hours} hour${step.hours === 1 ? '' : 's'}`)
  return `+${parts.join(' ')}`
}

function ticketLink(ticketId: number, handlers: ClockControlHandlers): HTMLElement {
  const link = el('button', {
    className: 'link-button',
    text: `#${ticketId}`,
    attrs: { type: 'button', 'data-run-ticket-id': String(ticketId) },
  })
  link.addEventListener('click', () => handlers.onOpenTicket(ticketId))
  return link
}

/** What the last move did, for the strip under the header. */
function runsSummary(last: LastAdvance, handlers: ClockControlHandlers): HTMLElement[] {
  const { runs } = last.answer
  const head = el('strong', {
    text: `Clock moved ${stepText(last.step)} to ${formatAccountTime(last.answer.now)}: ${
      runs.length
        ? `${runs.length} automation run${runs.length === 1 ? '' : 's'}`
        : 'no automation changed a ticket'
    }`,
  })
  if (!runs.length) return [head]
  const list = el(
    'ul',
    { className: 'clock-run-list' },
    runs.map((run) =>
      el(
        'li',
        {
          className: 'clock-run',
          attrs: { 'data-testid': 'clock-run', 'data-automation-id': String(run.automationId) },
        },
        [
          el('span', { className: 'muted', text: `${formatAccountTime(run.at)} · ` }),
          el('span', { className: 'badge badge-automation', text: 'automation' }),
          el('span', { text: ` ${run.title} on ` }),
          ...run.ticketIds.flatMap((id, index) => [
            index ? document.createTextNode(', ') : null,
            ticketLink(id, handlers),
          ]),
        ],
      ),
    ),
  )
  return [head, list]
}

export class ClockControl {
  private readonly now = el('span', { className: 'clock-now', attrs: { 'data-testid': 'clock-now' } })
  private readonly daysInput = el('input', {
    className: 'clock-days',
    attrs: {
      type: 'number',
      min: '1',
      max: String(MAX_DAYS),
      step: '1',
      value: '3',
      'aria-label': 'Days to move the clock',
      'data-testid': 'clock-days-input',
    },
  })
  private readonly buttons: HTMLButtonElement[] = []
  private readonly status = el('span', { attrs: { 'data-testid': 'clock-status', role: 'status' } })
  /** The move whose runs the reviewer dismissed: it stays hidden until the clock moves again. */
  private dismissed: LastAdvance | null = null

  constructor(
    container: HTMLElement,
    private readonly runs: HTMLElement,
    private readonly handlers: ClockControlHandlers,
  ) {
    const button = (label: string, testId: string, step: () => ClockStep | null) => {
      const node = el('button', { text: label, attrs: { type: 'button', 'data-testid': testId } })
      node.addEventListener('click', () => {
        const chosen = step()
        if (chosen) handlers.onAdvance(chosen)
      })
      this.buttons.push(node)
      return node
    }
    container.replaceChildren(
      el('span', { className: 'clock-label', text: 'Account time' }),
      this.now,
      button('+1 hour', 'clock-plus-hour', () => ({ hours: 1 })),
      button('+1 day', 'clock-plus-day', () => ({ days: 1 })),
      button('+7 days', 'clock-plus-week', () => ({ days: 7 })),
      this.daysInput,
      button('+N days', 'clock-plus-days', () => this.chosenDays()),
      this.status,
    )
  }

  /** The "+N days" input as a step, or null (and a visible reason) when it is not a whole number of days. */
  private chosenDays(): ClockStep | null {
    const days = Number(this.daysInput.value)
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      showActionStatus(this.status, 'failed', `N must be a whole number of days from 1 to ${MAX_DAYS}`)
      return null
    }
    return { days }
  }

  show(state: ClockControlState): void {
    const { clock } = state
    this.now.textContent =
      clock.state === 'loaded'
        ? formatAccountTime(clock.value.now)
        : clock.state === 'loading'
          ? '…'
          : 'not available'
    this.now.dataset.now = clock.state === 'loaded' ? clock.value.now : ''
    this.now.title = clock.state === 'unavailable' || clock.state === 'failed' ? clock.message : ''
    const usable = clock.state === 'loaded' && !state.disabled
    for (const button of this.buttons) button.disabled = !usable
    this.daysInput.disabled = !usable
    if (state.phase !== 'idle') showActionStatus(this.status, state.phase, state.message)
    else if (clock.state === 'unavailable' || clock.state === 'failed') {
      showActionStatus(this.status, clock.state, clock.message)
    } else showActionStatus(this.status, 'idle', '')
    this.showRuns(state)
  }

  private showRuns(state: ClockControlState): void {
    if (!state.last || state.last === this.dismissed) {
      this.runs.replaceChildren()
      this.runs.hidden = true
      return
    }
    const dismiss = el('button', {
      className: 'link-button',
      text: 'Dismiss',
      attrs: { type: 'button', 'aria-label': 'Dismiss the automation runs' },
    })
    const last = state.last
    dismiss.addEventListener('click', () => {
      this.dismissed = last
      this.runs.replaceChildren()
      this.runs.hidden = true
    })
    this.runs.replaceChildren(...runsSummary(state.last, this.handlers), dismiss)
    this.runs.hidden = false
  }
}
