import * as z from 'zod/mini'
import type { OtherFollowUp } from '../../../core/followup/schedule'
import type { HttpClient } from '../../http/types'
import { parseBoundary } from '../../parse'
import { toIsoUtc } from '../snapshot'
import type { RecoveryFieldIds } from './field-ids'

const id = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value) => String(value)),
)
const requestedSchema = z.looseObject({
  tickets: z.array(
    z.looseObject({
      id,
      updated_at: z.string(),
      tags: z.optional(z.array(z.string())),
      custom_fields: z.optional(
        z.array(z.looseObject({ id, value: z.nullish(z.union([z.string(), z.number(), z.boolean()])) })),
      ),
    }),
  ),
})

const SCHEDULED = /^turnaround_followup_\d+d$/

/**
 * The customer's follow-up surveys on their tickets, for the survey cooldown: scheduled ones on their due day,
 * sent ones on the day the ticket last changed — never earlier than the survey went out, so the cooldown errs on
 * the side of asking less often. One request: the requester's 100 most recently updated tickets.
 */
export async function readFollowUpHistory(
  http: HttpClient,
  fieldIds: RecoveryFieldIds,
  requesterId: string,
): Promise<OtherFollowUp[]> {
  const path = `/api/v2/users/${requesterId}/tickets/requested.json`
  const response = await http.request({
    method: 'GET',
    path,
    query: { sort_by: 'updated_at', sort_order: 'desc', per_page: 100 },
  })
  const { tickets } = parseBoundary(requestedSchema, response.data, `GET ${path}`)
  return tickets.flatMap((ticket): OtherFollowUp[] => {
    const tags = ticket.tags ?? []
    const due = ticket.custom_fields?.find((field) => field.id === fieldIds.followUpDate)?.value
    if (tags.includes('turnaround_followup_sent')) {
      return [
        { ticketId: ticket.id, state: 'sent', date: toIsoUtc(ticket.updated_at, 'updated_at').slice(0, 10) },
      ]
    }
    if (
      tags.some((tag) => SCHEDULED.test(tag)) &&
      typeof due === 'string' &&
      /^\d{4}-\d{2}-\d{2}/.test(due)
    ) {
      return [{ ticketId: ticket.id, state: 'scheduled', date: due.slice(0, 10) }]
    }
    return []
  })
}
