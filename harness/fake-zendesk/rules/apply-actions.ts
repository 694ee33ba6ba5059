import type { FieldChange } from '../change-log'
import { setFieldValue, syncFieldsToTags, uniqueTags } from '../ticket-field-changes'
import type { TicketStatus, ZendeskTicket, ZendeskTicketField } from '../types'
import { tagsOf } from './conditions'
import { customFieldId, isCustomFieldKey } from './ticket-properties'
import type { RuleAction } from './types'

/**
 * Carries out a rule's actions on a ticket draft, in order, through the same tag and field functions the
 * REST writes use (ticket-field-changes.ts), so a drop-down follows the tags a rule adds or removes and a
 * field a rule sets moves its tags, exactly as when the app or an agent writes. Notifications are not sent
 * here: they go out once the whole update (and its trigger cycle) is done, with the final ticket.
 */

export interface NotificationAction {
  field: 'notification_user' | 'notification_group'
  recipient: string
  subject: string
  body: string
}

export interface AppliedActions {
  fieldChanges: FieldChange[]
  notifications: NotificationAction[]
}

/** One entry per field: where it started and where it ended (dropped when it ended where it started). */
function mergeFieldChanges(changes: readonly FieldChange[]): FieldChange[] {
  const merged = new Map<number, FieldChange>()
  for (const change of changes) {
    const first = merged.get(change.id)
    merged.set(change.id, first ? { ...first, to: change.to } : { ...change })
  }
  return [...merged.values()].filter((change) => change.from !== change.to)
}

function changeTags(
  draft: ZendeskTicket,
  fields: readonly ZendeskTicketField[],
  next: (tags: string[]) => string[],
): FieldChange[] {
  const before = [...draft.tags]
  draft.tags = uniqueTags(next(draft.tags))
  return syncFieldsToTags(draft, fields, before)
}

export function applyActions(
  draft: ZendeskTicket,
  actions: readonly RuleAction[],
  fields: readonly ZendeskTicketField[],
): AppliedActions {
  const fieldChanges: FieldChange[] = []
  const notifications: NotificationAction[] = []
  for (const action of actions) {
    const value = action.value
    if (Array.isArray(value)) {
      const [recipient = '', subject = '', body = ''] = value
      if (action.field === 'notification_user' || action.field === 'notification_group') {
        notifications.push({ field: action.field, recipient, subject, body })
        continue
      }
      throw new Error(`action ${action.field} does not take a list`)
    }
    switch (action.field) {
      case 'current_tags':
        fieldChanges.push(...changeTags(draft, fields, (tags) => [...tags, ...tagsOf(value)]))
        break
      case 'remove_tags': {
        const removed = tagsOf(value)
        fieldChanges.push(
          ...changeTags(draft, fields, (tags) => tags.filter((tag) => !removed.includes(tag))),
        )
        break
      }
      case 'set_tags':
        fieldChanges.push(...changeTags(draft, fields, () => tagsOf(value)))
        break
      case 'status':
        draft.status = value as TicketStatus
        break
      default: {
        const id = isCustomFieldKey(action.field) ? customFieldId(action.field) : undefined
        if (id === undefined) throw new Error(`action ${action.field} was not validated at install`)
        const change = setFieldValue(draft, fields, id, value)
        if (change) fieldChanges.push(change)
      }
    }
  }
  return { fieldChanges: mergeFieldChanges(fieldChanges), notifications }
}
