import { API_BASE } from '../records'
import type { ZendeskTicketField } from '../types'
import type { RuleConditions, StoredRule, StoredView } from './types'
import { viewColumn, type ViewColumn } from './view-columns'

/**
 * Triggers, automations and views in the JSON the REST API answers with (the Ticketing API's
 * TriggerObject, AutomationObject and ViewObject): `title` rendered for the reader (dynamic content),
 * `raw_title` as stored, conditions as `{all, any}`, a view's output as its read-only `execution`.
 */

function conditionsJson(conditions: RuleConditions): { all: unknown[]; any: unknown[] } {
  // update_type is written without an operator; Zendesk reads it back with "is".
  const json = (list: RuleConditions['all']) =>
    list.map((condition) => ({ ...condition, operator: condition.operator || 'is' }))
  return { all: json(conditions.all), any: json(conditions.any) }
}

function commonJson(rule: StoredRule | StoredView, path: string, title: string): Record<string, unknown> {
  return {
    url: `${API_BASE}/${path}/${rule.id}.json`,
    id: rule.id,
    title,
    raw_title: rule.rawTitle,
    position: rule.position,
    active: rule.active,
    conditions: conditionsJson(rule.conditions),
    default: false,
    created_at: rule.createdAt,
    updated_at: rule.updatedAt,
  }
}

export function triggerJson(rule: StoredRule, title: string): Record<string, unknown> {
  return {
    ...commonJson(rule, 'triggers', title),
    description: rule.description,
    actions: structuredClone(rule.actions),
    restriction: null,
  }
}

export function automationJson(rule: StoredRule, title: string): Record<string, unknown> {
  return { ...commonJson(rule, 'automations', title), actions: structuredClone(rule.actions) }
}

/** `execution.columns` entries: `{id, title}`, and for a custom field also its type and url. */
function columnJson(column: ViewColumn): Record<string, unknown> {
  if (!column.field) return { id: column.id, title: column.title }
  return {
    id: column.field.id,
    title: column.title,
    type: column.field.type,
    url: column.field.url,
  }
}

function orderJson(id: string | null, order: string, fields: readonly ZendeskTicketField[]): unknown {
  if (id === null) return null
  const column = viewColumn(id, fields)
  return { id: column?.field ? column.field.id : id, title: column?.title ?? id, order }
}

export function viewJson(
  view: StoredView,
  title: string,
  fields: readonly ZendeskTicketField[],
): Record<string, unknown> {
  const { output } = view
  const columns = output.columns.flatMap((id) => {
    const column = viewColumn(id, fields)
    return column ? [column] : []
  })
  return {
    ...commonJson(view, 'views', title),
    description: view.description,
    restriction: view.restriction,
    watchable: true,
    execution: {
      group_by: output.group_by,
      group_order: output.group_order,
      sort_by: output.sort_by,
      sort_order: output.sort_order,
      group: orderJson(output.group_by, output.group_order, fields),
      sort: orderJson(output.sort_by, output.sort_order, fields),
      columns: columns.map(columnJson),
      fields: columns.filter((column) => !column.field).map(columnJson),
      custom_fields: columns.filter((column) => column.field).map(columnJson),
    },
  }
}
