/**
 * Who may release or reject a gesture that waits for approval: an admin, or a member of the team-lead group
 * the admin named (by id or by name). Nobody but an admin approves their own gesture: four eyes on money.
 */
import type { Actor } from '../recovery/types'

export type ApprovalRight =
  | { allowed: true; as: 'admin' | 'team_lead' }
  | { allowed: false; why: 'not_team_lead' | 'own_gesture' | 'no_team_lead_group' }

export function isInGroup(actor: Actor, group: string): boolean {
  const wanted = group.trim().toLowerCase()
  return actor.groups.some(
    (candidate) => candidate.id === wanted || candidate.name.trim().toLowerCase() === wanted,
  )
}

export function approvalRight(
  actor: Actor,
  teamLeadGroup: string | null,
  spendAgentId: string,
): ApprovalRight {
  if (actor.role === 'admin') return { allowed: true, as: 'admin' }
  if (actor.id === spendAgentId) return { allowed: false, why: 'own_gesture' }
  if (!teamLeadGroup) return { allowed: false, why: 'no_team_lead_group' }
  return isInGroup(actor, teamLeadGroup)
    ? { allowed: true, as: 'team_lead' }
    : { allowed: false, why: 'not_team_lead' }
}
