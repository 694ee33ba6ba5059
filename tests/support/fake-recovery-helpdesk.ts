import type { OtherFollowUp } from '../../src/core/followup/schedule'
import type { Actor, RecoveryFields } from '../../src/core/recovery/types'
import type {
  AccountSetup,
  ConfirmSummary,
  CustomerTagsAndFields,
  RecoveryConnection,
  RecoveryHelpdesk,
} from '../../src/helpdesk/recovery-ports'
import { checkRecoverySettings } from '../../src/helpdesk/recovery-settings'
import { MemoryRecoveryPort } from './memory-recovery-port'

/**
 * A RecoveryHelpdesk for component tests: the in-memory port for tickets and the ledger, and records of what the
 * UI asked the workspace to do (replies inserted, summaries confirmed). `confirmAnswer` is what the "modal" says.
 */
export class FakeRecoveryHelpdesk extends MemoryRecoveryPort implements RecoveryHelpdesk {
  readonly inserted: string[] = []
  readonly summaries: ConfirmSummary[] = []
  confirmAnswer = true
  private listeners = new Set<() => void>()

  constructor(
    private readonly actor: Actor,
    private readonly facts: CustomerTagsAndFields = { tags: [], fields: {} },
  ) {
    super()
  }

  readActor = async () => this.actor
  readCustomerFacts = async () => this.facts
  /** The customer's surveys on other tickets, as a test sets them. */
  followUpHistory: OtherFollowUp[] = []
  readFollowUpHistory = async () => this.followUpHistory
  /** What an admin is offered to finish; null: nothing (the default). */
  setup: AccountSetup | null = null
  accountSetup = () => this.setup
  insertIntoReply = async (text: string) => {
    this.inserted.push(text)
  }
  confirmInModal = async (summary: ConfirmSummary) => {
    this.summaries.push(summary)
    return this.confirmAnswer
  }
  tagsFor = (fields: Partial<RecoveryFields>) => (fields.status ? [`turnaround_${fields.status}`] : [])
  onTicketChanged = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  connection(rawSettings: Record<string, unknown> = {}): RecoveryConnection {
    return { settings: checkRecoverySettings(rawSettings), connect: async () => this }
  }
}
