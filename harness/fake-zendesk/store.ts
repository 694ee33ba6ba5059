import { ChangeLog, type ChangeRecord, type FieldChange } from './change-log'
import { CustomObjectCatalog } from './custom-objects/catalog'
import { CustomObjectPermissions } from './custom-objects/permissions'
import { CustomObjectRecords } from './custom-objects/record-store'
import { ZendeskApiError, recordInvalid, recordNotFound, updateConflict } from './errors'
import { GroupDirectory } from './groups'
import { IdSequence } from './ids'
import { computeTicketMetric, type MetricFacts } from './metrics'
import {
  buildComment,
  buildRating,
  buildTicket,
  buildUser,
  commentHtmlToPlainText,
  embedRating,
  seedCommentTime,
} from './records'
import { seedData as defaultSeed } from './seed'
import type { SeedData, SeedTicket } from './seed-types'
import { installRequirements, readRequirementsFile } from './requirements/install'
import type { InstalledRequirements } from './requirements/installer'
import { setFieldValue, syncFieldsToTags, uniqueTags } from './ticket-field-changes'
import { buildTicketFields, FIRST_INSTALLED_FIELD_ID, FIRST_INSTALLED_OPTION_ID } from './ticket-fields'
import { minutesBefore, systemClock, toZendeskTime, type Clock } from './time'
import type {
  AuditEvent,
  TicketPriority,
  TicketStatus,
  ZendeskAudit,
  ZendeskComment,
  ZendeskSatisfactionRating,
  ZendeskTicket,
  ZendeskTicketField,
  ZendeskTicketMetric,
  ZendeskUser,
} from './types'

export interface StoreOptions {
  clock?: Clock
  seed?: SeedData
  /** The app's requirements.json, parsed; default: read from `requirementsPath`. */
  requirements?: unknown
  /** Default: the repository's requirements.json. */
  requirementsPath?: string
}

export interface TicketUpdate {
  comment?: { body?: string; html_body?: string; public?: boolean }
  custom_fields?: Array<{ id: number; value: unknown }>
  tags?: string[]
  status?: string
  priority?: string | null
}

export interface SafeUpdate {
  safe_update?: boolean
  updated_stamp?: string
}

export interface WriteContext {
  authorId: number
  endpoint: string
}

const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed']
const PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent']

/**
 * The fake account's data and the rules Zendesk applies when it changes: tags replace on ticket update,
 * tagger fields add and remove their option's tag, closed tickets refuse updates, safe updates compare
 * `updated_stamp`, reopening a solved ticket counts a reopen. Every write leaves an audit and a change record.
 */
export class FakeZendeskStore {
  readonly clock: Clock
  readonly changes: ChangeLog
  /** The default signed-in agent (a browser without a harness session cookie acts as this user). */
  readonly currentUserId: number
  /** identifier → requirement, from installing the app's requirements.json. */
  readonly requirements: InstalledRequirements
  readonly groups: GroupDirectory
  readonly customObjects = new CustomObjectCatalog()
  readonly records: CustomObjectRecords
  readonly permissions = new CustomObjectPermissions()

  private readonly users = new Map<number, ZendeskUser>()
  private readonly tickets = new Map<number, ZendeskTicket>()
  private readonly comments = new Map<number, ZendeskComment[]>()
  private readonly ratings = new Map<number, ZendeskSatisfactionRating>()
  private readonly metricFacts = new Map<number, MetricFacts>()
  private readonly audits = new Map<number, ZendeskAudit[]>()
  private readonly languages = new Map<number, string>()
  private readonly fields: ZendeskTicketField[]
  private nextCommentId = 38_100_000_001
  private nextAuditId = 38_200_000_001
  private nextEventId = 38_300_000_001

