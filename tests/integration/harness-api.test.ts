import { describe, expect, it } from 'vitest'
import {
  createFakeZendesk,
  MALFORMED_BODY,
  type FakeZendesk,
  type FakeZendeskOptions,
} from '../../harness/fake-zendesk'

/** The fake Zendesk back end answers like the real REST API: shapes, sideloads, write rules, limits. */

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions on JSON

function setup(options: FakeZendeskOptions = {}) {
  const zendesk = createFakeZendesk(options)
  const call = (
    method: string,
    path: string,
    body?: unknown,
    userId: number | null = zendesk.store.currentUserId,
  ) => {
    const response = zendesk.handleApiRequest({ method, path, body, userId: userId ?? undefined })
    return { ...response, json: () => JSON.parse(response.body) as Json }
  }
  return { zendesk, call }
}

/** A clock the test moves by hand, for windows and stamps. */
function manualClock(start = Date.parse('2026-03-02T10:00:00Z')) {
  let now = start
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) }
}

/** The id the requirement installer gave one of the app's ticket fields. */
function fieldId(zendesk: FakeZendesk, identifier: string): number {
  const requirement = zendesk.store.requirements[identifier]
  if (typeof requirement?.requirement_id !== 'number') throw new Error(`no ticket field ${identifier}`)
  return requirement.requirement_id
}

function requesterOf(zendesk: FakeZendesk, ticketId: number): number {
  return zendesk.store.getTicket(ticketId).requester_id
}

