import type { ChangeLog, ChangeRecord, FieldChange } from './change-log'
import { recordInvalid, recordNotFound, updateConflict } from './errors'
import type { IdSequence } from './ids'
import type { MetricFacts } from './metrics'
import { buildComment, commentHtmlToPlainText } from './records'
import { applyActions } from './rules/apply-actions'
import type { RuleWrite, UpdateStart } from './rules/rule-host'
import type { ActingRuleRef, RuleAction } from './rules/types'
import type { SatisfactionRatings, SurveyAnswer } from './satisfaction'
import { changesData, diffTicket, touchTicket, type TicketDiff } from './ticket-diff'
import { setFieldValue, syncFieldsToTags, uniqueTags } from './ticket-field-changes'
import { ruleVia, SYSTEM_USER_ID, type NewAuditEvent, type TicketHistory } from './ticket-history'
import type { Clock } from './time'
import type {
  EmbeddedSatisfactionRating,
  TicketPriority,
  TicketStatus,
  ZendeskAudit,
  ZendeskComment,
  ZendeskTicket,
  ZendeskTicketField,
  ZendeskUser,
} from './types'

/**
 * How a ticket changes, whoever changes it: a REST update or the tag endpoints (the app, the agent page),
 * the requester's survey answer, a trigger's or automation's actions. Each write validates before it
 * mutates, lands in one audit and one change record, and (except the rules' own writes, which run inside a
 * cycle) sets off the account's triggers.
 */

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

/** The account's ticket data the writes change (owned by the store). */
export interface TicketState {
  tickets: Map<number, ZendeskTicket>
  comments: Map<number, ZendeskComment[]>
  metricFacts: Map<number, MetricFacts>
  /** When each ticket entered its current status. */
  statusSince: Map<number, string>
  history: TicketHistory
  satisfaction: SatisfactionRatings
  changes: ChangeLog
  fields: readonly ZendeskTicketField[]
  commentIds: IdSequence
  clock: Clock
  getUser(userId: number): ZendeskUser
  isStaff(userId: number): boolean
  /** The trigger cycle after an update (and the notifications it sends). */
  afterUpdate(start: UpdateStart): void
}

export class TicketWrites {
  constructor(private readonly state: TicketState) {}

  private read(ticketId: number): ZendeskTicket {
    const ticket = this.state.tickets.get(ticketId)
    if (!ticket) throw recordNotFound()
    return structuredClone(ticket)
  }

  private mutableTicket(ticketId: number, safe: SafeUpdate): ZendeskTicket {
    const ticket = this.state.tickets.get(ticketId)
    if (!ticket) throw recordNotFound()
    if (safe.safe_update && safe.updated_stamp !== undefined) {
      const stamp = Date.parse(safe.updated_stamp)
      if (Number.isNaN(stamp) || stamp !== Date.parse(ticket.updated_at)) throw updateConflict()
    }
    if (ticket.status === 'closed') throw recordInvalid('status', 'Status: closed prevents ticket update')
    return ticket
  }

  private changeRecord(
    ticketId: number,
    author: { authorId: number; endpoint: string },
    at: string,
    auditId: number,
    diff?: TicketDiff,
  ): ChangeRecord {
    return {
      at,
      ticketId,
      auditId,
      authorId: author.authorId,
      endpoint: author.endpoint,
      tagsAdded: diff?.tagsAdded ?? [],
      tagsRemoved: diff?.tagsRemoved ?? [],
      customFields: diff?.customFields ?? [],
      comments: [],
      ...(diff?.status ? { status: diff.status } : {}),
      ...(diff?.priority ? { priority: diff.priority } : {}),
    }
  }

  /** Commits a draft of a ticket: status facts follow, the draft becomes the ticket. */
  private commit(ticket: ZendeskTicket, draft: ZendeskTicket, at: string): void {
    if (draft.status !== ticket.status) {
      this.state.statusSince.set(ticket.id, at)
      const facts = this.state.metricFacts.get(ticket.id)
      if (facts && draft.status === 'solved') facts.solvedAt = at
      if (facts && ticket.status === 'solved' && draft.status !== 'closed') facts.reopens += 1
    }
    Object.assign(ticket, draft)
  }

  /** After a person's, app's or survey's update: the triggers, then the update as it ended. */
  private finishUpdate(
    ticketId: number,
    before: ZendeskTicket,
    auditId: number,
    currentUserId: number,
  ): { ticket: ZendeskTicket; audit: ZendeskAudit } {
    this.state.afterUpdate({ ticketId, before, auditId, currentUserId, updateType: 'Change' })
    const audit = this.state.history.find(ticketId, auditId)
    if (!audit) throw new Error(`audit ${auditId} vanished`)
    return { ticket: this.read(ticketId), audit }
  }

  /** `PUT /api/v2/tickets/{id}.json`: all changes land in one audit, as in Zendesk, triggers' included. */
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
    const before = structuredClone(ticket)
    const draft = structuredClone(ticket)
    const fieldChanges: FieldChange[] = []
    if (update.tags) {
      draft.tags = uniqueTags(update.tags)
      fieldChanges.push(...syncFieldsToTags(draft, this.state.fields, before.tags))
    }
    for (const entry of update.custom_fields ?? []) {
      const change = setFieldValue(draft, this.state.fields, entry.id, entry.value)
      if (change) fieldChanges.push(change)
    }

