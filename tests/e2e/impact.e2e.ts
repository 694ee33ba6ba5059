import { readFileSync } from 'node:fs'
import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { budgetMonthOf } from '../../src/core/budget/month'
import type { LedgerRecord } from '../../src/core/budget/types'
import { ledgerMonthsOf, periodOf } from '../../src/core/impact/period'
import { computeImpact } from '../../src/core/impact/report'
import { allNumbersCsv, reportTables } from '../../src/core/impact/tables'
import { parseBoundary } from '../../src/helpdesk/parse'
import { checkRecoverySettings } from '../../src/helpdesk/recovery-settings'
import { searchTicketSchema } from '../../src/helpdesk/zendesk/impact/schemas'
import { impactTicketOf } from '../../src/helpdesk/zendesk/impact/ticket-of'
import { ledgerRecordOf } from '../../src/helpdesk/zendesk/recovery/ledger-record'
import { customObjectRecordSchema } from '../../src/helpdesk/zendesk/recovery/schemas'
import { parseCsv } from '../support/impact/parse-csv'
import { useHarness } from './harness-fixture'

/**
 * The impact page in the nav_bar location of the harness (3,000 archived tickets over six months and their
 * ledger): it loads through the search export, draws the control chart, and its CSV holds exactly the numbers
 * computed straight from the fake account's store.
 */

const SETTINGS = { currency: 'USD', team_lead_group: 'Team leads' }
const STATUS_TAG = /^turnaround_(needed|approval_needed|active|recovered|not_recovered|rejected|cancelled)$/

describe('impact page (nav_bar)', () => {
  const { harness, page } = useHarness()
  const userId = (name: string) =>
    harness()
      .store.listUsers()
      .find((user) => user.name.startsWith(name))!.id

  async function openImpact(target: Page, agent: string): Promise<Frame> {
    const url = new URL(harness().hostUrl)
    url.searchParams.set('ticket', '4201')
    url.searchParams.set('settings', JSON.stringify(SETTINGS))
    url.searchParams.set('agent', String(userId(agent)))
    await target.goto(url.toString())
    await target.evaluate(() => window.__harness.ready)
    await target.click('[data-testid="open-impact"]')
    const handle = await target.waitForSelector('iframe.app-nav-iframe')
    return (await handle.contentFrame())!
  }

  /** What the page must show, computed from the store without HTTP, the page or its loader. */
  function expectedCsv(periodStart: string, periodEnd: string): string {
    const store = harness().store
    const period = periodOf(
      budgetMonthOf(periodStart),
      budgetMonthOf(new Date(Date.parse(periodEnd) - 1).toISOString()),
      periodEnd,
    )
    // Through the same schema as the search export's results, as the app reads them.
    const tickets = [...store.listTickets(), ...store.archive.all()].map((ticket) =>
      impactTicketOf(parseBoundary(searchTicketSchema, ticket, 'store'), 'store'),
    )
    const months = new Set(ledgerMonthsOf(period, periodEnd))
    const ledger = store.records
      .list('turnaround_ledger')
      .map((record) => ledgerRecordOf(parseBoundary(customObjectRecordSchema, record, 'store'), 'store'))
      .filter((record): record is LedgerRecord => record !== null && months.has(record.month))
    const settings = checkRecoverySettings(SETTINGS)
    if (!settings.ok) throw new Error('settings')
    return allNumbersCsv(
      reportTables(computeImpact({ period, tickets, ledger, policy: settings.settings.budget })),
    )
  }

  it('a team lead sees the charts and the control chart, and the CSV matches the store', async () => {
    const frame = await openImpact(page(), 'Priya')
    await frame.waitForSelector('[data-testid="control-chart"]', { timeout: 30_000 })
    expect(await frame.$$('[data-testid="centre-line"]')).toHaveLength(1)
    expect((await frame.$$('[data-testid="control-point"]')).length).toBeGreaterThan(5)
    expect((await frame.$$('[data-testid="control-limits"]')).length).toBeGreaterThan(5)
    // The harness plants one week of far more negative tickets within the last three months.
    const marked = await frame.$$eval('[data-testid="out-of-control-point"]', (points) =>
      points.map((point) => point.getAttribute('data-week')),
    )
    expect(marked.length).toBeGreaterThanOrEqual(1)
    for (const chart of ['chart-touch', 'chart-ratings', 'chart-agents', 'chart-gestures']) {
      expect(await frame.$(`[data-testid="${chart}"]`)).not.toBeNull()
    }
    // Every chart also as a table.
    await frame.click('[data-testid="card-weekly"] [data-testid="show-table"]')
    expect(await frame.textContent('[data-testid="table-weekly"]')).toContain('Upper limit')

    const download = page().waitForEvent('download')
    await frame.click('[data-testid="impact-csv"]')
    const file = await (await download).path()
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '')
    const rows = parseCsv(text)
    const value = (table: string, row: string, column = 'value') =>
      rows.find((line) => line[0] === table && line[1] === row && line[2] === column)?.[3]
    const start = value('summary', 'period_start')!
    const end = value('summary', 'period_end')!
    expect(text).toBe(expectedCsv(start, end))

    // And a few numbers straight from the tickets' tags and ratings, without the app's code.
    const inPeriod = [...harness().store.listTickets(), ...harness().store.archive.all()].filter(
      (ticket) =>
        Date.parse(ticket.created_at) >= Date.parse(start) && Date.parse(ticket.created_at) < Date.parse(end),
    )
    expect(Number(value('summary', 'tickets'))).toBe(inPeriod.length)
    const flagged = inPeriod.filter(
      (ticket) =>
        ticket.satisfaction_rating?.score === 'bad' || ticket.tags.some((tag) => STATUS_TAG.test(tag)),
    )
    expect(Number(value('summary', 'negatives'))).toBe(flagged.length)
    expect(marked.map((week) => value('weekly', week!, 'out_of_control'))).toEqual(marked.map(() => 'above'))
  })

  it('an agent outside the team-lead group is told who may see the numbers', async () => {
    const frame = await openImpact(page(), 'Alex')
    const notice = await frame.waitForSelector('[data-testid="impact-forbidden"]', { timeout: 20_000 })
    expect(await notice.textContent()).toContain('Team leads')
    expect(await frame.$('[data-testid="control-chart"]')).toBeNull()
  })

  it('a failing page names what is missing, and Continue loading finishes the period', async () => {
    harness().zendesk.injectFault({ method: 'GET', pathPattern: '/search/export', status: 500, times: 3 })
    const frame = await openImpact(page(), 'Priya')
    await frame.waitForSelector('[data-testid="impact-partial"]', { timeout: 30_000 })
    expect(await frame.textContent('[data-testid="impact-partial-cause"]')).toContain('HTTP 500')
    expect(await frame.textContent('[data-testid="impact-missing"]')).toMatch(
      /^Tickets created from .+ to .+ are not loaded\.$/,
    )
    harness().zendesk.clearFaults()
    await frame.click('[data-testid="impact-retry"]')
    await frame.waitForSelector('[data-testid="control-chart"]', { timeout: 30_000 })
    expect(await frame.$('[data-testid="impact-partial"]')).toBeNull()
  })
})
