import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../src/core/impact/csv'
import { periodOf } from '../../../src/core/impact/period'
import { computeImpact } from '../../../src/core/impact/report'
import { allNumbersCsv, reportTables, tableCsv } from '../../../src/core/impact/tables'
import { money } from '../../../src/core/money'
import { plant } from '../../support/impact/plant'
import { parseCsv } from '../../support/impact/parse-csv'

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes; CRLF between records', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('plain')).toBe('plain')
  })

  it('writes numbers as numbers (a negative number stays one), and nothing for null', () => {
    expect(csvCell(-2.5)).toBe('-2.5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('round-trips any text through a strict RFC 4180 reader, formula cells with their apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        (rows) => {
          const parsed = parseCsv(toCsv(['x', 'y'], rows))
          const neutralised = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)
          expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(neutralised)))
        },
      ),
    )
  })
})

describe('report tables', () => {
  const now = '2026-03-20T00:00:00.000Z'
  const period = periodOf('2026-02', '2026-02', now)
  const history = plant({
    period,
    // February 2026 starts on a Sunday: a one-day first week, then four full ones.
    weeks: [
      { tickets: 0, negatives: 0 },
      { tickets: 20, negatives: 4 },
      { tickets: 20, negatives: 4 },
      { tickets: 20, negatives: 4 },
      { tickets: 20, negatives: 4 },
    ],
    touchMinutes: [3, 9, 40],
    outcomes: { good: 2, bad: 1, unanswered: 0 },
    spends: [{ agent: 'a, "quoted"', gesture: 'credit', amountMinor: 1_250 }],
  })
  const report = computeImpact({
    period,
    tickets: history.tickets,
    ledger: history.ledger,
    policy: {
      currency: 'EUR',
      perTicketCap: money(5_000, 'EUR'),
      perAgentMonthly: money(50_000, 'EUR'),
      approvalThreshold: money(3_000, 'EUR'),
      allowedGestures: ['credit'],
    },
  })
  const tables = reportTables(report)

  it('has every table, each row as wide as its header', () => {
    expect(tables.map((table) => table.key)).toEqual([
      'summary',
      'weekly',
      'touch_time',
      'ratings',
      'spend_per_agent',
      'spend_per_gesture',
    ])
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.columns.length)
  })

  it('writes money as exact major-unit text and rates rounded to 4 places', () => {
    const summary = new Map(tables[0]!.rows.map((row) => [row[0], row[1]]))
    expect(summary.get('spent')).toBe('0.00')
    expect(summary.get('touch_median_minutes')).toBe(9)
    expect(summary.get('recovery_rate')).toBe(0.6667)
    expect(summary.get('currency')).toBe('EUR')
  })

  it('one CSV per table and one with every number, both readable back', () => {
    const agents = parseCsv(tableCsv(tables[4]!))
    expect(agents[0]).toEqual(['agent_id', 'agent', 'spends', 'spent', 'budget', 'used', 'currency'])
    const all = parseCsv(allNumbersCsv(tables))
    expect(all[0]).toEqual(['table', 'row', 'column', 'value'])
    expect(all).toContainEqual(['summary', 'negatives', 'value', '16'])
    expect(all).toContainEqual(['ratings', 'unknown', 'after_good', '2'])
  })
})