describe('fake Zendesk: seed', () => {
  it('has at least 14 tickets in at least 6 languages, with bad and good ratings and a long thread', () => {
    const { zendesk } = setup()
    const tickets = zendesk.store.listTickets()
    expect(tickets.length).toBeGreaterThanOrEqual(14)
    const languages = new Set(tickets.map((ticket) => zendesk.store.ticketLanguage(ticket.id)))
    expect(languages.size).toBeGreaterThanOrEqual(6)
    const scores = tickets.map((ticket) => ticket.satisfaction_rating?.score)
    expect(scores).toContain('bad')
    expect(scores).toContain('good')
    expect(scores).toContain('offered')
    const longest = Math.max(...tickets.map((ticket) => zendesk.store.getComments(ticket.id).length))
    expect(longest).toBeGreaterThanOrEqual(15)
    const locales = new Set(zendesk.store.listUsers().map((user) => user.locale))
    for (const locale of ['ja', 'ko', 'th', 'nb', 'de', 'es', 'fr', 'pt-BR', 'en-US'])
      expect(locales).toContain(locale)
  })

  it('keeps times relative to now, in ISO UTC without milliseconds', () => {
    const { clock } = manualClock()
    const { call } = setup({ clock })
    const ticket = call('GET', '/api/v2/tickets/4202.json').json().ticket
    expect(ticket.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(Date.parse('2026-03-02T10:00:00Z') - Date.parse(ticket.created_at)).toBe((2 * 24 + 5) * 3_600_000)
  })
})

describe('fake Zendesk: reads', () => {
  it('shows a ticket with Zendesk keys and the metric_sets and users sideloads', () => {
    const { call } = setup()
    const response = call('GET', '/api/v2/tickets/4201.json?include=metric_sets,users')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('application/json')
    expect(response.headers['x-rate-limit']).toBeDefined()
    const body = response.json()
    for (const key of [
      'url',
      'id',
      'via',
      'created_at',
      'updated_at',
      'subject',
      'description',
      'status',
      'requester_id',
      'assignee_id',
      'tags',
      'custom_fields',
      'satisfaction_rating',
      'fields',
      'brand_id',
    ]) {
      expect(body.ticket).toHaveProperty(key)
    }
    expect(body.ticket.satisfaction_rating).toMatchObject({
      score: 'bad',
      reason: 'The issue took too long to resolve',
    })
    expect(body.ticket.satisfaction_rating.comment).toContain('Not impressed')
    expect(body.metric_sets).toHaveLength(1)
    expect(body.metric_sets[0]).toMatchObject({ ticket_id: 4201, reopens: 1 })
    expect(body.metric_sets[0].reply_time_in_minutes).toEqual({
      calendar: 1440,
      business: expect.any(Number),
    })
    expect(body.users.map((user: Json) => user.name)).toEqual(
      expect.arrayContaining(['Megan Clarke', 'Alex Morgan']),
    )
  })

  it('lists comments with include=users, sort_order and cursor pagination', () => {
    const { call } = setup()
    const first = call(
      'GET',
      '/api/v2/tickets/4213/comments.json?include=users&sort_order=asc&page[size]=10',
    ).json()
    expect(first.comments).toHaveLength(10)
    expect(first.meta.has_more).toBe(true)
    expect(first.links.next).toContain('page%5Bafter%5D=')
    const comment = first.comments[0]
    expect(Object.keys(comment)).toEqual(
      expect.arrayContaining([
        'id',
        'type',
        'author_id',
        'body',
        'html_body',
        'plain_body',
        'public',
        'attachments',
        'audit_id',
        'via',
        'created_at',
        'metadata',
      ]),
    )
    expect(comment.type).toBe('Comment')
    expect(comment.via).toHaveProperty('channel')
    expect(first.users.length).toBeGreaterThanOrEqual(2)
    const second = call(
      'GET',
      `/api/v2/tickets/4213/comments.json?sort_order=asc&page[size]=10&page[after]=${first.meta.after_cursor}`,
    ).json()
    expect(second.comments.length).toBe(16 - 10)
    expect(second.meta.has_more).toBe(false)
    expect(second.links.next).toBeNull()
    const newestFirst = call(
      'GET',
      '/api/v2/tickets/4213/comments.json?sort_order=desc&page[size]=100',
    ).json()
    expect(newestFirst.comments[0].id).toBe(second.comments.at(-1).id)
    expect(comment.created_at <= first.comments[1].created_at).toBe(true)
  })

  it('includes internal notes as public:false and renders html_body safely', () => {
    const { call } = setup()
    const comments = call('GET', '/api/v2/tickets/4213/comments.json').json().comments as Json[]
    expect(comments.some((comment) => comment.public === false)).toBe(true)
    const ampersand = comments.find((comment) => comment.body.includes('Grant & Lee'))
    expect(ampersand?.html_body).toContain('Grant &amp; Lee')
  })

  it("lists a requester's tickets with metric_sets, sorted, with offset pagination", () => {
    const { zendesk, call } = setup()
    const requester = requesterOf(zendesk, 4201)
    const body = call(
      'GET',
      `/api/v2/users/${requester}/tickets/requested.json?include=metric_sets&sort_by=updated_at&sort_order=desc&per_page=25`,
    ).json()
    expect(body.tickets.map((ticket: Json) => ticket.id)).toEqual([4201, 4150, 4101])
    expect(body.metric_sets.map((metric: Json) => metric.ticket_id)).toEqual([4201, 4150, 4101])
    expect(body).toMatchObject({ count: 3, next_page: null, previous_page: null })
    expect(body.tickets[2].satisfaction_rating.score).toBe('bad')
    const paged = call('GET', `/api/v2/users/${requester}/tickets/requested.json?per_page=2&page=1`).json()
    expect(paged.tickets).toHaveLength(2)
    expect(paged.next_page).toContain('page=2')
  })

  it('shows ticket metrics, users, me and ticket fields with the Turnaround custom fields', () => {
    const { zendesk, call } = setup()
    expect(call('GET', '/api/v2/tickets/4206/metrics.json').json().ticket_metric).toMatchObject({
      ticket_id: 4206,
      reopens: 4,
    })
    const me = call('GET', '/api/v2/users/me.json').json().user
    expect(me).toMatchObject({ id: zendesk.store.currentUserId, role: 'agent', locale: 'en-US' })
    const user = call('GET', `/api/v2/users/${requesterOf(zendesk, 4203)}.json`).json().user
    expect(user).toMatchObject({ locale: 'ja', role: 'end-user', locale_id: 67 })
    const fields = call('GET', '/api/v2/ticket_fields.json').json().ticket_fields as Json[]
    expect(fields.find((field) => field.id === fieldId(zendesk, 'turnaround_follow_up'))).toMatchObject({
      type: 'date',
      title: 'Turnaround: follow-up date',
    })
    const recovery = fields.find((field) => field.id === fieldId(zendesk, 'turnaround_status'))
    expect(recovery).toMatchObject({ type: 'tagger', title: 'Turnaround: recovery status' })
    expect(recovery?.custom_field_options.length).toBeGreaterThan(2)
  })

  it('refuses satisfaction_ratings to agents (403) and answers 404/401 like Zendesk', () => {
    const { call } = setup()
    const forbidden = call('GET', '/api/v2/satisfaction_ratings.json?score=bad')
    expect(forbidden.status).toBe(403)
    expect(forbidden.json().error).toBe('Forbidden')
    expect(call('GET', '/api/v2/nope.json').json()).toMatchObject({ error: 'InvalidEndpoint' })
    expect(call('GET', '/api/v2/tickets/1.json')).toMatchObject({ status: 404 })
    expect(call('GET', '/api/v2/tickets/1.json').json().error).toBe('RecordNotFound')
    const anonymous = call('GET', '/api/v2/tickets/4201.json', undefined, null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json()).toEqual({ error: "Couldn't authenticate you" })
  })
})

describe('fake Zendesk: writes', () => {
  it('PUT ticket: tags replace, comment becomes an internal note, custom fields and an audit are recorded', () => {
    const { zendesk, call } = setup()
    const response = call('PUT', '/api/v2/tickets/4202.json', {
      ticket: {
        tags: ['billing', 'turnaround_flagged'],
        comment: { body: 'Customer waited 2 days with no reply. Refund duplicate first.', public: false },
        custom_fields: [
          { id: fieldId(zendesk, 'turnaround_follow_up'), value: '2026-03-05' },
          { id: fieldId(zendesk, 'turnaround_status'), value: 'turnaround_needed' },
        ],
      },
    })
    expect(response.status).toBe(200)
    const { ticket, audit } = response.json()
    expect(ticket.tags).toEqual(['billing', 'turnaround_flagged', 'turnaround_needed'])
    expect(ticket.tags).not.toContain('duplicate_charge')
    expect(ticket.custom_fields).toEqual(
      expect.arrayContaining([{ id: fieldId(zendesk, 'turnaround_follow_up'), value: '2026-03-05' }]),
    )
    expect(audit.events.map((event: Json) => event.type)).toEqual([
      'Comment',
      'Change', // tags
      'Change', // Product area cleared: its tag was replaced away
      'Change', // follow-up date
      'Change', // recovery status
    ])
    const comments = zendesk.store.getComments(4202)
    expect(comments.at(-1)).toMatchObject({ public: false, author_id: zendesk.store.currentUserId })
    const [change] = zendesk.store.changes.forTicket(4202)
    expect(change).toMatchObject({
      tagsAdded: ['turnaround_flagged', 'turnaround_needed'],
      tagsRemoved: ['duplicate_charge', 'area_billing'],
      comments: [{ public: false }],
    })
    expect(zendesk.store.changes.scheduledFollowUps(4202)).toEqual([
      expect.objectContaining({ ticketId: 4202, due: '2026-03-05' }),
    ])
  })

  it('tags endpoints add and remove without touching other tags', () => {
    const { zendesk, call } = setup()
    const before = zendesk.store.getTicket(4204).tags
    const added = call('PUT', '/api/v2/tickets/4204/tags.json', { tags: ['turnaround_at_risk'] }).json()
    expect(added.tags).toEqual([...before, 'turnaround_at_risk'])
    const removed = call('DELETE', '/api/v2/tickets/4204/tags.json', { tags: ['shipping'] }).json()
    expect(removed.tags).toEqual([...before.filter((tag) => tag !== 'shipping'), 'turnaround_at_risk'])
    expect(
      zendesk.store.changes.forTicket(4204).map((change) => [change.tagsAdded, change.tagsRemoved]),
    ).toEqual([
      [['turnaround_at_risk'], []],
      [[], ['shipping']],
    ])
  })

  it('rejects a safe update with a stale updated_stamp with 409 UpdateConflict', () => {
    const { call } = setup()
    const stamp = call('GET', '/api/v2/tickets/4207.json').json().ticket.updated_at as string
    const ok = call('PUT', '/api/v2/tickets/4207/tags.json', {
      tags: ['a'],
      safe_update: true,
      updated_stamp: stamp,
    })
    expect(ok.status).toBe(200)
    const stale = call('PUT', '/api/v2/tickets/4207.json', {
      ticket: { comment: { body: 'note', public: false }, safe_update: true, updated_stamp: stamp },
    })
    expect(stale.status).toBe(409)
    expect(stale.json()).toEqual({
      error: 'UpdateConflict',
      description: expect.stringContaining('Safe Update prevented the update'),
    })
  })

  it('refuses invalid values with 422 and leaves the ticket untouched', () => {
    const { zendesk, call } = setup()
    const before = zendesk.store.getTicket(4211)
    const bad = call('PUT', '/api/v2/tickets/4211.json', {
      ticket: {
        tags: ['x'],
        custom_fields: [{ id: fieldId(zendesk, 'turnaround_follow_up'), value: 'next tuesday' }],
      },
    })
    expect(bad.status).toBe(422)
    expect(bad.json().error).toBe('RecordInvalid')
    expect(zendesk.store.getTicket(4211)).toEqual(before)
    expect(call('PUT', '/api/v2/tickets/4101.json', { ticket: { tags: ['x'] } }).status).toBe(422)
  })

  it('accepts Rails-style form bodies as strings (public: "false")', () => {
    const { zendesk, call } = setup()
    const response = call('PUT', '/api/v2/tickets/4205.json', {
      ticket: { comment: { body: 'note', public: 'false' } },
    })
    expect(response.status).toBe(200)
    expect(zendesk.store.getComments(4205).at(-1)?.public).toBe(false)
  })
})

describe('fake Zendesk: limits and faults', () => {
  it('allows 30 updates per 10 minutes per user per ticket, then 429 with Retry-After', () => {
    const { clock, advance } = manualClock()
    const { call } = setup({ clock })
    for (let index = 0; index < 30; index += 1) {
      expect(call('PUT', '/api/v2/tickets/4213/tags.json', { tags: [`t${index}`] }).status).toBe(200)
      advance(1000)
    }
    const limited = call('PUT', '/api/v2/tickets/4213/tags.json', { tags: ['one_more'] })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBe(600 - 30)
    expect(limited.headers['x-rate-limit-remaining']).toBe('0')
    // Other tickets and reads are not affected by one ticket's cap.
    expect(call('PUT', '/api/v2/tickets/4214/tags.json', { tags: ['x'] }).status).toBe(200)
    expect(call('GET', '/api/v2/tickets/4213.json').status).toBe(200)
    advance(600_000)
    expect(call('PUT', '/api/v2/tickets/4213/tags.json', { tags: ['later'] }).status).toBe(200)
  })

  it('enforces the account limit per minute on every request', () => {
    const { clock, advance } = manualClock()
    const { call } = setup({ clock, rateLimits: { accountPerMinute: 3 } })
    for (let index = 0; index < 3; index += 1) expect(call('GET', '/api/v2/users/me.json').status).toBe(200)
    const limited = call('GET', '/api/v2/users/me.json')
    expect(limited.status).toBe(429)
    expect(limited.json().error).toBe('APIRateLimitExceeded')
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    advance(60_000)
    expect(call('GET', '/api/v2/users/me.json').status).toBe(200)
  })

  it('injects a 500, a 429 with Retry-After and a malformed body, each once', () => {
    const { zendesk, call } = setup()
    zendesk.injectFault({ pathPattern: '/comments', status: 500 })
    zendesk.injectFault({ method: 'GET', pathPattern: /requested/, status: 429, retryAfter: 7 })
    zendesk.injectFault({ pathPattern: '/tickets/4201.json', status: 200, malformed: true })
    expect(call('GET', '/api/v2/tickets/4201/comments.json').status).toBe(500)
    expect(call('GET', '/api/v2/tickets/4201/comments.json').status).toBe(200)
    const limited = call('GET', '/api/v2/users/1/tickets/requested.json')
    expect(limited).toMatchObject({ status: 429, headers: expect.objectContaining({ 'retry-after': '7' }) })
    const malformed = call('GET', '/api/v2/tickets/4201.json')
    expect(malformed.body).toBe(MALFORMED_BODY)
    expect(() => JSON.parse(malformed.body)).toThrow()
    expect(call('GET', '/api/v2/tickets/4201.json').status).toBe(200)
  })
})
