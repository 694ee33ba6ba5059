import type { OtherFollowUp } from '../../../core/followup/schedule'
import type { LedgerPort } from '../../../core/recovery/port'
import type { Actor, RecoveryFields, TicketPatch, TicketRecoveryView } from '../../../core/recovery/types'
import type { HttpClient } from '../../http/types'
import type {
  AccountSetup,
  ConfirmSummary,
  CustomerTagsAndFields,
  RecoveryHelpdesk,
} from '../../recovery-ports'
import type { ZafClient } from '../zaf-types'
import { confirmInModal } from './confirm-modal'
import { resolveRecoveryFieldIds, type RecoveryFieldIds } from './field-ids'
import { readFollowUpHistory } from './follow-up-history'
import { ZendeskSetup } from '../setup/zendesk-setup'
import { tagsOfFields } from './field-mapping'
import { ZendeskLedgerStore } from './ledger-store'
import { ZendeskTicketStore } from './ticket-store'
import { insertIntoReply, onTicketChanged, readActor, readCustomerFacts } from './zaf-workspace'

/** Zendesk Support behind the RecoveryHelpdesk port: REST for the ticket and the ledger, ZAF for the rest. */
export class ZendeskRecovery implements RecoveryHelpdesk {
  readonly ledger: LedgerPort

  private constructor(
    private readonly client: ZafClient,
    private readonly tickets: ZendeskTicketStore,
    private readonly http: HttpClient,
    private readonly fieldIds: RecoveryFieldIds,
  ) {
    this.ledger = new ZendeskLedgerStore(http)
  }

  /** Looks up the installed fields' ids first: without them nothing can be read or written. */
  static async connect(client: ZafClient, http: HttpClient, currency: string): Promise<ZendeskRecovery> {
    const fieldIds = await resolveRecoveryFieldIds(client)
    return new ZendeskRecovery(client, new ZendeskTicketStore(http, fieldIds, currency), http, fieldIds)
  }

  accountSetup(teamLeadGroup: string | null): AccountSetup {
    return new ZendeskSetup(this.client, this.http, this.fieldIds, teamLeadGroup)
  }

  readFollowUpHistory(requesterId: string): Promise<OtherFollowUp[]> {
    return readFollowUpHistory(this.http, this.fieldIds, requesterId)
  }

  readTicket(ticketId: string): Promise<TicketRecoveryView> {
    return this.tickets.readTicket(ticketId)
  }

  updateTicket(ticketId: string, patch: TicketPatch, expectedVersion: string): Promise<TicketRecoveryView> {
    return this.tickets.updateTicket(ticketId, patch, expectedVersion)
  }

  readActor(): Promise<Actor> {
    return readActor(this.client)
  }

  readCustomerFacts(fieldKeys: readonly string[]): Promise<CustomerTagsAndFields> {
    return readCustomerFacts(this.client, fieldKeys)
  }

  insertIntoReply(text: string): Promise<void> {
    return insertIntoReply(this.client, text)
  }

  confirmInModal(summary: ConfirmSummary): Promise<boolean> {
    return confirmInModal(this.client, summary)
  }

  tagsFor(fields: Partial<RecoveryFields>): string[] {
    return tagsOfFields(fields)
  }

  onTicketChanged(listener: () => void): () => void {
    return onTicketChanged(this.client, listener)
  }
}
