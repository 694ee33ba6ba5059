import type { TicketPatch, TicketRecoveryView } from '../../../core/recovery/types'
import type { HttpClient } from '../../http/types'
import { parseBoundary } from '../../parse'
import { toIsoUtc, toStatus } from '../snapshot'
import type { RecoveryFieldIds } from './field-ids'
import { readRecoveryFields, writeRecoveryFields } from './field-mapping'
import { ticketWithFieldsSchema, type TicketWithFields } from './schemas'

export const ticketPath = (ticketId: string) => `/api/v2/tickets/${ticketId}.json`

/**
 * The ticket side of a recovery over REST. Writes are one `PUT /tickets/{id}` each, carrying the recovery
 * fields and the internal note together (one audit: all or nothing) under `safe_update` with the
 * `updated_stamp` read before — Zendesk answers 409 if anyone changed the ticket since. Tags are never sent:
 * `tags` on a ticket update replaces them all; the recovery's tags come from its dropdown fields instead.
 */
export class ZendeskTicketStore {
  constructor(
    private readonly http: HttpClient,
    private readonly fieldIds: RecoveryFieldIds,
    private readonly currency: string,
  ) {}

  private toView(ticket: TicketWithFields): TicketRecoveryView {
    return {
      ticketId: ticket.id,
      // Kept exactly as Zendesk sent it: safe_update compares it with the ticket's updated_at.
      version: ticket.updated_at,
      ticketStatus: toStatus(ticket.status),
      fields: readRecoveryFields(ticket.custom_fields, this.fieldIds, this.currency),
    }
  }

  async readTicket(ticketId: string): Promise<TicketRecoveryView> {
    const path = ticketPath(ticketId)
    const response = await this.http.request({ method: 'GET', path })
    return this.toView(parseBoundary(ticketWithFieldsSchema, response.data, `GET ${path}`).ticket)
  }

  async updateTicket(
    ticketId: string,
    patch: TicketPatch,
    expectedVersion: string,
  ): Promise<TicketRecoveryView> {
    const path = ticketPath(ticketId)
    toIsoUtc(expectedVersion, 'updated_stamp') // a version that is not a date would disable the guard
    const response = await this.http.request({
      method: 'PUT',
      path,
      body: {
        ticket: {
          custom_fields: writeRecoveryFields(patch.fields, this.fieldIds),
          comment: { body: patch.internalNote, public: false },
          safe_update: true,
          updated_stamp: expectedVersion,
        },
      },
    })
    return this.toView(parseBoundary(ticketWithFieldsSchema, response.data, `PUT ${path}`).ticket)
  }
}