  constructor(options: StoreOptions = {}) {
    this.clock = options.clock ?? systemClock
    const seed = options.seed ?? defaultSeed
    const now = this.clock()
    const accountCreated = toZendeskTime(minutesBefore(now, 400 * 24 * 60))
    this.fields = buildTicketFields(accountCreated)
    this.groups = new GroupDirectory(seed.groups ?? [], now)
    const idsByKey = new Map<string, number>()
    seed.users.forEach((user, index) => {
      const id = (user.role === 'end-user' ? 372_000_000_001 : 361_000_000_001) + index
      idsByKey.set(user.key, id)
      this.users.set(id, buildUser(user, id, now))
      for (const groupKey of user.groups ?? []) {
        const group = seed.groups?.find((candidate) => candidate.key === groupKey)
        if (!group) throw new Error(`seed: user "${user.key}" is in unknown group "${groupKey}"`)
        this.groups.addMember(id, group.id, accountCreated)
      }
    })
    const current = idsByKey.get(seed.currentUserKey)
    if (current === undefined) throw new Error(`seed: unknown current user "${seed.currentUserKey}"`)
    this.currentUserId = current
    const admin = [...this.users.values()].find((user) => user.role === 'admin')
    this.requirements = installRequirements(
      options.requirements ?? readRequirementsFile(options.requirementsPath),
      {
        at: toZendeskTime(minutesBefore(now, 30 * 24 * 60)),
        adminId: admin?.id ?? current,
        ticketFields: this.fields,
        ticketFieldIds: new IdSequence(FIRST_INSTALLED_FIELD_ID),
        ticketFieldOptionIds: new IdSequence(FIRST_INSTALLED_OPTION_ID),
        customObjects: this.customObjects,
      },
    )
    const followUp = this.requirements.turnaround_follow_up
    this.changes = new ChangeLog({
      followUpFieldId: typeof followUp?.requirement_id === 'number' ? followUp.requirement_id : undefined,
    })
    this.records = new CustomObjectRecords(this.customObjects, this.clock, this.changes, (target, id) =>
      this.lookupExists(target, id),
    )
    for (const ticket of seed.tickets) this.seedTicket(ticket, idsByKey, now)
  }

  /** Whether a lookup field's target exists: `zen:ticket`, `zen:user` or `zen:custom_object:<key>`. */
  private lookupExists(target: string, id: string): boolean {
    if (target === 'zen:ticket') return /^\d+$/.test(id) && this.tickets.has(Number(id))
    if (target === 'zen:user') return /^\d+$/.test(id) && this.users.has(Number(id))
    const objectKey = /^zen:custom_object:(.+)$/.exec(target)?.[1]
    return objectKey !== undefined && this.records.exists(objectKey, id)
  }

  private userByKey(key: string, idsByKey: Map<string, number>): ZendeskUser {
    const user = this.users.get(idsByKey.get(key) ?? -1)
    if (!user) throw new Error(`seed: unknown user "${key}"`)
    return user
  }

  private seedTicket(seed: SeedTicket, idsByKey: Map<string, number>, now: Date): void {
    const requester = this.userByKey(seed.requester, idsByKey)
    const assignee = seed.assignee ? this.userByKey(seed.assignee, idsByKey) : null
    const times = seed.comments.map((comment) => seedCommentTime(now, comment))
    const createdAt = times[0] ?? toZendeskTime(now)
    const solvedAt =
      seed.solvedMinutesAgo === undefined ? null : toZendeskTime(minutesBefore(now, seed.solvedMinutesAgo))
    const ratedAt =
      seed.rating?.minutesAgo === undefined ? null : toZendeskTime(minutesBefore(now, seed.rating.minutesAgo))
    const updatedAt = [...times, solvedAt, ratedAt]
      .filter((time): time is string => time !== null)
      .reduce((latest, time) => (time > latest ? time : latest), createdAt)
    const customFieldIds = this.fields.filter((field) => field.removable).map((field) => field.id)
    const ticket = buildTicket(seed, { requester, assignee }, createdAt, updatedAt, customFieldIds)
    const comments = seed.comments.map((comment, index) =>
      buildComment({
        id: this.nextCommentId++,
        auditId: this.nextAuditId++,
        author: this.userByKey(comment.by, idsByKey),
        body: comment.body,
        isPublic: comment.public ?? true,
        createdAt: times[index] ?? createdAt,
        channel: seed.channel,
      }),
    )
    if (seed.rating) {
      const rating = buildRating(seed.rating, 36_900_000_000 + seed.id, ticket, now)
      this.ratings.set(ticket.id, rating)
    }
    ticket.satisfaction_rating = embedRating(this.ratings.get(ticket.id))
    this.tickets.set(ticket.id, ticket)
    this.comments.set(ticket.id, comments)
    this.languages.set(ticket.id, seed.language)
    this.audits.set(ticket.id, [])
    this.metricFacts.set(ticket.id, {
      reopens: seed.reopens ?? 0,
      solvedAt,
      assignedAt: assignee ? (times[1] ?? createdAt) : null,
      onHoldMinutes: seed.onHoldMinutes ?? 0,
    })
  }

