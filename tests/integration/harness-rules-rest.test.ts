import { describe, expect, it } from 'vitest'
import { fakeAccount, userByName, type Json } from './harness-test-helpers'

/**
 * The business-rules REST API of the fake account, in Zendesk's shapes: triggers, automations and views to
 * read (agents) and change (admins, checked like an install), view tickets and counts, and dynamic content
 * that renders view titles in the reader's language.
 */

function account() {
  const setup = fakeAccount()
  const admin = userByName(setup.zendesk, 'Lena Hartmann')
  const agent = userByName(setup.zendesk, 'Alex Morgan')
  const lead = userByName(setup.zendesk, 'Priya Raman')
  const ruleId = (identifier: string) =>
    setup.zendesk.store.requirements[identifier]?.requirement_id as number
  return { ...setup, admin, agent, lead, ruleId }
}

const FORBIDDEN = {
  error: 'Forbidden',
  description:
    'You do not have access to this page. Please contact the account owner of this help desk for further help.',
}

describe('triggers and automations over REST', () => {
  it('lists and shows them as Zendesk does', () => {
    const { call, agent, ruleId } = account()
    const list = call('GET', '/api/v2/triggers.json', undefined, agent).json()
    expect(list.count).toBe(list.triggers.length)
    expect(list.next_page).toBeNull()
    const id = ruleId('turnaround_flag_bad_rating')
    const shown = call('GET', `/api/v2/triggers/${id}.json`, undefined, agent).json().trigger
    expect(shown).toMatchObject({
      url: `https://harness.zendesk.com/api/v2/triggers/${id}.json`,
      id,
      title: 'Turnaround: flag a bad rating for recovery',
      raw_title: 'Turnaround: flag a bad rating for recovery',
      active: true,
      default: false,
      conditions: { all: expect.any(Array), any: expect.any(Array) },
      actions: expect.arrayContaining([{ field: 'current_tags', value: 'turnaround_needed' }]),
      created_at: expect.stringMatching(/Z$/),
    })
    const automations = call('GET', '/api/v2/automations.json', undefined, agent).json().automations as Json[]
    expect(automations.map((automation) => automation.title)).toContain(
      'Turnaround: follow-up survey after 3 quiet days',
    )
    expect(call('GET', '/api/v2/triggers/1.json', undefined, agent).status).toBe(404)
  })

  it('lets only admins change a trigger, and checks the change like an install', () => {
    const { call, zendesk, admin, agent, ruleId } = account()
    const id = ruleId('turnaround_flag_bad_rating')
    const byAgent = call('PUT', `/api/v2/triggers/${id}.json`, { trigger: { active: false } }, agent)
    expect(byAgent.status).toBe(403)
    expect(byAgent.json()).toEqual(FORBIDDEN)

    const refused = call(
      'PUT',
      `/api/v2/triggers/${id}.json`,
      { trigger: { actions: [{ field: 'priority', value: 'urgent' }] } },
      admin,
    )
    expect(refused.status).toBe(422)
    expect(refused.json()).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        base: [
          {
            description: expect.stringMatching(/^actions\[0\]: action "priority" is not supported/),
            error: 'InvalidValue',
          },
        ],
      },
    })

    const off = call('PUT', `/api/v2/triggers/${id}.json`, { trigger: { active: false } }, admin)
    expect(off.status).toBe(200)
    expect(off.json().trigger).toMatchObject({
      active: false,
      title: 'Turnaround: flag a bad rating for recovery',
    })
    zendesk.store.rateTicket(4214, 'bad', null)
    expect(zendesk.store.getTicket(4214).tags).not.toContain('turnaround_needed')
  })

  it('refuses an automation update that would stop it nullifying itself', () => {
    const { call, admin, ruleId } = account()
    const id = ruleId('turnaround_follow_up_3d')
    const response = call(
      'PUT',
      `/api/v2/automations/${id}.json`,
      {
        automation: {
          actions: [{ field: 'notification_user', value: ['requester_id', 'Hi', 'How are you?'] }],
        },
      },
      admin,
    )
    expect(response.status).toBe(422)
    expect(response.json().details.base[0].description).toMatch(/does not nullify itself/)
  })
})

