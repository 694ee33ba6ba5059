/** Budgets run per calendar month in UTC, so every agent and every reader agrees where a month ends. */
export function budgetMonthOf(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) throw new RangeError(`not a date: "${iso}"`)
  return new Date(time).toISOString().slice(0, 7)
}

/** The first instant of the month after `month` ("2026-12" → "2027-01-01T00:00:00.000Z"). */
export function monthEnd(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number)
  if (!year || !monthNumber) throw new RangeError(`not a budget month: "${month}"`)
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString()
}

export function monthStart(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number)
  if (!year || !monthNumber) throw new RangeError(`not a budget month: "${month}"`)
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toISOString()
}
