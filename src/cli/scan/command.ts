/**
 * `turnaround scan`: wires the options, the token (from the environment only), the state file, the HTTP
 * client and the Zendesk scan source to the runner, and turns its outcome into messages and an exit code.
 */
import { resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { HelpdeskError } from '../../helpdesk/errors'
import {
  RateLimitGate,
  createHttpClient,
  defaultRetryPolicy,
  withRetries,
  type HttpClient,
} from '../../helpdesk/http'
import { fetchTransport } from '../../helpdesk/http/fetch-transport'
import { nodeHttpTransport } from '../../helpdesk/http/node-transport'
import { ExportDecoderPool, type DecoderPoolOptions } from '../../helpdesk/zendesk/export/decoder-pool'
import { ZendeskScanSource } from '../../helpdesk/zendesk/export/scan-source'
import { ZendeskTagger } from '../../helpdesk/zendesk/export/tagger'
import { parseScanArgs, type ScanArgs } from './args'
import { fileOutput, streamOutput, type OutputSink } from './output'
import { createProgress, type ProgressReporter } from './progress'
import { createRedactor, describeError, type Redactor } from './redact'
import { AssessPool, type AssessPoolOptions } from './assess-pool'
import { runScan, type ScanOutcome } from './runner'
import { EXPORT_LAG_SECONDS } from './since'
import { prepareState, type Prepared } from './start'
import { defaultStatePath, fileStateStore, type StateStore } from './state'
import { summarize } from './summary'

export interface ScanIo {
  stdout: Writable
  stderr: Writable & { isTTY?: boolean; columns?: number }
  env: Readonly<Record<string, string | undefined>>
  /** Ctrl+C: the scan finishes the ticket in hand, saves and stops. */
  interrupt: AbortSignal
  now?: () => Date
  fetch?: typeof fetch
  /** Pauses (Retry-After, backoff after a 5xx); tests pass one that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>
  /** The state file's store; tests wrap it to stop the run as a crash would, between two saves. */
  stateStore?: (path: string) => StateStore
  /** The threads that decode export pages; tests give them a small heap to see one die. */
  decoder?: DecoderPoolOptions
  /** The thread that assesses tickets; tests make it die. */
  assessor?: AssessPoolOptions
}

const sleepMs = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/** Exit codes: 0 done; 1 done, some tickets unreadable or refused; 2 usage; 3 stopped by an error; 130 Ctrl+C. */
export async function scanCommand(argv: readonly string[], io: ScanIo): Promise<number> {
  const now = io.now ?? (() => new Date())
  const args = parseScanArgs(argv, Math.floor(now().getTime() / 1000))
  const token = io.env[args.tokenEnv]
  if (!token) {
    io.stderr.write(
      `turnaround: the environment variable ${args.tokenEnv} is empty or not set; it must hold the API token ` +
        `(Admin Center › Apps and integrations › Zendesk API), e.g. export ${args.tokenEnv}=…\n`,
    )
    return 2
  }
  const redact = createRedactor(args.email, token)
  try {
    return await scan(args, argv, token, redact, io)
  } catch (error) {
    // Whatever failed before the run could save anything (state file, output file): named, token removed.
    io.stderr.write(`turnaround: ${describeError(error, redact)}\n`)
    return 2
  }
}

async function scan(
  args: ScanArgs,
  argv: readonly string[],
  token: string,
  redact: Redactor,
  io: ScanIo,
): Promise<number> {
  const now = io.now ?? (() => new Date())
  const statePath = args.state ?? defaultStatePath(args.account)
  const store = (io.stateStore ?? fileStateStore)(statePath)
  const prepared = prepareState(args, await store.load(), {
    statePath,
    nowSeconds: Math.floor(now().getTime() / 1000),
    lagSeconds: EXPORT_LAG_SECONDS,
  })
  if (prepared.kind === 'refused') {
    io.stderr.write(`turnaround: ${prepared.message}\n`)
    return 2
  }
  if (prepared.message) io.stderr.write(`turnaround: ${prepared.message}\n`)
  if (prepared.kind === 'nothing_to_do') return 0

  const progress = createProgress(io.stderr, prepared.state.mode, () => now().getTime())
  const output = args.out
    ? await fileOutput(
        resolve(args.out),
        prepared.kind === 'resume' ? (prepared.state.out?.bytes ?? 0) : null,
      )
    : streamOutput(io.stdout)
  const { http, close: closeHttp } = scanHttp(args, token, progress, io)
  const retry = <T>(run: () => Promise<T>) =>
    withRetries(run, {
      ...defaultRetryPolicy(),
      sleep: io.sleep ?? sleepMs,
      onRetry: (error, attempt, delayMs) =>
        progress.waiting(`retry ${attempt} after ${describeError(error, redact)}`, delayMs / 1000),
    })
  const source = new ZendeskScanSource(http, {
    retry,
    onNotice: (message) => progress.notice(redact(message)),
  })
  const tagger = prepared.state.mode === 'tag' ? new ZendeskTagger(http, retry) : null
  const onInterrupt = () =>
    io.stderr.write(
      '\nturnaround: interrupted — finishing the ticket in hand, then saving (Ctrl+C again to stop at once)\n',
    )
  io.interrupt.addEventListener('abort', onInterrupt, { once: true })

  // Assessing is a third of this thread's work: on a thread of its own, it leaves this one to the reads.
  const assessor = new AssessPool(io.assessor)
  let outcome: ScanOutcome
  try {
    outcome = await runScan({
      state: prepared.state,
      source,
      tagger,
      store,
      output,
      progress,
      signal: io.interrupt,
      redact,
      assessor,
      now,
    })
  } finally {
    io.interrupt.removeEventListener('abort', onInterrupt)
    await assessor.close()
    progress.finish()
    await closeHttp()
    await closeQuietly(output)
  }
  return report(outcome, { io, args, argv, statePath, redact, stats: source.stats, prepared })
}

function scanHttp(
  args: ScanArgs,
  token: string,
  progress: ProgressReporter,
  io: ScanIo,
): { http: HttpClient; close: () => Promise<void> } {
  const gate = new RateLimitGate(Date.now, (ms) => {
    progress.waiting("Zendesk's rate limit (Retry-After)", ms / 1000)
    return (io.sleep ?? sleepMs)(ms)
  })
  const credentials = { subdomain: args.baseUrl, email: args.email, apiToken: token }
  // node:http costs a third of fetch's CPU per request, and hands export pages' bytes to the threads that
  // decode them (decoder-pool.ts); a test may still hand in its own fetch (then pages are parsed here).
  const decoder = io.fetch ? null : new ExportDecoderPool(io.decoder)
  const node = decoder ? nodeHttpTransport(credentials, { decode: decoder.bodyDecoder }) : null
  const transport = node ?? fetchTransport(credentials, io.fetch)
  // A batch job waits out Zendesk's pauses (the exports allow 10 requests a minute) instead of giving up.
  const http = createHttpClient(transport, {
    gate,
    maxRateLimitRetries: 100,
    maxRetryWaitSeconds: 900,
    timeoutMs: 60_000,
  })
  const close = async () => {
    node?.close()
    await decoder?.close()
  }
  return { http, close }
}

async function closeQuietly(output: OutputSink): Promise<void> {
  await output.close().catch(() => undefined)
}

interface ReportContext {
  io: ScanIo
  args: ScanArgs
  argv: readonly string[]
  statePath: string
  redact: Redactor
  stats: ZendeskScanSource['stats']
  prepared: Prepared
}

function report(outcome: ScanOutcome, context: ReportContext): number {
  const { io, argv, statePath, redact } = context
  const { state } = outcome
  io.stderr.write(`${summarize(state, context.stats)}\n`)
  const again = `npx turnaround scan ${argv.map(shellQuote).join(' ')}`
  if (outcome.kind === 'finished') {
    io.stderr.write(`turnaround: scan complete; the next run with this state file goes on from here\n`)
    return state.counts.unreadable > 0 || state.counts.refused > 0 ? 1 : 0
  }
  const where = `progress saved in ${resolve(statePath)}`
  if (outcome.kind === 'interrupted') {
    io.stderr.write(`turnaround: stopped on request; ${where}. Resume with:\n  ${again}\n`)
    return 130
  }
  io.stderr.write(`turnaround: stopped: ${describeError(outcome.error, redact)}${hint(outcome.error)}\n`)
  io.stderr.write(`turnaround: ${where}; nothing after it was skipped. Resume with:\n  ${again}\n`)
  return 3
}

function hint(error: unknown): string {
  if (!(error instanceof HelpdeskError)) return ''
  if (error.code === 'unauthorized') return ' — check --email and the token (email/token:… basic auth)'
  if (error.code === 'forbidden') {
    return ' — the incremental exports are for admins: use an admin’s email and API token'
  }
  return ''
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
