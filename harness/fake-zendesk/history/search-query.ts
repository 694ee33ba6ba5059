import { badRequest } from '../errors'

/**
 * The part of Zendesk's search syntax the fake answers: `type:ticket` and `created` / `updated` compared with
 * `>`, `<`, `>=`, `<=` or `:` to a date (`2026-05-01`, UTC midnight) or an ISO date-time. Anything else is
 * refused with a 400 that says what the fake understands, never silently ignored.
 */
export interface TicketSearch {
  test(ticket: { created_at: string; updated_at: string }): boolean
}

const TERM =
  /^(created|updated)(>=|<=|>|<|:)(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/
const DAY_MS = 86_400_000

function instant(text: string): number {
  const time = Date.parse(
    /T/.test(text) ? (/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`) : `${text}T00:00:00Z`,
  )
  if (Number.isNaN(time)) throw badRequest(`"${text}" is not a date`)
  return time
}

export function parseTicketSearch(query: string | null): TicketSearch {
  if (!query?.trim()) throw badRequest('query is required')
  const checks: Array<(ticket: { created_at: string; updated_at: string }) => boolean> = []
  let typed = false
  for (const term of query.trim().split(/\s+/)) {
    if (term === 'type:ticket') {
      typed = true
      continue
    }
    const match = TERM.exec(term)
    if (!match) {
      throw badRequest(
        `the harness's search understands only type:ticket and created/updated with > < >= <= or : and a date; not "${term}"`,
      )
    }
    const [, field, operator, value] = match as unknown as [string, 'created' | 'updated', string, string]
    const at = instant(value)
    const dateOnly = !value.includes('T')
    const of = (ticket: { created_at: string; updated_at: string }) =>
      Date.parse(field === 'created' ? ticket.created_at : ticket.updated_at)
    if (operator === '>') checks.push((ticket) => of(ticket) > (dateOnly ? at + DAY_MS - 1 : at))
    if (operator === '<') checks.push((ticket) => of(ticket) < at)
    if (operator === '>=') checks.push((ticket) => of(ticket) >= at)
    if (operator === '<=') checks.push((ticket) => of(ticket) <= (dateOnly ? at + DAY_MS - 1 : at))
    if (operator === ':')
      checks.push((ticket) => of(ticket) >= at && of(ticket) < at + (dateOnly ? DAY_MS : 1000))
  }
  if (!typed) throw badRequest('the harness answers ticket searches only: add type:ticket')
  return { test: (ticket) => checks.every((check) => check(ticket)) }
}
