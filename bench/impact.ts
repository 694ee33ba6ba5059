import type { Browser } from 'playwright-core'
import { startHarness, type Harness } from '../harness/server'
import { launchChromium } from '../tests/e2e/browser'
import { measureBundle, pageFiles } from './sidebar'

/**
 * Impact page bench: the nav_bar page over 10,000 tickets in headless chromium against the harness — the REST
 * requests it makes (by endpoint; never one per ticket) and the time to its first chart (the control chart
 * drawn with the whole period's numbers), median of cold loads; what the page downloads (gzip); and what the
 * seeded history costs the harness's start.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const TICKETS = 10_000
const FIRST_CHART_MARK = 'turnaround:impact-first-chart'
const SETTINGS = { currency: 'USD', team_lead_group: 'Team leads' }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const round = (value: number) => Math.round(value * 10) / 10

interface RunResult {
  fromClickMs: number
  fromIframeStartMs: number
  requests: string[]
  files: string[]
}

async function runOnce(browser: Browser, harness: Harness, agentId: number): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    const appOrigin = new URL(harness.appUrl).origin
    const files = new Set<string>()
    page.on('response', (response) => {
      const url = new URL(response.url())
      // Only what the nav_bar instance's frame downloads (its iframe is named app_Turnaround_nav_bar_<guid>).
      const frameName = response.frame()?.name() ?? ''
      if (url.origin === appOrigin && frameName.includes('_nav_bar_') && /\.(js|css)$/.test(url.pathname)) {
        files.add(url.pathname.split('/').pop()!)
      }
    })
    const url = new URL(harness.hostUrl)
    url.searchParams.set('ticket', '4201')
    url.searchParams.set('agent', String(agentId))
    url.searchParams.set('settings', JSON.stringify(SETTINGS))
    await page.goto(url.toString())
    await page.evaluate(() => window.__harness.ready)
    // The ticket's sidebar settles first: the agent opens the nav bar page afterwards, not while it loads.
    const sidebar = (await (await page.waitForSelector('iframe.app-iframe')).contentFrame())!
    await sidebar.waitForSelector('[data-testid="recovery-panel"], [data-testid="recovery-error"]', {
      timeout: 30_000,
    })
    const clickedAt = Date.now()
    await page.click('[data-testid="open-impact"]')
    const handle = await page.waitForSelector('iframe.app-nav-iframe')
    const guid = await handle.getAttribute('data-instance-guid')
    const frame = (await handle.contentFrame())!
    await frame.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK, {
      timeout: 120_000,
    })
    const mark = await frame.evaluate((name) => {
      const entry = performance.getEntriesByName(name)[0]!
      return { startTime: entry.startTime, epoch: performance.timeOrigin + entry.startTime }
    }, FIRST_CHART_MARK)
    const requests = await page.evaluate(
      ([instance, until]) =>
        window.__harness.requests
          .filter((request) => request.instanceGuid === instance && request.at <= until)
          .map((request) => `${request.method} ${request.url.split('?')[0]}`),
      [guid, mark.epoch] as const,
    )
    return {
      fromClickMs: mark.epoch - clickedAt,
      fromIframeStartMs: mark.startTime,
      requests,
      files: [...files].sort(),
    }
  } finally {
    await context.close()
  }
}

async function startTime(history: false | undefined): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now()
    const harness = await startHarness({ port: 0, history })
    times.push(performance.now() - started)
    await harness.close()
  }
  return round(median(times))
}

export async function runImpactBench(): Promise<object> {
  const bundle = measureBundle()
  // Two months of history hold the 10,000 tickets, so the page's default period (the last three months) has them all.
  const harness = await startHarness({ port: 0, history: { tickets: TICKETS, months: 2 } })
  const browser = await launchChromium()
  const runs: RunResult[] = []
  try {
    const priya = harness.store.listUsers().find((user) => user.name.startsWith('Priya'))!.id
    await runOnce(browser, harness, priya) // warm-up
    for (let index = 0; index < RUNS; index += 1) runs.push(await runOnce(browser, harness, priya))
  } finally {
    await browser.close()
    await harness.close()
  }
  const byEndpoint: Record<string, number> = {}
  for (const request of runs[0]?.requests ?? []) byEndpoint[request] = (byEndpoint[request] ?? 0) + 1
  const sidebar = pageFiles()
  const sidebarFiles = new Set([...sidebar.entry, ...sidebar.preloaded])
  const loaded = runs[0]?.files ?? []
  const gz = (names: readonly string[]) => names.reduce((sum, name) => sum + (bundle.files[name] ?? 0), 0)
  const onlyNavBar = loaded.filter((name) => !sidebarFiles.has(name))
  const fromClick = runs.map((run) => round(run.fromClickMs))
  return {
    tickets: harness.store.archive.size,
    requestsBeforeFirstChart: runs[0]?.requests.length ?? 0,
    requestsByEndpoint: byEndpoint,
    timeToFirstChartMs: {
      fromClick: { median: round(median(fromClick)), runs: fromClick },
      fromIframeStart: round(median(runs.map((run) => run.fromIframeStartMs))),
      note: 'click on "Turnaround impact" (the ticket sidebar settled) → the control chart drawn with the whole period: iframe start, count, ledger walk beside the search export (two month queries at a time, pages of 1,000), every metric computed',
    },
    navBarBundle: {
      loadedGzipKB: round(gz(loaded) / 1000),
      beyondSidebarEntryGzipKB: round(gz(onlyNavBar) / 1000),
      files: Object.fromEntries(onlyNavBar.map((name) => [name, bundle.files[name]])),
      note: 'what the nav_bar iframe downloads (gzip -9, KB = 1,000 bytes); "beyond" = the files the ticket sidebar does not load up front',
    },
    harnessStartMs: {
      withDefaultHistory: await startTime(undefined),
      withoutHistory: await startTime(false),
    },
    setup: `headless chromium, harness on localhost, ${TICKETS} archived tickets over 2 months, ${RUNS} cold runs after 1 warm-up`,
  }
}
