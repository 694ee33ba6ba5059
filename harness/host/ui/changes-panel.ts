import type { ChangeRecord, ScheduledFollowUp } from '../../fake-zendesk/change-log'
import { clear, el, relativeTime } from './dom'

export interface ChangesResponse {
  ticketId: number | null
  changes: Array<ChangeRecord & { authorName: string }>
  scheduledFollowUps: ScheduledFollowUp[]
  current: {
    tags: string[]
    status: string
    customFields: Array<{ id: number; title: string; value: unknown }>
  } | null
}

function changeLines(change: ChangeRecord): HTMLElement[] {
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
  return lines
}

/** "What the app changed": the store's change log for this ticket (every REST write, by anyone). */
export function renderChangesPanel(container: HTMLElement, data: ChangesResponse): void {
  clear(container)
  container.append(el('h2', { text: 'What the app changed' }))
  if (data.scheduledFollowUps.length) {
    container.append(
      el('h3', { text: 'Scheduled follow-ups' }),
      el(
        'ul',
        { className: 'follow-ups' },
        data.scheduledFollowUps.map((followUp) =>
          el('li', {
            text: followUp.due
              ? `due ${followUp.due} (set ${relativeTime(followUp.scheduledAt)})`
              : 'cleared',
          }),
        ),
      ),
    )
  }
  if (!data.changes.length) {
    container.append(el('p', { className: 'muted', text: 'No writes to this ticket yet.' }))
  }
  const list = el('ol', { className: 'change-list' })
  for (const change of [...data.changes].reverse()) {
    list.append(
      el('li', { className: 'change' }, [
        el('div', {
          className: 'change-head',
          text: `${relativeTime(change.at)} · ${change.authorName} · ${change.endpoint}`,
        }),
        el('ul', {}, changeLines(change)),
      ]),
    )
  }
  container.append(list)
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
