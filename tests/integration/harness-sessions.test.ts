import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../harness/server'
import { userByName, type Json } from './harness-test-helpers'

/** Per-browser sessions and the /__harness controls the host page and the e2e tests use, over real HTTP. */

let root: string
let harness: Harness

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'turnaround-sessions-'))
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

/** A browser: keeps the cookie the harness sets, like a Playwright context. */
function browser() {
  let cookie = ''
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(path.replace(/^\//, ''), harness.hostUrl), {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0] ?? ''
    const text = await response.text()
    return { status: response.status, json: (text ? JSON.parse(text) : null) as Json, setCookie: set }
  }
  return { request }
}

const RECORDS = '/api/v2/custom_objects/turnaround_ledger/records'

describe('harness sessions', () => {
  it('lists the staff to act as, with their groups', async () => {
    const { json } = await browser().request('GET', '/__harness/users')
    const priya = json.users.find((user: Json) => user.name === 'Priya Raman')
    expect(priya).toMatchObject({
      role: 'agent',
      groups: [
        { id: 360_000_777_001, name: 'Support' },
        { id: 360_000_777_002, name: 'Team leads' },
      ],
    })
    expect(json.users.every((user: Json) => user.role !== 'end-user')).toBe(true)
    expect(json.users.find((user: Json) => user.name === 'Lena Hartmann').groups).toEqual([
      { id: 360_000_777_001, name: 'Support' },
    ])
  })

  it('lets two browsers act as two agents at once', async () => {
    const alex = browser()
    const priya = browser()
    const priyaId = userByName(harness.zendesk, 'Priya Raman')
    const signIn = await priya.request('POST', '/__harness/session', { userId: priyaId })
    expect(signIn.json.user).toMatchObject({ id: priyaId, name: 'Priya Raman' })
    expect(signIn.setCookie).toMatch(/^harness_user=\d+; Path=\/; HttpOnly; SameSite=Lax$/)

    expect((await alex.request('GET', '/api/v2/users/me.json')).json.user.name).toBe('Alex Morgan')
    expect((await priya.request('GET', '/api/v2/users/me.json')).json.user.name).toBe('Priya Raman')
    expect((await priya.request('GET', '/__harness/config')).json.currentUserId).toBe(priyaId)
    expect((await alex.request('GET', '/__harness/config')).json.currentUserId).toBe(
      harness.store.currentUserId,
    )

    const workspace = (await priya.request('GET', '/__harness/workspace?ticket=4201')).json
    expect(workspace.currentUser.name).toBe('Priya Raman')
    expect(workspace.currentUserGroups.map((group: Json) => group.name)).toEqual(['Support', 'Team leads'])
    expect(workspace.requirements.turnaround_status).toEqual({
      requirement_id: expect.any(Number),
      requirement_type: 'ticket_fields',
    })
    expect(workspace.requirements.turnaround_ledger.requirement_type).toBe('custom_objects_v2')
    const fieldIds = workspace.ticketFields.map((field: Json) => field.id)
    expect(fieldIds).toContain(workspace.requirements.turnaround_follow_up.requirement_id)

    await priya.request('POST', '/__harness/agent', { locale: 'de' })
    expect(harness.store.getUser(priyaId).locale).toBe('de')
    expect(harness.store.getUser(harness.store.currentUserId).locale).toBe('en-US')
    await priya.request('POST', '/__harness/agent', { locale: 'en-US' })

    const [one, two] = await Promise.all([
      alex.request('POST', RECORDS, { custom_object_record: { name: 'by Alex', external_id: 'race-a' } }),
      priya.request('POST', RECORDS, { custom_object_record: { name: 'by Priya', external_id: 'race-b' } }),
    ])
    expect(one.json.custom_object_record.created_by_user_id).toBe(String(harness.store.currentUserId))
    expect(two.json.custom_object_record.created_by_user_id).toBe(String(priyaId))
  })

  it('refuses to act as an end user or an unknown user', async () => {
    const customer = harness.store.getTicket(4201).requester_id
    const refused = await browser().request('POST', '/__harness/session', { userId: customer })
    expect(refused.status).toBe(400)
    expect((await browser().request('POST', '/__harness/session', { userId: 1 })).status).toBe(400)
  })
})

describe('harness controls for recovery', () => {
  it('shows the ledger records of a ticket, deleted ones flagged, with their changes', async () => {
    const agent = browser()
    const fields = { entry_kind: 'spend', ticket: 4203, amount_minor: 800 }
    const kept = await agent.request('POST', RECORDS, {
      custom_object_record: { name: 'kept', custom_object_fields: fields },
    })
    const dropped = await agent.request('POST', RECORDS, {
      custom_object_record: { name: 'dropped', custom_object_fields: fields },
    })
    await agent.request('POST', RECORDS, {
      custom_object_record: { name: 'other ticket', custom_object_fields: { ...fields, ticket: 4204 } },
    })
    expect((await agent.request('DELETE', `${RECORDS}/${dropped.json.custom_object_record.id}`)).status).toBe(
      204,
    )

    const { json } = await agent.request('GET', '/__harness/changes?ticket=4203')
    expect(json.ledger.map((entry: Json) => [entry.name, entry.deleted])).toEqual([
      ['kept', false],
      ['dropped', true],
    ])
    expect(json.ledger[1]).toMatchObject({
      deletedAt: expect.stringMatching(/Z$/),
      deletedBy: expect.any(Number),
    })
    expect(json.recordChanges.map((change: Json) => [change.name, change.action, change.authorName])).toEqual(
      [
        ['kept', 'created', 'Alex Morgan'],
        ['dropped', 'created', 'Alex Morgan'],
        ['dropped', 'deleted', 'Alex Morgan'],
      ],
    )

    const all = (await agent.request('GET', '/__harness/custom-objects/turnaround_ledger/records')).json
    expect(all.custom_object_records.map((record: Json) => record.id)).toContain(
      kept.json.custom_object_record.id,
    )
    expect(all.deleted).toHaveLength(1)
    expect((await agent.request('GET', '/__harness/custom-objects/nope/records')).status).toBe(404)
  })

  it('restricts and resets a user’s record scopes', async () => {
    const sofia = userByName(harness.zendesk, 'Sofia Lindqvist')
    const agent = browser()
    await agent.request('POST', '/__harness/session', { userId: sofia })
    const control = await agent.request('POST', '/__harness/permissions', {
      userId: sofia,
      objectKey: 'turnaround_ledger',
      scopes: ['read'],
    })
    expect(control.json).toEqual({ userId: sofia, objectKey: 'turnaround_ledger', scopes: ['read'] })
    const refused = await agent.request('POST', RECORDS, { custom_object_record: { name: 'x' } })
    expect(refused.status).toBe(403)
    expect(refused.json.error).toBe('Forbidden')
    expect((await agent.request('GET', RECORDS)).status).toBe(200)
    const bad = await agent.request('POST', '/__harness/permissions', {
      userId: sofia,
      objectKey: 'turnaround_ledger',
      scopes: ['write'],
    })
    expect(bad.status).toBe(400)
    await agent.request('POST', '/__harness/permissions', {
      userId: sofia,
      objectKey: 'turnaround_ledger',
      scopes: null,
    })
    expect((await agent.request('POST', RECORDS, { custom_object_record: { name: 'x' } })).status).toBe(201)
  })

  it('returns a ticket straight from the store', async () => {
    const { status, json } = await browser().request('GET', '/__harness/tickets/4201')
    expect(status).toBe(200)
    expect(json.ticket.id).toBe(4201)
    expect((await browser().request('GET', '/__harness/tickets/1')).status).toBe(404)
  })
})