  // ── Reads ────────────────────────────────────────────────────────────────────────────────────────

  listTickets(): ZendeskTicket[] {
    return [...this.tickets.values()].map((ticket) => structuredClone(ticket))
  }

  ticketLanguage(ticketId: number): string | undefined {
    return this.languages.get(ticketId)
  }

  findTicket(ticketId: number): ZendeskTicket | undefined {
    const ticket = this.tickets.get(ticketId)
    return ticket ? structuredClone(ticket) : undefined
  }

  getTicket(ticketId: number): ZendeskTicket {
    const ticket = this.findTicket(ticketId)
    if (!ticket) throw recordNotFound()
    return ticket
  }

  getUser(userId: number): ZendeskUser {
    const user = this.users.get(userId)
    if (!user) throw recordNotFound()
    return structuredClone(user)
  }

  findUser(userId: number): ZendeskUser | undefined {
    const user = this.users.get(userId)
    return user ? structuredClone(user) : undefined
  }

  listUsers(): ZendeskUser[] {
    return [...this.users.values()].map((user) => structuredClone(user))
  }

  isStaff(userId: number): boolean {
    const role = this.users.get(userId)?.role
    return role === 'agent' || role === 'admin'
  }

  getComments(ticketId: number): ZendeskComment[] {
    const comments = this.comments.get(ticketId)
    if (!comments) throw recordNotFound()
    return structuredClone(comments)
  }

  getMetric(ticketId: number): ZendeskTicketMetric {
    const ticket = this.tickets.get(ticketId)
    const facts = this.metricFacts.get(ticketId)
    if (!ticket || !facts) throw recordNotFound()
    return computeTicketMetric(
      ticket,
      this.comments.get(ticketId) ?? [],
      (userId) => this.isStaff(userId),
      facts,
      5_100_000_000 + ticketId,
      this.clock(),
    )
  }

  ticketsRequestedBy(userId: number): ZendeskTicket[] {
    this.getUser(userId)
    return this.listTickets().filter((ticket) => ticket.requester_id === userId)
  }

  listRatings(): ZendeskSatisfactionRating[] {
    return [...this.ratings.values()].map((rating) => structuredClone(rating))
  }

  getTicketFields(): ZendeskTicketField[] {
    return structuredClone(this.fields)
  }

  getAudits(ticketId: number): ZendeskAudit[] {
    return structuredClone(this.audits.get(ticketId) ?? [])
  }

  // ── Harness-only controls (the agent panel) ─────────────────────────────────────────────────────

  setUserLocale(userId: number, locale: string): ZendeskUser {
    const user = this.users.get(userId)
    if (!user) throw recordNotFound()
    user.locale = locale
    user.updated_at = toZendeskTime(this.clock())
    return structuredClone(user)
  }

  // ── Writes ───────────────────────────────────────────────────────────────────────────────────────

