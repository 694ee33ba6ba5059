/**
 * `turnaround scan` benchmark: throughput (tickets/s, wall and per CPU-second) and peak RSS of the built CLI
 * scanning 100,000 tickets from a local fake of the incremental exports, plus what the same scan costs in
 * Zendesk requests and how long Zendesk's rate limits make it take. The fake (tests/support/export-account)
 * serialises every page before the clock starts, so the figures measure the scan, not the fake; it serves
 * Zendesk's payload shapes at Zendesk's page sizes (1,000 tickets, ~1,000 events), with 10% of the tickets
 * created before the window, whose conversations are read one by one as against a real account.
 * `npx tsx bench/scan.ts` runs it alone and prints JSON; bench/run.ts runs it in a process of its own.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHttpAccount, type HttpAccount } from '../tests/support/export-account/http-account'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'bin/turnaround.js')
const TICKETS = 100_000
const RUNS = 2
const EMAIL = 'bench@acme.test'
const TOKEN = 'bench-token-not-a-secret'

/** Zendesk's published limits (developer.zendesk.com › Rate limits; › Incremental Exports), per minute. */
const LIMITS = {
  incrementalExports: 10,
  updateTicket: 100,
  account: { team: 200, professional: 400, enterprise: 700, highVolumeAddOn: 2_500 },
}

interface Run {
  exitCode: number | null
  wallSeconds: number
  cpuSeconds: number | null
  /** The scan's own thread (the critical path); the rest is the decoding thread and V8's helpers. */
  mainThreadCpuSeconds: number | null
  peakRssMb: number | null
  summary: string
}

/**
 * CPU seconds of the scan's main thread, sampled from /proc (Linux) while it runs: with export pages
 * decoded on another thread, the main thread's share says what a machine with a core to spare would take.
 */
function sampleMainThread(launcherPid: number, launchedByTime: boolean): () => number | null {
  const ticksPerSecond = 100
  let seconds: number | null = null
  const read = () => {
    try {
      const pid = launchedByTime
        ? readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, 'utf8').trim().split(' ')[0]
        : String(launcherPid)
      if (!pid) return
      const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      seconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
    } catch {
      // Not Linux, or the process is gone: keep the last sample.
    }
  }
  const timer = setInterval(read, 50)
  return () => {
    clearInterval(timer)
    return seconds === null ? null : Math.round(seconds * 10) / 10
  }
}

async function runCli(url: string, since: number, dir: string): Promise<Run> {
  const useTime = existsSync('/usr/bin/time')
  const args = [
    CLI,
    'scan',
    // The window's start as a date, the fake's own: every request is then for a page serialised in advance.
    ...[
      '--url',
      url,
      '--email',
      EMAIL,
      '--token-env',
      'BENCH_TOKEN',
      '--since',
      new Date(since * 1000).toISOString(),
    ],
    ...['--state', join(dir, 'state.json'), '--out', join(dir, 'out.jsonl')],
  ]
  const command = useTime ? '/usr/bin/time' : process.execPath
  const started = performance.now()
  let mainThreadCpuSeconds: number | null = null
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(command, useTime ? ['-v', process.execPath, ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_TOKEN: TOKEN },
    })
    let text = ''
    const mainThread = child.pid ? sampleMainThread(child.pid, useTime) : () => null
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('close', (exit) => {
      mainThreadCpuSeconds = mainThread()
      done({ code: exit, stderr: text })
    })
  })
  const wallSeconds = (performance.now() - started) / 1000
  const number = (pattern: RegExp) => {
    const match = pattern.exec(stderr)?.[1]
    return match === undefined ? null : Number(match)
  }
  const user = number(/User time \(seconds\): ([\d.]+)/)
  const system = number(/System time \(seconds\): ([\d.]+)/)
  const rssKb = number(/Maximum resident set size \(kbytes\): (\d+)/)
  return {
    exitCode: code,
    wallSeconds: Math.round(wallSeconds * 10) / 10,
    cpuSeconds: user !== null && system !== null ? Math.round((user + system) * 10) / 10 : null,
    mainThreadCpuSeconds,
    peakRssMb: rssKb === null ? null : Math.round(rssKb / 1024),
    summary: stderr
      .split('\n')
      .filter((line) => line.startsWith('turnaround: ') && !line.includes('resum'))
      .join('\n'),
  }
}

interface Measured {
  runs: Run[]
  best: Run
  requests: HttpAccount['requests']
  lines: number
  prebuildSeconds: number
}

