import type { CsatScore, TicketPriority, TicketStatus, TicketType, UserRole, ViaChannel } from './types'

/** The compact, human-written form of the seed; `store.ts` expands it into full Zendesk records. */

export interface SeedUser {
  key: string
  name: string
  email: string
  locale: string
  role: UserRole
  timeZone: string
  createdDaysAgo: number
  tags?: string[]
  notes?: string
  organizationId?: number | null
  /** Keys of the groups a staff member belongs to; the first is their default group. */
  groups?: string[]
}

export interface SeedGroup {
  key: string
  id: number
  name: string
  description?: string
  createdDaysAgo: number
}

export interface SeedComment {
  /** Key of the author (a SeedUser). */
  by: string
  /** How long before "now" the comment was made, so waits stay realistic whenever the harness starts. */
  minutesAgo: number
  body: string
  /** Internal note when false. Default true. */
  public?: boolean
}

export interface SeedRating {
  score: CsatScore
  comment?: string
  reason?: string
  minutesAgo?: number
}

export interface SeedTicket {
  id: number
  /** ISO 639 language the ticket is written in (for the picker). */
  language: string
  subject: string
  requester: string
  assignee: string | null
  status: TicketStatus
  priority: TicketPriority | null
  type: TicketType | null
  channel: ViaChannel
  tags: string[]
  comments: SeedComment[]
  /** Ticket-level CSAT; omitted = "unoffered". */
  rating?: SeedRating
  reopens?: number
  solvedMinutesAgo?: number
  onHoldMinutes?: number
  productArea?: string
}

export interface SeedData {
  currentUserKey: string
  groups?: SeedGroup[]
  users: SeedUser[]
  tickets: SeedTicket[]
}
