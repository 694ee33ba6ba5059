import type { ZendeskTicket, ZendeskTicketField } from '../types'
import { RuleDefinitionError } from './parse-definition'
import { satisfactionValue } from './ticket-properties'
import { STATUS_ORDER, type ViewOutput } from './types'

/**
 * The columns a view shows (`output.columns`): the system columns the harness renders, by Zendesk's column
 * ids and titles ("description" is the Subject column, "created" is Requested, "nice_id" is ID), and any
 * custom ticket field by its numeric id (its title heads the column). Anything else fails at install.
 */

export interface ViewLookups {
  userName(userId: number | null): string
  groupName(groupId: number | null): string
}

export interface ViewColumn {
  /** Zendesk's column id: a string, or a custom field's numeric id. */
  id: string | number
  title: string
  /** For custom fields: their type and url, as `execution.columns` carries them. */
  field?: ZendeskTicketField
  /** What a row shows in this column. */
  text(ticket: ZendeskTicket, lookups: ViewLookups): string
  /** How rows order by this column (numbers for ordered values, text otherwise). */
  sortKey(ticket: ZendeskTicket, lookups: ViewLookups): string | number
}

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent']
const SATISFACTION_ORDER = ['unoffered', 'offered', 'bad', 'bad_with_comment', 'good', 'good_with_comment']
const SATISFACTION_LABELS: Record<string, string> = {
  unoffered: 'Unoffered',
  offered: 'Offered',
  bad: 'Bad',
  bad_with_comment: 'Bad with comment',
  good: 'Good',
  good_with_comment: 'Good with comment',
}

const capitalised = (value: string | null): string =>
  value ? value.charAt(0).toUpperCase() + value.slice(1) : ''

function column(
  id: string,
  title: string,
  text: ViewColumn['text'],
  sortKey: ViewColumn['sortKey'] = text,
): ViewColumn {
  return { id, title, text, sortKey }
}

const SYSTEM_COLUMNS: readonly ViewColumn[] = [
  column(
    'nice_id',
    'ID',
    (ticket) => String(ticket.id),
    (ticket) => ticket.id,
  ),
  column('description', 'Subject', (ticket) => ticket.subject),
  column(
    'status',
    'Status',
    (ticket) => capitalised(ticket.status),
    (ticket) => STATUS_ORDER.indexOf(ticket.status),
  ),
  column('requester', 'Requester', (ticket, lookups) => lookups.userName(ticket.requester_id)),
  column('assignee', 'Assignee', (ticket, lookups) => lookups.userName(ticket.assignee_id)),
  column('group', 'Group', (ticket, lookups) => lookups.groupName(ticket.group_id)),
  column('created', 'Requested', (ticket) => ticket.created_at),
  column('updated', 'Updated', (ticket) => ticket.updated_at),
  column(
    'priority',
    'Priority',
    (ticket) => capitalised(ticket.priority),
    (ticket) => PRIORITY_ORDER.indexOf(ticket.priority ?? ''),
  ),
  column('type', 'Type', (ticket) => capitalised(ticket.type)),
  column(
    'satisfaction_score',
    'Satisfaction',
    (ticket) => SATISFACTION_LABELS[satisfactionValue(ticket)] ?? '',
    (ticket) => SATISFACTION_ORDER.indexOf(satisfactionValue(ticket)),
  ),
]

/** "The description, submitter and custom_status_id columns are not supported" for sorting and grouping. */
const NOT_SORTABLE = ['description']

/** "You can specify a total of 10 columns" (the Views API). */
const MAX_COLUMNS = 10

function fieldText(field: ZendeskTicketField, ticket: ZendeskTicket): string {
  const value = ticket.custom_fields.find((entry) => entry.id === field.id)?.value
  if (value === null || value === undefined || value === '') return field.type === 'checkbox' ? 'No' : ''
  if (field.type === 'checkbox') return value === true ? 'Yes' : 'No'
  if (field.type === 'tagger') {
    return field.custom_field_options?.find((option) => option.value === value)?.name ?? String(value)
  }
  return String(value)
}

function fieldColumn(field: ZendeskTicketField): ViewColumn {
  return {
    id: field.id,
    title: field.title,
    field,
    text: (ticket) => fieldText(field, ticket),
    sortKey: (ticket) => fieldText(field, ticket),
  }
}

/** The column an output id names, or undefined when the harness does not render it. */
export function viewColumn(
  id: string | number,
  fields: readonly ZendeskTicketField[],
): ViewColumn | undefined {
  const system = SYSTEM_COLUMNS.find((candidate) => candidate.id === id)
  if (system) return system
  const numeric = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : NaN
  const field = fields.find((candidate) => candidate.id === numeric && candidate.removable)
  return field ? fieldColumn(field) : undefined
}

function checkColumnId(id: string | number, part: string, fields: readonly ZendeskTicketField[]): void {
  if (viewColumn(id, fields)) return
  const known = SYSTEM_COLUMNS.map((candidate) => candidate.id).join(', ')
  throw new RuleDefinitionError(
    part,
    `column "${id}" is not supported by the harness (supported: ${known}, or a custom field's id)`,
  )
}

export function validateOutput(output: ViewOutput, fields: readonly ZendeskTicketField[]): void {
  if (output.columns.length === 0)
    throw new RuleDefinitionError('output.columns', 'needs at least one column')
  if (output.columns.length > MAX_COLUMNS) {
    throw new RuleDefinitionError('output.columns', `at most ${MAX_COLUMNS} columns`)
  }
  output.columns.forEach((id, index) => checkColumnId(id, `output.columns[${index}]`, fields))
  for (const key of ['sort_by', 'group_by'] as const) {
    const id = output[key]
    if (id === null) continue
    checkColumnId(id, `output.${key}`, fields)
    if (NOT_SORTABLE.includes(id))
      throw new RuleDefinitionError(`output.${key}`, `cannot ${key.split('_')[0]} by "${id}"`)
  }
}
