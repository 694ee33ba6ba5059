import type { ScanPosition } from '../../scan-ports'
import { RECOVERY_STATUS_TAGS } from '../recovery/field-mapping'
import type { TicketPage } from './page-decode'
import type { ExportedTicket } from './schemas'

/** Small facts about the tickets of an export page that the scan source decides by. */

const STATUS_TAGS = new Set<string>(Object.values(RECOVERY_STATUS_TAGS))

/** Unix seconds of the ticket's last change: the export's order and the window's test. */
export const generatedSecond = (ticket: ExportedTicket): number =>
  ticket.generated_timestamp ?? Math.floor(Date.parse(ticket.updated_at) / 1000)

export const createdSecond = (ticket: ExportedTicket): number => Date.parse(ticket.created_at) / 1000

/** The recovery status someone already gave the ticket, if any: then it is handled, not assessed. */
export const statusTagOf = (ticket: ExportedTicket): string | undefined =>
  ticket.tags.find((tag) => STATUS_TAGS.has(tag))

/** The tickets of a page whose conversation must be read alone: created before the comment stream began. */
export function olderTickets(page: TicketPage, windowEnd: number, coverageStart: number): ExportedTicket[] {
  return page.tickets.flatMap((entry) =>
    entry.ok &&
    generatedSecond(entry.ticket) < windowEnd &&
    !statusTagOf(entry.ticket) &&
    createdSecond(entry.ticket) < coverageStart
      ? [entry.ticket]
      : [],
  )
}

export const samePosition = (a: ScanPosition, b: ScanPosition): boolean =>
  a.ticketCursor === b.ticketCursor &&
  a.startTime === b.startTime &&
  a.eventsTime === b.eventsTime &&
  a.coverageStart === b.coverageStart