describe('views over REST', () => {
  it('shows a view with its execution: columns, sort, conditions', () => {
    const { call, agent, ruleId } = account()
    const id = ruleId('turnaround_view_needs_recovery')
    const view = call('GET', `/api/v2/views/${id}.json`, undefined, agent).json().view
    expect(view).toMatchObject({
      id,
      title: 'Turnaround: Needs recovery',
      raw_title: 'Turnaround: Needs recovery',
      active: true,
      restriction: null,
      conditions: {
        all: [
          { field: 'status', operator: 'less_than', value: 'closed' },
          { field: 'current_tags', operator: 'includes', value: 'turnaround_needed' },
        ],
        any: [],
      },
      execution: {
        sort_by: 'updated',
        sort_order: 'desc',
        sort: { id: 'updated', title: 'Updated', order: 'desc' },
        group: null,
        columns: [
          { id: 'satisfaction_score', title: 'Satisfaction' },
          { id: 'description', title: 'Subject' },
          { id: 'requester', title: 'Requester' },
          { id: 'assignee', title: 'Assignee' },
          { id: 'updated', title: 'Updated' },
        ],
      },
    })
  })

  it('lets only admins change a view; a custom field column carries its type and url', () => {
    const { call, zendesk, admin, agent, ruleId } = account()
    const id = ruleId('turnaround_view_in_progress')
    expect(call('PUT', `/api/v2/views/${id}.json`, { view: { title: 'Mine' } }, agent).json()).toEqual(
      FORBIDDEN,
    )
    const gesture = zendesk.store.requirements.turnaround_gesture?.requirement_id as number
    const updated = call(
      'PUT',
      `/api/v2/views/${id}.json`,
      { view: { output: { columns: ['nice_id', gesture], sort_by: gesture, sort_order: 'asc' } } },
      admin,
    ).json().view
    expect(updated.execution.columns).toEqual([
      { id: 'nice_id', title: 'ID' },
      {
        id: gesture,
        title: 'Turnaround: goodwill gesture',
        type: 'tagger',
        url: `https://harness.zendesk.com/api/v2/ticket_fields/${gesture}.json`,
      },
    ])
    expect(updated.execution.custom_fields).toHaveLength(1)
    const refused = call(
      'PUT',
      `/api/v2/views/${id}.json`,
      { view: { all: [{ field: 'current_tags', operator: 'includes', value: 'x' }] } },
      admin,
    )
    expect(refused.status).toBe(422)
    expect(refused.json().details.base[0].description).toMatch(
      /a view needs at least one "all" condition on status/,
    )
  })

  it('shows a group view only to the group (and admins)', () => {
    const { call, admin, agent, lead, ruleId } = account()
    const id = ruleId('turnaround_view_approval_needed')
    const restricted = call(
      'PUT',
      `/api/v2/views/${id}.json`,
      { view: { restriction: { type: 'Group', ids: [360_000_777_002] } } },
      admin,
    )
    expect(restricted.json().view.restriction).toEqual({ type: 'Group', ids: [360_000_777_002] })
    const titles = (userId: number) =>
      (call('GET', '/api/v2/views.json', undefined, userId).json().views as Json[]).map((view) => view.id)
    expect(titles(lead)).toContain(id)
    expect(titles(admin)).toContain(id)
    expect(titles(agent)).not.toContain(id)
    expect(call('GET', `/api/v2/views/${id}/tickets.json`, undefined, agent).status).toBe(404)
  })

  it('is for staff only', () => {
    const { call, zendesk } = account()
    const customer = zendesk.store.getTicket(4214).requester_id
    expect(call('GET', '/api/v2/views.json', undefined, customer).status).toBe(403)
    expect(call('GET', '/api/v2/triggers.json', undefined, customer).status).toBe(403)
  })
})

describe('dynamic content', () => {
  const item = {
    item: {
      name: 'Turnaround needs recovery',
      default_locale_id: 1,
      variants: [
        { locale_id: 1, default: true, content: 'Needs recovery' },
        { locale_id: 8, default: false, content: 'Wiedergutmachung nötig' },
        { locale_id: 67, default: false, content: '要リカバリー' },
      ],
    },
  }

  it('creates items (admins) whose placeholder renders view titles in the reader’s language', () => {
    const { call, zendesk, admin, agent, ruleId } = account()
    expect(call('POST', '/api/v2/dynamic_content/items.json', item, agent).status).toBe(403)
    const created = call('POST', '/api/v2/dynamic_content/items.json', item, admin)
    expect(created.status).toBe(201)
    expect(created.json().item).toMatchObject({
      name: 'Turnaround needs recovery',
      placeholder: '{{dc.turnaround_needs_recovery}}',
      default_locale_id: 1,
      variants: [
        { locale_id: 1, default: true, content: 'Needs recovery', active: true },
        { locale_id: 8, default: false },
        { locale_id: 67, default: false },
      ],
    })
    expect(call('POST', '/api/v2/dynamic_content/items.json', item, admin).status).toBe(422)
    expect(call('GET', '/api/v2/dynamic_content/items.json', undefined, agent).json().items).toHaveLength(1)

    const id = ruleId('turnaround_view_needs_recovery')
    call('PUT', `/api/v2/views/${id}.json`, { view: { title: '{{dc.turnaround_needs_recovery}}' } }, admin)
    const titleFor = (userId: number) =>
      call('GET', `/api/v2/views/${id}.json`, undefined, userId).json().view
    expect(titleFor(agent)).toMatchObject({
      title: 'Needs recovery',
      raw_title: '{{dc.turnaround_needs_recovery}}',
    })
    expect(titleFor(admin).title).toBe('Wiedergutmachung nötig')
    zendesk.store.setUserLocale(agent, 'ja')
    expect(titleFor(agent).title).toBe('要リカバリー')
    zendesk.store.setUserLocale(agent, 'ko')
    expect(titleFor(agent).title).toBe('Needs recovery')
  })

  it('refuses an item without a variant in its default locale, or in a locale the account lacks', () => {
    const { call, admin } = account()
    const post = (body: unknown) => call('POST', '/api/v2/dynamic_content/items.json', body, admin)
    const noDefault = post({
      item: { name: 'x', default_locale_id: 8, variants: [{ locale_id: 1, content: 'x' }] },
    })
    expect(noDefault.status).toBe(422)
    expect(noDefault.json().details.default_locale_id[0].description).toMatch(
      /no variant in the default locale/,
    )
    expect(
      post({ item: { name: 'y', default_locale_id: 1, variants: [{ locale_id: 9999, content: 'y' }] } })
        .status,
    ).toBe(422)
  })
})

