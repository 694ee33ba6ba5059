import type { LedgerEntry, RecordValue, RecordWrite } from './changes-types'
import { el, relativeTime } from './dom'

/**
 * The app's custom object records for the ticket (the Turnaround ledger): one line per record with its
 * fields, who wrote it and when, deleted ones struck through; and record writes as activity entries.
 */

/** Lookup fields naming this ticket repeat what the panel is about; left out of the summaries. */
const HIDDEN_FIELDS = new Set(['ticket'])

export type NameOf = (userId: number | string) => string

function fieldSummary(fields: Record<string, RecordValue>): string {
  return Object.entries(fields)
    .filter(([key]) => !HIDDEN_FIELDS.has(key))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(' · ')
}

function entryLine(entry: LedgerEntry, nameOf: NameOf): HTMLElement {
  const state = entry.deleted ? 'deleted' : entry.created_at === entry.updated_at ? 'created' : 'updated'
  const who = entry.deleted && entry.deletedBy !== undefined ? entry.deletedBy : entry.updated_by_user_id
  const when = entry.deleted && entry.deletedAt ? entry.deletedAt : entry.updated_at
  return el('li', { className: `ledger-entry ledger-${state}`, attrs: { 'data-record-id': entry.id } }, [
    el('div', { className: 'ledger-head' }, [
      el('span', { className: `badge badge-${state}`, text: state }),
      el('strong', { text: ` ${entry.name}` }),
      el('span', { className: 'muted', text: ` · ${nameOf(who)} · ${relativeTime(when)}` }),
    ]),
    el('div', { className: 'ledger-fields', text: fieldSummary(entry.custom_object_fields) }),
  ])
}

export function renderLedger(entries: LedgerEntry[], nameOf: NameOf): HTMLElement[] {
  if (!entries.length) return []
  const live = entries.filter((entry) => !entry.deleted).length
  return [
    el('h3', {
      text: `Ledger records (${live} live${live === entries.length ? '' : `, ${entries.length - live} deleted`})`,
    }),
    el(
      'ul',
      { className: 'ledger', attrs: { 'data-testid': 'ledger' } },
      entries.map((entry) => entryLine(entry, nameOf)),
    ),
  ]
}

function formatValue(value: RecordValue | null): string {
  return value === null ? '-' : String(value)
}

/** A record write as an activity entry's lines. */
export function recordWriteLines(write: RecordWrite): HTMLElement[] {
  const head = el('li', { className: `record-${write.action}` }, [
    el('strong', { text: `${write.objectKey} record ${write.action}: ` }),
    el('span', { text: write.name }),
  ])
  const changed =
    write.action === 'deleted'
      ? []
      : write.changed.map((change) =>
          el('li', {
            text:
              write.action === 'created'
                ? `${change.key}: ${formatValue(change.to)}`
                : `${change.key}: ${formatValue(change.from)} → ${formatValue(change.to)}`,
          }),
        )
  return [head, ...changed]
}
