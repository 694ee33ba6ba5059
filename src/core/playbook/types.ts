/**
 * The suggested recovery playbook for one assessed ticket: ordered steps an agent reviews and edits before
 * anything reaches the customer or the helpdesk. Pure data; the UI translates every `Why` and prompt.
 */
import type { FailureType } from '../detect/types'
import type { LangCode } from '../detect/lexicon/types'
import type { Money } from '../money'

/** Goodwill gestures an admin can allow. "none" is always allowed: courtesy and speed come first. */
export const GESTURE_TYPES = ['refund', 'credit', 'free_shipping', 'replacement', 'gift'] as const
export type GestureType = (typeof GESTURE_TYPES)[number]

export type SeverityBand = 'low' | 'medium' | 'high'

/** How much the customer is worth keeping, from their history and the tags or fields an admin names. */
export type CustomerValue = 'standard' | 'loyal' | 'high'

/** A reason for a suggestion, translated by the UI: `playbook.why.<key>` with `params`. */
export interface Why {
  key: string
  params?: Record<string, string | number>
}

export interface ApologyDraft {
  /** The customer's language, which the draft is written in. */
  language: LangCode
  /** Plain text, paragraphs separated by a blank line. Never HTML: the UI escapes it before inserting. */
  text: string
  /** Ids of the phrase parts chosen, in order: shows (and tests) that drafts are composed, not canned. */
  parts: string[]
}

export interface GestureSuggestion {
  /** null: no money, an apology and a fix. */
  type: GestureType | null
  /** Refunds are of an amount the agent enters; this is the share of it suggested (100 = full refund). */
  refundPercent?: number
  /** The suggested value; null for a refund until the agent enters the amount, and when `type` is null. */
  amount: Money | null
  /** The most this agent may offer on this ticket now: the per-ticket cap or what is left of the month's budget. */
  ceiling: Money
}

interface StepBase {
  /** The rule in rules.ts that produced the step. */
  ruleId: string
  why: Why[]
}

export type PlaybookStep =
  | (StepBase & { kind: 'apology'; draft: ApologyDraft })
  | (StepBase & { kind: 'explanation'; failureType: FailureType; facts: ExplanationFacts })
  | (StepBase & { kind: 'compensation'; gesture: GestureSuggestion })
  | (StepBase & { kind: 'follow_up'; afterDays: number; dueDate: string })

export type PlaybookStepKind = PlaybookStep['kind']

/** What the agent's explanation prompt is pre-filled with. */
export interface ExplanationFacts {
  /** The longest wait for a reply, in minutes, when waits are part of the failure. */
  waitMinutes?: number
  reopens?: number
  /** How many times the customer contacted us about this. */
  contacts?: number
  /** The satisfaction reason the customer picked. */
  csatReason?: string
}

export interface Playbook {
  steps: PlaybookStep[]
  failureType: FailureType
  severity: number
  severityBand: SeverityBand
  customerValue: CustomerValue
  /** Why the customer value is what it is (a tag, a field, their history). */
  customerValueWhy: Why[]
}
