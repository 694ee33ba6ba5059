import type { FakeZendeskStore } from '../store'
import { generateHistory, type GeneratedHistory, type HistoryOptions } from './generate'
import { LEDGER_KEY } from './ledger-records'

export type { HistoryOptions } from './generate'

/**
 * Fills the account's past: the archive gets the tickets, the ledger object its records (as if written then).
 * Agents are the account's staff; the first admin decides on approvals, as a team lead would.
 */
export function seedHistory(store: FakeZendeskStore, options: HistoryOptions = {}): GeneratedHistory {
  const staff = store.listUsers().filter((user) => user.role !== 'end-user')
  const lead = staff.find((user) => user.role === 'admin') ?? staff[0]
  if (!lead) throw new Error('history: the account has no staff to attribute recoveries to')
  const fieldIds: Record<string, number | undefined> = {}
  for (const [identifier, requirement] of Object.entries(store.requirements)) {
    if (typeof requirement.requirement_id === 'number') fieldIds[identifier] = requirement.requirement_id
  }
  const history = generateHistory(
    {
      now: store.now(),
      fieldIds,
      customFieldIds: store
        .ticketFields()
        .filter((field) => field.removable)
        .map((field) => field.id),
      agents: staff.map((user) => ({ id: user.id, name: user.name })),
      lead: { id: lead.id, name: lead.name },
    },
    options,
  )
  store.archive.add(history.tickets)
  store.records.importHistory(LEDGER_KEY, history.records)
  return history
}
