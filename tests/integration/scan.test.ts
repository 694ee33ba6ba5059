import { readFile } from 'node:fs/promises'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { assess } from '../../src/core/detect'
import { fullSnapshot } from '../support/export-account/expected'
import {
  NOW,
  SINCE,
  TOKEN,
  openAccount,
  readLines,
  runScanCli,
  scanArgs,
  sorted,
  tally,
  workspace,
  type Workspace,
} from './scan-helpers'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

let ws: Workspace
afterEach(async () => ws?.cleanup())

describe('the generated account (what the scan tests rely on)', () => {
  it('has angry, calm, old and rated tickets whose answers differ, and old anger only the full conversation shows', () => {
    const { account, expected } = openAccount(server, 3_000)
    const plans = account.plans()
    expect(expected.flagged.size).toBeGreaterThan(plans.length * 0.2)
    expect(expected.flagged.size).toBeLessThan(plans.length * 0.5)
    const oldAngry = plans.filter((plan) => plan.kind === 'old_angry')
    expect(oldAngry.length).toBeGreaterThan(50)
    for (const plan of oldAngry) {
      expect(assess(fullSnapshot(plan)).negative).toBe(true)
      // Reading only the comments inside the window would miss every one of them.
      expect(assess(fullSnapshot(plan, SINCE)).negative).toBe(false)
    }
    for (const plan of plans.filter((p) => p.kind === 'calm').slice(0, 200)) {
      expect(assess(fullSnapshot(plan)).negative).toBe(false)
    }
  })
})

describe('turnaround scan against the incremental exports', { timeout: 120_000 }, () => {
  it('prints exactly the tickets that need recovery and nobody has recovered, reading in bulk', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 3_000)
    const result = await runScanCli(scanArgs(ws))
    expect(result.code).toBe(0)
    const lines = await readLines(ws.out)
    expect(sorted(lines.map((line) => line.id))).toEqual(sorted(expected.flagged))
    expect(new Set(lines.map((line) => line.action))).toEqual(new Set(['listed']))
    expect([...tally(lines.map((line) => line.id)).values()].every((n) => n === 1)).toBe(true)
    expect(account.requests.tags).toBe(0)
    // One ticket-export request per 100 tickets (the fake's page), the events in pages of 150,
    // a conversation of its own only for tickets created before the window.
    expect(account.requests.tickets).toBeLessThanOrEqual(31)
    expect(account.requests.comments).toBe(expected.readAlone.size)
    expect(account.requests.users).toBeGreaterThanOrEqual(1)
    expect(result.stderr).toContain(`${expected.flagged.size.toLocaleString('en-US')} need recovery`)
  })

  it('tags each ticket that needs recovery exactly once, never a closed or handled one', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 2_000)
    const result = await runScanCli(scanArgs(ws, '--tag'))
    expect(result.code).toBe(0)
    expect(sorted([...account.tagWrites.keys()].map(String))).toEqual(sorted(expected.taggable))
    expect([...account.tagWrites.values()].every((n) => n === 1)).toBe(true)
    const lines = await readLines(ws.out)
    const byAction = tally(lines.map((line) => line.action))
    expect(byAction.get('tagged')).toBe(expected.taggable.size)
    expect(byAction.get('not_tagged')).toBe(expected.flagged.size - expected.taggable.size)
    for (const line of lines.filter((l) => l.action === 'not_tagged')) {
      expect(line.problem).toBe('the ticket is closed')
    }
    for (const id of expected.taggable) {
      expect(account.live.get(Number(id))?.tags).toContain('turnaround_needed')
    }
  })

  it('--dry-run says what it would tag and writes nothing', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_500)
    const result = await runScanCli(scanArgs(ws, '--tag', '--dry-run'))
    expect(result.code).toBe(0)
    expect(account.requests.tags).toBe(0)
    const lines = await readLines(ws.out)
    expect(sorted(lines.filter((l) => l.action === 'would_tag').map((l) => l.id))).toEqual(
      sorted(expected.taggable),
    )
    expect(result.stderr).toContain(`${expected.taggable.size.toLocaleString('en-US')} would be tagged`)
  })

  it('leaves a ticket alone when an agent starts its recovery between our read and our write', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 600)
    const raced = [...expected.taggable].slice(0, 5).map(Number)
    for (const id of raced) account.raceOnTag.add(id)
    await runScanCli(scanArgs(ws, '--tag'))
    for (const id of raced) {
      expect(account.tagWrites.get(id)).toBeUndefined()
      expect(account.live.get(id)?.tags).toContain('turnaround_active')
      expect(account.live.get(id)?.tags).not.toContain('turnaround_needed')
    }
    const lines = await readLines(ws.out)
    const racedLines = lines.filter((line) => raced.includes(Number(line.id)))
    expect(racedLines.map((line) => [line.action, line.statusTag])).toEqual(
      raced.map(() => ['already_handled', 'turnaround_active']),
    )
    expect(account.tagWrites.size).toBe(expected.taggable.size - raced.length)
  })

  it('continues after a finished scan with what changed since, and finds nothing twice', async () => {
    ws = await workspace()
    const { account } = openAccount(server, 500)
    expect((await runScanCli(scanArgs(ws, '--tag'))).code).toBe(0)
    const firstWrites = new Map(account.tagWrites)
    const later = NOW + 3_600
    account.clock = later
    const second = await runScanCli(scanArgs(ws, '--tag'), { now: later })
    expect(second.code).toBe(0)
    expect(second.stderr).toContain('covers what changed since')
    // Our own tag writes are the only changes since: those tickets now carry a recovery status.
    expect(second.stderr).toContain(
      `${firstWrites.size.toLocaleString('en-US')} already had a recovery status`,
    )
    expect(account.tagWrites).toEqual(firstWrites)
    expect(await readLines(ws.out)).toEqual([])
    const state = JSON.parse(await readFile(ws.state, 'utf8')) as { window: { start: number; end: number } }
    expect(state.window).toEqual({ start: NOW - 60, end: later - 60 })
  })

  it('never prints or saves the token', async () => {
    ws = await workspace()
    openAccount(server, 300)
    const result = await runScanCli(scanArgs(ws, '--tag'))
    const state = await readFile(ws.state, 'utf8')
    const basic = Buffer.from(`lena.hartmann@acme.test/token:${TOKEN}`).toString('base64')
    for (const text of [result.stdout, result.stderr, state, await readFile(ws.out, 'utf8')]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(basic)
    }
  })
})
