import type { Loaded, NotificationsAnswer, RuleFiring } from '../rules-types'
import type { ChangesResponse, RecordWrite, TicketChange } from './changes-types'
import { clear, el, relativeTime } from './dom'
import { recordWriteLines, renderLedger, type NameOf } from './ledger-view'
import { renderNotifications, ruleFiringItem } from './rule-activity'

export type { ChangesResponse } from './changes-types'

export interface ChangesPanelContext {
  /** The installed follow-up date field (requirement `turnaround_follow_up`), when installed. */
  followUpField: { id: number; title: string } | null
  nameOf: NameOf
  /** The emails the account's rules sent about the ticket. */
  notifications: Loaded<NotificationsAnswer>
  /** Notification bodies the reviewer opened (kept open across re-renders). */
  expandedBodies: Set<string>
}

function ticketChangeLines(change: TicketChange): HTMLElement[] {
  const lines: HTMLElement[] = []
  if (change.tagsAdded.length)
    lines.push(el('li', { className: 'added', text: `+ tags: ${change.tagsAdded.join(', ')}` }))
  if (change.tagsRemoved.length) {
    lines.push(el('li', { className: 'removed', text: `− tags: ${change.tagsRemoved.join(', ')}` }))
  }
  for (const field of change.customFields) {
    lines.push(
      el('li', { text: `${field.title}: ${String(field.from ?? '-')} → ${String(field.to ?? '-')}` }),
    )
  }
  for (const comment of change.comments) {
    lines.push(
      el('li', { className: comment.public ? 'public-reply' : 'internal-note' }, [
        el('strong', { text: comment.public ? 'Public reply: ' : 'Internal note: ' }),
        el('span', { text: comment.body }),
      ]),
    )
  }
  if (change.status) lines.push(el('li', { text: `status: ${change.status.from} → ${change.status.to}` }))
  if (change.priority)
    lines.push(el('li', { text: `priority: ${change.priority.from ?? '-'} → ${change.priority.to ?? '-'}` }))
  if (change.satisfaction) {
    const { from, to, comment } = change.satisfaction
    lines.push(el('li', { text: `satisfaction: ${from} → ${to}${comment ? ` “${comment}”` : ''}` }))
  }
  return lines
}

type Activity =
  | { at: string; kind: 'ticket'; change: TicketChange }
  | { at: string; kind: 'record'; write: RecordWrite }
  | { at: string; kind: 'rule'; firing: RuleFiring }

/** Ticket writes, ledger writes and rule firings in one list, newest first. */
function activity(data: ChangesResponse, nameOf: NameOf): HTMLElement {
  const firings = data.ruleFirings ?? []
  // A rule's own write is shown once, as its firing.
  const writes = firings.length ? data.changes.filter((change) => !change.rule) : data.changes
  const items: Activity[] = [
    ...writes.map((change) => ({ at: change.at, kind: 'ticket' as const, change })),
    ...(data.recordChanges ?? []).map((write) => ({ at: write.at, kind: 'record' as const, write })),
    ...firings.map((firing) => ({ at: firing.at, kind: 'rule' as const, firing })),
  ].sort((a, b) => b.at.localeCompare(a.at))
  const list = el('ol', { className: 'change-list' })
  for (const item of items) {
    if (item.kind === 'rule') {
      list.append(ruleFiringItem(item.firing))
      continue
    }
    const who =
      item.kind === 'ticket' ? item.change.authorName : (item.write.authorName ?? nameOf(item.write.authorId))
    const endpoint = item.kind === 'ticket' ? item.change.endpoint : item.write.endpoint
    list.append(
      el('li', { className: `change change-${item.kind}` }, [
        el('div', { className: 'change-head', text: `${relativeTime(item.at)} · ${who} · ${endpoint}` }),
        el('ul', {}, item.kind === 'ticket' ? ticketChangeLines(item.change) : recordWriteLines(item.write)),
      ]),
    )
  }
  return list
}

function followUp(data: ChangesResponse, field: { id: number; title: string } | null): HTMLElement[] {
  if (!field) return []
  const saved = data.current?.customFields.find((entry) => entry.id === field.id)?.value
  const due = typeof saved === 'string' && saved ? saved : null
  const history = data.scheduledFollowUps.map((entry) =>
    el('li', {
      text: entry.due
        ? `set to ${entry.due} (${relativeTime(entry.scheduledAt)})`
        : `cleared (${relativeTime(entry.scheduledAt)})`,
    }),
  )
  const current = el('p', { className: 'follow-up', attrs: { 'data-testid': 'follow-up' } }, [
    el('strong', { text: `${field.title}: ` }),
    el('span', { text: due ?? 'not scheduled' }),
  ])
  return history.length ? [current, el('ul', { className: 'follow-ups' }, history)] : [current]
}

/**
 * "What the app changed": the follow-up, the ledger records, the notifications the account's rules sent, and
 * every write to this ticket (by anyone, the rules included).
 */
export function renderChangesPanel(
  container: HTMLElement,
  data: ChangesResponse,
  context: ChangesPanelContext,
): void {
  clear(container)
  container.append(el('h2', { text: 'What the app changed' }))
  container.append(...followUp(data, context.followUpField))
  container.append(...renderLedger(data.ledger ?? [], context.nameOf))
  container.append(...renderNotifications(context.notifications, context.expandedBodies))
  const hasActivity =
    data.changes.length > 0 || (data.recordChanges ?? []).length > 0 || (data.ruleFirings ?? []).length > 0
  container.append(
    el('h3', { text: 'Activity' }),
    hasActivity
      ? activity(data, context.nameOf)
      : el('p', { className: 'muted', text: 'No writes to this ticket yet.' }),
  )
  if (data.current) {
    container.append(
      el('h3', { text: 'Saved ticket now' }),
      el(
        'div',
        { className: 'tags' },
        data.current.tags.map((tag) => el('code', { text: tag })),
      ),
      el(
        'ul',
        { className: 'fields' },
        data.current.customFields.map((field) =>
          el('li', { text: `${field.title}: ${field.value === null ? '-' : String(field.value)}` }),
        ),
      ),
    )
  }
}
