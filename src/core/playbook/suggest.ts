/**
 * The playbook for one assessed ticket: the rules (rules.ts) decide each step, this fills in the content —
 * the apology draft in the customer's language, the explanation's facts, the sized gesture, the follow-up date.
 */
import type { BudgetStanding } from '../budget/standing'
import type { BudgetPolicy } from '../budget/types'
import type { LangCode } from '../detect/lexicon/types'
import type { Assessment } from '../detect/types'
import type { TicketSnapshot } from '../model'
import { addDaysUtc } from '../recovery/plan'
import { composeApologyWith } from './apology/compose'
import type { PhraseBank } from './apology/types'
import { ruleFor, type PlaybookFacts } from './rules'
import type {
  CustomerValue,
  ExplanationFacts,
  GestureSuggestion,
  Playbook,
  PlaybookStep,
  SeverityBand,
  Why,
} from './types'

export interface SuggestInput {
  snapshot: TicketSnapshot
  assessment: Assessment
  /** The language the customer writes in (detect/customer-language.ts), and its apology phrase bank. */
  language: LangCode
  phraseBank: PhraseBank
  policy: BudgetPolicy
  standing: BudgetStanding
  followUpDays: number
  customerValue: { value: CustomerValue; why: Why[] }
  agentName: string | null
  /** ISO UTC. */
  now: string
  /** "Another wording" of the apology. */
  variant?: number
  timeZone?: string
}

/** Severity bands: below 50 courtesy and a fix; from 75 a full, personal recovery. */
export function severityBandOf(severity: number): SeverityBand {
  if (severity >= 75) return 'high'
  if (severity >= 50) return 'medium'
  return 'low'
}

function explanationFacts(snapshot: TicketSnapshot, assessment: Assessment): ExplanationFacts {
  const wait = assessment.reasons.find((reason) => reason.code === 'long_reply_gap')?.params?.minutes
  const contacts = snapshot.comments.filter((c) => c.author === 'customer' && c.public !== false).length
  const reopens = snapshot.metrics?.reopens ?? 0
  return {
    ...(typeof wait === 'number' ? { waitMinutes: Math.round(wait) } : {}),
    ...(reopens > 0 ? { reopens } : {}),
    ...(contacts >= 3 ? { contacts } : {}),
    ...(snapshot.csat?.reason && snapshot.csat.reason !== 'No reason provided'
      ? { csatReason: snapshot.csat.reason }
      : {}),
  }
}

/** The customer's own words behind the strongest reason, when there are some. */
function strongestQuote(assessment: Assessment): string | null {
  for (const reason of assessment.reasons) {
    if (reason.evidence.kind === 'quote') return reason.evidence.text
  }
  return null
}

export function suggestPlaybook(input: SuggestInput): Playbook {
  const { snapshot, assessment, policy, standing } = input
  const failureType = assessment.failureType ?? 'other'
  const band = severityBandOf(assessment.severity)
  const facts: PlaybookFacts = {
    severity: assessment.severity,
    band,
    failureType,
    reasons: new Set(assessment.reasons.map((reason) => reason.code)),
    value: input.customerValue.value,
    allowed: policy.allowedGestures,
    perTicketCap: policy.perTicketCap,
    ceiling: standing.ceiling,
    followUpDays: input.followUpDays,
    ticketClosed: snapshot.status === 'closed',
  }
  const explained = explanationFacts(snapshot, assessment)
  const steps: PlaybookStep[] = []

  const apology = ruleFor('apology', facts)
  if (apology.decide(facts).include) {
    const draft = composeApologyWith(
      {
        language: input.language,
        customerName: snapshot.requester?.name ?? null,
        failureType,
        severityBand: band,
        reasons: assessment.reasons.map((reason) => reason.code),
        incident: {
          at: assessment.detectedAt,
          ...(explained.waitMinutes !== undefined ? { waitMinutes: explained.waitMinutes } : {}),
          ...(explained.contacts !== undefined ? { contacts: explained.contacts } : {}),
          ...(explained.reopens !== undefined ? { reopens: explained.reopens } : {}),
        },
        quote: strongestQuote(assessment),
        agentName: input.agentName,
        seed: snapshot.id,
        variant: input.variant ?? 0,
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      },
      input.phraseBank,
    )
    steps.push({ kind: 'apology', ruleId: apology.id, why: apology.why(facts), draft })
  }

  const explanation = ruleFor('explanation', facts)
  if (explanation.decide(facts).include) {
    steps.push({
      kind: 'explanation',
      ruleId: explanation.id,
      why: explanation.why(facts),
      failureType,
      facts: explained,
    })
  }

  const compensation = ruleFor('compensation', facts)
  const offer = compensation.decide(facts).offer ?? { type: null, amount: null }
  const gesture: GestureSuggestion = {
    type: offer.type,
    amount: offer.amount,
    ceiling: standing.ceiling,
    ...(offer.refundPercent !== undefined ? { refundPercent: offer.refundPercent } : {}),
  }
  steps.push({ kind: 'compensation', ruleId: compensation.id, why: compensation.why(facts), gesture })

  const followUp = ruleFor('follow_up', facts)
  if (followUp.decide(facts).include) {
    steps.push({
      kind: 'follow_up',
      ruleId: followUp.id,
      why: followUp.why(facts),
      afterDays: input.followUpDays,
      dueDate: addDaysUtc(input.now, input.followUpDays),
    })
  }

  return {
    steps,
    failureType,
    severity: assessment.severity,
    severityBand: band,
    customerValue: input.customerValue.value,
    customerValueWhy: input.customerValue.why,
  }
}
