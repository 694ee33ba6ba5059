import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createFakeZendesk,
  DEFAULT_REQUIREMENTS_PATH,
  RequirementInstallError,
} from '../../../harness/fake-zendesk'

/**
 * Installing triggers, automations and views from requirements.json: the app's real file installs, and a
 * rule the harness could not run faithfully, or one Zendesk itself would refuse, stops the install with
 * the requirement's identifier and the part at fault.
 */

const FIELDS = {
  stage: {
    type: 'tagger',
    title: 'Stage',
    custom_field_options: [
      { name: 'One', value: 'stage_one' },
      { name: 'Two', value: 'stage_two' },
    ],
  },
  note: { type: 'text', title: 'Note' },
}

const open = { field: 'status', operator: 'less_than', value: 'closed' }
const tagged = { field: 'current_tags', operator: 'includes', value: 'follow_me' }
const quiet = { field: 'updated_at', operator: 'greater_than', value: '24' }
const email = ['requester_id', 'About #{{ticket.id}}', 'Hello {{ticket.requester.first_name}}']

function trigger(extra: Record<string, unknown> = {}) {
  return {
    title: 'T',
    conditions: { all: [tagged] },
    actions: [{ field: 'current_tags', value: 'x' }],
    ...extra,
  }
}

function automation(extra: Record<string, unknown> = {}) {
  return {
    title: 'A',
    conditions: { all: [open, tagged, quiet] },
    actions: [{ field: 'remove_tags', value: 'follow_me' }],
    ...extra,
  }
}

function view(extra: Record<string, unknown> = {}) {
  return { title: 'V', all: [open, tagged], output: { columns: ['description', 'status'] }, ...extra }
}

function install(rules: Record<string, unknown>) {
  return createFakeZendesk({ requirements: { ticket_fields: FIELDS, ...rules } })
}

function installError(rules: Record<string, unknown>): string {
  try {
    install(rules)
  } catch (error) {
    expect(error).toBeInstanceOf(RequirementInstallError)
    return (error as Error).message
  }
  throw new Error('the install did not fail')
}

describe('rule requirements: the app’s requirements.json', () => {
  it('installs every trigger, automation and view with large sequential ids', () => {
    const spec = JSON.parse(readFileSync(DEFAULT_REQUIREMENTS_PATH, 'utf8')) as Record<string, object>
    const zendesk = createFakeZendesk()
    const { requirements } = zendesk.store
    const ids: number[] = []
    for (const type of ['automations', 'triggers', 'views'] as const) {
      for (const identifier of Object.keys(spec[type] ?? {})) {
        const installed = requirements[identifier]
        expect(installed?.requirement_type, identifier).toBe(type)
        ids.push(installed?.requirement_id as number)
      }
    }
    expect(ids.length).toBeGreaterThan(0)
    expect(ids[0]).toBeGreaterThan(360_000_000_000)
    expect(ids).toEqual(ids.map((_, index) => (ids[0] ?? 0) + index))
    expect(zendesk.store.rules.book.rules('automation').length).toBe(
      Object.keys(spec.automations ?? {}).length,
    )
  })
})

