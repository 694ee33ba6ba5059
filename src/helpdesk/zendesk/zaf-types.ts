/**
 * TypeScript types for the ZAF client, written from the SDK's source (zendesk/zendesk_app_framework_sdk,
 * lib/client.js) and the Apps API docs. The npm build (2.0.11) ships no types; these cover what we call.
 */

/** `get`/`set` resolve to the requested paths plus per-path errors (array form never rejects on them). */
export type ZafGetResult = { errors?: Record<string, { message: string; name?: string }> } & Record<
  string,
  unknown
>

export interface ZafRequestOptions {
  url: string
  type?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  contentType?: string
  data?: string | Record<string, unknown>
  dataType?: 'json' | 'text'
  headers?: Record<string, string>
  /** Resolve with `{ responseJSON, responseText, status, headers }` instead of the body alone. */
  httpCompleteResponse?: boolean
  /** ZAF retries Zendesk 429s by itself unless this is false; we handle Retry-After ourselves. */
  autoRetry?: boolean
  cors?: boolean
  secure?: boolean
  timeout?: number
}

/** What `request` rejects with, and resolves with under `httpCompleteResponse` (jqXHR-like). */
export interface ZafHttpResponse {
  status: number
  statusText?: string
  responseText?: string
  responseJSON?: unknown
  /** A plain object in the Zendesk host; some hosts give a getter instead. */
  headers?: Record<string, string> | { get(name: string): string | null }
  getResponseHeader?: (name: string) => string | null
}

export interface ZafContext {
  instanceGuid: string
  product: string
  location: string
  account?: { subdomain: string }
  ticketId?: number
}

export interface ZafMetadata<Settings = Record<string, unknown>> {
  appId: number | string
  installationId: number | string
  name?: string
  version?: string
  settings: Settings
}

export type ZafEventHandler = (data?: unknown) => unknown

export interface ZafClient {
  get(path: string | string[]): Promise<ZafGetResult>
  set(path: string, value: unknown): Promise<ZafGetResult>
  set(values: Record<string, unknown>): Promise<ZafGetResult>
  invoke(name: string, ...args: unknown[]): Promise<ZafGetResult>
  on(event: string, handler: ZafEventHandler, context?: unknown): void
  off(event: string, handler: ZafEventHandler): void
  has(event: string, handler: ZafEventHandler): boolean
  trigger(event: string, data?: unknown): void
  request<T = unknown>(options: ZafRequestOptions | string): Promise<T>
  metadata<Settings = Record<string, unknown>>(): Promise<ZafMetadata<Settings>>
  context(): Promise<ZafContext>
  instance(instanceGuid: string): ZafClient
}

export interface ZafClientFactory {
  /** Returns false when the page was not opened by a Zendesk host (no `origin`/`app_guid` in the URL). */
  init(
    callback?: (this: ZafClient, data: { metadata: ZafMetadata; context: ZafContext }) => void,
  ): ZafClient | false
}
