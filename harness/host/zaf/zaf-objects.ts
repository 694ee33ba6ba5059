import type { ZendeskComment, ZendeskUser } from '../../fake-zendesk/types'
import type { NamedGroup, TicketDraft, WorkspaceData, WorkspaceOrganization } from '../workspace-data'

/**
 * The Apps API's camelCase objects (Ticket, User, Comment, Via…) built from the workspace's REST data,
 * and the `get` path resolver. Ticket fields reflect the unsaved draft, as the ticket form does in Zendesk.
 */

export type ZafDateFormat = 'date-string' | 'iso'

export interface ZafObjectOptions {
  colorScheme: 'light' | 'dark'
  /** A real `client.get('ticket')` dump shows `Date.toString()` strings; ISO is offered for comparison. */
  dateFormat: ZafDateFormat
}

const AVATAR = 'https://harness.zendesk.com/images/2016/default-avatar-80.png'

function zafDate(iso: string, format: ZafDateFormat): string {
  return format === 'iso' ? iso : new Date(iso).toString()
}

function zafOrganization(organization: WorkspaceOrganization): Record<string, unknown> {
  return { id: organization.id, name: organization.name, tags: [...organization.tags] }
}

/**
 * A user's groups: the signed-in agent's come from the workspace (`currentUserGroups`); for other staff
 * the workspace lists none, so they are left empty rather than invented.
 */
export function zafUser(
  user: ZendeskUser,
  groups: NamedGroup[] = [],
  organizations: WorkspaceOrganization[] = [],
): Record<string, unknown> {
  const organization = organizations.find((candidate) => candidate.id === user.organization_id)
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    alias: user.alias,
    avatarUrl: user.photo?.content_url ?? AVATAR,
    details: user.details,
    externalId: user.external_id,
    identities: [{ type: 'email', value: user.email, verified: user.verified, primary: true }],
    locale: user.locale,
    notes: user.notes,
    organizations: organization ? [zafOrganization(organization)] : [],
    groups: groups.map((group) => ({ id: group.id, name: group.name })),
    role: user.role,
    signature: user.signature,
    tags: user.tags,
    timeZone: { ianaName: user.iana_time_zone, name: user.time_zone },
    isSystemUser: false,
  }
}

function zafComment(comment: ZendeskComment, author: ZendeskUser | undefined): Record<string, unknown> {
  return {
    id: comment.id,
    value: comment.html_body,
    author: author
      ? { id: author.id, name: author.name, role: author.role, avatarUrl: AVATAR, email: author.email }
      : { id: comment.author_id, name: 'Unknown', role: 'end-user', avatarUrl: AVATAR },
    via: comment.via,
    imageAttachments: [],
    nonImageAttachments: [],
  }
}

/** `ticket.organization`: null without one; left out (a "could not find" path) when the workspace lacks it. */
function ticketOrganization(data: WorkspaceData): { organization?: Record<string, unknown> | null } {
  if (data.ticket.organization_id === null) return { organization: null }
  const known = data.organizations?.find((organization) => organization.id === data.ticket.organization_id)
  return known ? { organization: zafOrganization(known) } : {}
}

export function buildZafTree(
  data: WorkspaceData,
  draft: TicketDraft,
  options: ZafObjectOptions,
): Record<string, unknown> {
  const byId = new Map(data.users.map((user) => [user.id, user]))
  const organizations = data.organizations ?? []
  const currentUserGroups = data.currentUserGroups ?? []
  const user = (found: ZendeskUser) =>
    zafUser(found, found.id === data.currentUser.id ? currentUserGroups : [], organizations)
  const requester = byId.get(data.ticket.requester_id)
  const assignee = data.ticket.assignee_id === null ? undefined : byId.get(data.ticket.assignee_id)
  const groupName = currentUserGroups.find((group) => group.id === data.ticket.group_id)?.name ?? 'Support'
  const ticket = {
    id: data.ticket.id,
    subject: data.ticket.subject,
    description: data.ticket.description,
    status: draft.status,
    priority: draft.priority ?? '-',
    type: data.ticket.type ?? 'ticket',
    tags: [...draft.tags],
    via: data.ticket.via,
    createdAt: zafDate(data.ticket.created_at, options.dateFormat),
    updatedAt: zafDate(data.ticket.updated_at, options.dateFormat),
    externalId: data.ticket.external_id,
    isNew: false,
    recipient: data.ticket.recipient,
    requester: requester ? user(requester) : null,
    assignee: {
      user: assignee ? user(assignee) : null,
      group: data.ticket.group_id === null ? null : { id: data.ticket.group_id, name: groupName },
    },
    brand: { id: data.ticket.brand_id, name: 'Fernly', subdomain: 'harness' },
    collaborators: [],
    ...ticketOrganization(data),
    form: { id: data.ticket.ticket_form_id },
    comments: data.comments.map((comment) => zafComment(comment, byId.get(comment.author_id))),
  }
  return {
    ticket,
    currentUser: user(data.currentUser),
    colorScheme: options.colorScheme,
    comment: { text: draft.commentText, type: draft.commentType },
  }
}

export type PathResult = { found: true; value: unknown } | { found: false }

const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/
const REQUIREMENT = /^requirement:(.+)$/
const OWNER_FIELD =
  /^(ticket\.requester|ticket\.assignee\.user|currentUser|ticket\.organization)\.customField:(.+)$/

/**
 * `<user>.customField:<key>` reads the user's `user_fields`, `ticket.organization.customField:<key>` the
 * organization's `organization_fields`; a key the record does not carry is an unknown field.
 */
function ownerCustomField(data: WorkspaceData, owner: string, key: string): PathResult {
  let fields: Record<string, unknown> | undefined
  if (owner === 'ticket.organization') {
    const id = data.ticket.organization_id
    fields = data.organizations?.find((organization) => organization.id === id)?.organization_fields
  } else {
    const userId =
      owner === 'currentUser'
        ? data.currentUser.id
        : owner === 'ticket.requester'
          ? data.ticket.requester_id
          : data.ticket.assignee_id
    fields = data.users.find((user) => user.id === userId)?.user_fields
  }
  return fields && key in fields ? { found: true, value: fields[key] ?? null } : { found: false }
}

/**
 * Resolves one `get` path: `requirement:<identifier>` from the installed requirements, the customField
 * form from the ticket form (every custom field, installed ones included), dotted properties from the tree.
 */
export function resolvePath(
  tree: Record<string, unknown>,
  data: WorkspaceData,
  draft: TicketDraft,
  path: string,
): PathResult {
  const requirement = REQUIREMENT.exec(path)
  if (requirement?.[1]) {
    const installed = data.requirements?.[requirement[1]]
    if (!installed) return { found: false }
    const { requirement_id, requirement_type } = installed
    return { found: true, value: { requirement_id, requirement_type, identifier: requirement[1] } }
  }
  const ownerField = OWNER_FIELD.exec(path)
  if (ownerField?.[1] && ownerField[2]) return ownerCustomField(data, ownerField[1], ownerField[2])
  const customField = CUSTOM_FIELD.exec(path)
  if (customField) {
    const id = Number(customField[1])
    return draft.customFields.has(id)
      ? { found: true, value: draft.customFields.get(id) ?? null }
      : { found: false }
  }
  let node: unknown = tree
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) return { found: false }
    node = (node as Record<string, unknown>)[key]
  }
  return { found: true, value: node }
}
