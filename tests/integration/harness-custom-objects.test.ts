import { describe, expect, it } from 'vitest'
import { fakeAccount, manualClock, userByName, type Json } from './harness-test-helpers'

/** Custom objects v2 in the fake account: definitions, records, search, permissions, change log. */

const RECORDS = '/api/v2/custom_objects/turnaround_ledger/records'
const FORBIDDEN = {
  error: 'Forbidden',
  description:
    'You do not have access to this page. Please contact the account owner of this help desk for further help.',
}

function spend(name: string, fields: Json = {}, externalId?: string): Json {
  return {
    custom_object_record: {
      name,
      ...(externalId === undefined ? {} : { external_id: externalId }),
      custom_object_fields: {
        entry_kind: 'spend',
        ticket: 4201,
        amount_minor: 1250,
        currency: 'EUR',
        ...fields,
      },
    },
  }
}

describe('custom object records: create, read, update, delete', () => {
  it('creates a record shaped like Zendesk', () => {
    const { zendesk, call } = fakeAccount()
    const agent = zendesk.store.currentUserId
    const created = call(
      'POST',
      `${RECORDS}.json`,
      spend('Refund 12.50', { agent, needs_approval: false }, 'op-1'),
    )
    expect(created.status).toBe(201)
    const record = created.json().custom_object_record
    expect(record).toEqual({
      url: `https://harness.zendesk.com/api/v2/custom_objects/turnaround_ledger/records/${record.id}`,
      id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      name: 'Refund 12.50',
      external_id: 'op-1',
      custom_object_key: 'turnaround_ledger',
      custom_object_fields: {
        entry_kind: 'spend',
        ticket: '4201',
        amount_minor: 1250,
        currency: 'EUR',
        agent: String(agent),
        needs_approval: false,
      },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: record.created_at,
      created_by_user_id: String(agent),
      updated_by_user_id: String(agent),
      photo: null,
    })
    expect(call('GET', `${RECORDS}/${record.id}`).json().custom_object_record).toEqual(record)
  })

  it('refuses a duplicate external_id with 422 DuplicateValue', () => {
    const { call } = fakeAccount()
    expect(call('POST', RECORDS, spend('first', {}, 'op-1')).status).toBe(201)
    const duplicate = call('POST', RECORDS, spend('second', {}, 'op-1'))
    expect(duplicate.status).toBe(422)
    expect(duplicate.json()).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        external_id: [{ description: 'External id has already been taken', error: 'DuplicateValue' }],
      },
    })
    expect(call('GET', RECORDS).json().custom_object_records).toHaveLength(1)
  })

  it('validates values by field type and names the field', () => {
    const { call } = fakeAccount()
    const detailKey = (response: { json: () => Json }) => Object.keys(response.json().details ?? {})[0]
    const cases: Array<[Json, string]> = [
      [{ entry_kind: 'loan' }, 'entry_kind'],
      [{ amount_minor: 12.5 }, 'amount_minor'],
      [{ amount_minor: 'lots' }, 'amount_minor'],
      [{ needs_approval: 'maybe' }, 'needs_approval'],
      [{ ticket: 99999 }, 'ticket'],
      [{ agent: 'nobody' }, 'agent'],
      [{ currency: true }, 'currency'],
      [{ colour: 'red' }, 'colour'],
    ]
    for (const [fields, key] of cases) {
      const response = call('POST', RECORDS, spend('bad', fields))
      expect(response.status, JSON.stringify(fields)).toBe(422)
      expect(response.json().error).toBe('RecordInvalid')
      expect(detailKey(response)).toBe(key)
    }
    const noName = call('POST', RECORDS, { custom_object_record: { custom_object_fields: {} } })
    expect(noName.status).toBe(422)
    expect(detailKey(noName)).toBe('name')
    const ok = call('POST', RECORDS, spend('ok', { amount_minor: '700', ticket: '4202' }))
    expect(ok.json().custom_object_record.custom_object_fields).toMatchObject({
      amount_minor: 700,
      ticket: '4202',
    })
    expect(call('GET', RECORDS).json().custom_object_records).toHaveLength(1)
  })

  it('upserts by external id: creates, then updates only the given attributes (200 both times)', () => {
    const { call } = fakeAccount()
    const created = call('PATCH', `${RECORDS}?external_id=op-9`, spend('Credit', { gesture: 'credit' }))
    expect(created.status).toBe(200)
    const id = created.json().custom_object_record.id
    const updated = call('PATCH', `${RECORDS}.json?external_id=op-9`, {
      custom_object_record: { custom_object_fields: { note: 'approved by phone' } },
    })
    expect(updated.status).toBe(200)
    expect(updated.json().custom_object_record).toMatchObject({
      id,
      name: 'Credit',
      external_id: 'op-9',
      custom_object_fields: { gesture: 'credit', amount_minor: 1250, note: 'approved by phone' },
    })
    const nameless = call('PATCH', `${RECORDS}?external_id=op-10`, {
      custom_object_record: { custom_object_fields: { note: 'x' } },
    })
    expect(nameless.status).toBe(422)
    expect(call('PATCH', RECORDS, spend('no key')).status).toBe(400)
  })

  it('updates by id, clears a value with null, and deletes by id and by external id', () => {
    const { call } = fakeAccount()
    const id = call('POST', RECORDS, spend('Gift', { note: 'flowers' }, 'op-2')).json().custom_object_record
      .id
    const patched = call('PATCH', `${RECORDS}/${id}`, {
      custom_object_record: { name: 'Gift (sent)', custom_object_fields: { note: null } },
    })
    expect(patched.json().custom_object_record.name).toBe('Gift (sent)')
    expect(patched.json().custom_object_record.custom_object_fields).not.toHaveProperty('note')

    const other = call('POST', RECORDS, spend('Other', {}, 'op-3')).json().custom_object_record.id
    expect(
      call('PATCH', `${RECORDS}/${other}`, { custom_object_record: { external_id: 'op-2' } }).status,
    ).toBe(422)

    const gone = call('DELETE', `${RECORDS}?external_id=op-2`)
    expect(gone).toMatchObject({ status: 204, body: '' })
    const again = call('DELETE', `${RECORDS}?external_id=op-2`)
    expect(again.status).toBe(404)
    expect(again.json().error).toBe('RecordNotFound')
    expect(call('DELETE', `${RECORDS}/${other}`).status).toBe(204)
    expect(call('GET', `${RECORDS}/${other}`).status).toBe(404)
    expect(call('PATCH', `${RECORDS}/${other}`, spend('x')).status).toBe(404)
    expect(call('GET', '/api/v2/custom_objects/nope/records').status).toBe(404)
  })

  it('counts records', () => {
    const { call } = fakeAccount()
    call('POST', RECORDS, spend('a'))
    call('POST', RECORDS, spend('b'))
    const { count } = call('GET', `${RECORDS}/count.json`).json()
    expect(count).toEqual({ refreshed_at: expect.stringMatching(/Z$/), value: 2 })
  })

  it('logs every write in the change log, with who and what', () => {
    const { zendesk, call } = fakeAccount()
    const id = call('POST', RECORDS, spend('Refund', {}, 'op-5')).json().custom_object_record.id
    call('PATCH', `${RECORDS}/${id}`, {
      custom_object_record: { custom_object_fields: { amount_minor: 900 } },
    })
    call('DELETE', `${RECORDS}/${id}`)
    const log = zendesk.store.changes.recordChanges()
    expect(log.map((change) => change.action)).toEqual(['created', 'updated', 'deleted'])
    expect(log[0]).toMatchObject({
      objectKey: 'turnaround_ledger',
      recordId: id,
      externalId: 'op-5',
      authorId: zendesk.store.currentUserId,
      endpoint: `POST ${RECORDS}`,
      changed: expect.arrayContaining([{ key: 'name', from: null, to: 'Refund' }]),
    })
    expect(log[1]?.changed).toEqual([{ key: 'amount_minor', from: 1250, to: 900 }])
    expect(log[2]?.fields).toMatchObject({ amount_minor: 900 })
    expect(zendesk.store.records.deleted('turnaround_ledger')).toEqual([
      expect.objectContaining({ deletedBy: zendesk.store.currentUserId }),
    ])
  })
})

