import { describe, expect, it } from 'vitest'
import { seedHistory } from '../../harness/fake-zendesk'
import { periodOf } from '../../src/core/impact/period'
import { computeImpact } from '../../src/core/impact/report'
import { money } from '../../src/core/money'
import { createHttpClient, defaultHttpPolicy, type HttpClient } from '../../src/helpdesk/http'
import { ZendeskLedgerStore } from '../../src/helpdesk/zendesk/recovery/ledger-store'
import { ZendeskImpactLoader } from '../../src/helpdesk/zendesk/impact/impact-loader'
import { fakeAccount, manualClock } from './harness-test-helpers'

/**
 * The harness's account history and its search export, read by the app's own impact loader: every ticket
 * once, in Zendesk's page shape, the planted spike marked on the control chart, and nothing of it in the
 * sidebar's current budget month.
 */

const NOW = Date.parse('2026-11-20T10:00:00Z')

function account(tickets = 2_000) {
  const { clock } = manualClock(NOW)
  const { zendesk, call } = fakeAccount({ clock })
  const history = seedHistory(zendesk.store, { tickets })
  const http: HttpClient = createHttpClient(async (request) => {
    const response = zendesk.handleApiRequest({
      method: request.method,
      path: request.url,
      body: request.body,
      userId: zendesk.store.currentUserId,
    })
    return { status: response.status, headers: response.headers, text: response.body }
  }, defaultHttpPolicy())
  return { zendesk, call, history, http }
}

describe('harness history and search export', () => {
  it('serves every matching ticket once, in pages of Zendesk’s shape', () => {
    const { call } = account()
    const query = encodeURIComponent('type:ticket created>2026-06-30T23:59:59Z created<2026-09-01T00:00:00Z')
    const count = call('GET', `/api/v2/search/count?query=${query}`).json().count as number
    expect(count).toBeGreaterThan(500)
    const seen = new Set<number>()
    let path = `/api/v2/search/export?query=${query}&filter[type]=ticket&page[size]=300`
    for (let pages = 0; pages < 100; pages += 1) {
      const page = call('GET', path).json()
      expect(Object.keys(page).sort()).toEqual(['facets', 'links', 'meta', 'results'])
      for (const result of page.results) {
        expect(result.result_type).toBe('ticket')
        expect(result.created_at >= '2026-07-01' && result.created_at < '2026-09-01').toBe(true)
        expect(seen.has(result.id)).toBe(false)
        seen.add(result.id)
      }
      if (!page.meta.has_more) {
        expect(page.links.next).toBeNull()
        break
      }
      expect(page.links.next).toContain('page%5Bafter%5D=')
      path = `/api/v2/search/export?query=${query}&filter[type]=ticket&page[size]=300&page[after]=${page.meta.after_cursor}`
    }
    expect(seen.size).toBe(count)
  })

  it('refuses what Zendesk refuses: no filter[type], a page over 1,000, a query it cannot read', () => {
    const { call } = account(100)
    expect(call('GET', '/api/v2/search/export?query=type:ticket').status).toBe(400)
    expect(
      call('GET', '/api/v2/search/export?query=type:ticket&filter[type]=ticket&page[size]=1001').status,
    ).toBe(400)
    const unknown = call('GET', '/api/v2/search/export?query=type:ticket%20priority:high&filter[type]=ticket')
    expect(unknown.status).toBe(400)
    expect(unknown.body).toContain('priority:high')
  })

  it('the app’s loader reads the history; the planted spike week is marked; negatives match the tags', async () => {
    const { zendesk, http, history } = account()
    const period = periodOf('2026-05', '2026-10', new Date(NOW).toISOString())
    const result = await new ZendeskImpactLoader(http, period, new Date(NOW).toISOString()).load({})
    expect(result.status).toBe('complete')
    const report = computeImpact({
      period,
      tickets: result.tickets,
      ledger: result.ledger,
      policy: {
        currency: 'USD',
        perTicketCap: money(5_000, 'USD'),
        perAgentMonthly: money(1_000_000, 'USD'),
        approvalThreshold: money(3_000, 'USD'),
        allowedGestures: ['refund', 'credit', 'free_shipping', 'replacement', 'gift'],
      },
    })
    // The workspace's seeded tickets include a few from those months too.
    const archived = [...zendesk.store.listTickets(), ...zendesk.store.archive.all()].filter(
      (ticket) =>
        ticket.created_at >= period.start.slice(0, 19) && ticket.created_at < period.end.slice(0, 19),
    )
    expect(report.tickets).toBe(archived.length)
    const negativeByTags = archived.filter(
      (ticket) =>
        ticket.satisfaction_rating?.score === 'bad' ||
        ticket.tags.some((tag) =>
          /^turnaround_(needed|active|recovered|not_recovered|rejected|cancelled|approval_needed)$/.test(tag),
        ),
    ).length
    expect(report.negatives).toBe(negativeByTags)
    const spike = report.pChart.weeks.find((week) => week.weekStart === history.spikeWeek)
    expect(spike?.outOfControl).toBe('above')
    expect(report.recoveriesStarted).toBeGreaterThan(100)
    expect(report.touch.medianMinutes).not.toBeNull()
  })

  it('leaves the sidebar’s budget month alone: its ledger read stays one page with nothing in it', async () => {
    const { http } = account()
    const requests: string[] = []
    const counting: HttpClient = {
      request: (request) => {
        requests.push(request.path)
        return http.request(request)
      },
    }
    expect(await new ZendeskLedgerStore(counting).listMonth('2026-11')).toEqual([])
    expect(requests).toHaveLength(1)
  })
})
