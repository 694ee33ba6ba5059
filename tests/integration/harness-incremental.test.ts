import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../harness/server'
import { DEFAULT_HARNESS_API_TOKEN } from '../../harness/server/api-token'
import { scanCommand } from '../../src/cli/scan/command'
import { assess } from '../../src/core/detect'
import type { TicketSnapshot } from '../../src/core/model'

/**
 * `turnaround scan --url <harness>` against the harness over real HTTP: API-token basic auth, the admin-only
 * incremental exports, users/show_many and the tags endpoint with safe_update, all in Zendesk's shapes.
 */

const ADMIN = 'lena.hartmann@fernly.example'
const AGENT = 'alex.morgan@fernly.example'
let root: string
let harness: Harness

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'turnaround-harness-scan-'))
  mkdirSync(join(root, 'dist/assets'), { recursive: true })
  mkdirSync(join(root, 'host'), { recursive: true })
  writeFileSync(join(root, 'dist/assets/index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'host/index.html'), '<!doctype html><title>host</title>')
  harness = await startHarness({
    port: 0,
    appDir: join(root, 'dist'),
    hostDir: join(root, 'host'),
    history: false,
  })
})
afterAll(async () => {
  await harness.close()
  rmSync(root, { recursive: true, force: true })
})

const basic = (email: string, token = DEFAULT_HARNESS_API_TOKEN) =>
  `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`
const api = (path: string, email = ADMIN, token?: string) =>
  fetch(new URL(path, harness.hostUrl), { headers: { authorization: basic(email, token) } })
const minutesAgo = (minutes: number) => Math.floor(Date.now() / 1000) - minutes * 60

async function scan(...extra: string[]) {
  const stderr = new PassThrough()
  let err = ''
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await scanCommand(
    ['--url', harness.hostUrl, '--email', ADMIN, '--token-env', 'HARNESS_TOKEN', '--since', '400d', ...extra],
    {
      stdout: new PassThrough(),
      stderr,
      env: { HARNESS_TOKEN: DEFAULT_HARNESS_API_TOKEN },
      interrupt: new AbortController().signal,
      sleep: async () => undefined,
    },
  )
  return { code, stderr: err }
}

/** What the sidebar's reading of a workspace ticket would assess: the store's own data, no export involved. */
function storeSnapshot(ticketId: number): TicketSnapshot {
  const { store } = harness
  const ticket = store.getTicket(ticketId)
  return {
    id: String(ticket.id),
    locale: store.findUser(ticket.requester_id)?.locale ?? 'en',
    channel: 'email',
    subject: ticket.subject,
    status: ticket.status,
    createdAt: new Date(ticket.created_at).toISOString(),
    tags: ticket.tags,
    comments: store.getComments(ticket.id).map((comment) => ({
      author:
        comment.author_id === ticket.requester_id
          ? 'customer'
          : store.isStaff(comment.author_id)
            ? 'agent'
            : 'customer',
      body: comment.plain_body,
      createdAt: new Date(comment.created_at).toISOString(),
      public: comment.public,
    })),
    csat:
      ticket.satisfaction_rating && ['good', 'bad'].includes(ticket.satisfaction_rating.score)
        ? { score: ticket.satisfaction_rating.score, comment: ticket.satisfaction_rating.comment ?? null }
        : null,
  }
}

