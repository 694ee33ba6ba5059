import type { FieldValue } from '../../../core/playbook/customer-value'
import type { Actor } from '../../../core/recovery/types'
import { HelpdeskError } from '../../errors'
import { parseBoundary } from '../../parse'
import type { CustomerTagsAndFields } from '../../recovery-ports'
import type { ZafClient } from '../zaf-types'
import * as z from 'zod/mini'

/**
 * What the recovery reads from and does in the agent's workspace through ZAF, without REST calls: the agent
 * (role and groups), the customer's tags and named fields, the reply editor and ticket events.
 */

const id = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value) => String(value)),
)
const currentUserSchema = z.looseObject({
  id,
  name: z.string(),
  role: z.optional(z.union([z.string(), z.number()])),
  groups: z.optional(z.array(z.looseObject({ id, name: z.string() }))),
})
const taggedSchema = z.nullish(z.looseObject({ tags: z.optional(z.array(z.string())) }))

async function getPaths(client: Pick<ZafClient, 'get'>, paths: string[], source: string) {
  try {
    return await client.get(paths)
  } catch (error) {
    throw new HelpdeskError('network', `Zendesk did not answer ${source}`, { source }, { cause: error })
  }
}

export async function readActor(client: Pick<ZafClient, 'get'>): Promise<Actor> {
  const source = 'ZAF client.get(currentUser)'
  const result = await getPaths(client, ['currentUser', 'currentUser.groups'], source)
  const user = parseBoundary(currentUserSchema, result.currentUser, source)
  const groups = Array.isArray(result['currentUser.groups'])
    ? parseBoundary(currentUserSchema.shape.groups, result['currentUser.groups'], source)
    : user.groups
  return { id: user.id, name: user.name, role: String(user.role ?? 'agent'), groups: groups ?? [] }
}

const fieldValue = (value: unknown): FieldValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
    ? value
    : undefined

export async function readCustomerFacts(
  client: Pick<ZafClient, 'get'>,
  fieldKeys: readonly string[],
): Promise<CustomerTagsAndFields> {
  const source = 'ZAF client.get(ticket.requester, ticket.organization)'
  const fieldPaths = fieldKeys.flatMap((key) => [
    `ticket.requester.customField:${key}`,
    `ticket.organization.customField:${key}`,
  ])
  // The array form never rejects for a missing path: an unknown field just has no value.
  const result = await getPaths(client, ['ticket.requester', 'ticket.organization', ...fieldPaths], source)
  const requester = parseBoundary(taggedSchema, result['ticket.requester'], source)
  const organization = parseBoundary(taggedSchema, result['ticket.organization'], source)
  const fields: Record<string, FieldValue> = {}
  for (const key of fieldKeys) {
    const own = fieldValue(result[`ticket.requester.customField:${key}`])
    fields[key] = own ?? fieldValue(result[`ticket.organization.customField:${key}`])
  }
  return { tags: [...(requester?.tags ?? []), ...(organization?.tags ?? [])], fields }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Plain text → the editor's HTML: paragraphs and line breaks kept, everything else escaped. */
export function textToEditorHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('')
}

export async function insertIntoReply(client: Pick<ZafClient, 'invoke'>, text: string): Promise<void> {
  const result = await client.invoke('ticket.editor.insert', textToEditorHtml(text))
  const failed = Object.values(result.errors ?? {})[0]
  if (failed) {
    throw new HelpdeskError('unexpected', `Zendesk could not insert into the reply: ${failed.message}`, {
      source: 'ZAF ticket.editor.insert',
    })
  }
}

/** `ticket.updated`: someone else changed the ticket; `ticket.submit.done`: the agent saved it. */
const CHANGE_EVENTS = ['ticket.updated', 'ticket.submit.done'] as const

export function onTicketChanged(client: Pick<ZafClient, 'on' | 'off'>, listener: () => void): () => void {
  const handler = () => listener()
  for (const event of CHANGE_EVENTS) client.on(event, handler)
  return () => {
    for (const event of CHANGE_EVENTS) client.off(event, handler)
  }
}
