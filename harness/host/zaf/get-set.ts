import type { TicketDraft, WorkspaceData } from '../workspace-data'
import type { AppInstance } from './app-instance'
import { clientError, notFound, type ZafError } from './zaf-wire'
import { buildZafTree, resolvePath, type ZafObjectOptions } from './zaf-objects'

/**
 * `get` and `set` against the open ticket: answers per path (`{ [path]: value, errors: { [path]: … } }`,
 * which the SDK turns into a rejection for a single failing path). `set` edits the unsaved ticket form.
 */

export interface TicketFormAccess {
  workspace(): WorkspaceData
  draft: TicketDraft
  objectOptions(): ZafObjectOptions
  /** The live app instances (for `instances` and `instances.<guid>`). */
  instances(): AppInstance[]
}

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved']
const PRIORITIES = ['low', 'normal', 'high', 'urgent', '-']
const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/

export function asTags(value: unknown): string[] | null {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || !list.every((tag) => typeof tag === 'string')) return null
  return list.map((tag) => tag.trim().toLowerCase()).filter(Boolean)
}

function instancesPath(path: string, instances: AppInstance[]): { value?: unknown; error?: ZafError } | null {
  if (path === 'instances') {
    return { value: Object.fromEntries(instances.map((instance) => [instance.guid, instance.context()])) }
  }
  const guid = /^instances\.(.+)$/.exec(path)?.[1]
  if (!guid) return null
  const instance = instances.find((candidate) => candidate.guid === guid)
  return instance
    ? { value: instance.context() }
    : { error: clientError(`Could not find instance "${guid}"`, 'APIUnavailable') }
}

export function answerGet(params: unknown, access: TicketFormAccess): Record<string, unknown> {
  const paths = Array.isArray(params) ? params.filter((path): path is string => typeof path === 'string') : []
  const data = access.workspace()
  const tree = buildZafTree(data, access.draft, access.objectOptions())
  const result: Record<string, unknown> = {}
  const errors: Record<string, ZafError> = {}
  for (const path of paths) {
    const instance = instancesPath(path, access.instances())
    if (instance) {
      if (instance.error) errors[path] = instance.error
      else result[path] = instance.value
      continue
    }
    const found = resolvePath(tree, data, access.draft, path)
    if (found.found) result[path] = found.value
    else errors[path] = notFound(path)
  }
  return { ...result, errors }
}

export interface SetOutcome {
  reply: Record<string, unknown>
  changed: boolean
  /** `ticket.<prop>.changed` events to emit for what was set. */
  events: Array<[string, unknown]>
}

/** Applies one `set` to the ticket form; returns a problem description, or null. */
function applySet(path: string, value: unknown, draft: TicketDraft): string | null {
  if (path === 'ticket.tags') {
    const tags = asTags(value)
    if (!tags) return 'ticket.tags expects an array of strings'
    draft.tags = [...new Set(tags)]
    return null
  }
  if (path === 'ticket.status') {
    if (typeof value !== 'string' || !STATUSES.includes(value))
      return `"${String(value)}" is not a valid status`
    draft.status = value
    return null
  }
  if (path === 'ticket.priority') {
    if (typeof value !== 'string' || !PRIORITIES.includes(value))
      return `"${String(value)}" is not a valid priority`
    draft.priority = value === '-' ? null : value
    return null
  }
  const customField = CUSTOM_FIELD.exec(path)
  if (customField) {
    const id = Number(customField[1])
    if (!draft.customFields.has(id)) return `Could not find handler for: "${path}"`
    draft.customFields.set(id, value)
    return null
  }
  if (path === 'comment.text') {
    if (typeof value !== 'string') return 'comment.text expects a string'
    draft.commentText = value
    return null
  }
  if (path === 'comment.type') {
    if (value !== 'publicReply' && value !== 'internalNote')
      return 'comment.type is publicReply or internalNote'
    draft.commentType = value
    return null
  }
  return `Could not find handler for: "${path}"`
}

/** `ticket.status` → `ticket.status.changed`; a custom field → `ticket.custom_field_<id>.changed` (as apps listen). */
function changeEventFor(path: string): string | null {
  const customField = CUSTOM_FIELD.exec(path)
  if (customField) return `ticket.custom_field_${customField[1]}.changed`
  return path.startsWith('ticket.') ? `${path}.changed` : null
}

export function answerSet(params: unknown, draft: TicketDraft): SetOutcome {
  const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}
  const result: Record<string, unknown> = {}
  const errors: Record<string, ZafError> = {}
  const events: Array<[string, unknown]> = []
  for (const [path, value] of Object.entries(values)) {
    const problem = applySet(path, value, draft)
    if (problem) {
      errors[path] = clientError(problem)
      continue
    }
    result[path] = value
    const event = changeEventFor(path)
    if (event) events.push([event, value])
  }
  return { reply: { ...result, errors }, changed: Object.keys(result).length > 0, events }
}
