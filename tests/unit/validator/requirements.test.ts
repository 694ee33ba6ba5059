import { describe, expect, it } from 'vitest'
import { errorCodes, validate } from './fixture'

type Json = Record<string, unknown>

function withRequirements(requirements: unknown) {
  const text = typeof requirements === 'string' ? requirements : JSON.stringify(requirements)
  return validate({ extra: { 'requirements.json': text } })
}

const WEBHOOK = {
  name: 'Recovery hook',
  status: 'active',
  endpoint: 'https://hooks.example/recovery',
  http_method: 'POST',
  request_format: 'json',
}

function cov2Object(key: string): Json {
  return { key, title: key, title_pluralized: `${key}s`, include_in_list_view: true }
}

function cov2Field(key: string, objectKey: string, extra: Json = {}): Json {
  return { key, title: key, type: 'text', object_key: objectKey, ...extra }
}

describe('validator: requirements.json', () => {
  it('is optional', () => {
    expect(validate().errors).toEqual([])
  })

  it('accepts a typical file', () => {
    const result = withRequirements({
      ticket_fields: { followup: { type: 'checkbox', title: 'Follow-up sent', tag: 'followup_sent' } },
      user_fields: { vip: { type: 'checkbox', key: 'vip', title: 'VIP' } },
      webhooks: { hook: WEBHOOK },
      targets: { mail: { type: 'email_target', title: 'Mail', email: 'a@b.example', subject: 'Hi' } },
    })
    expect(result.errors).toEqual([])
  })

  it('rejects invalid JSON and non-objects', () => {
    expect(errorCodes(withRequirements('{"views": '))).toEqual(['requirements.invalid_json'])
    expect(errorCodes(withRequirements([]))).toEqual(['requirements.not_object'])
  })

  it('rejects unknown requirement types', () => {
    const result = withRequirements({ groups: { g: { title: 'G' } } })
    expect(errorCodes(result)).toEqual(['requirements.unknown_type'])
    expect(result.errors[0]?.file).toBe('requirements.json')
  })

  it('requires each type to map identifiers to resources', () => {
    expect(errorCodes(withRequirements({ views: [{ title: 'V' }] }))).toEqual(['requirements.invalid_group'])
    expect(errorCodes(withRequirements({ views: { v: 'V' } }))).toEqual(['requirements.invalid_resource'])
  })

  it('limits the total to 5000 requirements', () => {
    const fields: Json = {}
    for (let i = 0; i <= 5000; i += 1) fields[`f${i}`] = { title: `F${i}` }
    expect(errorCodes(withRequirements({ ticket_fields: fields }))).toEqual(['requirements.too_many'])
  })

  it('limits legacy custom objects to 50', () => {
    const types = Array.from({ length: 51 }, (_, i) => ({ key: `t${i}`, schema: {} }))
    expect(errorCodes(withRequirements({ custom_objects: { custom_object_types: types } }))).toEqual([
      'requirements.too_many_custom_objects',
    ])
  })

  it('requires legacy custom object fields', () => {
    expect(errorCodes(withRequirements({ custom_objects: { custom_object_types: [{ key: 'a' }] } }))).toEqual(
      ['requirements.custom_objects_missing_field'],
    )
  })

  it('requires a title on titled resources', () => {
    const result = withRequirements({ macros: { apology: { actions: [] } } })
    expect(errorCodes(result)).toEqual(['requirements.missing_title'])
    expect(result.errors[0]?.message).toContain('macros.apology')
  })

  it.each(['user_fields', 'organization_fields'])('requires a key on %s', (type) => {
    expect(errorCodes(withRequirements({ [type]: { f: { type: 'text', title: 'F' } } }))).toEqual([
      'requirements.missing_field_key',
    ])
  })

  it('requires the webhook fields', () => {
    const { endpoint: _endpoint, request_format: _format, ...partial } = WEBHOOK
    const result = withRequirements({ webhooks: { hook: partial } })
    expect(errorCodes(result)).toEqual(['requirements.webhook_missing_field'])
    expect(result.errors[0]?.message).toMatch(/endpoint, request_format/)
  })

  it.each(['http_target', 'url_target_v2'])('rejects retired %s targets', (type) => {
    expect(errorCodes(withRequirements({ targets: { t: { type, title: 'T' } } }))).toEqual([
      'requirements.retired_target_type',
    ])
  })

  it('allows one channel integration, with a manifest_url', () => {
    expect(errorCodes(withRequirements({ channel_integrations: { c: {} } }))).toEqual([
      'requirements.channel_integration',
    ])
    const two = { a: { manifest_url: 'https://a.example' }, b: { manifest_url: 'https://b.example' } }
    expect(errorCodes(withRequirements({ channel_integrations: two }))).toEqual([
      'requirements.channel_integration',
    ])
  })

  it('is required for a requirements-only app and refused in a Chat-only app', () => {
    const requirementsOnly = validate({
      manifest: (m: Json) => {
        delete m.location
        delete m.frameworkVersion
        m.requirementsOnly = true
      },
    })
    expect(errorCodes(requirementsOnly)).toEqual(['requirements.missing'])
    const chatOnly = validate({
      manifest: (m: Json) => void (m.location = { chat: { chat_sidebar: { url: 'assets/index.html' } } }),
      extra: { 'requirements.json': JSON.stringify({ views: { v: { title: 'V' } } }) },
    })
    expect(errorCodes(chatOnly)).toEqual(['requirements.not_supported'])
  })
})

