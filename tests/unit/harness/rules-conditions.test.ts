import { describe, expect, it } from 'vitest'
import { createFakeZendesk, type ZendeskTicket } from '../../../harness/fake-zendesk'
import { conditionHolds } from '../../../harness/fake-zendesk/rules/conditions'
import { operatorsFor, propertyFor } from '../../../harness/fake-zendesk/rules/ticket-properties'
import { TIME_FIELDS, TIME_OPERATORS } from '../../../harness/fake-zendesk/rules/time-conditions'
import type { RuleCondition, RuleType } from '../../../harness/fake-zendesk/rules/types'

/**
 * Every condition operator the harness implements, each with a case that holds and one that does not,
 * evaluated on a ticket of a fake account that has a drop-down and a checkbox field. The last test checks
 * that the table covers every (field, operator) pair the validator accepts, so a new operator cannot ship
 * without its cases.
 */

const NOW = Date.parse('2026-03-10T12:00:00Z')
const HOUR = 3_600_000
const DROPDOWN = 'custom_fields_DROPDOWN'
const CHECKBOX = 'custom_fields_CHECKBOX'

const zendesk = createFakeZendesk({
  clock: () => new Date(NOW),
  requirements: {
    ticket_fields: {
      stage: {
        type: 'tagger',
        title: 'Stage',
        custom_field_options: [
          { name: 'One', value: 'stage_one' },
          { name: 'Two', value: 'stage_two' },
        ],
      },
      vip: { type: 'checkbox', title: 'VIP', tag: 'vip_flag' },
    },
  },
})
const fields = zendesk.store.getTicketFields()
const dropdownId = zendesk.store.requirements.stage?.requirement_id as number
const checkboxId = zendesk.store.requirements.vip?.requirement_id as number

const AGENT = 361_000_000_001
const OTHER = 361_000_000_002
const GROUP = 360_000_777_001

/** A plain open ticket: normal priority, an incident, assigned, unrated, tagged "billing", fields empty. */
function baseTicket(): ZendeskTicket {
  const ticket = structuredClone(zendesk.store.getTicket(4202))
  return Object.assign(ticket, {
    status: 'open',
    priority: 'normal',
    type: 'incident',
    group_id: GROUP,
    assignee_id: AGENT,
    requester_id: 372_000_000_002,
    tags: ['billing'],
    satisfaction_rating: { score: 'unoffered' },
    updated_at: new Date(NOW - 5 * HOUR).toISOString(),
    custom_fields: [
      { id: dropdownId, value: null },
      { id: checkboxId, value: false },
    ],
  } satisfies Partial<ZendeskTicket>)
}

type Edit = (ticket: ZendeskTicket) => void

interface Case {
  field: string
  operator: string
  value: string
  /** Changes to the ticket now (and, for the change operators, before the update). */
  now?: Edit
  before?: Edit
  type?: RuleType
  updateType?: 'Create' | 'Change'
  /** Hours the ticket has been in its status (status time conditions). */
  statusHours?: number
  holds: boolean
}

const rate =
  (score: 'good' | 'bad' | 'offered', comment?: string): Edit =>
  (ticket) => {
    ticket.satisfaction_rating = { score, comment: comment ?? null }
  }
const set =
  (values: Partial<ZendeskTicket>): Edit =>
  (ticket) =>
    Object.assign(ticket, values)
const field =
  (id: number, value: string | boolean | null): Edit =>
  (ticket) => {
    const entry = ticket.custom_fields.find((candidate) => candidate.id === id)
    if (entry) entry.value = value
  }
const updatedHoursAgo = (hours: number): Edit =>
  set({ updated_at: new Date(NOW - hours * HOUR).toISOString() })

