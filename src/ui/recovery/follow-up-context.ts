import { scheduleFollowUp, type FollowUpDecision, type FollowUpDelay } from '../../core/followup/schedule'
import type { FollowUpContext } from '../../core/recovery/plan'
import type { RecoveryData } from './load-recovery'

/** What the survey rules need from the panel's data: the cooldown, the customer's other surveys, a closed ticket. */
export function followUpContextOf(data: RecoveryData): FollowUpContext {
  return {
    cooldownDays: data.settings.surveyCooldownDays,
    others: data.followUpHistory,
    ticketClosed: data.view.ticketStatus === 'closed',
  }
}

/** The follow-up a delay would give right now: shown before the agent starts, and scheduled on approval. */
export function followUpFor(data: RecoveryData, days: FollowUpDelay, now: string): FollowUpDecision {
  const context = followUpContextOf(data)
  return scheduleFollowUp({
    now,
    delayDays: days,
    cooldownDays: context.cooldownDays,
    ticketId: data.view.ticketId,
    ticketClosed: context.ticketClosed,
    others: context.others,
  })
}
