/**
 * Loads a period for the impact page, newest month first, so whatever is loaded when the agent cancels or a
 * request fails is a run of the most recent months: the page can show those, say exactly what is missing, and
 * a retry continues from there (pages already read are kept; an unfinished month is read again).
 *
 * Per month: first the ledger back to that month's start (the records list, newest first, 100 a page — the
 * walk continues where it stopped), then the month's tickets (search export, 1,000 a page). One count request
 * first gives the progress bar its 100 %. 429s are waited out by the HTTP layer (Retry-After); a longer wait
 * stops the load with a rate_limited error that names the wait.
 */
import { monthStart } from '../../../core/budget/month'
import type { LedgerRecord } from '../../../core/budget/types'
import { ledgerMonthsOf, monthSpan, monthsOf } from '../../../core/impact/period'
import type { ImpactPeriod, ImpactTicket } from '../../../core/impact/types'
import { HelpdeskError, isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import type { ImpactLoader, ImpactLoadResult, ImpactProgress, MissingPart } from '../../impact-ports'
import { ZendeskLedgerStore } from '../recovery/ledger-store'
import { countTickets, exportTickets, type PageReader } from './search-export'

/** A record's month comes from the writer's clock; read a day further back than the month's start. */
const LEDGER_MARGIN_MS = 86_400_000
/**
 * Month queries in flight at once: one is being answered while the page before is parsed, without pressing the
 * search export's 100-requests-a-minute limit.
 */
const MONTHS_AT_ONCE = 2

class Cancelled extends Error {}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled())
    const onAbort = () => reject(new Cancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

const asHelpdeskError = (error: unknown): HelpdeskError =>
  isHelpdeskError(error)
    ? error
    : new HelpdeskError(
        'unexpected',
        error instanceof Error ? error.message : String(error),
        {},
        { cause: error },
      )

export class ZendeskImpactLoader implements ImpactLoader {
  /** Newest first. */
  private readonly months: string[]
  private readonly ledgerMonths: Set<string>
  private readonly ledgerStore: ZendeskLedgerStore
  private readonly ticketsByMonth = new Map<string, ImpactTicket[]>()
  private readonly records = new Map<string, LedgerRecord>()
  /** The records list's next cursor; undefined before the first page, null once the list is exhausted. */
  private ledgerNext: string | null | undefined
  /** The oldest creation time the walk has seen (ms). */
  private ledgerReached = Number.POSITIVE_INFINITY
  private expected: number | null | undefined
  private requests = 0
  /** Tickets read so far of the months still loading. */
  private readonly inFlight = new Map<string, number>()

  constructor(
    private readonly http: HttpClient,
    private readonly period: ImpactPeriod,
    now: string,
  ) {
    this.months = monthsOf(period).reverse()
    this.ledgerMonths = new Set(ledgerMonthsOf(period, now))
    this.ledgerStore = new ZendeskLedgerStore(http)
  }

  async load(options: {
    onProgress?: (progress: ImpactProgress) => void
    signal?: AbortSignal
  }): Promise<ImpactLoadResult> {
    const { signal, onProgress } = options
    const report = () => onProgress?.(this.progress())
    // Stops the other requests of this load when one fails: what is loaded by then is kept.
    const stop = new AbortController()
    const abortAll = () => stop.abort()
    signal?.addEventListener('abort', abortAll, { once: true })
    let failure: unknown = null
    const fail = (error: unknown) => {
      failure ??= error
      stop.abort()
    }
    const reader: PageReader = {
      beforeRequest: () => {
        if (stop.signal.aborted) throw new Cancelled()
        this.requests += 1
      },
      run: (request) => abortable(request, stop.signal),
      onPage: () => report(),
    }
    try {
      if (this.expected === undefined) this.expected = await this.count(reader)
      report()
      const oldest = this.months.at(-1)!
      // The ledger walk and the months' tickets run side by side: two month queries at a time, newest first.
      const ledger = this.walkLedgerTo(
        Date.parse(monthStart(oldest)) - LEDGER_MARGIN_MS,
        reader,
        report,
      ).catch(fail)
      const queue = this.months.filter((month) => !this.ticketsByMonth.has(month))
      const worker = async () => {
        for (let month = queue.shift(); month !== undefined && !stop.signal.aborted; month = queue.shift()) {
          const span = monthSpan(this.period, month)
          const tickets = await exportTickets(this.http, span.start, span.end, {
            ...reader,
            onPage: (count) => {
              this.inFlight.set(month, count)
              report()
            },
          })
          this.inFlight.delete(month)
          this.ticketsByMonth.set(month, tickets)
          report()
        }
      }
      await Promise.all(Array.from({ length: MONTHS_AT_ONCE }, () => worker().catch(fail)))
      await ledger
      if (failure !== null || stop.signal.aborted) throw failure ?? new Cancelled()
      return { status: 'complete', tickets: this.tickets(), ledger: this.ledger(), progress: this.progress() }
    } catch (error) {
      this.inFlight.clear()
      const reason =
        error instanceof Cancelled
          ? ({ kind: 'cancelled' } as const)
          : ({ kind: 'failed', error: asHelpdeskError(error) } as const)
      return { status: 'partial', reason, ...this.partial(), progress: this.progress() }
    } finally {
      signal?.removeEventListener('abort', abortAll)
    }
  }

  private async count(reader: PageReader): Promise<number | null> {
    reader.beforeRequest()
    try {
      return await reader.run(countTickets(this.http, this.period.start, this.period.end))
    } catch (error) {
      if (error instanceof Cancelled) throw error
      return null // only the progress bar needs it
    }
  }

  private async walkLedgerTo(before: number, reader: PageReader, report: () => void): Promise<void> {
    while (this.ledgerNext !== null && this.ledgerReached >= before) {
      reader.beforeRequest()
      const page = await reader.run(this.ledgerStore.listPage(this.ledgerNext))
      for (const record of page.records) {
        if (this.ledgerMonths.has(record.month)) this.records.set(record.id, record)
      }
      if (page.oldestCreatedAt !== null) {
        this.ledgerReached = Math.min(this.ledgerReached, Date.parse(page.oldestCreatedAt))
      }
      this.ledgerNext = page.next
      report()
    }
  }

  private ledgerCovers(month: string): boolean {
    return this.ledgerNext === null || this.ledgerReached < Date.parse(monthStart(month)) - LEDGER_MARGIN_MS
  }

  private partial(): Pick<
    Extract<ImpactLoadResult, { status: 'partial' }>,
    'missing' | 'completeMonths' | 'tickets' | 'ledger'
  > {
    const complete: string[] = []
    for (const month of this.months) {
      if (!this.ticketsByMonth.has(month) || !this.ledgerCovers(month)) break
      complete.unshift(month)
    }
    const missing: MissingPart[] = []
    // Oldest first, each run of consecutive months not loaded as one range.
    let run: string[] = []
    for (const month of [...this.months].reverse()) {
      if (!this.ticketsByMonth.has(month)) run.push(month)
      if ((this.ticketsByMonth.has(month) || month === this.months[0]) && run.length) {
        missing.push({
          kind: 'tickets',
          from: monthStart(run[0]!),
          to: monthSpan(this.period, run.at(-1)!).end,
        })
        run = []
      }
    }
    const oldestMonth = this.months.at(-1)!
    if (!this.ledgerCovers(oldestMonth)) {
      const before = Number.isFinite(this.ledgerReached)
        ? new Date(this.ledgerReached).toISOString()
        : this.period.end
      missing.push({ kind: 'ledger', before })
    }
    return { missing, completeMonths: complete, tickets: this.tickets(), ledger: this.ledger() }
  }

  private tickets(): ImpactTicket[] {
    return [...this.ticketsByMonth.values()].flat()
  }

  private ledger(): LedgerRecord[] {
    return [...this.records.values()]
  }

  private progress(): ImpactProgress {
    let loaded = [...this.inFlight.values()].reduce((sum, count) => sum + count, 0)
    for (const tickets of this.ticketsByMonth.values()) loaded += tickets.length
    return {
      ticketsLoaded: loaded,
      ticketsExpected: this.expected ?? null,
      ledgerRecords: this.records.size,
      monthsDone: this.ticketsByMonth.size,
      monthsTotal: this.months.length,
      requests: this.requests,
    }
  }
}
