import { readFile } from 'node:fs/promises'
import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fileStateStore, type ScanState, type StateStore } from '../../src/cli/scan/state'
import type { Expected } from '../support/export-account/expected'
import type { FakeExportAccount } from '../support/export-account/msw-account'
import {
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

const readState = async (): Promise<ScanState> => JSON.parse(await readFile(ws.state, 'utf8')) as ScanState

/** Nothing skipped, nothing tagged twice, every line once: the promise the scan makes across any stop. */
async function expectExactlyOnce(account: FakeExportAccount, expected: Expected): Promise<void> {
  expect(sorted([...account.tagWrites.keys()].map(String))).toEqual(sorted(expected.taggable))
  expect([...account.tagWrites.entries()].filter(([, writes]) => writes !== 1)).toEqual([])
  const lines = await readLines(ws.out)
  expect(sorted(lines.map((line) => line.id))).toEqual(sorted(expected.flagged))
  expect([...tally(lines.map((line) => line.id))].filter(([, n]) => n !== 1)).toEqual([])
  const state = await readState()
  expect(state.status).toBe('finished')
  expect(state.counts.flagged).toBe(expected.flagged.size)
  expect(state.counts.tagged + state.counts.raced).toBe(expected.taggable.size)
}

/** Stops the run the way a crash would: from save number `crashAt` on, nothing more reaches the disk. */
function crashingStore(crashAt: number) {
  let saves = 0
  return (path: string): StateStore => {
    const store = fileStateStore(path)
    return {
      load: () => store.load(),
      async save(state) {
        saves++
        if (saves >= crashAt) throw new Error('simulated crash')
        await store.save(state)
      },
    }
  }
}

describe('turnaround scan resumes without skipping or repeating', { timeout: 180_000 }, () => {
  it('Ctrl+C finishes the write in hand, saves, and the same command goes on (three interruptions)', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_200)
    const stopAt = [
      { kind: 'tags', count: 23 },
      { kind: 'events', count: 31 },
      { kind: 'tickets', count: 9 },
    ]
    for (const stop of stopAt) {
      const controller = new AbortController()
      let stoppedTicket: number | null = null
      account.intercept = (kind, count, request) => {
        if (kind === stop.kind && count >= stop.count && !controller.signal.aborted) {
          controller.abort()
          if (kind === 'tags') stoppedTicket = Number(new URL(request.url).pathname.split('/')[4])
        }
        return undefined
      }
      const run = await runScanCli(scanArgs(ws, '--tag'), { interrupt: controller.signal })
      expect(run.code).toBe(130)
      expect(run.stderr).toContain('stopped on request')
      expect(run.stderr).toContain(`Resume with:\n  npx turnaround scan --subdomain acme`)
      expect((await readState()).status).toBe('interrupted')
      // The write that was under way when Ctrl+C came was finished, not abandoned.
      if (stoppedTicket !== null) expect(account.tagWrites.get(stoppedTicket)).toBe(1)
    }
    account.intercept = null
    const last = await runScanCli(scanArgs(ws, '--tag'))
    expect(last.code).toBe(0)
    expect(last.stderr).toContain('resuming the scan')
    await expectExactlyOnce(account, expected)
  })

  it.each([2, 5, 6, 7, 40, 41, 123])(
    'survives a crash at state save %i (before, between or after a tag write)',
    async (crashAt) => {
      ws = await workspace()
      const { account, expected } = openAccount(server, 700)
      const crashed = await runScanCliWithStore(crashAt)
      expect(crashed.code).toBe(3)
      const resumed = await runScanCli(scanArgs(ws, '--tag'))
      expect(resumed.code).toBe(0)
      await expectExactlyOnce(account, expected)
    },
  )

  it('settles a write whose answer was lost by reading the ticket, not by writing again', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 500)
    for (const count of [3, 17, 18, 60]) account.loseTagAnswers.add(count)
    const run = await runScanCli(scanArgs(ws, '--tag'))
    expect(run.code).toBe(0)
    expect(account.requests.ticket).toBeGreaterThanOrEqual(4)
    await expectExactlyOnce(account, expected)
  })

  it('honours 429 Retry-After and rides out 500s at various pages, missing nothing', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_500)
    const faults: Record<string, () => Response> = {
      'tickets:3': () => tooMany(7),
      'tickets:4': () => serverError(500),
      'tickets:5': () => serverError(502),
      'events:2': () => serverError(503),
      'events:3': () => serverError(500),
      // After the ticket page's 7 s pause, or it would fall inside this one (events are read up to 12 pages ahead).
      'events:20': () => tooMany(30),
      'comments:5': () => serverError(500),
      'comments:6': () => HttpResponse.error(),
      'comments:40': () => tooMany(1),
      'users:1': () => serverError(502),
      'tags:10': () => tooMany(2),
      'tags:11': () => serverError(503),
    }
    account.intercept = (kind, count) => faults[`${kind}:${count}`]?.()
    const run = await runScanCli(scanArgs(ws, '--tag'))
    expect(run.code).toBe(0)
    expect(run.sleeps).toEqual(expect.arrayContaining([7_000, 30_000, 1_000, 2_000]))
    await expectExactlyOnce(account, expected)
  })

  it('stops after a 500 storm with the state saved, then resumes when Zendesk recovers', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_000)
    let storm = true
    account.intercept = (kind, count) =>
      storm && kind === 'events' && count >= 12 ? serverError(500) : undefined
    const stopped = await runScanCli(scanArgs(ws, '--tag'))
    expect(stopped.code).toBe(3)
    expect(stopped.stderr).toContain('GET /api/v2/incremental/ticket_events.json failed with HTTP 500')
    expect(stopped.stderr).toContain('nothing after it was skipped. Resume with:')
    const state = await readState()
    expect(state.status).toBe('failed')
    expect(state.lastError).toContain('HTTP 500')
    expect(JSON.stringify(state)).not.toContain(TOKEN)
    storm = false
    const resumed = await runScanCli(scanArgs(ws, '--tag'))
    expect(resumed.code).toBe(0)
    await expectExactlyOnce(account, expected)
  })

  it('stops with a clear error when the thread decoding pages dies, then resumes missing nothing', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_200)
    // The thread ends itself instead of answering its 15th page (a ticket or event page), as on a bug.
    const prelude = `const port = require('node:worker_threads').parentPort
      const post = port.postMessage.bind(port)
      let pages = 0
      port.postMessage = (message) => (++pages === 15 ? process.exit(9) : post(message))`
    const stopped = await runScanCli(scanArgs(ws, '--tag'), { decoder: { prelude } })
    expect(stopped.code).toBe(3)
    expect(stopped.stderr).toMatch(
      /stopped: GET \/api\/v2\/incremental\/\S+ failed: the thread decoding export pages stopped: it exited with code 9/,
    )
    expect(stopped.stderr).toContain('nothing after it was skipped. Resume with:')
    const state = await readState()
    expect(state.status).toBe('failed')
    expect(state.counts.read).toBeGreaterThan(0)
    expect(state.counts.read).toBeLessThan(1_200)
    const resumed = await runScanCli(scanArgs(ws, '--tag'))
    expect(resumed.code).toBe(0)
    await expectExactlyOnce(account, expected)
  })

  it('stops with a clear error when the thread assessing tickets dies, then resumes missing nothing', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 1_200)
    // The thread ends itself instead of answering its 5th batch of tickets, as on a bug or out of memory.
    const prelude = `const port = require('node:worker_threads').parentPort
      const post = port.postMessage.bind(port)
      let batches = 0
      port.postMessage = (message) => (++batches === 5 ? process.exit(7) : post(message))`
    const stopped = await runScanCli(scanArgs(ws, '--tag'), { assessor: { prelude } })
    expect(stopped.code).toBe(3)
    expect(stopped.stderr).toContain('stopped: the thread assessing tickets stopped: it exited with code 7')
    expect(stopped.stderr).toContain('nothing after it was skipped. Resume with:')
    const state = await readState()
    expect(state.status).toBe('failed')
    expect(state.pending).toBeNull()
    expect(state.counts.read).toBeGreaterThan(0)
    expect(state.counts.read).toBeLessThan(1_200)
    const lines = await readLines(ws.out)
    // Every line written is a ticket the state counts as done, and the tickets waiting on the thread are not.
    expect(lines.length).toBe(state.counts.flagged)
    const resumed = await runScanCli(scanArgs(ws, '--tag'))
    expect(resumed.code).toBe(0)
    await expectExactlyOnce(account, expected)
  })

  it('never tags twice even with a stale export and the state file lost', async () => {
    ws = await workspace()
    const { account, expected } = openAccount(server, 600, { staleExport: true })
    await runScanCliWithStore(60)
    const written = new Map(account.tagWrites)
    expect(written.size).toBeGreaterThan(10)
    // The state file is gone: a new scan reads every ticket again, as the (stale) export still shows them.
    await ws.cleanup()
    ws = await workspace()
    await runScanCli(scanArgs(ws, '--tag'))
    expect([...account.tagWrites.values()].every((writes) => writes === 1)).toBe(true)
    expect(sorted([...account.tagWrites.keys()].map(String))).toEqual(sorted(expected.taggable))
    const lines = await readLines(ws.out)
    const again = lines.filter((line) => written.has(Number(line.id)))
    expect(new Set(again.map((line) => `${line.action}:${line.statusTag}`))).toEqual(
      new Set(['already_handled:turnaround_needed']),
    )
  })
})

async function runScanCliWithStore(crashAt: number) {
  const { scanCommand } = await import('../../src/cli/scan/command')
  const { PassThrough } = await import('node:stream')
  const { NOW, TOKEN_ENV } = await import('./scan-helpers')
  const stderr = new PassThrough()
  let err = ''
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await scanCommand(scanArgs(ws, '--tag'), {
    stdout: new PassThrough(),
    stderr,
    env: { [TOKEN_ENV]: TOKEN },
    interrupt: new AbortController().signal,
    now: () => new Date(NOW * 1000),
    sleep: async () => undefined,
    stateStore: crashingStore(crashAt),
  })
  return { code, stderr: err }
}

function tooMany(seconds: number): Response {
  return HttpResponse.json(
    {
      error: 'APIRateLimitExceeded',
      description: 'Number of allowed incremental export API requests per minute exceeded',
    },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  )
}

function serverError(status: number): Response {
  return HttpResponse.json({ error: 'InternalServerError' }, { status })
}
