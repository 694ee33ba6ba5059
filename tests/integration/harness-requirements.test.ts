import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  DEFAULT_REQUIREMENTS_PATH,
  RequirementInstallError,
  PRODUCT_AREA_FIELD_ID,
} from '../../harness/fake-zendesk'
import { fakeAccount, type Json } from './harness-test-helpers'

/** Installing the app's requirements.json into the fake account, and the ticket field rules it brings. */

const minimal = (extra: Record<string, unknown> = {}) => ({
  ticket_fields: { app_note: { type: 'text', title: 'Note' } },
  ...extra,
})

function installError(requirements: unknown): string {
  try {
    fakeAccount({ requirements })
  } catch (error) {
    expect(error).toBeInstanceOf(RequirementInstallError)
    return (error as Error).message
  }
  throw new Error('the install did not fail')
}

describe('requirements installer', () => {
  it("installs the repository's requirements.json: sequential large field ids and a requirement map", () => {
    const { zendesk, call } = fakeAccount()
    const requirements = zendesk.store.requirements
    // The app's fields, in the file's order (the file grows as the app does).
    const file = JSON.parse(readFileSync(DEFAULT_REQUIREMENTS_PATH, 'utf8')) as { ticket_fields: object }
    const identifiers = Object.keys(file.ticket_fields)
    expect(identifiers).toEqual(expect.arrayContaining(['turnaround_status', 'turnaround_follow_up']))
    const ids = identifiers.map((identifier) => requirements[identifier]?.requirement_id as number)
    expect(ids[0]).toBeGreaterThan(360_000_000_000)
    expect(ids).toEqual(ids.map((_, index) => (ids[0] ?? 0) + index))
    for (const identifier of identifiers) {
      expect(requirements[identifier]?.requirement_type).toBe('ticket_fields')
    }
    expect(requirements.turnaround_ledger).toEqual({
      requirement_id: 'turnaround_ledger',
      requirement_type: 'custom_objects_v2',
    })

    const fields = call('GET', '/api/v2/ticket_fields.json').json().ticket_fields as Json[]
    const status = fields.find((field) => field.id === requirements.turnaround_status?.requirement_id)
    expect(status).toMatchObject({
      type: 'tagger',
      title: 'Turnaround: recovery status',
      agent_description: "Set by the Turnaround app. Change it from the app's sidebar, not here.",
      removable: true,
      active: true,
      creator_app_name: 'Turnaround',
      url: `https://harness.zendesk.com/api/v2/ticket_fields/${String(status?.id)}.json`,
    })
    const options = status?.custom_field_options as Json[]
    expect(options.map((option) => option.value)).toContain('turnaround_approval_needed')
    expect(options[0]).toEqual({
      id: expect.any(Number),
      name: 'Needs recovery',
      raw_name: 'Needs recovery',
      value: 'turnaround_needed',
      default: false,
    })
    const types = Object.fromEntries(fields.map((field) => [field.id, field.type]))
    expect(types[requirements.turnaround_amount?.requirement_id as number]).toBe('decimal')
    expect(types[requirements.turnaround_severity?.requirement_id as number]).toBe('integer')
    expect(types[PRODUCT_AREA_FIELD_ID]).toBe('tagger')
  })

  it('gives every ticket every custom field, the installed ones empty', () => {
    const { zendesk } = fakeAccount()
    const installed = Object.values(zendesk.store.requirements)
      .filter((requirement) => requirement.requirement_type === 'ticket_fields')
      .map((requirement) => requirement.requirement_id)
    const ticket = zendesk.store.getTicket(4202)
    expect(ticket.custom_fields.map((field) => field.id)).toEqual([PRODUCT_AREA_FIELD_ID, ...installed])
    expect(ticket.custom_fields.slice(1).every((field) => field.value === null)).toBe(true)
    expect(ticket.fields).toEqual(ticket.custom_fields)
  })

  it('installs the custom object with dropdown options and lookup fields', () => {
    const { call } = fakeAccount()
    const object = call('GET', '/api/v2/custom_objects/turnaround_ledger.json').json().custom_object
    expect(object).toMatchObject({
      key: 'turnaround_ledger',
      title: 'Turnaround ledger entry',
      title_pluralized: 'Turnaround ledger',
      include_in_list_view: true,
      created_by_user_id: expect.stringMatching(/^\d+$/),
    })
    const fields = call('GET', '/api/v2/custom_objects/turnaround_ledger/fields').json()
      .custom_object_fields as Json[]
    expect(fields.slice(0, 2).map((field) => field.key)).toEqual(['standard::name', 'standard::external_id'])
    const byKey = Object.fromEntries(fields.map((field) => [field.key, field]))
    expect(byKey.entry_kind?.custom_field_options.map((option: Json) => option.value)).toEqual([
      'spend',
      'decision',
    ])
    expect(byKey.ticket).toMatchObject({ type: 'lookup', relationship_target_type: 'zen:ticket' })
    expect(byKey.agent).toMatchObject({ type: 'lookup', relationship_target_type: 'zen:user' })
    expect(byKey.amount_minor?.type).toBe('integer')
    expect(byKey.needs_approval?.type).toBe('checkbox')
  })

  it('fails loudly on a requirement type, field type or option it cannot install', () => {
    expect(installError(minimal({ macros: { recovery: { title: 'Recovery' } } }))).toMatch(
      /"macros" requirements are not supported by the harness yet/,
    )
    expect(installError(minimal({ gadgets: {} }))).toMatch(
      /"gadgets" is not a requirement type Zendesk knows/,
    )
    expect(
      installError({
        ticket_fields: { tags: { type: 'multiselect', title: 'Tags', custom_field_options: [] } },
      }),
    ).toMatch(/ticket_fields\.tags: field type "multiselect" is not supported/)
    expect(installError({ ticket_fields: { note: { type: 'text', title: 'Note', colour: 'red' } } })).toMatch(
      /unsupported option\(s\) for a text field: colour/,
    )
    expect(installError({ ticket_fields: { pick: { type: 'tagger', title: 'Pick' } } })).toMatch(
      /a tagger needs "custom_field_options"/,
    )
    expect(
      installError({
        ticket_fields: {
          pick: {
            type: 'tagger',
            title: 'Pick',
            custom_field_options: [{ name: 'Billing', value: 'area_billing' }],
          },
        },
      }),
    ).toMatch(/"area_billing" is already a tag of another field/)
    const object = { key: 'thing', title: 'Thing', title_pluralized: 'Things', include_in_list_view: true }
    expect(
      installError({
        custom_objects_v2: {
          objects: [object],
          object_fields: [{ key: 'colours', title: 'Colours', type: 'multiselect', object_key: 'thing' }],
        },
      }),
    ).toMatch(/field type "multiselect" is not supported/)
    expect(
      installError({ custom_objects_v2: { objects: [object], object_triggers: [{ key: 'trigger' }] } }),
    ).toMatch(/object_triggers not supported by the harness/)
    expect(
      installError({
        custom_objects_v2: {
          objects: [object],
          object_fields: [
            {
              key: 'org',
              title: 'Org',
              type: 'lookup',
              object_key: 'thing',
              relationship_target_type: 'zen:brand',
            },
          ],
        },
      }),
    ).toMatch(/lookup target "zen:brand" is not supported/)
    expect(
      installError({
        custom_objects_v2: {
          objects: [object],
          object_fields: [{ key: 'x', title: 'X', type: 'text', object_key: 'other' }],
        },
      }),
    ).toMatch(/object_key "other" is not one of the declared objects/)
  })

  it('reads requirements from a path and says which file it could not read', () => {
    expect(() => fakeAccount({ requirementsPath: '/nonexistent/requirements.json' })).toThrow(
      /requirements\.json: cannot read \/nonexistent\/requirements\.json/,
    )
  })
})

