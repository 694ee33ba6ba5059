import type { ZendeskTicket, ZendeskTicketField } from '../types'
import { csatLinks, type CsatMode } from './csat-links'

/**
 * Zendesk's business-rule placeholders (`{{ticket.id}}`, …) that the harness renders, checked when a rule
 * is installed and rendered when a notification is sent. Placeholders are case sensitive; one whose value
 * is empty renders blank, as in Zendesk. The CSAT placeholders of the mode the account does not use render
 * blank: `rating_section`/`rating_url` (and the current rating and comment, which Zendesk's placeholder
 * reference marks "Legacy") belong to legacy CSAT, `survey_section`/`survey_url` to the updated CSAT.
 */

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

const STATIC_PLACEHOLDERS = [
  'ticket.id',
  'ticket.title',
  'ticket.status',
  'ticket.link',
  'ticket.url',
  'ticket.requester.name',
  'ticket.requester.first_name',
  'ticket.assignee.name',
  'ticket.group.name',
  'satisfaction.current_rating',
  'satisfaction.current_comment',
  'satisfaction.rating_section',
  'satisfaction.rating_url',
  'satisfaction.survey_section',
  'satisfaction.survey_url',
] as const

const TICKET_FIELD = /^ticket\.ticket_field_(\d+)$/
const DYNAMIC_CONTENT = /^dc\.([a-z0-9_]+)$/

export interface PlaceholderValues {
  ticket: ZendeskTicket
  requesterName: string
  assigneeName: string
  groupName: string
  /** Where the account lives, e.g. "https://harness.zendesk.com". */
  accountUrl: string
  csatMode: CsatMode
  /** A dynamic content item's text for the recipient's locale; undefined when there is no such item. */
  dynamicContent(name: string): string | undefined
}

/** Every placeholder name in a text, in order (`{{ ticket.id }}` → "ticket.id"). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
}

/**
 * Why a text cannot be rendered by the harness, or null. `dc.*` items may be created after the rule (apps
 * cannot ship dynamic content in requirements.json), so any `dc.<name>` is accepted here.
 */
export function placeholderProblem(
  text: string,
  fields: readonly ZendeskTicketField[],
  allowed: 'all' | 'dynamic_content_only' = 'all',
): string | null {
  if (/\{%/.test(text)) return 'Liquid tags ({% … %}) are not supported by the harness'
  for (const name of placeholdersIn(text)) {
    if (DYNAMIC_CONTENT.test(name)) continue
    if (allowed === 'dynamic_content_only')
      return `placeholder {{${name}}} is not allowed here (only {{dc.*}})`
    if ((STATIC_PLACEHOLDERS as readonly string[]).includes(name)) continue
    const fieldId = Number(TICKET_FIELD.exec(name)?.[1] ?? NaN)
    if (fields.some((field) => field.id === fieldId && field.removable)) continue
    return `unknown placeholder {{${name}}}`
  }
  return null
}

function statusName(ticket: ZendeskTicket): string {
  // ASSUMPTION: rendered as the English status name ("Open"); Zendesk localises it for the recipient.
  return ticket.status.charAt(0).toUpperCase() + ticket.status.slice(1)
}

function currentRating(ticket: ZendeskTicket): string {
  const score = ticket.satisfaction_rating?.score
  // ASSUMPTION: the legacy survey's own wording of the two choices.
  if (score === 'good') return "Good, I'm satisfied"
  if (score === 'bad') return "Bad, I'm unsatisfied"
  return ''
}

function staticValue(name: string, values: PlaceholderValues): string {
  const { ticket } = values
  const links = csatLinks(values.accountUrl, ticket.id)
  const legacy = values.csatMode === 'legacy'
  const ticketLink = `${values.accountUrl}/agent/tickets/${ticket.id}`
  switch (name) {
    case 'ticket.id':
      return String(ticket.id)
    case 'ticket.title':
      return ticket.subject
    case 'ticket.status':
      return statusName(ticket)
    case 'ticket.link':
      return ticketLink
    case 'ticket.url':
      // "The full URL path to the ticket (excluding http://)".
      return ticketLink.replace(/^https?:\/\//, '')
    case 'ticket.requester.name':
      return values.requesterName
    case 'ticket.requester.first_name':
      return values.requesterName.split(/\s+/)[0] ?? ''
    case 'ticket.assignee.name':
      return values.assigneeName
    case 'ticket.group.name':
      return values.groupName
    case 'satisfaction.current_rating':
      return legacy ? currentRating(ticket) : ''
    case 'satisfaction.current_comment':
      return legacy ? (ticket.satisfaction_rating?.comment ?? '') : ''
    case 'satisfaction.rating_section':
      return legacy ? links.ratingSection : ''
    case 'satisfaction.rating_url':
      return legacy ? links.ratingUrl : ''
    case 'satisfaction.survey_section':
      return legacy ? '' : links.surveySection
    case 'satisfaction.survey_url':
      return legacy ? '' : links.surveyUrl
    default:
      return fieldValue(name, ticket)
  }
}

function fieldValue(name: string, ticket: ZendeskTicket): string {
  const fieldId = Number(TICKET_FIELD.exec(name)?.[1] ?? NaN)
  const value = ticket.custom_fields.find((entry) => entry.id === fieldId)?.value
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Renders a subject or body. Dynamic content is expanded first, so its own text may use ticket
 * placeholders; a `{{dc.*}}` with no item is left as written (ASSUMPTION: Zendesk shows the raw text).
 */
export function renderPlaceholders(text: string, values: PlaceholderValues): string {
  const expanded = text.replace(PLACEHOLDER, (whole, name: string) => {
    const item = DYNAMIC_CONTENT.exec(name)?.[1]
    return item === undefined ? whole : (values.dynamicContent(item) ?? whole)
  })
  return expanded.replace(PLACEHOLDER, (whole, name: string) =>
    DYNAMIC_CONTENT.test(name) || !isRenderable(name) ? whole : staticValue(name, values),
  )
}

function isRenderable(name: string): boolean {
  return (STATIC_PLACEHOLDERS as readonly string[]).includes(name) || TICKET_FIELD.test(name)
}

/** Only the `{{dc.*}}` placeholders of a title (views, triggers and automations titles). */
export function renderDynamicContent(
  text: string,
  dynamicContent: (name: string) => string | undefined,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const item = DYNAMIC_CONTENT.exec(name)?.[1]
    return item === undefined ? whole : (dynamicContent(item) ?? whole)
  })
}