  private mutableTicket(ticketId: number, safe: SafeUpdate): ZendeskTicket {
    const ticket = this.tickets.get(ticketId)
    if (!ticket) throw recordNotFound()
    if (safe.safe_update && safe.updated_stamp !== undefined) {
      const stamp = Date.parse(safe.updated_stamp)
      if (Number.isNaN(stamp) || stamp !== Date.parse(ticket.updated_at)) throw updateConflict()
    }
    if (ticket.status === 'closed') throw recordInvalid('status', 'Status: closed prevents ticket update')
    return ticket
  }

  /** A new `updated_at` that always moves forward, so a safe update never races within one second. */
  private touch(ticket: ZendeskTicket): string {
    let next = toZendeskTime(this.clock())
    if (Date.parse(next) <= Date.parse(ticket.updated_at)) {
      next = toZendeskTime(new Date(Date.parse(ticket.updated_at) + 1000))
    }
    ticket.updated_at = next
    ticket.generated_timestamp = Math.floor(Date.parse(next) / 1000)
    return next
  }

  private newChange(ticketId: number, context: WriteContext, at: string, auditId: number): ChangeRecord {
    return {
      at,
      ticketId,
      auditId,
      authorId: context.authorId,
      endpoint: context.endpoint,
      tagsAdded: [],
      tagsRemoved: [],
      customFields: [],
      comments: [],
    }
  }

  private changeEvent(fieldName: string, value: unknown, previous: unknown): AuditEvent {
    return { id: this.nextEventId++, type: 'Change', field_name: fieldName, value, previous_value: previous }
  }

  /** `PUT /api/v2/tickets/{id}.json`: all changes land in one audit, as in Zendesk. */
  updateTicket(
    ticketId: number,
    update: TicketUpdate,
    safe: SafeUpdate,
    context: WriteContext,
  ): { ticket: ZendeskTicket; audit: ZendeskAudit } {
    const ticket = this.mutableTicket(ticketId, safe)
    if (update.status !== undefined && !STATUSES.includes(update.status as TicketStatus)) {
      throw recordInvalid('status', `Status: "${update.status}" is not a valid status`)
    }
    if (update.priority != null && !PRIORITIES.includes(update.priority as TicketPriority)) {
      throw recordInvalid('priority', `Priority: "${update.priority}" is not a valid priority`)
    }
    const comment = update.comment
    const commentBody = comment
      ? (comment.body ?? (comment.html_body ? commentHtmlToPlainText(comment.html_body) : ''))
      : undefined
    if (comment && !commentBody?.trim()) throw recordInvalid('comment', 'Comment: value is blank')

    // Validate every field before mutating anything: a 422 must leave the ticket untouched.
    const draft = structuredClone(ticket)
    const fieldChanges: FieldChange[] = []
    const tagsBefore = [...ticket.tags]
    if (update.tags) {
      draft.tags = uniqueTags(update.tags)
      fieldChanges.push(...syncFieldsToTags(draft, this.fields))
    }
    for (const entry of update.custom_fields ?? []) {
      const change = setFieldValue(draft, this.fields, entry.id, entry.value)
      if (change) fieldChanges.push(change)
    }

    const at = this.touch(draft)
    const auditId = this.nextAuditId++
    const change = this.newChange(ticketId, context, at, auditId)
    const events: AuditEvent[] = []
    const author = this.getUser(context.authorId)

    if (comment && commentBody) {
      const created = buildComment({
        id: this.nextCommentId++,
        auditId,
        author,
        body: commentBody,
        htmlBody: comment.html_body,
        isPublic: comment.public ?? true,
        createdAt: at,
        channel: 'api',
      })
      this.comments.get(ticketId)?.push(created)
      events.push({
        id: this.nextEventId++,
        type: 'Comment',
        author_id: created.author_id,
        body: created.body,
        html_body: created.html_body,
        plain_body: created.plain_body,
        public: created.public,
        attachments: [],
        audit_id: auditId,
      })
      change.comments.push({ commentId: created.id, public: created.public, body: created.body })
      // An agent's public reply on a new ticket opens it, as the agent workspace does.
      if (created.public && this.isStaff(author.id) && draft.status === 'new' && !update.status)
        draft.status = 'open'
    }

    change.tagsAdded = draft.tags.filter((tag) => !tagsBefore.includes(tag))
    change.tagsRemoved = tagsBefore.filter((tag) => !draft.tags.includes(tag))
    if (change.tagsAdded.length || change.tagsRemoved.length) {
      events.push(this.changeEvent('tags', draft.tags, tagsBefore))
    }
    for (const field of fieldChanges) events.push(this.changeEvent(String(field.id), field.to, field.from))
    change.customFields = fieldChanges

    if (update.status && update.status !== ticket.status) draft.status = update.status as TicketStatus
    if (draft.status !== ticket.status) {
      change.status = { from: ticket.status, to: draft.status }
      events.push(this.changeEvent('status', draft.status, ticket.status))
      this.trackStatusFacts(ticketId, ticket.status, draft.status, at)
    }
    if (update.priority !== undefined && update.priority !== ticket.priority) {
      draft.priority = update.priority as TicketPriority | null
      change.priority = { from: ticket.priority, to: draft.priority }
      events.push(this.changeEvent('priority', draft.priority, ticket.priority))
    }

    Object.assign(ticket, draft)
    const audit = this.recordAudit(ticketId, auditId, at, author.id, events)
    this.changes.record(change)
    return { ticket: structuredClone(ticket), audit }
  }

