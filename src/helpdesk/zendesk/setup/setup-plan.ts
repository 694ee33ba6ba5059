import { titleItemName, titlePlaceholder, VIEW_KEYS, type ViewKey } from './identifiers'
import type { RuleAction, ZendeskView } from './schemas'

/**
 * What is left to finish after installation, from what the account holds now. Pure: reading and writing are in
 * zendesk-setup.ts. Every task says how to reach the finished state, so running the plan twice changes nothing.
 */

export interface SetupFacts {
  views: Readonly<Record<ViewKey, ZendeskView>>
  flagTrigger: { id: string; actions: readonly RuleAction[] }
  /** Names of the account's dynamic content items. */
  contentItems: ReadonlySet<string>
  /** The team-lead group as the admin named it in the settings, resolved; null when not set or not found. */
  teamLeadGroup: { id: string; name: string } | null
  /** Ids of the recovery fields shown as view columns, in column order. */
  columnFieldIds: readonly string[]
}

export type SetupTask =
  | {
      kind: 'columns'
      view: ViewKey
      viewId: string
      /** The whole output: Zendesk may replace it on update, so the view's sorting and grouping travel along. */
      output: ViewOutput
    }
  | { kind: 'alert_group'; triggerId: string; actions: RuleAction[]; group: string }
  | { kind: 'title_item'; view: ViewKey; name: string }
  | { kind: 'view_title'; view: ViewKey; viewId: string; title: string }

export interface ViewOutput {
  columns: Array<string | number>
  sort_by?: string
  sort_order?: string
  group_by?: string
  group_order?: string
}

export interface SetupPlan {
  tasks: SetupTask[]
  /** The alert cannot be finished yet: no team-lead group in the settings, or none with that name or id. */
  alertBlocked: boolean
}

const columnId = (value: string | number) => String(value)

function columnsTask(key: ViewKey, view: ZendeskView, fieldIds: readonly string[]): SetupTask | null {
  const present = view.execution.columns.map((column) => columnId(column.id))
  const missing = fieldIds.filter((fieldId) => !present.includes(fieldId))
  if (!missing.length) return null
  // Recovery columns go before the assignee: requester, what happened and what was given, then who owns it.
  const assignee = present.indexOf('assignee')
  const at = assignee >= 0 ? assignee : present.length
  const current = view.execution.columns.map((column) => column.id)
  const added = missing.map((fieldId) => Number(fieldId))
  const { sort_by, sort_order, group_by, group_order } = view.execution
  return {
    kind: 'columns',
    view: key,
    viewId: columnId(view.id),
    output: {
      columns: [...current.slice(0, at), ...added, ...current.slice(at)],
      ...(sort_by ? { sort_by } : {}),
      ...(sort_order ? { sort_order } : {}),
      ...(group_by ? { group_by } : {}),
      ...(group_order ? { group_order } : {}),
    },
  }
}

function alertTask(facts: SetupFacts): SetupTask | null {
  const group = facts.teamLeadGroup
  if (!group) return null
  let changed = false
  const actions = facts.flagTrigger.actions.map((action) => {
    if (action.field !== 'notification_group' || !Array.isArray(action.value)) return action
    const [target, ...message] = action.value as unknown[]
    if (columnId(target as string | number) === group.id) return action
    changed = true
    return { ...action, value: [group.id, ...message] }
  })
  return changed ? { kind: 'alert_group', triggerId: facts.flagTrigger.id, actions, group: group.name } : null
}

export function planSetup(facts: SetupFacts): SetupPlan {
  const tasks: SetupTask[] = []
  for (const key of VIEW_KEYS) {
    const task = columnsTask(key, facts.views[key], facts.columnFieldIds)
    if (task) tasks.push(task)
  }
  const alert = alertTask(facts)
  if (alert) tasks.push(alert)
  for (const key of VIEW_KEYS) {
    if (!facts.contentItems.has(titleItemName(key))) {
      tasks.push({ kind: 'title_item', view: key, name: titleItemName(key) })
    }
    const view = facts.views[key]
    if ((view.raw_title ?? view.title) !== titlePlaceholder(key)) {
      tasks.push({ kind: 'view_title', view: key, viewId: columnId(view.id), title: titlePlaceholder(key) })
    }
  }
  return { tasks, alertBlocked: facts.teamLeadGroup === null }
}
