/** Which of the detector's reasons the draft answers, and how many of them. */
import type { ReasonCode } from '../../detect/reasons'
import type { SeverityBand } from '../types'
import type { ReactionKey } from './types'

const REACTION_OF: Partial<Readonly<Record<ReasonCode, ReactionKey>>> = {
  legal_threat: 'legal',
  churn_threat: 'churn',
  escalation_request: 'escalation',
  repeat_contact: 'repeat',
  customer_chasing: 'repeat',
  reopened: 'repeat',
  polite_disappointment: 'polite',
  anger_cues: 'frustration',
  public_threat: 'frustration',
  csat_bad: 'rating',
  csat_downgraded: 'rating',
}

/**
 * In the order of the reasons (strongest first), except that a legal threat always comes first: what is
 * said next to it must stay calm and factual. A customer who was polite about it is not told they are
 * angry. Low severity gets one reaction sentence, medium and high up to two.
 */
export function reactionsFor(reasons: readonly ReasonCode[], band: SeverityBand): ReactionKey[] {
  const keys: ReactionKey[] = []
  for (const reason of reasons) {
    const key = REACTION_OF[reason]
    if (key !== undefined && !keys.includes(key)) keys.push(key)
  }
  const ordered = keys.includes('legal') ? ['legal' as const, ...keys.filter((key) => key !== 'legal')] : keys
  const fitting = ordered.includes('polite') ? ordered.filter((key) => key !== 'frustration') : ordered
  return fitting.slice(0, band === 'low' ? 1 : 2)
}
