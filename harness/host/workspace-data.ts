import type { ZendeskComment, ZendeskTicket, ZendeskTicketField, ZendeskUser } from '../fake-zendesk/types'

/** One installed requirement, as `GET /__harness/workspace` lists it (keyed by its identifier). */
export interface InstalledRequirement {
  requirement_id: number | string
  requirement_type: string
}

export interface NamedGroup {
  id: number
  name: string
}

export interface WorkspaceOrganization {
  id: number
  name: string
  tags: string[]
  organization_fields?: Record<string, unknown>
}

/** What `GET /__harness/workspace?ticket=ID` returns: the agent workspace's own view of a ticket. */
export interface WorkspaceData {
  ticket: ZendeskTicket
  comments: ZendeskComment[]
  users: ZendeskUser[]
  currentUser: ZendeskUser
  ticketFields: ZendeskTicketField[]
  /** The app's installed requirements (absent before the back end installs them: treated as none). */
  requirements?: Record<string, InstalledRequirement>
  currentUserGroups?: NamedGroup[]
  /** Organizations the workspace knows (the ticket's and its requester's); absent means none known. */
  organizations?: WorkspaceOrganization[]
}

export interface TicketSummary {
  id: number
  subject: string
  status: string
  priority: string | null
  updatedAt: string
  language: string
  csat: string | null
  requester: { id: number; name: string; locale: string | null }
}

/** Unsaved edits in the ticket form: what ZAF `set` and `invoke` change until the agent submits. */
export interface TicketDraft {
  tags: string[]
  status: string
  priority: string | null
  customFields: Map<number, unknown>
  commentText: string
  commentType: 'publicReply' | 'internalNote'
}

/** Ticket field types that are Zendesk system fields, not `custom_field_<id>`s. */
const SYSTEM_FIELD_TYPES = new Set([
  'subject',
  'description',
  'status',
  'custom_status',
  'tickettype',
  'priority',
  'group',
  'assignee',
  'brand',
])

/** The custom fields on the ticket form: every active custom ticket field, installed ones included. */
export function customFieldIds(data: WorkspaceData): number[] {
  const ids = data.ticketFields
    .filter((field) => field.active && !SYSTEM_FIELD_TYPES.has(field.type))
    .map((field) => field.id)
  return [...new Set([...data.ticket.custom_fields.map((field) => field.id), ...ids])]
}

function savedFieldValues(data: WorkspaceData): Map<number, unknown> {
  const saved = new Map(data.ticket.custom_fields.map((field) => [field.id, field.value] as const))
  return new Map(customFieldIds(data).map((id) => [id, saved.get(id) ?? null]))
}

export function draftFrom(data: WorkspaceData): TicketDraft {
  return {
    tags: [...data.ticket.tags],
    status: data.ticket.status,
    priority: data.ticket.priority,
    customFields: savedFieldValues(data),
    commentText: '',
    commentType: 'publicReply',
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** Tags are a set: the same tags in another order are no edit. */
function sameTags(a: string[], b: string[]): boolean {
  return sameValue([...a].sort(), [...b].sort())
}

/**
 * Brings a ticket saved elsewhere into the open form, as the agent workspace does: every field, the tags,
 * status and priority the agent has not edited take the saved values; the agent's own edits (anything
 * that differs from what was saved before) and the reply being written stay.
 */
export function mergeSavedIntoDraft(before: WorkspaceData, after: WorkspaceData, draft: TicketDraft): void {
  const old = draftFrom(before)
  const next = draftFrom(after)
  if (sameTags(draft.tags, old.tags)) draft.tags = next.tags
  if (draft.status === old.status) draft.status = next.status
  if (draft.priority === old.priority) draft.priority = next.priority
  for (const [id, value] of next.customFields) {
    const current = draft.customFields.get(id)
    if (!draft.customFields.has(id) || sameValue(current, old.customFields.get(id))) {
      draft.customFields.set(id, value)
    }
  }
}

/** The ticket update the agent's Submit sends: the status, and only what the form changed. */
export function submittedUpdate(saved: WorkspaceData, draft: TicketDraft): Record<string, unknown> {
  const old = draftFrom(saved)
  const update: Record<string, unknown> = { status: draft.status }
  if (!sameTags(draft.tags, old.tags)) update.tags = draft.tags
  if (draft.priority !== old.priority) update.priority = draft.priority
  const fields = [...draft.customFields]
    .filter(([id, value]) => !sameValue(value, old.customFields.get(id)))
    .map(([id, value]) => ({ id, value }))
  if (fields.length) update.custom_fields = fields
  if (draft.commentText.trim()) {
    update.comment = { body: draft.commentText, public: draft.commentType === 'publicReply' }
  }
  return update
}

export function draftDiffers(saved: WorkspaceData, draft: TicketDraft): boolean {
  const update = submittedUpdate(saved, draft)
  return Object.keys(update).length > 1 || draft.status !== saved.ticket.status
}