describe('custom object records: listing and pages', () => {
  it('sorts by id in creation order, even within one millisecond', () => {
    const { clock } = manualClock()
    const { call } = fakeAccount({ clock })
    const ids = Array.from(
      { length: 30 },
      (_, index) => call('POST', RECORDS, spend(`r${index}`)).json().custom_object_record.id,
    )
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(30)
    const listed = call('GET', `${RECORDS}?sort=id`)
      .json()
      .custom_object_records.map((record: Json) => record.id)
    expect(listed).toEqual(ids)
    const reversed = call('GET', `${RECORDS}?sort=-id`)
      .json()
      .custom_object_records.map((record: Json) => record.id)
    expect(reversed).toEqual([...ids].reverse())
    expect(call('GET', `${RECORDS}?sort=name`).status).toBe(400)
  })

  it('sorts by updated_at', () => {
    const { clock, advance } = manualClock()
    const { call } = fakeAccount({ clock })
    const first = call('POST', RECORDS, spend('first')).json().custom_object_record.id
    advance(2000)
    const second = call('POST', RECORDS, spend('second')).json().custom_object_record.id
    advance(2000)
    call('PATCH', `${RECORDS}/${first}`, { custom_object_record: { name: 'first, edited' } })
    const order = (sort: string) =>
      call('GET', `${RECORDS}?sort=${sort}`)
        .json()
        .custom_object_records.map((record: Json) => record.id)
    expect(order('updated_at')).toEqual([second, first])
    expect(order('-updated_at')).toEqual([first, second])
  })

  it('filters by ids and external ids (comma-separated, case-sensitive)', () => {
    const { call } = fakeAccount()
    const a = call('POST', RECORDS, spend('a', {}, 'Op-A')).json().custom_object_record.id
    const b = call('POST', RECORDS, spend('b', {}, 'op-b')).json().custom_object_record.id
    call('POST', RECORDS, spend('c', {}, 'op-c'))
    const names = (query: string) =>
      call('GET', `${RECORDS}?${query}`)
        .json()
        .custom_object_records.map((record: Json) => record.name)
    expect(names(`filter[ids]=${a},${b}`)).toEqual(['a', 'b'])
    expect(names('filter[external_ids]=op-a,op-c')).toEqual(['c'])
    expect(names('filter%5Bexternal_ids%5D=Op-A')).toEqual(['a'])
  })

  it('pages with cursors: page[size] at most 100, links.next to the end, page[before] back', () => {
    const { call } = fakeAccount({ rateLimits: { accountPerMinute: 1000 } })
    for (let index = 0; index < 230; index += 1)
      call('POST', RECORDS, spend(`r${String(index).padStart(3, '0')}`))
    const first = call('GET', `${RECORDS}?page[size]=500`).json()
    expect(first.custom_object_records).toHaveLength(100)
    expect(first.meta).toMatchObject({
      has_more: true,
      before_cursor: null,
      after_cursor: expect.any(String),
    })
    expect(first.links.prev).toBeNull()

    const seen: string[] = []
    let next: string | null = `${RECORDS}?page[size]=100`
    let pages = 0
    while (next) {
      const page: Json = call('GET', next.replace('https://harness.zendesk.com', '')).json()
      seen.push(...page.custom_object_records.map((record: Json) => record.name))
      next = page.meta.has_more ? page.links.next : null
      pages += 1
    }
    expect(pages).toBe(3)
    expect(seen).toHaveLength(230)
    expect(new Set(seen).size).toBe(230)

    const second = call('GET', `${RECORDS}?page[size]=100&page[after]=${first.meta.after_cursor}`).json()
    expect(second.custom_object_records[0].name).toBe('r100')
    const back = call('GET', `${RECORDS}?page[size]=100&page[before]=${second.meta.before_cursor}`).json()
    expect(back.custom_object_records.map((record: Json) => record.name)).toEqual(
      first.custom_object_records.map((record: Json) => record.name),
    )
    expect(back.meta.has_more).toBe(false)
    expect(call('GET', `${RECORDS}?page[after]=x&page[before]=y`).status).toBe(400)
    expect(call('GET', `${RECORDS}?page[after]=not-a-cursor`).status).toBe(400)
  })

  it('keeps a page boundary in place while records are added', () => {
    const { call } = fakeAccount()
    for (let index = 0; index < 4; index += 1) call('POST', RECORDS, spend(`r${index}`))
    const first = call('GET', `${RECORDS}?page[size]=2`).json()
    call('POST', RECORDS, spend('r4'))
    const second = call('GET', `${RECORDS}?page[size]=2&page[after]=${first.meta.after_cursor}`).json()
    expect(second.custom_object_records.map((record: Json) => record.name)).toEqual(['r2', 'r3'])
    expect(second.meta.has_more).toBe(true)
  })
})

