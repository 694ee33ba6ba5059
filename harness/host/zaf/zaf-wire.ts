/**
 * The shapes on the ZAF postMessage wire (zendesk_app_framework_sdk lib/client.js): what a frame's SDK
 * posts to the host, and the error objects the host answers with.
 */

export type ZafError = { message: string; name: string }

/** One message from an app frame, after JSON.parse (the SDK stringifies all but hook replies). */
export interface IncomingMessage {
  raw: Record<string, unknown>
  key?: string
  /** get/set/invoke call id and kind. */
  id?: number
  request?: string
  params?: unknown
  message?: unknown
  /** The client the frame used: its own guid, or another instance's (`client.instance(guid)`). */
  instanceGuid?: string
}

export function clientError(message: string, name = 'ClientError'): ZafError {
  return { message, name }
}

/** Per-path "not found", in the wording Zendesk uses for unknown get/set paths. */
export function notFound(path: string): ZafError {
  return clientError(`Could not find handler for: "${path}"`, 'APIUnavailable')
}

export function parseIncoming(data: unknown): IncomingMessage | null {
  let value = data
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (typeof value !== 'object' || value === null) return null
  const raw = value as Record<string, unknown>
  return {
    raw,
    key: typeof raw.key === 'string' ? raw.key : undefined,
    id: typeof raw.id === 'number' ? raw.id : undefined,
    request: typeof raw.request === 'string' ? raw.request : undefined,
    params: raw.params,
    message: raw.message,
    instanceGuid: typeof raw.instanceGuid === 'string' && raw.instanceGuid ? raw.instanceGuid : undefined,
  }
}

export function summarise(message: IncomingMessage): string {
  const text = JSON.stringify(message.params ?? message.message ?? '')
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

/** `invoke` params: `{ name: args[] }` (the SDK sends `invoke(name, ...args)` this way). */
export function invokeCalls(params: unknown): Array<[string, unknown[]]> {
  if (typeof params !== 'object' || params === null) return []
  return Object.entries(params as Record<string, unknown>).map(([name, args]) => [
    name,
    Array.isArray(args) ? args : [],
  ])
}
