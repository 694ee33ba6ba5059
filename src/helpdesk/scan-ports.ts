/**
 * What `turnaround scan` needs from a helpdesk: pages of recent tickets as TicketSnapshots, in the order the
 * helpdesk's export gives them, with a position that can be saved and resumed; and a way to mark a ticket
 * as needing recovery without racing an agent. Zendesk implements it in src/helpdesk/zendesk/export/.
 */
import type { TicketSnapshot } from '../core/model'

/** Where a scan stands: plain data, saved after each page so an interrupted run goes on from there. */
export interface ScanPosition {
  /** The ticket export's cursor after the last fully processed page; null before the first page. */
  ticketCursor: string | null
  /** Unix seconds: the window's start, where the export begins while `ticketCursor` is null. */
  startTime: number
  /** Unix seconds: where the comment stream goes on from. */
  eventsTime: number
  /**
   * Unix seconds: tickets created at or after this time have every comment in the comment stream; older
   * ones have their conversation read on their own. A resumed run lost the comments held in memory, so it
   * moves this up to `eventsTime`.
   */
  coverageStart: number
}

export type ScanItem =
  /** Someone already started, finished or declined a recovery: it carries a recovery status tag. */
  | { kind: 'handled'; id: string; statusTag: string }
  | {
      kind: 'ticket'
      snapshot: TicketSnapshot
      /** The ticket's `updated_at` as read: the stamp a safe update must match. */
      updatedStamp: string
      /** Closed tickets cannot be changed any more (Zendesk answers 422). */
      closed: boolean
    }
  /** A ticket that could not be read (data that does not fit, deleted meanwhile): reported and skipped. */
  | { kind: 'unreadable'; id: string | null; problem: string }

export interface ScanPage {
  items: ScanItem[]
  /** Where the next page starts; save it once every item of this page is done. */
  next: ScanPosition
  /** ISO time of the last ticket read (the export's own clock), for progress; null when the page is empty. */
  cursorTime: string | null
  /** Nothing more inside the window: the scan is complete once this page is done. */
  done: boolean
}

export interface ReadPageOptions {
  /** Unix seconds: tickets changed at or after this belong to the next run. */
  windowEnd: number
  /** Tickets already done before an interruption: left out without reading their conversation. */
  skip?: (ticketId: string) => boolean
}

export interface TicketScanSource {
  readPage(position: ScanPosition, options: ReadPageOptions): Promise<ScanPage>
}

export type TagOutcome =
  | { kind: 'tagged' }
  /** Between our read and our write someone set a recovery status: nothing written. */
  | { kind: 'already_handled'; statusTag: string }
  /** The helpdesk refused the change for this ticket (closed, deleted…): nothing written. */
  | { kind: 'refused'; problem: string }

export interface RecoveryTagger {
  /** The tag a ticket that needs recovery gets. */
  readonly tag: string
  /** Adds the tag unless the ticket changed under us into a handled one; never removes anything. */
  tagNeeded(ticketId: string, updatedStamp: string): Promise<TagOutcome>
  /** The recovery status tag the ticket carries now, if any: settles a write whose outcome a crash hid. */
  statusTagOf(ticketId: string): Promise<string | null>
}
