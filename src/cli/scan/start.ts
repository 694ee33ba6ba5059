/**
 * New run or resumed run? The state file decides: an unfinished scan is resumed (if the command asks for
 * the same thing), a finished one is followed by a run over what changed since its end (scheduled runs
 * leave no gap and no overlap), and without one the window starts at --since.
 */
import { resolve } from 'node:path'
import type { ScanArgs } from './args'
import { emptyCounts, type ScanMode, type ScanState } from './state'

export type Prepared =
  | { kind: 'new' | 'resume'; state: ScanState; message: string | null }
  | { kind: 'nothing_to_do'; message: string }
  | { kind: 'refused'; message: string }

export interface PrepareContext {
  statePath: string
  nowSeconds: number
  /** The exports leave out the most recent minute: the window ends that long before now. */
  lagSeconds: number
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z')

export function modeOf(args: ScanArgs): ScanMode {
  return args.dryRun ? 'dry_run' : args.tag ? 'tag' : 'list'
}

const MODE_FLAGS: Readonly<Record<ScanMode, string>> = {
  list: 'without --tag',
  tag: 'with --tag',
  dry_run: 'with --dry-run',
}

/** What differs between the saved unfinished scan and this command; empty when it may be resumed. */
function differences(args: ScanArgs, saved: ScanState): string[] {
  const out = args.out === null ? null : resolve(args.out)
  const problems: string[] = []
  if (saved.email !== args.email) problems.push(`it was started as ${saved.email}`)
  if (saved.mode !== modeOf(args)) problems.push(`it was started ${MODE_FLAGS[saved.mode]}`)
  if ((saved.out?.path ?? null) !== out) {
    problems.push(saved.out ? `it writes to --out ${saved.out.path}` : 'it writes to stdout (no --out)')
  }
  if (saved.sensitivity !== args.sensitivity) problems.push(`it uses --sensitivity ${saved.sensitivity}`)
  if (saved.slaMinutes !== (args.slaMinutes ?? null)) {
    problems.push(
      saved.slaMinutes === null ? 'it uses the default --sla' : `it uses --sla ${saved.slaMinutes}`,
    )
  }
  return problems
}

function madeNoProgress(saved: ScanState): boolean {
  return (
    saved.counts.read === 0 &&
    saved.position.ticketCursor === null &&
    saved.doneInPage.length === 0 &&
    saved.pending === null
  )
}

export function prepareState(args: ScanArgs, saved: ScanState | null, context: PrepareContext): Prepared {
  const { statePath, nowSeconds } = context
  const end = nowSeconds - context.lagSeconds
  if (saved && saved.account !== args.baseUrl) {
    return {
      kind: 'refused',
      message: `${statePath} belongs to a scan of ${saved.account}, not ${args.baseUrl}; give another --state file`,
    }
  }
  if (saved && saved.status !== 'finished' && madeNoProgress(saved)) {
    // A run that read nothing (wrong email or token, say) holds nothing worth resuming: start anew.
    return prepareState(args, null, context)
  }
  if (saved && saved.status !== 'finished') {
    const problems = differences(args, saved)
    if (problems.length > 0) {
      return {
        kind: 'refused',
        message:
          `${statePath} holds an unfinished scan that this command cannot resume: ${problems.join('; ')}. ` +
          'Resume it with the same options, or give another --state file to start a new scan.',
      }
    }
    const from = saved.cursorTime ? `from ${saved.cursorTime}` : 'from its start'
    return {
      kind: 'resume',
      state: { ...saved, status: 'running', lastError: null },
      message:
        `resuming the scan of ${iso(saved.window.start)} → ${iso(saved.window.end)} ${from} ` +
        `(${saved.counts.read} tickets already read; --since is not used when resuming)`,
    }
  }
  const start = saved ? saved.window.end : args.since
  if (start >= end) {
    return { kind: 'nothing_to_do', message: `nothing to scan: ${iso(start)} is less than a minute ago` }
  }
  const now = new Date(nowSeconds * 1000).toISOString()
  const state: ScanState = {
    version: 1,
    account: args.baseUrl,
    email: args.email,
    mode: modeOf(args),
    sensitivity: args.sensitivity,
    slaMinutes: args.slaMinutes ?? null,
    window: { start, end },
    position: { ticketCursor: null, startTime: start, eventsTime: start, coverageStart: start },
    doneInPage: [],
    pending: null,
    cursorTime: null,
    out: args.out === null ? null : { path: resolve(args.out), bytes: 0 },
    counts: emptyCounts(),
    status: 'running',
    startedAt: now,
    updatedAt: now,
    lastError: null,
  }
  const message = saved
    ? `the previous scan in ${statePath} finished at ${iso(saved.window.end)}; this one covers what changed since (--since is not used)`
    : null
  return { kind: 'new', state, message }
}
