import { toZendeskTime } from '../time'
import { conditionsHold } from './conditions'
import type { PendingNotification, RuleHost, UpdateStart } from './rule-host'
import type { StoredRule } from './types'

/**
 * One hourly run of the account's automations, as Zendesk does it: "All automations run once every hour on
 * all non-closed tickets", in position order, each seeing the tickets as the ones before it left them. An
 * automation fires on every run while its conditions hold (no memory of earlier runs: that is why it must
 * nullify itself). Zendesk also caps it: "Each ticket can be updated a maximum of 100 times by automations".
 */

export const MAX_AUTOMATION_UPDATES_PER_TICKET = 100

/** What one automation did in one run: the tickets it fired on. */
export interface AutomationRun {
  at: string
  automationId: number
  title: string
  ticketIds: number[]
}

export interface AutomationRunContext {
  host: RuleHost
  /** How many times automations have updated each ticket so far (the cap). */
  updates: Map<number, number>
  /** After each firing: the trigger cycle (when the ticket changed), then its notifications go out. */
  afterFiring(start: UpdateStart, changed: boolean, pending: PendingNotification[]): void
}

export function runAutomationsOnce(
  automations: readonly StoredRule[],
  context: AutomationRunContext,
): AutomationRun[] {
  const { host } = context
  const at = toZendeskTime(host.now())
  const runs: AutomationRun[] = []
  for (const automation of automations) {
    const ticketIds: number[] = []
    const rule = { type: 'automation' as const, id: automation.id, title: automation.rawTitle }
    for (const ticket of host.listTickets().sort((a, b) => a.id - b.id)) {
      if (ticket.status === 'closed') continue
      if ((context.updates.get(ticket.id) ?? 0) >= MAX_AUTOMATION_UPDATES_PER_TICKET) continue
      const holds = conditionsHold(automation.conditions, {
        type: 'automation',
        now: host.now(),
        ticket,
        times: host.ticketTimes(ticket.id),
        fields: host.ticketFields(),
        currentUserId: null,
      })
      if (!holds) continue
      const write = host.applyRule(ticket.id, rule, automation.actions, null)
      context.updates.set(ticket.id, (context.updates.get(ticket.id) ?? 0) + 1)
      ticketIds.push(ticket.id)
      const pending = write.notifications.map((action) => ({
        ticketId: ticket.id,
        auditId: write.auditId,
        rule,
        action,
        currentUserId: null,
      }))
      const start: UpdateStart = {
        ticketId: ticket.id,
        before: ticket,
        auditId: write.auditId,
        currentUserId: null,
        updateType: 'Change',
      }
      context.afterFiring(start, write.changed, pending)
    }
    if (ticketIds.length)
      runs.push({ at, automationId: automation.id, title: automation.rawTitle, ticketIds })
  }
  return runs
}
