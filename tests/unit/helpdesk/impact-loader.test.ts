import { describe, expect, it } from 'vitest'
import { periodOf } from '../../../src/core/impact/period'
import { ZendeskImpactLoader } from '../../../src/helpdesk/zendesk/impact/impact-loader'
import type { ImpactLoadResult, ImpactProgress } from '../../../src/helpdesk/impact-ports'
import { fakeImpactApi, type FakeRecord, type FakeTicket } from '../../support/impact/fake-impact-api'

/**
 * The impact loader over the app's real HTTP layer and an in-memory Zendesk: pages, not one request per ticket;
 * 429s waited out; a failure or a cancel leaves a partial result that names what is missing, and a retry
 * continues to the same complete answer.
 */

const NOW = '2026-07-15T00:00:00.000Z'
const period = periodOf('2026-04', '2026-06', NOW)
const HOUR = 3_600_000

/** 900 tickets a month in April–June (plus some outside), every 10th negative with a spend in the ledger. */
function account() {
  const tickets: FakeTicket[] = []
  const records: FakeRecord[] = []
  let id = 1
  for (const [month, count] of [
    ['2026-03', 50],
    ['2026-04', 900],
    ['2026-05', 900],
    ['2026-06', 900],
    ['2026-07', 40],
  ] as const) {
    const start = Date.parse(`${month}-01T00:00:00Z`)
    for (let n = 0; n < count; n += 1) {
      const created = new Date(start + n * HOUR * 0.7).toISOString().replace('.000Z', 'Z')
      const negative = n % 10 === 0
      tickets.push({
        id,
        created_at: created,
        requester_id: 90_000 + id,
        tags: negative ? ['vip', 'turnaround_active', 'turnaround_before_bad'] : ['vip'],
        satisfaction_rating: negative ? { score: 'bad' } : { score: 'offered' },
      })
      if (negative) {
        const at = new Date(Date.parse(created) + HOUR).toISOString()
        records.push({
          id: `01R${String(id).padStart(8, '0')}`,
          external_id: `op-${id}`,
          created_at: at,
          custom_object_fields: {
            entry_kind: 'spend',
            ticket: String(id),
            agent: '7',
            agent_name: 'Ana',
            month: at.slice(0, 7),
            amount_minor: 500,
            currency: 'USD',
            needs_approval: false,
            negative_at: created,
            gesture: 'credit',
          },
        })
      }
      id += 1
    }
  }
  return { tickets, records }
}

const inPeriod = (tickets: FakeTicket[]) =>
  tickets.filter((t) => t.created_at >= '2026-04-01T00:00:00Z' && t.created_at < '2026-07-01T00:00:00Z')

