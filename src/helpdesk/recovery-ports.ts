/**
 * The write side of a helpdesk, for recovery: the transaction's RecoveryPort (ticket update with a stale-write
 * guard, the append-only ledger) plus who the agent is (role and groups, for approvals), the customer facts an
 * admin's value rules read, the reply editor, a confirmation modal, and word of changes made elsewhere.
 * Zendesk implements it (src/helpdesk/zendesk/recovery/); a Freshdesk adapter implements the same.
 */
import type { OtherFollowUp } from '../core/followup/schedule'
import type { FieldValue } from '../core/playbook/customer-value'
import type { RecoveryPort } from '../core/recovery/port'
import type { Actor, RecoveryFields } from '../core/recovery/types'
import type { RecoverySettingsResult } from './recovery-settings'

export interface CustomerTagsAndFields {
  /** The requester's and their organization's tags. */
  tags: string[]
  /** Values of the named user/organization fields; the requester's value wins over the organization's. */
  fields: Record<string, FieldValue>
}

/** Exactly what Start recovery will change, already in the agent's words, for the confirmation modal. */
export interface ConfirmSummary {
  title: string
  intro: string
  sections: Array<{ heading: string; lines: string[] }>
  /** Shown highlighted: a gesture that waits for approval, a budget note. */
  notices: string[]
  confirmLabel: string
  cancelLabel: string
}

export interface RecoveryHelpdesk extends RecoveryPort {
  readActor(): Promise<Actor>
  readCustomerFacts(fieldKeys: readonly string[]): Promise<CustomerTagsAndFields>
  /** The customer's follow-up surveys on their tickets (sent or scheduled), for the survey cooldown. */
  readFollowUpHistory(requesterId: string): Promise<OtherFollowUp[]>
  /** Puts text at the cursor of the reply editor; the agent reviews and sends it. Plain text in, escaped here. */
  insertIntoReply(text: string): Promise<void>
  /** Shows the summary in a modal; resolves true when the agent confirms, false when they close it. */
  confirmInModal(summary: ConfirmSummary): Promise<boolean>
  /** The tags these field values put on the ticket (Zendesk: the dropdown options' tags), for the summary. */
  tagsFor(fields: Partial<RecoveryFields>): string[]
  /** Calls back when the ticket was saved or updated elsewhere; returns the unsubscribe. */
  onTicketChanged(listener: () => void): () => void
  /** What an admin finishes after installing (views' columns and names, the alert's group); null: nothing. */
  accountSetup(teamLeadGroup: string | null): AccountSetup | null
}

/** One piece of the setup an installation could not do. */
export interface SetupTaskSummary {
  kind: 'columns' | 'alert_group' | 'title_item' | 'view_title'
  /** The view it is about ("needs_recovery"…), for the columns and names. */
  view?: string
  /** The team-lead group's name, for the alert. */
  group?: string
}

export interface AccountSetupCheck {
  tasks: readonly SetupTaskSummary[]
  /** The alert's group cannot be set: no team-lead group in the settings, or none by that name or id. */
  alertBlocked: boolean
}

/** A view's name per language the app ships ("en", "ja"…), by view key. */
export type ViewTitles = Readonly<Record<string, Readonly<Record<string, string>>>>

export interface AccountSetup {
  check(): Promise<AccountSetupCheck>
  /** Reads the account again and does what is still missing, one task at a time; stops at the first failure. */
  run(
    titles: ViewTitles,
    /** Maps a helpdesk locale ("en-US", "no", "pt-BR") to a language of `titles`. */
    languageOf: (locale: string) => string,
    onProgress: (progress: { done: number; total: number; task: SetupTaskSummary }) => void,
  ): Promise<void>
}

/** The modal's side of the confirmation: it receives the summary and answers. */
export interface ConfirmModalBridge {
  onSummary(listener: (summary: ConfirmSummary) => void): void
  confirm(): Promise<void>
  close(): Promise<void>
}

/** What the sidebar opens after its first render: the admin's recovery settings, then the helpdesk's writer. */
export interface RecoveryConnection {
  settings: RecoverySettingsResult
  connect(currency: string): Promise<RecoveryHelpdesk>
}