describe('rule requirements: what the harness does not implement fails loudly', () => {
  it.each([
    [
      'an unknown condition field',
      {
        triggers: {
          t1: trigger({ conditions: { all: [{ field: 'brand_id', operator: 'is', value: '1' }] } }),
        },
      },
      /triggers\.t1: conditions\.all\[0\]: condition field "brand_id" is not supported by the harness/,
    ],
    [
      'an unknown operator',
      {
        triggers: {
          t1: trigger({ conditions: { all: [{ field: 'status', operator: 'within', value: 'open' }] } }),
        },
      },
      /triggers\.t1: conditions\.all\[0\]: operator "within" is not supported on status/,
    ],
    [
      'a trigger-only operator in an automation',
      {
        automations: {
          a1: automation({
            conditions: { all: [open, quiet, { field: 'status', operator: 'changed', value: '' }] },
          }),
        },
      },
      /automations\.a1: conditions\.all\[2\]: operator "changed" is not supported on status/,
    ],
    [
      'a value the field does not take',
      {
        triggers: {
          t1: trigger({ conditions: { all: [{ field: 'status', operator: 'is', value: 'done' }] } }),
        },
      },
      /"done" is not a valid value for status/,
    ],
    [
      'a text field as a condition',
      {
        triggers: {
          t1: trigger({ conditions: { any: [{ field: 'custom_fields_NOTE', operator: 'is', value: 'x' }] } }),
        },
      },
      /is a text field: only drop-down and checkbox fields can be conditions/,
    ],
    [
      'a field the account does not have',
      {
        triggers: {
          t1: trigger({ conditions: { all: [{ field: 'custom_fields_42', operator: 'is', value: 'x' }] } }),
        },
      },
      /custom_fields_42: the account has no custom ticket field with that id/,
    ],
    [
      'an unknown action',
      { triggers: { t1: trigger({ actions: [{ field: 'priority', value: 'high' }] }) } },
      /triggers\.t1: actions\[0\]: action "priority" is not supported by the harness/,
    ],
    [
      'an unknown placeholder',
      {
        triggers: {
          t1: trigger({
            actions: [
              { field: 'notification_user', value: ['requester_id', 'Hi', '{{ticket.comments_formatted}}'] },
            ],
          }),
        },
      },
      /triggers\.t1: actions\[0\]: unknown placeholder \{\{ticket\.comments_formatted\}\}/,
    ],
    [
      'Liquid in a notification',
      {
        triggers: {
          t1: trigger({
            actions: [
              { field: 'notification_user', value: ['requester_id', 'Hi', '{% if x %}y{% endif %}'] },
            ],
          }),
        },
      },
      /Liquid tags .* are not supported/,
    ],
    [
      'a recipient the harness does not resolve',
      {
        triggers: {
          t1: trigger({
            actions: [{ field: 'notification_user', value: ['requester_and_ccs', 'Hi', 'Body'] }],
          }),
        },
      },
      /notification_user recipient "requester_and_ccs" is not supported/,
    ],
    [
      'a group the account does not have',
      {
        triggers: {
          t1: trigger({ actions: [{ field: 'notification_group', value: ['123', 'Hi', 'Body'] }] }),
        },
      },
      /notification_group recipient "123" must be "group_id" or the id of a group/,
    ],
    [
      'a drop-down option that does not exist',
      { triggers: { t1: trigger({ actions: [{ field: 'custom_fields_STAGE', value: 'stage_three' }] }) } },
      /"stage_three" is not an option of "Stage"/,
    ],
    [
      'a text field set by a rule',
      { triggers: { t1: trigger({ actions: [{ field: 'custom_fields_NOTE', value: 'x' }] }) } },
      /is a text field: the harness sets only drop-down and checkbox fields from rules/,
    ],
    [
      'a key the harness does not model',
      { triggers: { t1: trigger({ category_id: '10026' }) } },
      /triggers\.t1: category_id: not supported by the harness/,
    ],
    [
      'a ticket placeholder in a title',
      { views: { v1: view({ title: 'Tickets of {{ticket.requester.name}}' }) } },
      /views\.v1: title: placeholder \{\{ticket\.requester\.name\}\} is not allowed here/,
    ],
    [
      'an unknown view column',
      { views: { v1: view({ output: { columns: ['description', 'brand'] } }) } },
      /views\.v1: output\.columns\[1\]: column "brand" is not supported by the harness/,
    ],
    [
      'a view sorted by subject',
      { views: { v1: view({ output: { columns: ['description'], sort_by: 'description' } }) } },
      /output\.sort_by: cannot sort by "description"/,
    ],
  ])('refuses %s', (_what, rules, message) => {
    expect(installError(withFieldIds(rules))).toMatch(message)
  })
})