describe('installed ticket fields: values by type', () => {
  function update(value: unknown, identifier: string) {
    const { zendesk, call } = fakeAccount()
    const id = zendesk.store.requirements[identifier]?.requirement_id
    const response = call('PUT', '/api/v2/tickets/4202.json', { ticket: { custom_fields: [{ id, value }] } })
    const stored = zendesk.store.getTicket(4202).custom_fields.find((field) => field.id === id)?.value
    return { status: response.status, error: response.status === 200 ? null : response.json(), stored }
  }

  it('stores decimals and integers as numeric strings and refuses anything else with 422', () => {
    expect(update(12.5, 'turnaround_amount')).toMatchObject({ status: 200, stored: '12.5' })
    expect(update('12.50', 'turnaround_amount')).toMatchObject({ status: 200, stored: '12.50' })
    expect(update('twelve', 'turnaround_amount')).toMatchObject({
      status: 422,
      error: { error: 'RecordInvalid', details: { 'Turnaround: gesture amount': [expect.any(Object)] } },
    })
    expect(update(40, 'turnaround_severity')).toMatchObject({ status: 200, stored: '40' })
    expect(update(40.5, 'turnaround_severity').status).toBe(422)
    expect(update('4e1', 'turnaround_severity').status).toBe(422)
  })

  it('checks dates (real calendar days), text and dropdown options', () => {
    expect(update('2026-04-01', 'turnaround_follow_up')).toMatchObject({ status: 200, stored: '2026-04-01' })
    expect(update('2026-02-30', 'turnaround_follow_up').status).toBe(422)
    expect(update('01/04/2026', 'turnaround_follow_up').status).toBe(422)
    expect(update('op-7f3a', 'turnaround_recovery_id')).toMatchObject({ status: 200, stored: 'op-7f3a' })
    expect(update(true, 'turnaround_recovery_id').status).toBe(422)
    expect(update('turnaround_before_bad', 'turnaround_rating_before')).toMatchObject({ status: 200 })
    expect(update('bad', 'turnaround_rating_before').status).toBe(422)
    expect(update(null, 'turnaround_follow_up')).toMatchObject({ status: 200, stored: null })
  })

  it('handles checkbox fields, with their tag', () => {
    const { zendesk, call } = fakeAccount({
      requirements: { ticket_fields: { vip: { type: 'checkbox', title: 'VIP', tag: 'app_vip' } } },
    })
    const id = zendesk.store.requirements.vip?.requirement_id
    expect(
      call('PUT', '/api/v2/tickets/4202.json', { ticket: { custom_fields: [{ id, value: 'yes' }] } }).status,
    ).toBe(422)
    call('PUT', '/api/v2/tickets/4202.json', { ticket: { custom_fields: [{ id, value: true }] } })
    expect(zendesk.store.getTicket(4202).tags).toContain('app_vip')
    call('PUT', '/api/v2/tickets/4202.json', { ticket: { custom_fields: [{ id, value: false }] } })
    const ticket = zendesk.store.getTicket(4202)
    expect(ticket.tags).not.toContain('app_vip')
    expect(ticket.custom_fields.find((field) => field.id === id)?.value).toBe(false)

    // The tags endpoints move the checkbox with its tag, and say so in the change log.
    call('PUT', '/api/v2/tickets/4202/tags.json', { tags: ['app_vip'] })
    expect(zendesk.store.getTicket(4202).fields.find((field) => field.id === id)?.value).toBe(true)
    call('DELETE', '/api/v2/tickets/4202/tags.json', { tags: ['app_vip'] })
    expect(zendesk.store.getTicket(4202).custom_fields.find((field) => field.id === id)?.value).toBe(false)
    expect(zendesk.store.changes.forTicket(4202).at(-1)?.customFields).toEqual([
      { id, title: 'VIP', from: true, to: false },
    ])
  })

  it('clears a dropdown when the tags endpoint removes its option tag', () => {
    const { zendesk, call } = fakeAccount()
    const id = zendesk.store.requirements.turnaround_status?.requirement_id
    call('PUT', '/api/v2/tickets/4205.json', {
      ticket: { custom_fields: [{ id, value: 'turnaround_active' }] },
    })
    expect(zendesk.store.getTicket(4205).tags).toContain('turnaround_active')
    call('DELETE', '/api/v2/tickets/4205/tags.json?tags=turnaround_active')
    const ticket = zendesk.store.getTicket(4205)
    expect(ticket.custom_fields.find((field) => field.id === id)?.value).toBeNull()
    expect(ticket.fields.find((field) => field.id === id)?.value).toBeNull()
  })

  it('lists follow-ups from the installed follow-up field', () => {
    const { zendesk, call } = fakeAccount()
    const id = zendesk.store.requirements.turnaround_follow_up?.requirement_id
    call('PUT', '/api/v2/tickets/4203.json', { ticket: { custom_fields: [{ id, value: '2026-05-01' }] } })
    expect(zendesk.store.changes.scheduledFollowUps(4203)).toEqual([
      expect.objectContaining({ ticketId: 4203, due: '2026-05-01', authorId: zendesk.store.currentUserId }),
    ])
  })
})
