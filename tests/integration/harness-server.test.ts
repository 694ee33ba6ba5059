import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../harness/server'

/** The harness server over real HTTP: two origins, static files, the API bridge and /__harness. */

let root: string
let harness: Harness

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'turnaround-harness-'))
  mkdirSync(join(root, 'dist/assets'), { recursive: true })
  mkdirSync(join(root, 'host'), { recursive: true })
  writeFileSync(join(root, 'dist/assets/index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'dist/assets/app.js'), 'console.log(1)')
  writeFileSync(join(root, 'host/index.html'), '<!doctype html><title>host</title>')
  harness = await startHarness({ port: 0, appDir: join(root, 'dist'), hostDir: join(root, 'host') })
})

afterAll(async () => {
  await harness.close()
  rmSync(root, { recursive: true, force: true })
})

describe('harness server', () => {
  it('serves the host on localhost and the app on another origin, with content types', async () => {
    expect(harness.hostUrl).toMatch(/^http:\/\/localhost:\d+\/$/)
    expect(harness.appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(new URL(harness.appUrl).port).not.toBe(new URL(harness.hostUrl).port)
    const page = await fetch(new URL('assets/index.html', harness.appUrl))
    expect(page.headers.get('content-type')).toContain('text/html')
    const script = await fetch(new URL('assets/app.js', harness.appUrl))
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect((await fetch(new URL('assets/../../secret', harness.appUrl))).status).toBe(404)
    expect(await (await fetch(new URL('?ticket=4201', harness.hostUrl))).text()).toContain('host')
  })

  it('fails clearly when the builds are missing', async () => {
    await expect(
      startHarness({ port: 0, appDir: join(root, 'none'), hostDir: join(root, 'none') }),
    ).rejects.toThrow(/run `npm run build:app`[\s\S]*run `npm run build:harness`/)
  })

  it('bridges /api/v2 with the agent session, including jQuery form bodies, and reports changes', async () => {
    const me = await (await fetch(new URL('api/v2/users/me.json', harness.hostUrl))).json()
    expect(me.user.id).toBe(harness.store.currentUserId)
    const followUpFieldId = harness.store.requirements.turnaround_follow_up?.requirement_id
    const form = [
      'ticket[comment][body]=Refund issued, sorry for the wait.',
      'ticket[comment][public]=false',
      `ticket[custom_fields][0][id]=${String(followUpFieldId)}`,
      'ticket[custom_fields][0][value]=2026-12-01',
    ]
      .map((pair) => pair.split('=').map(encodeURIComponent).join('='))
      .join('&')
    const update = await fetch(new URL('api/v2/tickets/4202.json', harness.hostUrl), {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: form,
    })
    expect(update.status).toBe(200)
    const changes = await (await fetch(new URL('__harness/changes?ticket=4202', harness.hostUrl))).json()
    expect(changes.changes[0]).toMatchObject({
      comments: [{ public: false, body: 'Refund issued, sorry for the wait.' }],
      authorName: 'Alex Morgan',
    })
    expect(changes.scheduledFollowUps).toEqual([expect.objectContaining({ due: '2026-12-01' })])
  })

  it('answers 401 when the agent session is signed out', async () => {
    await fetch(new URL('__harness/session', harness.hostUrl), { method: 'POST', body: '{"signedIn":false}' })
    expect((await fetch(new URL('api/v2/users/me.json', harness.hostUrl))).status).toBe(401)
    await fetch(new URL('__harness/session', harness.hostUrl), { method: 'POST', body: '{"signedIn":true}' })
    expect((await fetch(new URL('api/v2/users/me.json', harness.hostUrl))).status).toBe(200)
  })
})