describe('the harness serves what turnaround scan reads', () => {
  it('pages the ticket export by cursor and the ticket events by time, in Zendesk’s shapes', async () => {
    const first = (await (
      await api(
        `api/v2/incremental/tickets/cursor.json?start_time=${minutesAgo(600 * 24 * 60)}&per_page=5&include=users,metric_sets`,
      )
    ).json()) as {
      tickets: Array<{ generated_timestamp: number }>
      users: unknown[]
      metric_sets: unknown[]
      after_cursor: string
    }
    expect(first).toMatchObject({
      end_of_stream: false,
      before_cursor: null,
      after_cursor: expect.any(String),
    })
    expect(first.tickets.length).toBe(5)
    expect(first.users.length).toBeGreaterThan(0)
    expect(first.metric_sets.length).toBe(5)
    const second = (await (
      await api(`api/v2/incremental/tickets/cursor.json?cursor=${first.after_cursor}&per_page=5`)
    ).json()) as Record<string, Array<{ generated_timestamp: number }>>
    const last = first.tickets.at(-1)?.generated_timestamp ?? 0
    expect(second.tickets?.[0]?.generated_timestamp).toBeGreaterThanOrEqual(last)

    const events = (await (
      await api(
        `api/v2/incremental/ticket_events.json?start_time=${minutesAgo(600 * 24 * 60)}&include=comment_events`,
      )
    ).json()) as Record<string, unknown>
    expect(events).toMatchObject({
      end_of_stream: true,
      end_time: expect.any(Number),
      count: expect.any(Number),
    })
    const [event] = events.ticket_events as Array<{ child_events: Array<Record<string, unknown>> }>
    expect(event?.child_events[0]).toMatchObject({
      type: 'Comment',
      plain_body: expect.any(String),
      author_id: expect.any(Number),
    })
    const bare = (await (
      await api(`api/v2/incremental/ticket_events.json?start_time=${minutesAgo(600 * 24 * 60)}`)
    ).json()) as Record<string, unknown>
    const [plain] = bare.ticket_events as Array<{ child_events: Array<Record<string, unknown>> }>
    expect(plain?.child_events[0]).toEqual({
      type: 'Comment',
      comment_present: true,
      comment_public: expect.any(Boolean),
    })
  })

  it('refuses a start time inside the last minute, an agent (403), a wrong token (401)', async () => {
    const recent = await api(`api/v2/incremental/tickets/cursor.json?start_time=${minutesAgo(0)}`)
    expect(recent.status).toBe(400)
    expect(await recent.json()).toMatchObject({
      description: expect.stringContaining('Too recent start_time'),
    })
    expect(
      (await api(`api/v2/incremental/tickets/cursor.json?start_time=${minutesAgo(60)}`, AGENT)).status,
    ).toBe(403)
    expect(
      (await api(`api/v2/incremental/tickets/cursor.json?start_time=${minutesAgo(60)}`, ADMIN, 'wrong'))
        .status,
    ).toBe(401)
    // An agent may read users; the browser's session (no Authorization header) still works as before.
    expect((await api(`api/v2/users/show_many.json?ids=${harness.store.currentUserId}`, AGENT)).status).toBe(
      200,
    )
    expect((await fetch(new URL('api/v2/users/me.json', harness.hostUrl))).status).toBe(200)
  })

  // Two scans, each starting its assessing thread, which loads the detector through tsx here (~1 s each).
  it('lets `turnaround scan --url` find and tag exactly the tickets that need recovery, then find none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'turnaround-harness-out-'))
    try {
      const out = join(dir, 'flagged.jsonl')
      const state = join(dir, 'state.json')
      const expected = harness.store
        .listTickets()
        .filter((ticket) => !ticket.tags.some((tag) => tag.startsWith('turnaround_')))
        .filter((ticket) => assess(storeSnapshot(ticket.id)).negative)
        .map((ticket) => String(ticket.id))
        .sort()
      expect(expected.length).toBeGreaterThan(3)
      const run = await scan('--tag', '--out', out, '--state', state)
      expect(run.stderr).toContain('scan complete')
      const lines = (await readFile(out, 'utf8')).split('\n').filter(Boolean)
      const found = lines.map((line) => JSON.parse(line) as { id: string; action: string })
      expect(found.map((line) => line.id).sort()).toEqual(expected)
      for (const line of found.filter((l) => l.action === 'tagged')) {
        expect(harness.store.getTicket(Number(line.id)).tags).toContain('turnaround_needed')
      }
      // Scanned again from scratch: the tagged tickets now carry a recovery status (and, changed this
      // very minute, are not even exported yet); only the closed ones, which nobody can tag, remain.
      const closed = found.filter((line) => line.action === 'not_tagged').map((line) => line.id)
      const again = await scan('--tag', '--out', out, '--state', join(dir, 'fresh-state.json'))
      expect(again.stderr).toContain(`${closed.length} need recovery (0 tagged`)
      const second = (await readFile(out, 'utf8')).split('\n').filter(Boolean)
      expect(second.map((line) => (JSON.parse(line) as { id: string }).id).sort()).toEqual(closed.sort())
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 20_000)

  it('names the problem when the email is an agent’s', async () => {
    const run = await scanCommand(
      [
        '--url',
        harness.hostUrl,
        '--email',
        AGENT,
        '--token-env',
        'T',
        '--since',
        '1d',
        '--state',
        join(root, 's.json'),
      ],
      {
        stdout: new PassThrough(),
        stderr: Object.assign(new PassThrough(), { isTTY: false }),
        env: { T: DEFAULT_HARNESS_API_TOKEN },
        interrupt: new AbortController().signal,
      },
    )
    expect(run).toBe(3)
  })
})
