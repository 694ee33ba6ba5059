import type { GroupDirectory } from './groups'
import type { IdSequence } from './ids'
import type { MetricFacts } from './metrics'
import { buildComment, buildRating, buildTicket, buildUser, seedCommentTime } from './records'
import type { SatisfactionRatings } from './satisfaction'
import type { SeedData, SeedTicket } from './seed-types'
import type { TicketHistory } from './ticket-history'
import { minutesBefore, toZendeskTime } from './time'
import type { ZendeskComment, ZendeskTicket, ZendeskTicketField, ZendeskUser } from './types'

/**
 * Expands the compact seed into the account's records: users with account-shaped ids and their group
 * memberships, tickets with their comments, rating and metric facts. Every time is "minutes before now",
 * now being the account clock's reading at boot.
 */

/** The store's collections the seed fills. */
export interface SeedTarget {
  users: Map<number, ZendeskUser>
  groups: GroupDirectory
  tickets: Map<number, ZendeskTicket>
  comments: Map<number, ZendeskComment[]>
  languages: Map<number, string>
  metricFacts: Map<number, MetricFacts>
  statusSince: Map<number, string>
  history: TicketHistory
  satisfaction: SatisfactionRatings
  commentIds: IdSequence
  fields: readonly ZendeskTicketField[]
}

/** The seed's staff and customers, with their groups; returns seed key → user id. */
export function loadSeedUsers(
  seed: SeedData,
  target: SeedTarget,
  now: Date,
  accountCreated: string,
): Map<string, number> {
  const idsByKey = new Map<string, number>()
  seed.users.forEach((user, index) => {
    const id = (user.role === 'end-user' ? 372_000_000_001 : 361_000_000_001) + index
    idsByKey.set(user.key, id)
    target.users.set(id, buildUser(user, id, now))
    for (const groupKey of user.groups ?? []) {
      const group = seed.groups?.find((candidate) => candidate.key === groupKey)
      if (!group) throw new Error(`seed: user "${user.key}" is in unknown group "${groupKey}"`)
      target.groups.addMember(id, group.id, accountCreated)
    }
  })
  return idsByKey
}

function userByKey(target: SeedTarget, key: string, idsByKey: Map<string, number>): ZendeskUser {
  const user = target.users.get(idsByKey.get(key) ?? -1)
  if (!user) throw new Error(`seed: unknown user "${key}"`)
  return user
}

export function loadSeedTicket(
  seed: SeedTicket,
  target: SeedTarget,
  idsByKey: Map<string, number>,
  now: Date,
): void {
  const requester = userByKey(target, seed.requester, idsByKey)
  const assignee = seed.assignee ? userByKey(target, seed.assignee, idsByKey) : null
  const times = seed.comments.map((comment) => seedCommentTime(now, comment))
  const createdAt = times[0] ?? toZendeskTime(now)
  const solvedAt =
    seed.solvedMinutesAgo === undefined ? null : toZendeskTime(minutesBefore(now, seed.solvedMinutesAgo))
  const ratedAt =
    seed.rating?.minutesAgo === undefined ? null : toZendeskTime(minutesBefore(now, seed.rating.minutesAgo))
  const updatedAt = [...times, solvedAt, ratedAt]
    .filter((time): time is string => time !== null)
    .reduce((latest, time) => (time > latest ? time : latest), createdAt)
  const customFieldIds = target.fields.filter((field) => field.removable).map((field) => field.id)
  const ticket = buildTicket(seed, { requester, assignee }, createdAt, updatedAt, customFieldIds)
  const comments = seed.comments.map((comment, index) =>
    buildComment({
      id: target.commentIds.take(),
      auditId: target.history.reserveAuditId(),
      author: userByKey(target, comment.by, idsByKey),
      body: comment.body,
      isPublic: comment.public ?? true,
      createdAt: times[index] ?? createdAt,
      channel: seed.channel,
    }),
  )
  if (seed.rating) target.satisfaction.seed(buildRating(seed.rating, 36_900_000_000 + seed.id, ticket, now))
  ticket.satisfaction_rating = target.satisfaction.embedded(ticket.id)
  target.tickets.set(ticket.id, ticket)
  target.comments.set(ticket.id, comments)
  target.languages.set(ticket.id, seed.language)
  target.history.open(ticket.id)
  // ASSUMPTION for seeded tickets: a solved one entered "solved" when it was solved; any other entered its
  // status at its last update.
  target.statusSince.set(ticket.id, seed.status === 'solved' && solvedAt ? solvedAt : updatedAt)
  target.metricFacts.set(ticket.id, {
    reopens: seed.reopens ?? 0,
    solvedAt,
    assignedAt: assignee ? (times[1] ?? createdAt) : null,
    onHoldMinutes: seed.onHoldMinutes ?? 0,
  })
}
