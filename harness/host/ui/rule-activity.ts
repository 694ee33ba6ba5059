import type {
  Loaded,
  NotificationsAnswer,
  RuleFieldChange,
  RuleFiring,
  SentNotification,
} from '../rules-types'
import { el, relativeTime } from './dom'

/**
 * The account's business rules in "What the app changed": the emails its triggers and automations sent
 * about the ticket (to whom, subject, body with the placeholders filled in, which rule), and what each
 * rule firing did to the ticket (tags, fields, status).
 */

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function fieldLine(change: RuleFieldChange): string {
  const name = change.title ?? String(change.id ?? '?')
  if ('from' in change || 'to' in change) return `${name}: ${shown(change.from)} → ${shown(change.to)}`
  return `${name}: ${shown(change.value)}`
}

function fieldLines(fields: RuleFiring['fields']): string[] {
  if (!fields) return []
  if (Array.isArray(fields)) return fields.map(fieldLine)
  return Object.entries(fields).map(([key, value]) => `${key}: ${shown(value)}`)
}

function statusLine(status: RuleFiring['status']): string | null {
  if (!status) return null
  if (typeof status === 'string') return `status → ${status}`
  return `status: ${shown(status.from)} → ${shown(status.to)}`
}

function ruleKindLabel(type: 'trigger' | 'automation'): string {
  return type === 'trigger' ? 'Trigger' : 'Automation'
}

/** What a rule firing did, one line each. */
function ruleFiringLines(firing: RuleFiring): HTMLElement[] {
  const lines: HTMLElement[] = []
  if (firing.tagsAdded.length) {
    lines.push(el('li', { className: 'added', text: `+ tags: ${firing.tagsAdded.join(', ')}` }))
  }
  if (firing.tagsRemoved.length) {
    lines.push(el('li', { className: 'removed', text: `− tags: ${firing.tagsRemoved.join(', ')}` }))
  }
  for (const line of fieldLines(firing.fields)) lines.push(el('li', { text: line }))
  const status = statusLine(firing.status)
  if (status) lines.push(el('li', { text: status }))
  if (!lines.length) lines.push(el('li', { className: 'muted', text: 'no change to the ticket' }))
  return lines
}

/** A trigger or automation firing as an entry of the ticket's activity list. */
export function ruleFiringItem(firing: RuleFiring): HTMLElement {
  return el(
    'li',
    {
      className: `change change-rule change-${firing.type}`,
      attrs: {
        'data-testid': 'rule-firing',
        'data-rule-type': firing.type,
        'data-rule-id': String(firing.id),
      },
    },
    [
      el('div', { className: 'change-head' }, [
        el('span', { text: `${relativeTime(firing.at)} · ` }),
        el('span', { className: `badge badge-${firing.type}`, text: ruleKindLabel(firing.type) }),
        el('strong', { className: 'rule-title', text: ` ${firing.title}` }),
      ]),
      el('ul', {}, ruleFiringLines(firing)),
    ],
  )
}

/** Identifies a notification across re-renders, to keep the bodies the reviewer opened open. */
function notificationKey(notification: SentNotification): string {
  return `${notification.at}|${notification.rule.type}|${String(notification.rule.id)}|${notification.subject}`
}

function notificationItem(notification: SentNotification, expanded: Set<string>): HTMLElement {
  const key = notificationKey(notification)
  const body = el('details', { className: 'notification-body' }, [
    el('summary', { text: 'Body' }),
    el('pre', { text: notification.body }),
  ])
  body.open = expanded.has(key)
  body.addEventListener('toggle', () => {
    if (body.open) expanded.add(key)
    else expanded.delete(key)
  })
  const recipients = notification.to.length
    ? notification.to.map((person) => `${person.name} <${person.email}>`).join(', ')
    : 'nobody (the rule found no one to send it to)'
  return el(
    'li',
    {
      className: 'notification',
      attrs: {
        'data-testid': 'notification',
        'data-rule-type': notification.rule.type,
        'data-rule-id': String(notification.rule.id),
      },
    },
    [
      el('div', { className: 'change-head' }, [
        el('span', { text: `${relativeTime(notification.at)} · ` }),
        el('span', {
          className: `badge badge-${notification.rule.type}`,
          text: ruleKindLabel(notification.rule.type),
        }),
        el('span', { className: 'rule-title', text: ` ${notification.rule.title}` }),
      ]),
      el('div', { className: 'notification-to', text: `To: ${recipients}` }),
      el('div', { className: 'notification-subject' }, [
        el('span', { text: 'Subject: ' }),
        el('strong', { text: notification.subject }),
      ]),
      body,
    ],
  )
}

/** "Notifications sent": newest first; each body collapsed until opened. */
export function renderNotifications(
  loaded: Loaded<NotificationsAnswer>,
  expanded: Set<string>,
): HTMLElement[] {
  if (loaded.state !== 'loaded') {
    const text = loaded.state === 'loading' ? 'Loading notifications…' : loaded.message
    return [
      el('h3', { text: 'Notifications sent' }),
      el('p', {
        className: loaded.state === 'failed' ? 'error' : 'muted',
        attrs: { 'data-testid': 'notifications-status', 'data-state': loaded.state },
        text,
      }),
    ]
  }
  const sent = [...loaded.value.notifications].sort((a, b) => b.at.localeCompare(a.at))
  return [
    el('h3', { text: `Notifications sent (${sent.length})` }),
    sent.length
      ? el(
          'ol',
          { className: 'notification-list', attrs: { 'data-testid': 'notifications' } },
          sent.map((notification) => notificationItem(notification, expanded)),
        )
      : el('p', {
          className: 'muted',
          attrs: { 'data-testid': 'notifications' },
          text: 'No notifications sent for this ticket.',
        }),
  ]
}
