import type { ZendeskComment, ZendeskTicket, ZendeskTicketField, ZendeskUser } from '../fake-zendesk/types'

/** What `GET /__harness/workspace?ticket=ID` returns: the agent workspace's own view of a ticket. */
export interface WorkspaceData {
  ticket: ZendeskTicket
  comments: ZendeskComment[]
  users: ZendeskUser[]
  currentUser: ZendeskUser
  ticketFields: ZendeskTicketField[]
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

export function draftFrom(data: WorkspaceData): TicketDraft {
  return {
    tags: [...data.ticket.tags],
    status: data.ticket.status,
    priority: data.ticket.priority,
    customFields: new Map(data.ticket.custom_fields.map((field) => [field.id, field.value])),
    commentText: '',
    commentType: 'publicReply',
  }
}