describe("what the app's setup pass calls", () => {
  it('reads views by id and the account’s locales, then adds columns, points the alert at a group and titles views', () => {
    const { call, zendesk, admin, agent, ruleId } = account()
    const viewIds = ['turnaround_view_needs_recovery', 'turnaround_view_recovered'].map(ruleId)
    const many = call(
      'GET',
      `/api/v2/views/show_many.json?ids=${viewIds.join(',')},1`,
      undefined,
      admin,
    ).json()
    expect(many.views.map((view: Json) => view.id)).toEqual(viewIds)

    const locales = call('GET', '/api/v2/locales.json', undefined, admin).json().locales as Json[]
    expect(locales.map((locale) => [locale.id, locale.locale])).toEqual([
      [1, 'en-US'],
      [2, 'es'],
      [8, 'de'],
      [16, 'fr'],
      [19, 'pt-BR'],
      [34, 'no'],
      [67, 'ja'],
      [69, 'ko'],
      [81, 'th'],
    ])

    const fieldIds = [
      'turnaround_severity',
      'turnaround_gesture',
      'turnaround_amount',
      'turnaround_follow_up',
    ].map((identifier) => zendesk.store.requirements[identifier]?.requirement_id as number)
    const columns = ['satisfaction_score', 'description', 'requester', ...fieldIds, 'assignee', 'updated']
    const withColumns = call(
      'PUT',
      `/api/v2/views/${viewIds[0]}.json`,
      { view: { output: { columns } } },
      admin,
    )
    expect(withColumns.status).toBe(200)
    expect(withColumns.json().view.execution.columns.map((column: Json) => column.id)).toEqual(columns)
    // The output as a whole is replaced: the view keeps no sort it was not sent.
    expect(withColumns.json().view.execution.sort_by).toBeNull()

    const flag = ruleId('turnaround_flag_bad_rating')
    const actions = (
      call('GET', `/api/v2/triggers/${flag}.json`, undefined, admin).json().trigger.actions as Json[]
    ).map((action) =>
      action.field === 'notification_group'
        ? { ...action, value: ['360000777002', ...action.value.slice(1)] }
        : action,
    )
    expect(call('PUT', `/api/v2/triggers/${flag}.json`, { trigger: { actions } }, admin).status).toBe(200)
    zendesk.store.rateTicket(4214, 'bad', null)
    const [alert] = zendesk.store.rules.notifications.list(4214)
    expect(alert?.to.map((recipient) => recipient.name)).toEqual(['Priya Raman'])

    const item = {
      item: {
        name: 'turnaround_view_needs_recovery',
        default_locale_id: 1,
        variants: locales.map((locale) => ({
          locale_id: locale.id,
          default: locale.id === 1,
          content: locale.id === 67 ? '要リカバリー' : 'Needs recovery',
        })),
      },
    }
    const created = call('POST', '/api/v2/dynamic_content/items.json', item, admin).json().item
    expect(created.placeholder).toBe('{{dc.turnaround_view_needs_recovery}}')
    call('PUT', `/api/v2/views/${viewIds[0]}.json`, { view: { title: created.placeholder } }, admin)
    zendesk.store.setUserLocale(agent, 'ja')
    const shown = call('GET', `/api/v2/views/show_many.json?ids=${viewIds[0]}`, undefined, agent).json()
      .views[0]
    // Zendesk answers the title as the reader reads it; the placeholder is in raw_title.
    expect(shown).toMatchObject({ title: '要リカバリー', raw_title: '{{dc.turnaround_view_needs_recovery}}' })
  })
})