const cases: Case[] = [
  // status: order new < open < pending < hold < solved < closed
  { field: 'status', operator: 'is', value: 'open', holds: true },
  { field: 'status', operator: 'is', value: 'pending', holds: false },
  { field: 'status', operator: 'is_not', value: 'solved', holds: true },
  { field: 'status', operator: 'is_not', value: 'open', holds: false },
  { field: 'status', operator: 'less_than', value: 'closed', holds: true },
  { field: 'status', operator: 'less_than', value: 'open', holds: false },
  { field: 'status', operator: 'greater_than', value: 'new', holds: true },
  { field: 'status', operator: 'greater_than', value: 'solved', now: set({ status: 'closed' }), holds: true },
  { field: 'status', operator: 'greater_than', value: 'hold', holds: false },
  { field: 'status', operator: 'changed', value: '', before: set({ status: 'new' }), holds: true },
  { field: 'status', operator: 'changed', value: '', holds: false },
  { field: 'status', operator: 'not_changed', value: '', holds: true },
  { field: 'status', operator: 'not_changed', value: '', before: set({ status: 'new' }), holds: false },
  { field: 'status', operator: 'value', value: 'solved', now: set({ status: 'solved' }), holds: true },
  { field: 'status', operator: 'value', value: 'open', holds: false },
  {
    field: 'status',
    operator: 'value_previous',
    value: 'pending',
    before: set({ status: 'pending' }),
    holds: true,
  },
  { field: 'status', operator: 'value_previous', value: 'open', holds: false },
  // priority: low < normal < high < urgent; none is neither less nor greater
  { field: 'priority', operator: 'is', value: 'normal', holds: true },
  { field: 'priority', operator: 'is', value: '', holds: false },
  { field: 'priority', operator: 'is_not', value: 'urgent', holds: true },
  { field: 'priority', operator: 'is_not', value: 'normal', holds: false },
  { field: 'priority', operator: 'less_than', value: 'high', holds: true },
  { field: 'priority', operator: 'less_than', value: 'high', now: set({ priority: null }), holds: false },
  { field: 'priority', operator: 'greater_than', value: 'low', holds: true },
  { field: 'priority', operator: 'greater_than', value: 'normal', holds: false },
  { field: 'priority', operator: 'changed', value: '', before: set({ priority: 'low' }), holds: true },
  { field: 'priority', operator: 'changed', value: '', holds: false },
  { field: 'priority', operator: 'not_changed', value: '', holds: true },
  { field: 'priority', operator: 'not_changed', value: '', before: set({ priority: 'low' }), holds: false },
  { field: 'priority', operator: 'value', value: 'normal', before: set({ priority: 'low' }), holds: true },
  { field: 'priority', operator: 'value', value: 'normal', holds: false },
  {
    field: 'priority',
    operator: 'value_previous',
    value: 'low',
    before: set({ priority: 'low' }),
    holds: true,
  },
  { field: 'priority', operator: 'value_previous', value: 'normal', holds: false },
  // type
  { field: 'type', operator: 'is', value: 'incident', holds: true },
  { field: 'type', operator: 'is', value: 'task', holds: false },
  { field: 'type', operator: 'is_not', value: 'question', holds: true },
  { field: 'type', operator: 'is_not', value: 'incident', holds: false },
  { field: 'type', operator: 'changed', value: '', before: set({ type: 'question' }), holds: true },
  { field: 'type', operator: 'changed', value: '', holds: false },
  { field: 'type', operator: 'not_changed', value: '', holds: true },
  { field: 'type', operator: 'not_changed', value: '', before: set({ type: 'task' }), holds: false },
  { field: 'type', operator: 'value', value: 'incident', before: set({ type: null }), holds: true },
  { field: 'type', operator: 'value', value: 'incident', holds: false },
  { field: 'type', operator: 'value_previous', value: 'task', before: set({ type: 'task' }), holds: true },
  { field: 'type', operator: 'value_previous', value: 'task', holds: false },
  // group_id, assignee_id, requester_id ("" = none; current_user = the updater)
  { field: 'group_id', operator: 'is', value: String(GROUP), holds: true },
  { field: 'group_id', operator: 'is', value: '', holds: false },
  { field: 'group_id', operator: 'is', value: '', now: set({ group_id: null }), holds: true },
  { field: 'group_id', operator: 'is_not', value: '360000777002', holds: true },
  { field: 'group_id', operator: 'is_not', value: String(GROUP), holds: false },
  { field: 'group_id', operator: 'changed', value: '', before: set({ group_id: null }), holds: true },
  { field: 'group_id', operator: 'changed', value: '', holds: false },
  { field: 'group_id', operator: 'not_changed', value: '', holds: true },
  { field: 'group_id', operator: 'not_changed', value: '', before: set({ group_id: null }), holds: false },
  {
    field: 'group_id',
    operator: 'value',
    value: String(GROUP),
    before: set({ group_id: null }),
    holds: true,
  },
  { field: 'group_id', operator: 'value', value: String(GROUP), holds: false },
  { field: 'group_id', operator: 'value_previous', value: '', before: set({ group_id: null }), holds: true },
  { field: 'group_id', operator: 'value_previous', value: '', holds: false },
  { field: 'assignee_id', operator: 'is', value: String(AGENT), holds: true },
  { field: 'assignee_id', operator: 'is', value: 'current_user', holds: true },
  { field: 'assignee_id', operator: 'is', value: 'current_user', type: 'automation', holds: false },
  { field: 'assignee_id', operator: 'is', value: String(OTHER), holds: false },
  { field: 'assignee_id', operator: 'is_not', value: String(OTHER), holds: true },
  { field: 'assignee_id', operator: 'is_not', value: 'current_user', holds: false },
  { field: 'assignee_id', operator: 'changed', value: '', before: set({ assignee_id: OTHER }), holds: true },
  { field: 'assignee_id', operator: 'changed', value: '', holds: false },
  { field: 'assignee_id', operator: 'not_changed', value: '', holds: true },
  {
    field: 'assignee_id',
    operator: 'not_changed',
    value: '',
    before: set({ assignee_id: null }),
    holds: false,
  },
  {
    field: 'assignee_id',
    operator: 'value',
    value: String(AGENT),
    before: set({ assignee_id: null }),
    holds: true,
  },
  { field: 'assignee_id', operator: 'value', value: String(AGENT), holds: false },
  {
    field: 'assignee_id',
    operator: 'value_previous',
    value: String(OTHER),
    before: set({ assignee_id: OTHER }),
    holds: true,
  },
  { field: 'assignee_id', operator: 'value_previous', value: String(OTHER), holds: false },
  { field: 'requester_id', operator: 'is', value: '372000000002', holds: true },
  { field: 'requester_id', operator: 'is', value: 'current_user', holds: false },
  { field: 'requester_id', operator: 'is_not', value: '372000000003', holds: true },
  { field: 'requester_id', operator: 'is_not', value: '372000000002', holds: false },
  { field: 'requester_id', operator: 'changed', value: '', before: set({ requester_id: 1 }), holds: true },
  { field: 'requester_id', operator: 'changed', value: '', holds: false },
  { field: 'requester_id', operator: 'not_changed', value: '', holds: true },
  {
    field: 'requester_id',
    operator: 'not_changed',
    value: '',
    before: set({ requester_id: 1 }),
    holds: false,
  },
  {
    field: 'requester_id',
    operator: 'value',
    value: '372000000002',
    before: set({ requester_id: 1 }),
    holds: true,
  },
  { field: 'requester_id', operator: 'value', value: '372000000002', holds: false },
  {
    field: 'requester_id',
    operator: 'value_previous',
    value: '1',
    before: set({ requester_id: 1 }),
    holds: true,
  },
  { field: 'requester_id', operator: 'value_previous', value: '1', holds: false },
  // satisfaction_score: exact values (a commented rating is "…_with_comment")
  { field: 'satisfaction_score', operator: 'is', value: 'unoffered', holds: true },
  { field: 'satisfaction_score', operator: 'is', value: 'bad', now: rate('bad'), holds: true },
  { field: 'satisfaction_score', operator: 'is', value: 'bad', now: rate('bad', 'slow'), holds: false },
  {
    field: 'satisfaction_score',
    operator: 'is',
    value: 'bad_with_comment',
    now: rate('bad', 'slow'),
    holds: true,
  },
  { field: 'satisfaction_score', operator: 'is_not', value: 'good', now: rate('bad'), holds: true },
  { field: 'satisfaction_score', operator: 'is_not', value: 'offered', now: rate('offered'), holds: false },
  { field: 'satisfaction_score', operator: 'changed', value: '', now: rate('good'), holds: true },
  {
    field: 'satisfaction_score',
    operator: 'changed',
    value: '',
    now: rate('good'),
    before: rate('good'),
    holds: false,
  },
  { field: 'satisfaction_score', operator: 'not_changed', value: '', holds: true },
  { field: 'satisfaction_score', operator: 'not_changed', value: '', now: rate('bad'), holds: false },
  { field: 'satisfaction_score', operator: 'value', value: 'bad', now: rate('bad'), holds: true },
  {
    field: 'satisfaction_score',
    operator: 'value',
    value: 'good',
    now: rate('good'),
    before: rate('bad'),
    holds: true,
  },
  {
    field: 'satisfaction_score',
    operator: 'value',
    value: 'bad',
    now: rate('bad'),
    before: rate('bad'),
    holds: false,
  },
  {
    field: 'satisfaction_score',
    operator: 'value',
    value: 'good',
    now: rate('good', 'thanks'),
    holds: false,
  },
  {
    field: 'satisfaction_score',
    operator: 'value',
    value: 'bad',
    holds: false,
    type: 'trigger',
    updateType: 'Change',
  },
  {
    field: 'satisfaction_score',
    operator: 'value_previous',
    value: 'bad',
    now: rate('good'),
    before: rate('bad'),
    holds: true,
  },
  {
    field: 'satisfaction_score',
    operator: 'value_previous',
    value: 'bad',
    now: rate('bad'),
    before: rate('bad'),
    holds: false,
  },
  // a drop-down: its option's tag, "" = empty
  { field: DROPDOWN, operator: 'is', value: 'stage_one', now: field(dropdownId, 'stage_one'), holds: true },
  { field: DROPDOWN, operator: 'is', value: 'stage_one', holds: false },
  {
    field: DROPDOWN,
    operator: 'is_not',
    value: 'stage_two',
    now: field(dropdownId, 'stage_one'),
    holds: true,
  },
  {
    field: DROPDOWN,
    operator: 'is_not',
    value: 'stage_one',
    now: field(dropdownId, 'stage_one'),
    holds: false,
  },
  { field: DROPDOWN, operator: 'present', value: '', now: field(dropdownId, 'stage_two'), holds: true },
  { field: DROPDOWN, operator: 'present', value: '', holds: false },
  { field: DROPDOWN, operator: 'not_present', value: '', holds: true },
  { field: DROPDOWN, operator: 'not_present', value: '', now: field(dropdownId, 'stage_two'), holds: false },
  { field: DROPDOWN, operator: 'changed', value: '', now: field(dropdownId, 'stage_two'), holds: true },
  { field: DROPDOWN, operator: 'changed', value: '', holds: false },
  { field: DROPDOWN, operator: 'not_changed', value: '', holds: true },
  { field: DROPDOWN, operator: 'not_changed', value: '', now: field(dropdownId, 'stage_one'), holds: false },
  {
    field: DROPDOWN,
    operator: 'value',
    value: 'stage_two',
    now: field(dropdownId, 'stage_two'),
    holds: true,
  },
  { field: DROPDOWN, operator: 'value', value: 'stage_two', holds: false },
  {
    field: DROPDOWN,
    operator: 'value_previous',
    value: 'stage_one',
    now: field(dropdownId, 'stage_two'),
    before: field(dropdownId, 'stage_one'),
    holds: true,
  },
  { field: DROPDOWN, operator: 'value_previous', value: 'stage_one', holds: false },
  // a checkbox: "true" / "false" (never touched = false)
  { field: CHECKBOX, operator: 'is', value: 'false', holds: true },
  { field: CHECKBOX, operator: 'is', value: 'true', now: field(checkboxId, null), holds: false },
  { field: CHECKBOX, operator: 'is_not', value: 'false', now: field(checkboxId, true), holds: true },
  { field: CHECKBOX, operator: 'is_not', value: 'false', holds: false },
  { field: CHECKBOX, operator: 'changed', value: '', now: field(checkboxId, true), holds: true },
  { field: CHECKBOX, operator: 'changed', value: '', now: field(checkboxId, null), holds: false },
  { field: CHECKBOX, operator: 'not_changed', value: '', holds: true },
  { field: CHECKBOX, operator: 'not_changed', value: '', now: field(checkboxId, true), holds: false },
  { field: CHECKBOX, operator: 'value', value: 'true', now: field(checkboxId, true), holds: true },
  { field: CHECKBOX, operator: 'value', value: 'true', holds: false },
  {
    field: CHECKBOX,
    operator: 'value_previous',
    value: 'true',
    before: field(checkboxId, true),
    holds: true,
  },
  { field: CHECKBOX, operator: 'value_previous', value: 'false', holds: false },
  // current_tags: includes = any of the listed tags; not_includes = none of them
  { field: 'current_tags', operator: 'includes', value: 'vip billing', holds: true },
  { field: 'current_tags', operator: 'includes', value: 'vip refund', holds: false },
  { field: 'current_tags', operator: 'includes', value: 'BILLING', holds: true },
  { field: 'current_tags', operator: 'not_includes', value: 'vip refund', holds: true },
  { field: 'current_tags', operator: 'not_includes', value: 'refund billing', holds: false },
  // update_type (triggers): Create or Change
  { field: 'update_type', operator: 'is', value: 'Change', holds: true },
  { field: 'update_type', operator: 'is', value: 'Create', holds: false },
  { field: 'update_type', operator: '', value: 'Create', updateType: 'Create', holds: true },
  // hours since the last update: whole hours, rounded down; less_than / greater_than exclusive
  { field: 'updated_at', operator: 'is', value: '5', type: 'automation', holds: true },
  {
    field: 'updated_at',
    operator: 'is',
    value: '5',
    now: updatedHoursAgo(5.99),
    type: 'automation',
    holds: true,
  },
  {
    field: 'updated_at',
    operator: 'is',
    value: '5',
    now: updatedHoursAgo(6),
    type: 'automation',
    holds: false,
  },
  { field: 'updated_at', operator: 'greater_than', value: '4', type: 'automation', holds: true },
  { field: 'updated_at', operator: 'greater_than', value: '5', type: 'automation', holds: false },
  {
    field: 'updated_at',
    operator: 'greater_than',
    value: '71',
    now: updatedHoursAgo(71.9),
    type: 'view',
    holds: false,
  },
  {
    field: 'updated_at',
    operator: 'greater_than',
    value: '71',
    now: updatedHoursAgo(72),
    type: 'view',
    holds: true,
  },
  { field: 'updated_at', operator: 'less_than', value: '6', type: 'automation', holds: true },
  { field: 'updated_at', operator: 'less_than', value: '5', type: 'automation', holds: false },
  // hours since a status: only while the ticket is still in it
  ...(['NEW', 'OPEN', 'PENDING', 'SOLVED', 'CLOSED'] as const).flatMap((status): Case[] => {
    const inStatus = set({ status: status.toLowerCase() as ZendeskTicket['status'] })
    const other = set({ status: status === 'OPEN' ? 'pending' : 'open' })
    const type = 'automation' as const
    return [
      { field: status, operator: 'is', value: '24', now: inStatus, statusHours: 24.5, type, holds: true },
      { field: status, operator: 'is', value: '24', now: other, statusHours: 24.5, type, holds: false },
      {
        field: status,
        operator: 'greater_than',
        value: '24',
        now: inStatus,
        statusHours: 25,
        type,
        holds: true,
      },
      {
        field: status,
        operator: 'greater_than',
        value: '24',
        now: inStatus,
        statusHours: 24.9,
        type,
        holds: false,
      },
      {
        field: status,
        operator: 'less_than',
        value: '24',
        now: inStatus,
        statusHours: 23.9,
        type,
        holds: true,
      },
      {
        field: status,
        operator: 'less_than',
        value: '24',
        now: inStatus,
        statusHours: 24,
        type,
        holds: false,
      },
    ]
  }),
]

