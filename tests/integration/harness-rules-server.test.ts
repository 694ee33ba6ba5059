import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_REQUIREMENTS_PATH } from '../../harness/fake-zendesk'
import { startHarness, type Harness } from '../../harness/server'
import { userByName, type Json } from './harness-test-helpers'

/** The /__harness controls over the account's rules, over real HTTP, in the shapes harness/host/rules-types.ts reads. */

let root: string
let harness: Harness

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'turnaround-rules-'))
  mkdirSync(join(root, 'dist/assets'), { recursive: true })
  mkdirSync(join(root, 'host'), { recursive: true })
  writeFileSync(join(root, 'dist/assets/index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'host/index.html'), '<!doctype html><title>host</title>')
  harness = await startHarness({ port: 0, appDir: join(root, 'dist'), hostDir: join(root, 'host') })
})

afterAll(async () => {
  await harness.close()
  rmSync(root, { recursive: true, force: true })
})

async function request(method: string, path: string, body?: unknown, cookie?: string) {
  const response = await fetch(new URL(path.replace(/^\//, ''), harness.hostUrl), {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Json }
}

describe('harness rules controls', () => {
  it('will not start on a requirements.json with a rule it cannot run, and names it', async () => {
    const requirements = JSON.parse(readFileSync(DEFAULT_REQUIREMENTS_PATH, 'utf8')) as Json
    requirements.triggers.turnaround_flag_bad_rating.actions.push({ field: 'priority', value: 'urgent' })
    await expect(
      startHarness({ port: 0, appDir: join(root, 'dist'), hostDir: join(root, 'host'), requirements }),
    ).rejects.toThrow(
      /^requirements\.json: triggers\.turnaround_flag_bad_rating: actions\[\d+\]: action "priority" is not supported/,
    )
  })

  it('reads the account clock, which stands still until moved', async () => {
    const first = await request('GET', '/__harness/clock')
    expect(first.json.now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await request('GET', '/__harness/clock')).json.now).toBe(first.json.now)
    const moved = await request('POST', '/__harness/clock', { hours: 2, days: 1 })
    expect(moved.status).toBe(200)
    expect(Date.parse(moved.json.now) - Date.parse(first.json.now)).toBe(26 * 3_600_000)
    expect(moved.json.runs).toEqual([])
    expect((await request('POST', '/__harness/clock', { hours: -1 })).status).toBe(400)
    expect((await request('POST', '/__harness/clock', { days: 1.5 })).json.error).toMatch(/whole number/)
  })

  it('takes the requester’s rating: triggers fire, the group is emailed, the views and changes show it', async () => {
    const rated = await request('POST', '/__harness/tickets/4214/rating', {
      score: 'bad',
      comment: 'Lost my templates.',
    })
    expect(rated.status).toBe(200)
    expect(rated.json.rating).toMatchObject({
      score: 'bad',
      comment: 'Lost my templates.',
      id: expect.any(Number),
    })
    expect(rated.json.ticket.tags).toContain('turnaround_needed')

    const notifications = (await request('GET', '/__harness/notifications?ticket=4214')).json
      .notifications as Json[]
    expect(notifications).toHaveLength(1)
    expect(notifications[0]).toMatchObject({
      ticketId: 4214,
      rule: { type: 'trigger', title: 'Turnaround: flag a bad rating for recovery', id: expect.any(Number) },
      to: expect.arrayContaining([
        expect.objectContaining({ name: 'Alex Morgan', email: expect.any(String) }),
      ]),
      subject: 'Bad rating on #4214: recover the customer now',
    })
    const all = (await request('GET', '/__harness/notifications')).json.notifications as Json[]
    expect(all.length).toBeGreaterThanOrEqual(1)

    const changes = (await request('GET', '/__harness/changes?ticket=4214')).json
    expect(changes.ruleFirings).toEqual([
      expect.objectContaining({
        type: 'trigger',
        title: 'Turnaround: flag a bad rating for recovery',
        tagsAdded: ['turnaround_needed'],
        tagsRemoved: [],
        fields: [
          expect.objectContaining({
            title: 'Turnaround: recovery status',
            from: null,
            to: 'turnaround_needed',
          }),
        ],
        status: null,
      }),
    ])
    expect(changes.changes.map((change: Json) => change.satisfaction?.to)).toEqual(['bad'])

    const views = (await request('GET', '/__harness/views')).json.views as Json[]
    const needs = views.find((view) => view.rawTitle === 'Turnaround: Needs recovery')
    expect(needs).toMatchObject({
      title: 'Turnaround: Needs recovery',
      count: 1,
      columns: [
        { id: 'satisfaction_score', title: 'Satisfaction' },
        { id: 'description', title: 'Subject' },
        { id: 'requester', title: 'Requester' },
        { id: 'assignee', title: 'Assignee' },
        { id: 'updated', title: 'Updated' },
      ],
    })
    expect(needs?.rows).toEqual([
      {
        ticketId: 4214,
        subject: rated.json.ticket.subject,
        status: 'open',
        requester: 'Marcus Reed',
        assignee: expect.any(String),
        values: expect.objectContaining({
          satisfaction_score: 'Bad with comment',
          description: rated.json.ticket.subject,
          updated: rated.json.ticket.updated_at,
        }),
      },
    ])
  })

  it('refuses a rating it cannot take', async () => {
    expect((await request('POST', '/__harness/tickets/4214/rating', { score: 'great' })).status).toBe(400)
    expect((await request('POST', '/__harness/tickets/9999/rating', { score: 'good' })).status).toBe(404)
    const closed = await request('POST', '/__harness/tickets/4101/rating', { score: 'good' })
    expect(closed.status).toBe(422)
    expect(closed.json.error).toMatch(/closed prevents ticket update/)
  })

  it('renders view titles for the signed-in agent’s language', async () => {
    const { store } = harness
    const admin = userByName(harness.zendesk, 'Lena Hartmann')
    store.rules.dynamicContent.create(
      {
        name: 'Recovered',
        default_locale_id: 1,
        variants: [
          { locale_id: 1, content: 'Recovered' },
          { locale_id: 8, content: 'Zurückgewonnen' },
        ],
      },
      '2026-03-01T00:00:00Z',
    )
    const id = store.requirements.turnaround_view_recovered?.requirement_id
    harness.zendesk.handleApiRequest({
      method: 'PUT',
      path: `/api/v2/views/${String(id)}.json`,
      body: { view: { title: '{{dc.recovered}}' } },
      userId: admin,
    })
    const asLena = (await request('GET', '/__harness/views', undefined, `harness_user=${admin}`)).json
      .views as Json[]
    expect(asLena.find((view) => view.id === id)).toMatchObject({
      title: 'Zurückgewonnen',
      rawTitle: '{{dc.recovered}}',
    })
    const asDefault = (await request('GET', '/__harness/views')).json.views as Json[]
    expect(asDefault.find((view) => view.id === id)?.title).toBe('Recovered')
  })
})