describe('custom object records: filtered search', () => {
  function seeded() {
    const { clock, advance } = manualClock()
    const account = fakeAccount({ clock })
    const lena = userByName(account.zendesk, 'Lena Hartmann')
    const rows: Array<[string, Json, number | undefined]> = [
      ['Refund 5', { amount_minor: 500, gesture: 'refund', month: '2026-03' }, undefined],
      [
        'Credit 20',
        { amount_minor: 2000, gesture: 'credit', month: '2026-03', needs_approval: true },
        undefined,
      ],
      ['Gift 10', { amount_minor: 1000, gesture: 'gift', month: '2026-02' }, lena],
      [
        'Decision',
        { entry_kind: 'decision', amount_minor: null, decision: 'approved', spend_key: 'op-2' },
        lena,
      ],
    ]
    for (const [name, fields, userId] of rows) {
      account.call('POST', RECORDS, spend(name, fields), userId)
      advance(60_000)
    }
    const search = (body: unknown, query = '') => account.call('POST', `${RECORDS}/search${query}`, body)
    const names = (body: unknown, query = '') =>
      search(body, query)
        .json()
        .custom_object_records.map((record: Json) => record.name)
    return { ...account, search, names, lena }
  }

  it('supports $eq, $noteq, comparisons, $in and $contains on custom and standard fields', () => {
    const { names, lena } = seeded()
    const field = (key: string, condition: Json) => ({
      filter: { [`custom_object_fields.${key}`]: condition },
    })
    expect(names(field('gesture', { $eq: 'credit' }))).toEqual(['Credit 20'])
    expect(names(field('entry_kind', { $noteq: 'spend' }))).toEqual(['Decision'])
    expect(names(field('amount_minor', { $gt: 500 }))).toEqual(['Credit 20', 'Gift 10'])
    expect(names(field('amount_minor', { $gte: '1000', $lt: 2000 }))).toEqual(['Gift 10'])
    expect(names(field('amount_minor', { $lte: 500 }))).toEqual(['Refund 5'])
    expect(names(field('gesture', { $in: ['refund', 'gift'] }))).toEqual(['Refund 5', 'Gift 10'])
    expect(names(field('needs_approval', { $eq: true }))).toEqual(['Credit 20'])
    expect(names(field('ticket', { $eq: 4201 }))).toHaveLength(4)
    expect(names({ filter: { name: { $contains: 'gift' } } })).toEqual(['Gift 10'])
    expect(names({ filter: { created_by_user: { $eq: String(lena) } } })).toEqual(['Gift 10', 'Decision'])
    expect(names({ filter: { created_at: { $gt: '2026-03-02T10:01:30Z' } } })).toEqual([
      'Gift 10',
      'Decision',
    ])
  })

  it('combines $and and $or, sorts and pages', () => {
    const { names, search } = seeded()
    expect(
      names({
        filter: {
          $and: [
            { 'custom_object_fields.entry_kind': { $eq: 'spend' } },
            { 'custom_object_fields.month': { $eq: '2026-03' } },
          ],
          $or: [
            { 'custom_object_fields.gesture': { $eq: 'refund' } },
            { 'custom_object_fields.amount_minor': { $gt: 1500 } },
          ],
        },
      }),
    ).toEqual(['Refund 5', 'Credit 20'])
    const spends = { filter: { 'custom_object_fields.entry_kind': { $eq: 'spend' } } }
    expect(names(spends, '?sort=-created_at')).toEqual(['Gift 10', 'Credit 20', 'Refund 5'])
    expect(names(spends, '?sort=name')).toEqual(['Credit 20', 'Gift 10', 'Refund 5'])
    const page = search(spends, '?page[size]=2').json()
    expect(page).toMatchObject({ count: 3, meta: { has_more: true } })
    const rest = search(spends, `?page[size]=2&page[after]=${page.meta.after_cursor}`).json()
    expect(rest.custom_object_records.map((record: Json) => record.name)).toEqual(['Gift 10'])
    expect(search(spends, '?sort=amount').status).toBe(400)
  })

  it('answers 400 for an unknown operator or field, or a malformed filter', () => {
    const { search } = seeded()
    for (const filter of [
      { name: { $like: 'x' } },
      { 'custom_object_fields.colour': { $eq: 'red' } },
      { colour: { $eq: 'red' } },
      { $nor: [] },
      { $and: {} },
      { 'custom_object_fields.gesture': { $gt: 'a' } },
      { 'custom_object_fields.amount_minor': { $contains: '5' } },
      { 'custom_object_fields.amount_minor': { $eq: 'many' } },
      [],
    ]) {
      const response = search({ filter })
      expect(response.status, JSON.stringify(filter)).toBe(400)
      expect(response.json().error).toBe('InvalidFilter')
    }
  })
})