/** Serves a generated account and runs the CLI against it RUNS times; the best wall time is the figure. */
async function measure(older: boolean): Promise<Measured> {
  const now = Math.floor(Date.now() / 1000)
  const since = now - 7 * 86_400
  const prebuildStarted = performance.now()
  const account = await startHttpAccount(
    { tickets: TICKETS, since, now, older },
    { email: EMAIL, token: TOKEN },
    { prebuild: true },
  )
  const prebuildSeconds = Math.round((performance.now() - prebuildStarted) / 100) / 10
  const dir = await mkdtemp(join(tmpdir(), 'turnaround-scan-bench-'))
  const runs: Run[] = []
  let requests = { ...account.requests }
  let lines = 0
  try {
    for (let run = 0; run < RUNS; run++) {
      await rm(join(dir, 'state.json'), { force: true })
      const before = { ...account.requests }
      runs.push(await runCli(account.url, since, dir))
      requests = {
        tickets: account.requests.tickets - before.tickets,
        events: account.requests.events - before.events,
        comments: account.requests.comments - before.comments,
        users: account.requests.users - before.users,
      }
      lines = (await readFile(join(dir, 'out.jsonl'), 'utf8')).split('\n').filter(Boolean).length
    }
  } finally {
    await account.close()
    await rm(dir, { recursive: true, force: true })
  }
  const best = runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a))
  return { runs, best, requests, lines, prebuildSeconds }
}

const perSecond = (seconds: number | null) => (seconds ? Math.round(TICKETS / seconds) : null)

export async function runScanBench(): Promise<Record<string, unknown>> {
  if (!existsSync(join(ROOT, 'build/cli/turnaround.js'))) {
    return { error: 'CLI not built: run `npm run build` first' }
  }
  const loadBefore = loadavg()[0] ?? 0
  const { runs, best, requests, lines, prebuildSeconds } = await measure(true)
  // The same account with every ticket created inside the window: no conversation is read alone, so this
  // is the two export streams alone, the fastest path.
  const inside = await measure(false)
  const loadAfter = loadavg()[0] ?? 0
  const incremental = requests.tickets + requests.events
  const single = requests.comments + requests.users
  const minutesAt = (accountLimit: number) =>
    Math.round(Math.max(incremental / LIMITS.incrementalExports, single / accountLimit) * 10) / 10
  const exportMinutes = minutesAt(LIMITS.account.enterprise)
  const ticketsPerSecond = perSecond(best.wallSeconds) ?? 0
  return {
    tickets: TICKETS,
    runs,
    ticketsPerSecond,
    ticketsPerCpuSecond: perSecond(best.cpuSeconds),
    ticketsPerMainThreadCpuSecond: perSecond(best.mainThreadCpuSeconds),
    peakRssMb: best.peakRssMb,
    targets: {
      ticketsPerSecond: `≥ 5000: ${ticketsPerSecond >= 5_000 ? 'met' : 'MISSED'} (wall, best of ${RUNS})`,
      peakRssMb: `≤ 250: ${best.peakRssMb !== null && best.peakRssMb <= 250 ? 'met' : 'MISSED'}`,
    },
    flaggedLines: lines,
    requests: {
      ticketExportPages: requests.tickets,
      ticketEventPages: requests.events,
      singleConversations: requests.comments,
      userLookups: requests.users,
    },
    everyTicketInsideTheWindow: {
      ticketsPerSecond: perSecond(inside.best.wallSeconds),
      ticketsPerCpuSecond: perSecond(inside.best.cpuSeconds),
      ticketsPerMainThreadCpuSecond: perSecond(inside.best.mainThreadCpuSeconds),
      peakRssMb: inside.best.peakRssMb,
      singleConversations: inside.requests.comments,
      runs: inside.runs.map(({ wallSeconds, cpuSeconds, mainThreadCpuSeconds, peakRssMb }) => ({
        wallSeconds,
        cpuSeconds,
        mainThreadCpuSeconds,
        peakRssMb,
      })),
    },
    zendeskLimits: {
      perMinute: LIMITS,
      // Both streams share the incremental-export limit; conversations and user lookups share the account's.
      minutesForThisScanAtEnterprise: exportMinutes,
      minutesForThisScanAtProfessional: minutesAt(LIMITS.account.professional),
      ticketsPerSecondZendeskAllows: Math.round(TICKETS / (exportMinutes * 60)),
      speedupOfOurCodeOverTheLimit: Math.round(ticketsPerSecond / (TICKETS / (exportMinutes * 60))),
      minutesToTagEveryFlaggedTicketAtUpdateLimit: Math.round(lines / LIMITS.updateTicket),
    },
    machine: {
      cpus: cpus().length,
      loadAverageBefore: Math.round(loadBefore * 10) / 10,
      loadAverageAfter: Math.round(loadAfter * 10) / 10,
      fakePrebuildSeconds: prebuildSeconds,
    },
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runScanBench()
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}
