import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import type { SetupServer } from 'msw/node'
import type { AssessPoolOptions } from '../../src/cli/scan/assess-pool'
import { scanCommand } from '../../src/cli/scan/command'
import type { DecoderPoolOptions } from '../../src/helpdesk/zendesk/export/decoder-pool'
import { expectedOf, type Expected } from '../support/export-account/expected'
import { FakeExportAccount, type AccountOptions } from '../support/export-account/msw-account'

export const BASE = 'https://acme.zendesk.com'
export const EMAIL = 'lena.hartmann@acme.test'
export const TOKEN = 'zdtok-9f8e7d6c5b4a39281706f5e4d3c2b1a0'
export const TOKEN_ENV = 'ZENDESK_API_TOKEN'
/** The account's clock: 2026-03-10 12:00 UTC; --since 7d starts the window a week earlier. */
export const NOW = Date.UTC(2026, 2, 10, 12, 0, 0) / 1000
export const SINCE = NOW - 7 * 86_400

export interface Workspace {
  dir: string
  state: string
  out: string
  cleanup(): Promise<void>
}

export async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'turnaround-scan-'))
  return {
    dir,
    state: join(dir, 'scan-state.json'),
    out: join(dir, 'flagged.jsonl'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}

export function openAccount(
  server: SetupServer,
  tickets: number,
  options: Partial<AccountOptions> = {},
): { account: FakeExportAccount; expected: Expected } {
  const account = new FakeExportAccount(
    { tickets, since: SINCE, now: NOW },
    { base: BASE, email: EMAIL, token: TOKEN, ticketPageSize: 100, eventPageSize: 150, ...options },
  )
  server.use(...account.handlers())
  return { account, expected: expectedOf(account.plans(), SINCE) }
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  /** Every pause asked for (Retry-After, backoff), in ms; none is actually waited. */
  sleeps: number[]
}

export async function runScanCli(
  args: string[],
  options: {
    interrupt?: AbortSignal
    env?: Record<string, string>
    now?: number
    decoder?: DecoderPoolOptions
    assessor?: AssessPoolOptions
  } = {},
): Promise<RunResult> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const sleeps: number[] = []
  const code = await scanCommand(args, {
    stdout,
    stderr,
    env: options.env ?? { [TOKEN_ENV]: TOKEN },
    interrupt: options.interrupt ?? new AbortController().signal,
    now: () => new Date((options.now ?? NOW) * 1000),
    sleep: async (ms) => void sleeps.push(ms),
    ...(options.decoder ? { decoder: options.decoder } : {}),
    ...(options.assessor ? { assessor: options.assessor } : {}),
  })
  return { code, stdout: out, stderr: err, sleeps }
}

export const scanArgs = (ws: Workspace, ...extra: string[]): string[] => [
  '--subdomain',
  'acme',
  '--email',
  EMAIL,
  '--token-env',
  TOKEN_ENV,
  '--since',
  '7d',
  '--state',
  ws.state,
  '--out',
  ws.out,
  ...extra,
]

export interface OutputLine {
  id: string
  action: string
  level: string
  reasons: Array<{ code: string; evidence: string }>
  problem?: string
  statusTag?: string
}

export async function readLines(path: string): Promise<OutputLine[]> {
  const text = await readFile(path, 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutputLine)
}

/** ids → how often each occurs. */
export function tally(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

export const sorted = (ids: Iterable<string>) => [...ids].sort()