describe('custom objects: permissions', () => {
  it('lets agents read definitions; only admins create or change objects and fields', () => {
    const { zendesk, call } = fakeAccount()
    const lena = userByName(zendesk, 'Lena Hartmann')
    const object = {
      custom_object: {
        key: 'voucher',
        title: 'Voucher',
        title_pluralized: 'Vouchers',
        include_in_list_view: false,
      },
    }
    expect(
      call('GET', '/api/v2/custom_objects')
        .json()
        .custom_objects.map((o: Json) => o.key),
    ).toEqual(['turnaround_ledger'])
    const denied = call('POST', '/api/v2/custom_objects', object)
    expect(denied.status).toBe(403)
    expect(denied.json()).toEqual(FORBIDDEN)
    expect(
      call('PATCH', '/api/v2/custom_objects/turnaround_ledger', { custom_object: { title: 'x' } }).status,
    ).toBe(403)
    expect(call('DELETE', '/api/v2/custom_objects/turnaround_ledger').status).toBe(403)
    const field = { custom_object_field: { key: 'code', title: 'Code', type: 'text' } }
    expect(call('POST', '/api/v2/custom_objects/turnaround_ledger/fields', field).status).toBe(403)

    expect(call('POST', '/api/v2/custom_objects', object, lena).status).toBe(201)
    expect(call('POST', '/api/v2/custom_objects', object, lena).status).toBe(422)
    const created = call('POST', '/api/v2/custom_objects/voucher/fields', field, lena)
    expect(created.status).toBe(201)
    expect(created.json().custom_object_field).toMatchObject({ key: 'code', type: 'text', position: 2 })
    const renamed = call(
      'PATCH',
      '/api/v2/custom_objects/voucher',
      { custom_object: { title: 'Gift voucher' } },
      lena,
    )
    expect(renamed.json().custom_object).toMatchObject({ title: 'Gift voucher', raw_title: 'Gift voucher' })
    expect(call('GET', '/api/v2/custom_objects/voucher/fields/code').json().custom_object_field.key).toBe(
      'code',
    )
    expect(call('DELETE', '/api/v2/custom_objects/voucher', undefined, lena).status).toBe(204)
    expect(call('GET', '/api/v2/custom_objects/voucher').status).toBe(404)
  })

  it('gives agents and admins every record scope, and end users none', () => {
    const { zendesk, call } = fakeAccount()
    const lena = userByName(zendesk, 'Lena Hartmann')
    const customer = zendesk.store.getTicket(4201).requester_id
    expect(call('POST', RECORDS, spend('by admin'), lena).status).toBe(201)
    expect(call('POST', RECORDS, spend('by agent')).status).toBe(201)
    for (const [method, path] of [
      ['GET', RECORDS],
      ['POST', RECORDS],
      ['POST', `${RECORDS}/search`],
      ['GET', '/api/v2/custom_objects'],
    ] as const) {
      const response = call(method, path, method === 'POST' ? spend('x') : undefined, customer)
      expect(response.status, `${method} ${path}`).toBe(403)
      expect(response.json()).toEqual(FORBIDDEN)
    }
  })

  it("restricts one agent's record scopes like an Enterprise custom role", () => {
    const { zendesk, call } = fakeAccount()
    const agent = zendesk.store.getUser(zendesk.store.currentUserId)
    const other = userByName(zendesk, 'Sofia Lindqvist')
    const id = call('POST', RECORDS, spend('before', {}, 'op-1')).json().custom_object_record.id
    zendesk.store.permissions.restrict(agent, 'turnaround_ledger', ['read'])
    expect(call('GET', RECORDS).status).toBe(200)
    expect(call('POST', `${RECORDS}/search`, { filter: { name: { $contains: 'b' } } }).status).toBe(200)
    for (const [method, path, body] of [
      ['POST', RECORDS, spend('after')],
      ['PATCH', `${RECORDS}/${id}`, spend('after')],
      ['PATCH', `${RECORDS}?external_id=op-1`, spend('after')],
      ['PATCH', `${RECORDS}?external_id=op-new`, spend('after')],
      ['DELETE', `${RECORDS}/${id}`, undefined],
    ] as const) {
      const response = call(method, path, body)
      expect(response.status, `${method} ${path}`).toBe(403)
      expect(response.json()).toEqual(FORBIDDEN)
    }
    expect(call('POST', RECORDS, spend('by Sofia'), other).status).toBe(201)
    expect(() => zendesk.store.permissions.restrict(agent, 'turnaround_ledger', ['update'])).toThrow(
      /"read" is required/,
    )
    zendesk.store.permissions.restrict(agent, 'turnaround_ledger', null)
    expect(call('POST', RECORDS, spend('after reset')).status).toBe(201)
  })
})

describe('custom object records: the request pipeline', () => {
  it('goes through injected faults and the account rate limit', () => {
    const { zendesk, call } = fakeAccount({ rateLimits: { accountPerMinute: 2 } })
    zendesk.injectFault({ method: 'POST', pathPattern: '/records', status: 500 })
    expect(call('POST', RECORDS, spend('a')).status).toBe(500)
    expect(call('GET', RECORDS).json().custom_object_records).toEqual([])
    expect(call('POST', RECORDS, spend('a')).status).toBe(201)
    const limited = call('GET', RECORDS)
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toMatch(/^\d+$/)
  })
})