    const at = touchTicket(draft, this.state.clock())
    const auditId = this.state.history.reserveAuditId()
    const author = this.state.getUser(context.authorId)
    const events: NewAuditEvent[] = []
    const comments: ChangeRecord['comments'] = []
    if (comment && commentBody) {
      const created = buildComment({
        id: this.state.commentIds.take(),
        auditId,
        author,
        body: commentBody,
        htmlBody: comment.html_body,
        isPublic: comment.public ?? true,
        createdAt: at,
        channel: 'api',
      })
      this.state.comments.get(ticketId)?.push(created)
      const { id: _id, type: _type, via: _via, created_at: _at, metadata: _metadata, ...text } = created
      events.push({ type: 'Comment', ...text })
      comments.push({ commentId: created.id, public: created.public, body: created.body })
      // An agent's public reply on a new ticket opens it, as the agent workspace does.
      if (created.public && this.state.isStaff(author.id) && draft.status === 'new' && !update.status)
        draft.status = 'open'
    }
    if (update.status) draft.status = update.status as TicketStatus
    if (update.priority !== undefined) draft.priority = update.priority as TicketPriority | null

    const diff = diffTicket(before, draft, fieldChanges)
    this.commit(ticket, draft, at)
    this.state.history.record(auditId, {
      ticketId,
      at,
      authorId: author.id,
      events: [...events, ...diff.events],
    })
    this.state.changes.record({ ...this.changeRecord(ticketId, context, at, auditId, diff), comments })
    return this.finishUpdate(ticketId, before, auditId, author.id)
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
    const before = structuredClone(ticket)
    const draft = structuredClone(ticket)
    draft.tags =
      mode === 'add'
        ? uniqueTags([...draft.tags, ...wanted])
        : draft.tags.filter((tag) => !wanted.includes(tag))
    // A dropdown follows its option's tag (set when added, cleared when removed); a checkbox its tag.
    const diff = diffTicket(before, draft, syncFieldsToTags(draft, this.state.fields, before.tags))
    if (!changesData(diff)) return [...ticket.tags]
    const at = touchTicket(draft, this.state.clock())
    const auditId = this.state.history.reserveAuditId()
    this.commit(ticket, draft, at)
    this.state.history.record(auditId, { ticketId, at, authorId: context.authorId, events: diff.events })
    this.state.changes.record(this.changeRecord(ticketId, context, at, auditId, diff))
    return this.finishUpdate(ticketId, before, auditId, context.authorId).ticket.tags
  }

  /**
   * The requester answers the satisfaction survey (the harness's stand-in for the survey link): the ticket's
   * rating changes in one update by the requester, and the triggers run with the requester as current user.
   */
  rateTicket(
    ticketId: number,
    score: SurveyAnswer,
    comment: string | null,
  ): { rating: EmbeddedSatisfactionRating; ticket: ZendeskTicket } {
    const ticket = this.mutableTicket(ticketId, {})
    const before = structuredClone(ticket)
    const at = touchTicket(ticket, this.state.clock())
    this.state.satisfaction.answer(ticket, score, comment, at)
    ticket.satisfaction_rating = this.state.satisfaction.embedded(ticketId)
    const auditId = this.state.history.reserveAuditId()
    this.state.history.record(auditId, {
      ticketId,
      at,
      authorId: ticket.requester_id,
      events: [{ type: 'SatisfactionRating', score, assignee_id: ticket.assignee_id, body: comment ?? '' }],
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    })
    const survey = {
      authorId: ticket.requester_id,
      endpoint: `satisfaction survey (POST /__harness/tickets/${ticketId}/rating)`,
    }
    this.state.changes.record({
      ...this.changeRecord(ticketId, survey, at, auditId),
      satisfaction: { from: before.satisfaction_rating?.score ?? 'unoffered', to: score, comment },
    })
    const result = this.finishUpdate(ticketId, before, auditId, ticket.requester_id)
    return { rating: this.state.satisfaction.embedded(ticketId), ticket: result.ticket }
  }

  /**
   * A trigger's or automation's actions, as one write by the rule (see RuleHost.applyRule). A trigger acts
   * inside the update that set it off, so `updated_at` stays that update's; an automation's firing is an
   * update of its own by the system user, which moves `updated_at` when it changes the ticket's data.
   */
  applyRule(
    ticketId: number,
    rule: ActingRuleRef,
    actions: readonly RuleAction[],
    auditId: number | null,
  ): RuleWrite {
    const ticket = this.state.tickets.get(ticketId)
    if (!ticket) throw recordNotFound()
    const draft = structuredClone(ticket)
    const applied = applyActions(draft, actions, this.state.fields)
    const via = ruleVia(rule)
    const diff = diffTicket(ticket, draft, applied.fieldChanges, via)
    const changed = changesData(diff)
    const at = changed && auditId === null ? touchTicket(draft, this.state.clock()) : ticket.updated_at
    const id = auditId ?? this.state.history.reserveAuditId()
    if (auditId === null) {
      this.state.history.record(id, { ticketId, at, authorId: SYSTEM_USER_ID, events: diff.events, via })
    } else if (diff.events.length) {
      this.state.history.append(ticketId, id, diff.events)
    }
    this.commit(ticket, draft, at)
    const author = { authorId: SYSTEM_USER_ID, endpoint: `${rule.type} ${rule.id} "${rule.title}"` }
    this.state.changes.record({
      ...this.changeRecord(ticketId, author, at, id, diff),
      rule,
      via: {
        channel: 'rule',
        source: { from: { id: rule.id, title: rule.title, deleted: false }, rel: rule.type },
      },
    })
    return { changed, auditId: id, notifications: applied.notifications }
  }

  appendAuditEvents(ticketId: number, auditId: number, events: NewAuditEvent[]): void {
    this.state.history.append(ticketId, auditId, events)
  }
}
