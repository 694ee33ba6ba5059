import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ScanArgs } from '../../../src/cli/scan/args'
import { fileOutput } from '../../../src/cli/scan/output'
import { prepareState } from '../../../src/cli/scan/start'
import {
  StateFileError,
  defaultStatePath,
  emptyCounts,
  fileStateStore,
  scanStateSchema,
  type ScanState,
} from '../../../src/cli/scan/state'

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0) / 1000
let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnaround-state-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const args = (changes: Partial<ScanArgs> = {}): ScanArgs => ({
  baseUrl: 'https://acme.zendesk.com',
  account: 'acme',
  email: 'lead@acme.test',
  tokenEnv: 'ZD_TOKEN',
  since: NOW - 7 * 86_400,
  tag: true,
  dryRun: false,
  out: null,
  state: null,
  sensitivity: 'normal',
  slaMinutes: undefined,
  ...changes,
})
const context = { statePath: 'state.json', nowSeconds: NOW, lagSeconds: 60 }

function fresh(): ScanState {
  const prepared = prepareState(args(), null, context)
  if (prepared.kind !== 'new') throw new Error(prepared.kind)
  return prepared.state
}

/** A scan that got somewhere: a page done, a cursor to go on from. */
const started = (): ScanState => ({
  ...fresh(),
  position: { ...fresh().position, ticketCursor: 'MTc3MjQ1OTIwMC4wfHw0Njd8' },
  counts: { ...emptyCounts(), read: 1_000 },
})

