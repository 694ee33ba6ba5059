import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProgress } from '../../src/cli/scan/progress'
import { runScan } from '../../src/cli/scan/runner'
import { emptyCounts, type ScanState } from '../../src/cli/scan/state'
import { createApiTokenHttp } from '../../src/helpdesk/http'
import { ZendeskScanSource } from '../../src/helpdesk/zendesk/export/scan-source'
import { startHttpAccount, type HttpAccount } from '../support/export-account/http-account'
import { EMAIL, NOW, SINCE, TOKEN } from './scan-helpers'

/**
 * Memory stays flat while the scan streams many pages: measured, not timed. After a forced GC at the end of
 * each page, the heap in use must not grow with the pages read. A scan that kept what it read (tickets,
 * comments, output lines) would grow by far more than the bound over this many tickets.
 */
setFlagsFromString('--expose_gc')
const gc = runInNewContext('gc') as () => void

const TICKETS = 24_000
const PAGE = 400
let account: HttpAccount
beforeAll(async () => {
  account = await startHttpAccount(
    { tickets: TICKETS, since: SINCE, now: NOW },
    { email: EMAIL, token: TOKEN },
    { pageSize: PAGE },
  )
})
afterAll(() => account.close())

function newState(): ScanState {
  const iso = new Date(NOW * 1000).toISOString()
  return {
    version: 1,
    account: account.url,
    email: EMAIL,
    mode: 'list',
    sensitivity: 'normal',
    slaMinutes: null,
    window: { start: SINCE, end: NOW - 60 },
    position: { ticketCursor: null, startTime: SINCE, eventsTime: SINCE, coverageStart: SINCE },
    doneInPage: [],
    pending: null,
    cursorTime: null,
    out: null,
    counts: emptyCounts(),
    status: 'running',
    startedAt: iso,
    updatedAt: iso,
    lastError: null,
  }
}

describe('turnaround scan memory', { timeout: 180_000 }, () => {
  it(`stays flat over ${TICKETS.toLocaleString('en-US')} tickets in ${TICKETS / PAGE} pages`, async () => {
    const http = createApiTokenHttp({ subdomain: account.url, email: EMAIL, apiToken: TOKEN })
    const source = new ZendeskScanSource(http, { pageSize: PAGE })
    let lines = 0
    let outputBytes = 0
    const heap: number[] = []
    const outcome = await runScan({
      state: newState(),
      source,
      tagger: null,
      store: { load: async () => null, save: async () => undefined },
      output: {
        path: null,
        append: (line) => {
          lines++
          outputBytes += line.length
        },
        flush: async () => null,
        close: async () => undefined,
      },
      progress: createProgress(process.stderr, 'list'),
      signal: new AbortController().signal,
      redact: (text) => text,
      onPage: () => {
        gc()
        heap.push(process.memoryUsage().heapUsed)
      },
    })
    expect(outcome.kind).toBe('finished')
    expect(outcome.state.counts.read).toBe(TICKETS)
    expect(lines).toBeGreaterThan(TICKETS * 0.2)
    // Warm-up: the detector's matchers compile and the JIT settles in the first pages.
    const settled = heap.slice(5)
    const growth = Math.max(...settled) - (settled[0] as number)
    const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
    console.warn(
      `scan memory: heap after page 5 ${mb(settled[0] as number)} MB, max ${mb(Math.max(...settled))} MB, ` +
        `growth ${mb(growth)} MB over ${settled.length} pages; ${mb(outputBytes)} MB of output lines streamed`,
    )
    expect(heap.length).toBe(TICKETS / PAGE)
    expect(growth).toBeLessThan(8e6)
  })
})
