import { AccountClock } from './account-clock'
import { ChangeLog } from './change-log'
import { CustomObjectCatalog } from './custom-objects/catalog'
import { CustomObjectPermissions } from './custom-objects/permissions'
import { CustomObjectRecords } from './custom-objects/record-store'
import { ZendeskApiError, recordNotFound } from './errors'
import { GroupDirectory } from './groups'
import { TicketArchive } from './history/archive'
import { IdSequence } from './ids'
import { localeIdFor } from './locales'
import { computeTicketMetric, type MetricFacts } from './metrics'
import { seedData as defaultSeed } from './seed'
import { loadSeedTicket, loadSeedUsers, type SeedTarget } from './seed-loader'
import type { SeedData } from './seed-types'
import { installRequirements, readRequirementsFile } from './requirements/install'
import type { InstalledRequirements } from './requirements/installer'
import { AccountRules } from './rules/account-rules'
import type { CsatMode } from './rules/csat-links'
import { RuleBook } from './rules/rule-book'
import type { RuleHost, RuleWrite } from './rules/rule-host'
import type { ActingRuleRef, RuleAction, TicketTimes } from './rules/types'
import { SatisfactionRatings, type SurveyAnswer } from './satisfaction'
import { buildTicketFields, FIRST_INSTALLED_FIELD_ID, FIRST_INSTALLED_OPTION_ID } from './ticket-fields'
import { TicketHistory, type NewAuditEvent } from './ticket-history'
import { TicketWrites, type SafeUpdate, type TicketUpdate, type WriteContext } from './ticket-writes'
import { minutesBefore, toZendeskTime, type Clock } from './time'
import type {
  ZendeskAudit,
  ZendeskComment,
  ZendeskSatisfactionRating,
  ZendeskTicket,
  ZendeskTicketField,
  ZendeskTicketMetric,
  ZendeskUser,
} from './types'

export type { SafeUpdate, TicketUpdate, WriteContext } from './ticket-writes'

export interface StoreOptions {
  /** The account clock's base (tests' manual clocks); default: the computer's time at boot, then still. */
  clock?: Clock
  seed?: SeedData
  /** The app's requirements.json, parsed; default: read from `requirementsPath`. */
  requirements?: unknown
  /** Default: the repository's requirements.json. */
  requirementsPath?: string
  /** Which CSAT the account uses; default legacy, the CSAT whose ratings API and ticket field the fake serves. */
  csatMode?: CsatMode
}

/** Where the account's business rules (triggers, automations, views) are numbered: one sequence, as in Zendesk. */
const FIRST_RULE_ID = 360_038_114_001

/**
 * The fake account's data and the rules Zendesk applies when it changes: tags replace on ticket update,
 * tagger fields add and remove their option's tag, closed tickets refuse updates, safe updates compare
 * `updated_stamp`, reopening a solved ticket counts a reopen. Every write leaves an audit and a change record,
 * and every ticket update runs the account's triggers (rules/).
 */
export class FakeZendeskStore implements RuleHost {
  /** The account's clock: still unless advanced (the harness's clock control runs automations on the way). */
  readonly accountClock: AccountClock
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
  /** Triggers, automations, views, their notifications and dynamic content. */
  readonly rules: AccountRules
  /** Past, closed tickets: search finds them; the workspace, views and rules do not (history/). */
  readonly archive = new TicketArchive()

  private readonly users = new Map<number, ZendeskUser>()
  private readonly tickets = new Map<number, ZendeskTicket>()
  private readonly comments = new Map<number, ZendeskComment[]>()
  private readonly satisfaction = new SatisfactionRatings()
  private readonly metricFacts = new Map<number, MetricFacts>()
  /** When each ticket entered its current status ("hours since solved" and its siblings). */
  private readonly statusSince = new Map<number, string>()
  private readonly history = new TicketHistory()
  private readonly languages = new Map<number, string>()
  private readonly fields: ZendeskTicketField[]
  private readonly commentIds = new IdSequence(38_100_000_001)
  private readonly writes: TicketWrites