describe('the scan state file', () => {
  it('round-trips through the file and holds no token', async () => {
    const path = join(dir, 'state.json')
    const store = fileStateStore(path)
    expect(await store.load()).toBeNull()
    const state = { ...fresh(), doneInPage: ['1', '2'], counts: { ...emptyCounts(), read: 2 } }
    await store.save(state)
    expect(await store.load()).toEqual(state)
    expect(Object.keys(JSON.parse(await readFile(path, 'utf8')) as object)).not.toContain('token')
  })

  it('replaces the file atomically: a reader never sees half a state, no temporary file is left', async () => {
    const path = join(dir, 'state.json')
    const store = fileStateStore(path)
    const big = { ...fresh(), doneInPage: Array.from({ length: 5_000 }, (_, i) => String(1e9 + i)) }
    await store.save(big)
    const writes = Array.from({ length: 40 }, (_, i) =>
      store.save({ ...big, counts: { ...emptyCounts(), read: i }, doneInPage: big.doneInPage.slice(i) }),
    )
    const reads = Array.from({ length: 200 }, async () => {
      const text = await readFile(path, 'utf8')
      return scanStateSchema.safeParse(JSON.parse(text)).success
    })
    const [, seen] = await Promise.all([Promise.all(writes), Promise.all(reads)])
    expect(seen.every(Boolean)).toBe(true)
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('names a file that is not a scan state instead of starting over silently', async () => {
    const path = join(dir, 'state.json')
    await writeFile(path, '{"version": 1, "account": ')
    await expect(fileStateStore(path).load()).rejects.toThrow(StateFileError)
    await writeFile(path, JSON.stringify({ ...fresh(), position: { ticketCursor: 7 } }))
    await expect(fileStateStore(path).load()).rejects.toThrow(/not a scan state \(position\./)
  })

  it('defaults to one file per account in the working directory', () => {
    expect(defaultStatePath('acme')).toBe('.turnaround-scan-acme.json')
    expect(defaultStatePath('localhost:4567')).toBe('.turnaround-scan-localhost_4567.json')
  })
})

describe('new or resumed run', () => {
  it('starts a window from --since to a minute ago', () => {
    const state = fresh()
    expect(state.window).toEqual({ start: NOW - 7 * 86_400, end: NOW - 60 })
    expect(state.position).toEqual({
      ticketCursor: null,
      startTime: NOW - 7 * 86_400,
      eventsTime: NOW - 7 * 86_400,
      coverageStart: NOW - 7 * 86_400,
    })
    expect(state.mode).toBe('tag')
  })

  it('resumes an unfinished scan asked for in the same way, whatever --since says now', () => {
    const saved = { ...started(), status: 'interrupted' as const, cursorTime: '2026-03-05T10:00:00.000Z' }
    const prepared = prepareState(args({ since: NOW - 86_400 }), saved, {
      ...context,
      nowSeconds: NOW + 3_600,
    })
    expect(prepared.kind).toBe('resume')
    if (prepared.kind !== 'resume') return
    expect(prepared.state.window).toEqual(saved.window)
    expect(prepared.state.status).toBe('running')
    expect(prepared.message).toContain('from 2026-03-05T10:00:00.000Z')
  })

  it('refuses to resume differently: another mode, output, email or sensitivity', () => {
    const saved = { ...started(), status: 'failed' as const }
    const refusals = [
      prepareState(args({ tag: false }), saved, context),
      prepareState(args({ dryRun: true }), saved, context),
      prepareState(args({ out: 'elsewhere.jsonl' }), saved, context),
      prepareState(args({ email: 'other@acme.test' }), saved, context),
      prepareState(args({ sensitivity: 'high' }), saved, context),
      prepareState(args({ slaMinutes: 60 }), saved, context),
    ]
    expect(refusals.map((prepared) => prepared.kind)).toEqual(Array(6).fill('refused'))
    expect(refusals[0]).toMatchObject({ message: expect.stringContaining('it was started with --tag') })
    expect(refusals[2]).toMatchObject({ message: expect.stringContaining('it writes to stdout') })
    expect(prepareState(args({ baseUrl: 'https://other.zendesk.com' }), saved, context)).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('belongs to a scan of https://acme.zendesk.com'),
    })
  })

  it('starts anew over an unfinished scan that read nothing (a wrong email or token the first time)', () => {
    const nothing = { ...fresh(), email: 'agent@acme.test', status: 'failed' as const, lastError: 'HTTP 403' }
    expect(prepareState(args(), nothing, context)).toMatchObject({
      kind: 'new',
      state: { email: 'lead@acme.test' },
    })
    const some = { ...nothing, counts: { ...emptyCounts(), read: 1 } }
    expect(prepareState(args(), some, context)).toMatchObject({ kind: 'refused' })
  })

  it('follows a finished scan with what changed since its end, or says there is nothing yet', () => {
    const finished = { ...fresh(), status: 'finished' as const }
    const later = prepareState(args({ tag: false }), finished, { ...context, nowSeconds: NOW + 3_600 })
    expect(later).toMatchObject({
      kind: 'new',
      state: { window: { start: NOW - 60, end: NOW + 3_540 }, mode: 'list' },
    })
    expect(prepareState(args(), finished, context)).toMatchObject({ kind: 'nothing_to_do' })
  })

  it('records the output file by its absolute path', () => {
    const prepared = prepareState(args({ out: 'flagged.jsonl' }), null, context)
    expect(prepared).toMatchObject({ state: { out: { path: resolve('flagged.jsonl'), bytes: 0 } } })
  })
})

describe('the output file', () => {
  it('is emptied for a new scan and cut back to the saved length on resume', async () => {
    const path = join(dir, 'out.jsonl')
    await writeFile(path, 'old run\n')
    const first = await fileOutput(path, null)
    first.append('{"id":"1"}\n')
    first.append('{"id":"2"}\n')
    expect(await first.flush()).toBe(22)
    first.append('{"id":"3"}\n') // written after the last save: a crash would leave it, resume must cut it
    await first.flush()
    await first.close()
    const resumed = await fileOutput(path, 22)
    resumed.append('{"id":"3"}\n')
    expect(await resumed.flush()).toBe(33)
    await resumed.close()
    expect(await readFile(path, 'utf8')).toBe('{"id":"1"}\n{"id":"2"}\n{"id":"3"}\n')
  })

  it('refuses to resume into a file shorter than the saved scan wrote, or a missing one', async () => {
    const path = join(dir, 'out.jsonl')
    await writeFile(path, 'short\n')
    await expect(fileOutput(path, 100)).rejects.toThrow('has 6 bytes but the saved scan wrote 100')
    await expect(fileOutput(join(dir, 'gone.jsonl'), 10)).rejects.toThrow('cannot reopen the output file')
  })
})
