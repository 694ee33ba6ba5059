import type { FakeZendesk, FakeZendeskStore, ZendeskCustomObjectRecord } from '../fake-zendesk'

/**
 * What the host page shows besides the app: the ticket list, the workspace of one ticket for one agent,
 * the staff to "act as", and what the app changed (ticket writes and custom object records).
 */

export function listTickets(store: FakeZendeskStore): unknown {
  return {
    tickets: store
      .listTickets()
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
      .map((ticket) => {
        const requester = store.findUser(ticket.requester_id)
        return {
          id: ticket.id,
          subject: ticket.subject,
          status: ticket.status,
          priority: ticket.priority,
          updatedAt: ticket.updated_at,
          language: store.ticketLanguage(ticket.id) ?? 'en',
          csat: ticket.satisfaction_rating?.score ?? null,
          requester: {
            id: ticket.requester_id,
            name: requester?.name ?? '?',
            locale: requester?.locale ?? null,
          },
        }
      }),
  }
}

function groupsOf(store: FakeZendeskStore, userId: number): Array<{ id: number; name: string }> {
  return store.groups.groupsOf(userId).map((group) => ({ id: group.id, name: group.name }))
}

/** Everything the host's ZAF `get` answers are built from, in REST shapes, for the session's agent. */
export function workspace(store: FakeZendeskStore, ticketId: number, userId: number): unknown {
  const ticket = store.findTicket(ticketId)
  if (!ticket) return null
  const comments = store.getComments(ticketId)
  const userIds = new Set<number>([ticket.requester_id, ticket.submitter_id, userId])
  if (ticket.assignee_id !== null) userIds.add(ticket.assignee_id)
  for (const comment of comments) userIds.add(comment.author_id)
  return {
    ticket,
    comments,
    users: [...userIds].flatMap((id) => {
      const user = store.findUser(id)
      return user ? [user] : []
    }),
    currentUser: store.getUser(userId),
    currentUserGroups: groupsOf(store, userId),
    ticketFields: store.getTicketFields(),
    requirements: store.requirements,
  }
}

/** The staff an "act as" selector offers. */
export function staffUsers(store: FakeZendeskStore): unknown {
  return {
    users: store
      .listUsers()
      .filter((user) => user.role !== 'end-user')
      .map((user) => ({
        id: user.id,
        name: user.name,
        role: user.role,
        locale: user.locale,
        groups: groupsOf(store, user.id),
      })),
  }
}

export type LedgerEntry = ZendeskCustomObjectRecord &
  ({ deleted: false } | { deleted: true; deletedAt: string; deletedBy: number })

/** Records of every object that point at this ticket through a `zen:ticket` lookup field, deleted ones too. */
function ledgerFor(store: FakeZendeskStore, ticketId: number | null): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  for (const object of store.customObjects.listObjects()) {
    const ticketKeys = store.customObjects
      .fields(object.key)
      .filter((field) => field.type === 'lookup' && field.relationship_target_type === 'zen:ticket')
      .map((field) => field.key)
    const references = (record: ZendeskCustomObjectRecord) =>
      ticketId === null || ticketKeys.some((key) => record.custom_object_fields[key] === String(ticketId))
    for (const record of store.records.list(object.key).filter(references)) {
      entries.push({ ...record, deleted: false })
    }
    for (const gone of store.records.deleted(object.key).filter((entry) => references(entry.record))) {
      entries.push({ ...gone.record, deleted: true, deletedAt: gone.deletedAt, deletedBy: gone.deletedBy })
    }
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export function changes(store: FakeZendeskStore, ticketId: number | null): unknown {
  const ticket = ticketId === null ? undefined : store.findTicket(ticketId)
  const fields = store.getTicketFields()
  const nameOf = (id: number) => store.findUser(id)?.name ?? String(id)
  const ledger = ledgerFor(store, ticketId)
  const ledgerIds = new Set(ledger.map((entry) => entry.id))
  return {
    ticketId,
    // People's and apps' writes; what the account's triggers and automations did is in `ruleFirings`.
    changes: store.changes
      .writes(ticketId ?? undefined)
      .map((change) => ({ ...change, authorName: nameOf(change.authorId) })),
    ruleFirings: store.changes.ruleFirings(ticketId ?? undefined),
    scheduledFollowUps: store.changes.scheduledFollowUps(ticketId ?? undefined),
    ledger,
    recordChanges: store.changes
      .recordChanges((change) => ledgerIds.has(change.recordId))
      .map((change) => ({ ...change, authorName: nameOf(change.authorId) })),
    current: ticket
      ? {
          tags: ticket.tags,
          status: ticket.status,
          updatedAt: ticket.updated_at,
          customFields: ticket.custom_fields.map((entry) => ({
            id: entry.id,
            title: fields.find((field) => field.id === entry.id)?.title ?? String(entry.id),
            value: entry.value,
          })),
        }
      : null,
  }
}

/** Every record of one object straight from the store (tests; no rate limits, no permissions). */
export function objectRecords(zendesk: FakeZendesk, objectKey: string): unknown {
  const { store } = zendesk
  if (!store.customObjects.has(objectKey)) return null
  return {
    custom_object_records: store.records.list(objectKey),
    deleted: store.records.deleted(objectKey),
  }
}
