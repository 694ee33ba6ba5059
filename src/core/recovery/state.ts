/**
 * What the sidebar shows on a later visit: the recovery recorded on the ticket and its history from the ledger,
 * or an interrupted start (a spend in the ledger the ticket never received), or nothing yet.
 */
import { creationOrder, isSpend } from '../budget/ledger'
import type { DecisionRecord, LedgerRecord, SpendRecord } from '../budget/types'
import { decisionKeyFor, releaseKeyFor } from '../budget/types'
import { OPEN_RECOVERY_STATUSES, type RecoveryFields, type RecoveryState } from './types'

/** The ledger's story of one spend: who started it, when, and who decided on it. */
export interface SpendHistory {
  spend: SpendRecord
  decision: DecisionRecord | null
}

/** The first record with this key: a decision's key makes it unique, a retry rewrites the same record. */
function recordKeyed(records: readonly LedgerRecord[], key: string): DecisionRecord | null {
  const decisions = records
    .filter((record): record is DecisionRecord => record.kind === 'decision' && record.operationKey === key)
    .sort(creationOrder)
  return decisions[0] ?? null
}

const decisionFor = (records: readonly LedgerRecord[], spendKey: string) =>
  recordKeyed(records, decisionKeyFor(spendKey))

/** Spends on this ticket that no decision closed, newest first. */
function openSpendsOn(records: readonly LedgerRecord[], ticketId: string): SpendRecord[] {
  return records
    .filter(isSpend)
    .filter((spend) => spend.ticketId === ticketId && decisionFor(records, spend.operationKey) === null)
    .sort((a, b) => creationOrder(b, a))
}

export interface StateResult {
  state: RecoveryState
  /**
   * Spends on this ticket the ticket does not reference while another recovery is recorded on it: left over
   * from a start that lost a race and could not withdraw. Their owner may withdraw them.
   */
  strays: SpendRecord[]
}

export function recoveryStateOf(
  fields: RecoveryFields,
  monthRecords: readonly LedgerRecord[],
  ticketId: string,
): StateResult {
  const open = openSpendsOn(monthRecords, ticketId)
  const key = fields.operationKey
  const others = open.filter((spend) => spend.operationKey !== key)
  if (key && fields.status) {
    const spend = monthRecords.filter(isSpend).find((candidate) => candidate.operationKey === key) ?? null
    const recorded: RecoveryState = {
      kind: 'recorded',
      status: fields.status,
      fields,
      spend,
      decision: decisionFor(monthRecords, key),
      release: recordKeyed(monthRecords, releaseKeyFor(key)),
    }
    // A newer spend after a finished recovery is a new start that was interrupted.
    const finished = !OPEN_RECOVERY_STATUSES.includes(fields.status)
    const newer = others.find((candidate) => !spend || creationOrder(candidate, spend) > 0)
    if (finished && newer) return { state: { kind: 'interrupted', spend: newer }, strays: [] }
    return { state: recorded, strays: others }
  }
  const latest = open[0]
  return latest
    ? { state: { kind: 'interrupted', spend: latest }, strays: open.slice(1) }
    : { state: { kind: 'none' }, strays: [] }
}
