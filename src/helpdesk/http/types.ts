/**
 * The one HTTP layer every adapter talks through. Two transports implement it: ZAF `client.request` inside
 * the helpdesk (the agent's session, no token in the browser) and `fetch` with an API token in Node (CLI).
 * Both share the same policy: a rate-limit pause shared by all requests, bounded 429 retries honouring
 * Retry-After, a timeout, and every failure as a HelpdeskError naming the request.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export type QueryValue = string | number | boolean | undefined

export interface HttpRequest {
  method: HttpMethod
  /** Path on the helpdesk's API, e.g. "/api/v2/tickets/1.json". */
  path: string
  /** Appended to the path, URL-encoded; undefined values are left out. */
  query?: Record<string, QueryValue>
  /** Sent as JSON. */
  body?: unknown
}

export interface HttpResponse<T = unknown> {
  status: number
  /** Lower-case header names. */
  headers: Record<string, string>
  /** Parsed JSON; null for an empty body (204); the raw text when the body is not JSON. */
  data: T
}

export interface HttpClient {
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>
}
