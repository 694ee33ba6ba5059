import { conditionsHold } from './conditions'
import type { PendingNotification, RuleHost, UpdateStart } from './rule-host'
import type { StoredRule } from './types'

/**
 * Zendesk's trigger cycle after a ticket is created or updated: active triggers are checked in position
 * order; one whose conditions hold fires (at most once per cycle); when a firing changes the ticket the
 * check starts again from the first trigger, with the updated ticket. "Changed", "changed to" and "changed
 * from" compare with the ticket as it was before the update that started the cycle. Each trigger fires
 * once at most, so a cycle always ends.
 */

export function runTriggerCycle(
  host: RuleHost,
  triggers: readonly StoredRule[],
  start: UpdateStart,
): PendingNotification[] {
  const fired = new Set<number>()
  const pending: PendingNotification[] = []
  let restart = true
  while (restart) {
    restart = false
    for (const trigger of triggers) {
      if (fired.has(trigger.id)) continue
      const ticket = host.findTicket(start.ticketId)
      if (!ticket) return pending
      const holds = conditionsHold(trigger.conditions, {
        type: 'trigger',
        now: host.now(),
        ticket,
        times: host.ticketTimes(ticket.id),
        fields: host.ticketFields(),
        previous: start.before,
        updateType: start.updateType,
        currentUserId: start.currentUserId,
      })
      if (!holds) continue
      fired.add(trigger.id)
      const rule = { type: 'trigger' as const, id: trigger.id, title: trigger.rawTitle }
      const write = host.applyRule(ticket.id, rule, trigger.actions, start.auditId)
      for (const action of write.notifications) {
        pending.push({
          ticketId: ticket.id,
          auditId: write.auditId,
          rule,
          action,
          currentUserId: start.currentUserId,
        })
      }
      if (write.changed) {
        restart = true
        break
      }
    }
  }
  return pending
}
