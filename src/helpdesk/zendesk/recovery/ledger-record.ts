/**
 * Ledger entries ↔ the `turnaround_ledger` custom object's fields (keys as declared in requirements.json).
 * A record that claims to be a ledger entry but cannot be read is an error, never skipped: a spend the app
 * failed to read would let an agent go over budget.
 */
import type { Decision, LedgerEntry, LedgerRecord } from '../../../core/budget/types'
import { CURRENCY_CODE, money, toMajorString } from '../../../core/money'
import { GESTURE_TYPES, type GestureType } from '../../../core/playbook/types'
import { HelpdeskError } from '../../errors'
import { toIsoUtc } from '../snapshot'
import type { CustomObjectRecord } from './schemas'

type Fields = Record<string, string | number | boolean>

const DECISIONS: readonly Decision[] = ['approved', 'rejected', 'cancelled']

export function recordFieldsOf(entry: LedgerEntry): Fields {
  const common: Fields = {
    entry_kind: entry.kind,
    ticket: entry.ticketId,
    agent: entry.agentId,
    agent_name: entry.agentName,
    month: entry.month,
    ...(entry.note ? { note: entry.note } : {}),
  }
  if (entry.kind === 'decision') return { ...common, decision: entry.decision, spend_key: entry.spendKey }
  return {
    ...common,
    amount_minor: entry.amount.amountMinor,
    currency: entry.amount.currency,
    needs_approval: entry.needsApproval,
    ...(entry.negativeAt ? { negative_at: entry.negativeAt } : {}),
    ...(entry.gesture ? { gesture: entry.gesture } : {}),
  }
}

/** What a team lead sees in the records list: "#4201 · credit 20.00 EUR · Alex Morgan". */
export function recordNameOf(entry: LedgerEntry): string {
  const what =
    entry.kind === 'decision'
      ? entry.decision
      : `${entry.gesture ?? 'no gesture'} ${toMajorString(entry.amount)} ${entry.amount.currency}`
  return `#${entry.ticketId} · ${what} · ${entry.agentName}`.slice(0, 255)
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

/** null for a record that is not a ledger entry (no entry kind): something an admin added by hand. */
export function ledgerRecordOf(record: CustomObjectRecord, source: string): LedgerRecord | null {
  const fields = record.custom_object_fields
  const kind = str(fields.entry_kind)
  if (kind === undefined) return null
  const fail = (problem: string) =>
    new HelpdeskError('malformed_response', `Unreadable Turnaround ledger record ${record.id}: ${problem}`, {
      source,
      problem: `ledger record ${record.id}: ${problem}`,
    })
  const operationKey = record.external_id
  const ticketId = str(fields.ticket)
  const agentId = str(fields.agent)
  const month = str(fields.month)
  if (!operationKey || !ticketId || !agentId || !month || !/^\d{4}-\d{2}$/.test(month)) {
    throw fail('external_id, ticket, agent and month are required')
  }
  const base = {
    id: record.id,
    createdAt: toIsoUtc(record.created_at, `ledger record ${record.id} created_at`),
    createdBy: str(record.created_by_user_id) ?? agentId,
    operationKey,
    ticketId,
    agentId,
    agentName: str(fields.agent_name) ?? agentId,
    month,
    ...(str(fields.note) ? { note: str(fields.note)! } : {}),
  }
  if (kind === 'decision') {
    const decision = str(fields.decision) as Decision | undefined
    const spendKey = str(fields.spend_key)
    if (!decision || !DECISIONS.includes(decision) || !spendKey)
      throw fail('decision and spend_key are required')
    return { ...base, kind: 'decision', decision, spendKey }
  }
  if (kind !== 'spend') throw fail(`unknown entry kind "${kind}"`)
  const amountMinor = Number(fields.amount_minor)
  const currency = str(fields.currency)
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0 || !currency || !CURRENCY_CODE.test(currency)) {
    throw fail('amount_minor (a whole number ≥ 0) and currency are required')
  }
  const rawNegativeAt = str(fields.negative_at)
  const negativeAt = rawNegativeAt
    ? toIsoUtc(rawNegativeAt, `ledger record ${record.id} negative_at`)
    : undefined
  const gesture = str(fields.gesture)
  if (gesture !== undefined && !(GESTURE_TYPES as readonly string[]).includes(gesture)) {
    throw fail(`unknown gesture "${gesture}"`)
  }
  return {
    ...base,
    kind: 'spend',
    amount: money(amountMinor, currency),
    gesture: (gesture as GestureType | undefined) ?? null,
    needsApproval: fields.needs_approval === true || fields.needs_approval === 'true',
    ...(negativeAt ? { negativeAt } : {}),
  }
}