describe('validator: custom_objects_v2 requirements', () => {
  const cov2 = (value: unknown) => withRequirements({ custom_objects_v2: value })

  it('accepts objects with fields and triggers', () => {
    const result = cov2({
      objects: [cov2Object('vehicle')],
      object_fields: [cov2Field('plate', 'vehicle')],
      object_triggers: [
        {
          key: 'notify',
          object_key: 'vehicle',
          title: 'Notify',
          conditions: { all: [{ field: 'plate', operator: 'is', value: 'X' }] },
          actions: [{ field: 'notification_user', value: ['requester_id', 'S', 'B'] }],
        },
      ],
    })
    expect(result.errors).toEqual([])
  })

  it('rejects a wrong structure', () => {
    expect(errorCodes(cov2([]))).toEqual(['requirements.cov2_invalid_structure'])
    expect(errorCodes(cov2({ objects: {} }))).toEqual(['requirements.cov2_invalid_structure'])
    expect(errorCodes(cov2({ objects: [], object_fields: [], object_triggers: [] }))).toEqual([
      'requirements.cov2_invalid_structure',
    ])
  })

  it('limits objects to 50', () => {
    const objects = Array.from({ length: 51 }, (_, i) => cov2Object(`o${i}`))
    expect(errorCodes(cov2({ objects }))).toEqual(['requirements.cov2_too_many_objects'])
  })

  it('limits fields to 20 per object', () => {
    const fields = Array.from({ length: 21 }, (_, i) => cov2Field(`f${i}`, 'vehicle'))
    const result = cov2({ objects: [cov2Object('vehicle')], object_fields: fields })
    expect(errorCodes(result)).toEqual(['requirements.cov2_too_many_fields'])
    expect(result.errors[0]?.message).toMatch(/"vehicle" has 21 fields; the limit is 20/)
  })

  it('limits triggers to 10 per object', () => {
    const triggers = Array.from({ length: 11 }, (_, i) => ({
      key: `t${i}`,
      object_key: 'vehicle',
      title: 'T',
      conditions: { any: [{ field: 'x', operator: 'is', value: 1 }] },
      actions: [{ field: 'y', value: 1 }],
    }))
    expect(errorCodes(cov2({ objects: [cov2Object('vehicle')], object_triggers: triggers }))).toEqual([
      'requirements.cov2_too_many_triggers',
    ])
  })

  it('requires the schema keys', () => {
    const result = cov2({ objects: [{ key: 'vehicle', title: 'Vehicle' }] })
    expect(errorCodes(result)).toEqual(['requirements.cov2_missing_key'])
    expect(result.errors[0]?.message).toMatch(/title_pluralized, include_in_list_view/)
  })

  it('requires trigger conditions and actions to be well formed', () => {
    const trigger = { key: 't', object_key: 'vehicle', title: 'T', conditions: { all: [] }, actions: [] }
    expect(errorCodes(cov2({ objects: [cov2Object('vehicle')], object_triggers: [trigger] }))).toEqual([
      'requirements.cov2_invalid_trigger',
      'requirements.cov2_invalid_trigger',
    ])
  })

  it('rejects fields of an undeclared object', () => {
    const result = cov2({ objects: [cov2Object('vehicle')], object_fields: [cov2Field('plate', 'car')] })
    expect(errorCodes(result)).toEqual(['requirements.cov2_unknown_object'])
  })

  it('rejects setting placeholders', () => {
    const result = cov2({ objects: [{ ...cov2Object('vehicle'), title: '{{setting.name}}' }] })
    expect(errorCodes(result)).toEqual(['requirements.cov2_setting_placeholder'])
  })
})