function evaluate(testCase: Case): boolean {
  const ticket = baseTicket()
  testCase.now?.(ticket)
  const previous = structuredClone(baseTicket())
  testCase.before?.(previous)
  const type = testCase.type ?? 'trigger'
  const condition: RuleCondition = {
    field: testCase.field.replace('DROPDOWN', String(dropdownId)).replace('CHECKBOX', String(checkboxId)),
    operator: testCase.operator,
    value: testCase.value,
  }
  return conditionHolds(condition, {
    type,
    now: new Date(NOW),
    ticket,
    times: { statusSince: new Date(NOW - (testCase.statusHours ?? 0) * HOUR).toISOString() },
    fields,
    previous: type === 'trigger' ? previous : undefined,
    updateType: type === 'trigger' ? (testCase.updateType ?? 'Change') : undefined,
    currentUserId: type === 'trigger' ? AGENT : null,
  })
}

describe('business rule conditions', () => {
  it.each(cases.map((testCase) => [describeCase(testCase), testCase] as const))('%s', (_name, testCase) => {
    expect(evaluate(testCase)).toBe(testCase.holds)
  })

  it('has a holding and a failing case for every field and operator the validator accepts', () => {
    const kinds: Array<[string, readonly string[]]> = [
      ['current_tags', ['includes', 'not_includes']],
      ['update_type', ['is']],
      ...TIME_FIELDS.map((timeField): [string, readonly string[]] => [timeField, TIME_OPERATORS]),
      ...['status', 'priority', 'type', 'group_id', 'assignee_id', 'requester_id', 'satisfaction_score'].map(
        (name): [string, readonly string[]] => {
          const property = propertyFor(name, fields)
          if (!property) throw new Error(`no property ${name}`)
          return [name, operatorsFor(property, 'trigger')]
        },
      ),
      [DROPDOWN, operatorsFor(propertyFor(`custom_fields_${dropdownId}`, fields)!, 'trigger')],
      [CHECKBOX, operatorsFor(propertyFor(`custom_fields_${checkboxId}`, fields)!, 'trigger')],
    ]
    const missing = kinds.flatMap(([name, operators]) =>
      operators.flatMap((operator) =>
        [true, false]
          .filter(
            (holds) =>
              !cases.some(
                (testCase) =>
                  testCase.field === name &&
                  (testCase.operator || 'is') === operator &&
                  testCase.holds === holds,
              ),
          )
          .map((holds) => `${name} ${operator} (${holds ? 'holds' : 'fails'})`),
      ),
    )
    expect(missing).toEqual([])
  })
})

function describeCase(testCase: Case): string {
  const edits = [testCase.now && 'now', testCase.before && 'before'].filter(Boolean).join('+')
  return `${testCase.type ?? 'trigger'}: ${testCase.field} ${testCase.operator || '(none)'} "${testCase.value}"${
    edits ? ` [${edits}]` : ''
  } → ${testCase.holds}`
}