describe('impact loader (search export + ledger walk)', () => {
  it('loads the period in pages of 1,000 tickets and 100 records, never per ticket', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    const progress: ImpactProgress[] = []
    const result = await new ZendeskImpactLoader(api.http, period, NOW).load({
      onProgress: (p) => progress.push(p),
    })
    expect(result.status).toBe('complete')
    expect(result.tickets).toHaveLength(2700)
    expect(new Set(result.tickets.map((t) => t.id)).size).toBe(2700)
    // Ledger months: April–June and July (recoveries of late-June tickets may start in July).
    expect(result.ledger).toHaveLength(records.filter((r) => r.created_at >= '2026-04').length)
    const exports = api.requests.filter((line) => line.includes('/search/export'))
    expect(exports).toHaveLength(3) // 900 a month: one page each
    for (const line of exports) {
      const params = new URLSearchParams(line.split('?')[1])
      expect(params.get('filter[type]')).toBe('ticket')
      expect(params.get('page[size]')).toBe('1000')
      expect(params.get('query')).toMatch(/^type:ticket created>2026-0\d-\d\dT23:59:59Z created<2026-0\dT?/)
    }
    expect(api.requests.filter((line) => line.includes('/records'))).toHaveLength(
      Math.ceil(records.length / 100),
    )
    expect(api.requests).toHaveLength(1 + 3 + Math.ceil(records.length / 100))
    const last = progress.at(-1)!
    expect(last).toMatchObject({ ticketsLoaded: 2700, ticketsExpected: 2700, monthsDone: 3, monthsTotal: 3 })
    expect(last.requests).toBe(api.requests.length)
  })

  it('maps tags and the rating into the ticket model', async () => {
    const { tickets, records } = account()
    const result = await new ZendeskImpactLoader(fakeImpactApi(tickets, records).http, period, NOW).load({})
    const negative = result.tickets.find((t) => t.id === String(inPeriod(tickets)[0]!.id))
    expect(negative).toMatchObject({
      recoveryStatus: 'active',
      ratingBefore: 'bad',
      ratingAfter: null,
      satisfaction: 'bad',
      followUp: null,
    })
  })

  it('waits out a 429 with Retry-After and carries on', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    api.fail('/api/v2/search/export', { status: 429, retryAfter: 2 }, 2)
    const result = await new ZendeskImpactLoader(api.http, period, NOW).load({})
    expect(result.status).toBe('complete')
    expect(result.tickets).toHaveLength(2700)
    expect(api.slept.some((ms) => ms > 1000 && ms <= 2000)).toBe(true)
  })

  it('on a 500 names what is missing, shows the newest complete months, and a retry completes', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    api.fail('/api/v2/search/export', { status: 500 }, 2) // May, the second month read (June first)
    const loader = new ZendeskImpactLoader(api.http, period, NOW)
    const partial = (await loader.load({})) as Extract<ImpactLoadResult, { status: 'partial' }>
    expect(partial.status).toBe('partial')
    expect(partial.reason).toMatchObject({ kind: 'failed', error: { code: 'server' } })
    expect(partial.completeMonths).toEqual(['2026-06'])
    expect(partial.missing).toEqual([
      { kind: 'tickets', from: '2026-04-01T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z' },
      { kind: 'ledger', before: expect.any(String) },
    ])
    const before = api.requests.length
    const retried = await loader.load({})
    expect(retried.status).toBe('complete')
    expect(retried.tickets).toHaveLength(2700)
    // June was kept: the retry asked for May and April only (and the rest of the ledger).
    expect(api.requests.slice(before).filter((line) => line.includes('/search/export'))).toHaveLength(2)
  })

  it('a 429 longer than the HTTP layer waits stops with rate_limited and what is missing', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    api.fail('/api/v2/custom_objects', { status: 429, retryAfter: 120 })
    const result = await new ZendeskImpactLoader(api.http, period, NOW).load({})
    expect(result.status).toBe('partial')
    if (result.status !== 'partial') return
    expect(result.reason).toMatchObject({ kind: 'failed', error: { code: 'rate_limited' } })
    // No month is complete without the ledger it needs, whatever tickets arrived meanwhile.
    expect(result.completeMonths).toEqual([])
    expect(result.missing).toContainEqual({ kind: 'ledger', before: period.end })
  })

  it('a malformed page is a named error, never a wrong number', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    api.fail('/api/v2/search/export', { malformed: true })
    const result = await new ZendeskImpactLoader(api.http, period, NOW).load({})
    expect(result).toMatchObject({
      status: 'partial',
      reason: { kind: 'failed', error: { code: 'malformed_response' } },
    })
  })

  it('Cancel stops at once with what was loaded so far', async () => {
    const { tickets, records } = account()
    const api = fakeImpactApi(tickets, records)
    const controller = new AbortController()
    const result = await new ZendeskImpactLoader(api.http, period, NOW).load({
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.monthsDone === 1) controller.abort()
      },
    })
    expect(result).toMatchObject({ status: 'partial', reason: { kind: 'cancelled' } })
    if (result.status !== 'partial') return
    // Two months load at a time, newest first: a cancel after the first leaves at most the two newest.
    expect(result.completeMonths.at(-1)).toBe('2026-06')
    expect(result.tickets.length).toBeLessThan(2700)
    expect(result.missing[0]).toMatchObject({ kind: 'tickets', from: '2026-04-01T00:00:00.000Z' })
    expect(api.requests.filter((line) => line.includes('/search/export')).length).toBeLessThanOrEqual(2)
  })
})