  constructor(options: StoreOptions = {}) {
    this.accountClock = new AccountClock(options.clock)
    this.clock = this.accountClock.now
    const seed = options.seed ?? defaultSeed
    const now = this.clock()
    const accountCreated = toZendeskTime(minutesBefore(now, 400 * 24 * 60))
    this.fields = buildTicketFields(accountCreated)
    this.groups = new GroupDirectory(seed.groups ?? [], now)
    const idsByKey = loadSeedUsers(seed, this.seedTarget(), now, accountCreated)
    const current = idsByKey.get(seed.currentUserKey)
    if (current === undefined) throw new Error(`seed: unknown current user "${seed.currentUserKey}"`)
    this.currentUserId = current
    const admin = [...this.users.values()].find((user) => user.role === 'admin')
    const ruleBook = new RuleBook(new IdSequence(FIRST_RULE_ID))
    this.requirements = installRequirements(
      options.requirements ?? readRequirementsFile(options.requirementsPath),
      {
        at: toZendeskTime(minutesBefore(now, 30 * 24 * 60)),
        adminId: admin?.id ?? current,
        ticketFields: this.fields,
        ticketFieldIds: new IdSequence(FIRST_INSTALLED_FIELD_ID),
        ticketFieldOptionIds: new IdSequence(FIRST_INSTALLED_OPTION_ID),
        customObjects: this.customObjects,
        rules: ruleBook,
        isStaff: (userId) => this.isStaff(userId),
        groupExists: (groupId) => this.groups.has(groupId),
      },
    )
    const followUp = this.requirements.turnaround_follow_up
    this.changes = new ChangeLog({
      followUpFieldId: typeof followUp?.requirement_id === 'number' ? followUp.requirement_id : undefined,
    })
    this.records = new CustomObjectRecords(this.customObjects, this.clock, this.changes, (target, id) =>
      this.lookupExists(target, id),
    )
    this.rules = new AccountRules(this, ruleBook, this.accountClock, options.csatMode ?? 'legacy')
    this.writes = new TicketWrites({
      tickets: this.tickets,
      comments: this.comments,
      metricFacts: this.metricFacts,
      statusSince: this.statusSince,
      history: this.history,
      satisfaction: this.satisfaction,
      changes: this.changes,
      fields: this.fields,
      commentIds: this.commentIds,
      clock: this.clock,
      getUser: (userId) => this.getUser(userId),
      isStaff: (userId) => this.isStaff(userId),
      afterUpdate: (start) => this.rules.afterUpdate(start),
    })
    for (const ticket of seed.tickets) loadSeedTicket(ticket, this.seedTarget(), idsByKey, now)
  }

  /** Whether a lookup field's target exists: `zen:ticket`, `zen:user` or `zen:custom_object:<key>`. */
  private lookupExists(target: string, id: string): boolean {
    if (target === 'zen:ticket') return /^\d+$/.test(id) && this.tickets.has(Number(id))
    if (target === 'zen:user') return /^\d+$/.test(id) && this.users.has(Number(id))
    const objectKey = /^zen:custom_object:(.+)$/.exec(target)?.[1]
    return objectKey !== undefined && this.records.exists(objectKey, id)
  }

  /** Where the seed loader puts the seed's users and tickets. */
  private seedTarget(): SeedTarget {
    return {
      users: this.users,
      groups: this.groups,
      tickets: this.tickets,
      comments: this.comments,
      languages: this.languages,
      metricFacts: this.metricFacts,
      statusSince: this.statusSince,
      history: this.history,
      satisfaction: this.satisfaction,
      commentIds: this.commentIds,
      fields: this.fields,
    }
  }

  // ── Reads ────────────────────────────────────────────────────────────────────────────────────────

  now(): Date {
    return this.clock()
  }

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

  ticketTimes(ticketId: number): TicketTimes {
    return { statusSince: this.statusSince.get(ticketId) ?? this.getTicket(ticketId).updated_at }
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
    return this.satisfaction.list()
  }

  getTicketFields(): ZendeskTicketField[] {
    return structuredClone(this.fields)
  }

  /** The account's ticket fields, not copied (the rules engine reads them on every check). */
  ticketFields(): readonly ZendeskTicketField[] {
    return this.fields
  }

  getAudits(ticketId: number): ZendeskAudit[] {
    return this.history.list(ticketId)
  }

  // ── Harness-only controls (the agent panel) ─────────────────────────────────────────────────────

  setUserLocale(userId: number, locale: string): ZendeskUser {
    const user = this.users.get(userId)
    if (!user) throw recordNotFound()
    user.locale = locale
    user.locale_id = localeIdFor(locale)
    user.updated_at = toZendeskTime(this.clock())
    return structuredClone(user)
  }

  // ── Writes (ticket-writes.ts) ───────────────────────────────────────────────────────────────────

  updateTicket(ticketId: number, update: TicketUpdate, safe: SafeUpdate, context: WriteContext) {
    return this.writes.updateTicket(ticketId, update, safe, context)
  }

  changeTags(
    ticketId: number,
    mode: 'add' | 'remove',
    tags: readonly string[],
    safe: SafeUpdate,
    context: WriteContext,
  ): string[] {
    return this.writes.changeTags(ticketId, mode, tags, safe, context)
  }

  rateTicket(ticketId: number, score: SurveyAnswer, comment: string | null) {
    return this.writes.rateTicket(ticketId, score, comment)
  }

  applyRule(
    ticketId: number,
    rule: ActingRuleRef,
    actions: readonly RuleAction[],
    auditId: number | null,
  ): RuleWrite {
    return this.writes.applyRule(ticketId, rule, actions, auditId)
  }

  appendAuditEvents(ticketId: number, auditId: number, events: NewAuditEvent[]): void {
    this.writes.appendAuditEvents(ticketId, auditId, events)
  }
}

export function isZendeskApiError(value: unknown): value is ZendeskApiError {
  return value instanceof ZendeskApiError
}