describe("rule requirements: Zendesk's own rules", () => {
  it.each([
    [
      'a view without a status, type, group, assignee or requester condition',
      { views: { v1: view({ all: [tagged] }) } },
      /views\.v1: conditions\.all: a view needs at least one "all" condition on status, type, group_id, assignee_id, requester_id/,
    ],
    [
      'an automation without one',
      { automations: { a1: automation({ conditions: { all: [tagged, quiet] } }) } },
      /automations\.a1: conditions\.all: an automation needs at least one "all" condition on status/,
    ],
    [
      'an automation without a time-based condition',
      { automations: { a1: automation({ conditions: { all: [open, tagged] } }) } },
      /an automation needs at least one time-based condition/,
    ],
    [
      'a time-based condition in "any"',
      { automations: { a1: automation({ conditions: { all: [open, tagged, quiet], any: [quiet] } }) } },
      /conditions\.any\[0\]: time-based condition updated_at can only be used in "all"/,
    ],
    [
      'a time-based condition in a trigger',
      { triggers: { t1: trigger({ conditions: { all: [quiet] } }) } },
      /time-based condition updated_at is for automations and views, not triggers/,
    ],
    [
      'a trigger that closes tickets',
      { triggers: { t1: trigger({ actions: [{ field: 'status', value: 'closed' }] }) } },
      /a trigger can set status to open, pending, hold, solved, not "closed"/,
    ],
    [
      'a rule without actions',
      { triggers: { t1: trigger({ actions: [] }) } },
      /triggers\.t1: actions: a trigger must contain at least one action/,
    ],
    [
      'an automation that does not nullify itself (it only emails)',
      { automations: { a1: automation({ actions: [{ field: 'notification_user', value: email }] }) } },
      /automations\.a1: actions: the automation does not nullify itself/,
    ],
    [
      'an automation that removes only one of the tags it looks for',
      {
        automations: {
          a1: automation({
            conditions: { all: [open, quiet, { field: 'current_tags', operator: 'includes', value: 'a b' }] },
            actions: [{ field: 'remove_tags', value: 'a' }],
          }),
        },
      },
      /does not nullify itself/,
    ],
  ])('refuses %s', (_what, rules, message) => {
    expect(installError(rules)).toMatch(message)
  })

  it.each([
    ['removes the tag it requires', { actions: [{ field: 'remove_tags', value: 'follow_me' }] }],
    [
      'adds a tag it excludes',
      {
        conditions: {
          all: [open, quiet, { field: 'current_tags', operator: 'not_includes', value: 'followed' }],
        },
        actions: [
          { field: 'current_tags', value: 'followed' },
          { field: 'notification_user', value: email },
        ],
      },
    ],
    ['moves the status off the one it wants', { actions: [{ field: 'status', value: 'closed' }] }],
    [
      'sets the drop-down it tests to another option',
      {
        conditions: {
          all: [open, quiet, { field: 'custom_fields_STAGE', operator: 'is', value: 'stage_one' }],
        },
        actions: [{ field: 'custom_fields_STAGE', value: 'stage_two' }],
      },
    ],
    [
      'removes the tag of the drop-down option it tests (the drop-down follows its tag)',
      {
        conditions: {
          all: [open, quiet, { field: 'custom_fields_STAGE', operator: 'is', value: 'stage_one' }],
        },
        actions: [{ field: 'remove_tags', value: 'stage_one' }],
      },
    ],
    [
      'adds the tag of another option of the drop-down it tests',
      {
        conditions: {
          all: [open, quiet, { field: 'custom_fields_STAGE', operator: 'is', value: 'stage_one' }],
        },
        actions: [{ field: 'current_tags', value: 'stage_two' }],
      },
    ],
    [
      'has a condition true only once ("hours since update is 24")',
      {
        conditions: { all: [open, { field: 'updated_at', operator: 'is', value: '24' }] },
        actions: [{ field: 'notification_user', value: email }],
      },
    ],
  ])('accepts an automation that %s', (_what, extra) => {
    const zendesk = install(withFieldIds({ automations: { a1: automation(extra) } }))
    expect(zendesk.store.requirements.a1?.requirement_type).toBe('automations')
  })
})

/** Puts the installed fields' ids (known only after install) where a rule names them. */
function withFieldIds(rules: Record<string, unknown>): Record<string, unknown> {
  const probe = createFakeZendesk({ requirements: { ticket_fields: FIELDS } })
  const ids = {
    STAGE: String(probe.store.requirements.stage?.requirement_id),
    NOTE: String(probe.store.requirements.note?.requirement_id),
  }
  return JSON.parse(
    JSON.stringify(rules).replace(
      /custom_fields_(STAGE|NOTE)/g,
      (_all, name: 'STAGE' | 'NOTE') => `custom_fields_${ids[name]}`,
    ),
  ) as Record<string, unknown>
}