  private trackStatusFacts(ticketId: number, from: TicketStatus, to: TicketStatus, at: string): void {
    const facts = this.metricFacts.get(ticketId)
    if (!facts) return
    if (to === 'solved') facts.solvedAt = at
    if (from === 'solved' && to !== 'closed') facts.reopens += 1
  }

  private recordAudit(
    ticketId: number,
    auditId: number,
    at: string,
    authorId: number,
    events: AuditEvent[],
  ): ZendeskAudit {
    const audit: ZendeskAudit = {
      id: auditId,
      ticket_id: ticketId,
      created_at: at,
      author_id: authorId,
      metadata: { system: { client: 'Turnaround harness', ip_address: '127.0.0.1' }, custom: {} },
      events,
      via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    }
    this.audits.get(ticketId)?.push(audit)
    return structuredClone(audit)
  }

  /** `PUT /api/v2/tickets/{id}/tags.json` (add) and `DELETE` (remove): leave every other tag alone. */
  changeTags(
    ticketId: number,
    mode: 'add' | 'remove',
    tags: readonly string[],
    safe: SafeUpdate,
    context: WriteContext,
  ): string[] {
    const ticket = this.mutableTicket(ticketId, safe)
    const wanted = uniqueTags(tags)
    const before = [...ticket.tags]
    ticket.tags =
      mode === 'add'
        ? uniqueTags([...ticket.tags, ...wanted])
        : ticket.tags.filter((tag) => !wanted.includes(tag))
    const added = ticket.tags.filter((tag) => !before.includes(tag))
    const removed = before.filter((tag) => !ticket.tags.includes(tag))
    if (added.length || removed.length) {
      // Removing a dropdown option's tag clears the dropdown; a checkbox follows its tag.
      const fieldChanges = syncFieldsToTags(ticket, this.fields)
      const at = this.touch(ticket)
      const auditId = this.nextAuditId++
      const change = this.newChange(ticketId, context, at, auditId)
      change.tagsAdded = added
      change.tagsRemoved = removed
      change.customFields = fieldChanges
      this.recordAudit(ticketId, auditId, at, context.authorId, [
        this.changeEvent('tags', ticket.tags, before),
        ...fieldChanges.map((field) => this.changeEvent(String(field.id), field.to, field.from)),
      ])
      this.changes.record(change)
    }
    return [...ticket.tags]
  }
}

export function isZendeskApiError(value: unknown): value is ZendeskApiError {
  return value instanceof ZendeskApiError
}
