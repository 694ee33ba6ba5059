import { ZendeskApiError, forbidden, recordNotFound } from '../errors'
import { localeIdFor } from '../locales'
import { cursorPage, offsetPage, usesCursorPagination } from '../pagination'
import { API_BASE } from '../records'
import { idParam, type Route, type RouteContext } from '../route-context'
import type { FakeZendeskStore } from '../store'
import { toZendeskTime } from '../time'
import { defineActingRule, defineView } from './define-rule'
import { isRecord, RuleDefinitionError } from './parse-definition'
import { automationJson, triggerJson, viewJson } from './rule-json'
import type { StoredRule } from './types'
import type { RuleEnv } from './validate-actions'
import { canRead, runView } from './view-execution'

/**
 * The business-rules REST endpoints: triggers and automations (list, show, update), views (list, active,
 * show_many, show, tickets, count, update). Reading is for agents ("Allowed For: Agents"); changing a rule
 * is for admins, as on plans where agents do not manage business rules. An update is checked exactly like
 * an install: a rule the harness could not run is refused with 422, never stored half-understood.
 */

type ActingType = 'trigger' | 'automation'
const PATHS: Record<ActingType, string> = { trigger: 'triggers', automation: 'automations' }

function staffOnly(context: RouteContext): void {
  if (!context.store.isStaff(context.userId)) throw forbidden()
}

function adminOnly(context: RouteContext): void {
  if (context.store.getUser(context.userId).role !== 'admin') throw forbidden()
}

/** Zendesk's validation error for business rules: `details.base`, one entry naming the problem. */
function ruleInvalid(message: string): ZendeskApiError {
  return new ZendeskApiError(422, {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { base: [{ description: message, error: 'InvalidValue' }] },
  })
}

function readerLocale(context: RouteContext): number {
  return localeIdFor(context.store.getUser(context.userId).locale)
}

function title(context: RouteContext, rawTitle: string): string {
  return context.store.rules.renderTitle(rawTitle, readerLocale(context))
}

function envOf(store: FakeZendeskStore): RuleEnv {
  return {
    fields: store.ticketFields(),
    isStaff: (userId) => store.isStaff(userId),
    groupExists: (groupId) => store.groups.has(groupId),
  }
}

/** The body's `{trigger: {...}}` (or automation, view). */
function payload(context: RouteContext, key: string): unknown {
  const body = isRecord(context.body) ? context.body[key] : undefined
  if (!isRecord(body)) throw ruleInvalid(`${key}: the request body must be {"${key}": {...}}`)
  return body
}

function define<T>(build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof RuleDefinitionError) throw ruleInvalid(error.message)
    throw error
  }
}

function paged<T>(name: string, items: T[], context: RouteContext): Record<string, unknown> {
  const { items: page, ...paging } = usesCursorPagination(context.query)
    ? cursorPage(items, context.path, context.query)
    : offsetPage(items, context.path, context.query)
  return { [name]: page, ...paging }
}

function actingRoutes(type: ActingType): Route[] {
  const path = PATHS[type]
  const json = (context: RouteContext, rule: StoredRule) =>
    (type === 'trigger' ? triggerJson : automationJson)(rule, title(context, rule.rawTitle))
  const found = (context: RouteContext): StoredRule => {
    const rule = context.store.rules.book.findRule(type, idParam(context))
    if (!rule) throw recordNotFound()
    return rule
  }
  return [
    {
      method: 'GET',
      pattern: new RegExp(`^/api/v2/${path}$`),
      handle(context) {
        staffOnly(context)
        const rules = context.store.rules.book.rules(type)
        return {
          body: paged(
            path,
            rules.map((rule) => json(context, rule)),
            context,
          ),
        }
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/v2/${path}/(\\d+)$`),
      handle(context) {
        staffOnly(context)
        return { body: { [type]: json(context, found(context)) } }
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/v2/${path}/(\\d+)$`),
      handle(context) {
        adminOnly(context)
        const { store } = context
        const rule = found(context)
        const definition = define(() => defineActingRule(type, payload(context, type), envOf(store), rule))
        const at = toZendeskTime(store.clock())
        return {
          body: { [type]: json(context, store.rules.book.replaceRule(type, rule.id, definition, at)) },
        }
      },
    },
  ]
}

function readableView(context: RouteContext) {
  staffOnly(context)
  const view = context.store.rules.book.findView(idParam(context))
  // ASSUMPTION: a view the agent may not read answers as if it did not exist.
  if (!view || !canRead(view, context.store.getUser(context.userId), context.store)) throw recordNotFound()
  return view
}

function listViews(context: RouteContext, onlyActive: boolean) {
  staffOnly(context)
  const user = context.store.getUser(context.userId)
  const active = onlyActive ? 'true' : context.query.get('active')
  const views = context.store.rules.book
    .listViews()
    .filter((view) => canRead(view, user, context.store))
    .filter((view) => active === null || String(view.active) === active)
    .map((view) => viewJson(view, title(context, view.rawTitle), context.store.ticketFields()))
  return { body: paged('views', views, context) }
}

/** `GET /views/show_many?ids=1,2`: the views of those ids the agent may read (unknown ids are left out). */
function showMany(context: RouteContext) {
  staffOnly(context)
  const user = context.store.getUser(context.userId)
  const ids = (context.query.get('ids') ?? '').split(',').map(Number)
  const views = ids.flatMap((id) => {
    const view = context.store.rules.book.findView(id)
    if (!view || !canRead(view, user, context.store)) return []
    return [viewJson(view, title(context, view.rawTitle), context.store.ticketFields())]
  })
  return { body: { views } }
}

const viewRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/views$/, handle: (context) => listViews(context, false) },
  { method: 'GET', pattern: /^\/api\/v2\/views\/active$/, handle: (context) => listViews(context, true) },
  { method: 'GET', pattern: /^\/api\/v2\/views\/show_many$/, handle: showMany },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/views\/(\d+)$/,
    handle(context) {
      const view = readableView(context)
      return { body: { view: viewJson(view, title(context, view.rawTitle), context.store.ticketFields()) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/views\/(\d+)\/tickets$/,
    handle(context) {
      const tickets = runView(readableView(context), context.store, context.userId)
      return { body: paged('tickets', tickets, context) }
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/views\/(\d+)\/count$/,
    handle(context) {
      const view = readableView(context)
      const value = runView(view, context.store, context.userId).length
      return {
        body: {
          view_count: {
            view_id: view.id,
            url: `${API_BASE}/views/${view.id}/count.json`,
            value,
            pretty: String(value),
            fresh: true,
          },
        },
      }
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/v2\/views\/(\d+)$/,
    handle(context) {
      adminOnly(context)
      const { store } = context
      const view = readableView(context)
      const definition = define(() => defineView(payload(context, 'view'), envOf(store), view))
      const updated = store.rules.book.replaceView(view.id, definition, toZendeskTime(store.clock()))
      return { body: { view: viewJson(updated, title(context, updated.rawTitle), store.ticketFields()) } }
    },
  },
]

export const ruleRoutes: Route[] = [...actingRoutes('trigger'), ...actingRoutes('automation'), ...viewRoutes]
