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
  /** Overrides the client's timeout for this request (milliseconds). */
  timeoutMs?: number
}

export interface HttpResponse<T = unknown> {
  status: number
  /** Lower-case header names. */
  headers: Record<string, string>
  /**
   * Parsed JSON; null for an empty body (204). A 2xx body that is not JSON never arrives here: it fails
   * as `malformed_response`. `T` is what the caller expects, not a check: validate it at the boundary.
   */
  data: T
}

export interface HttpClient {
  /** Resolves for a 2xx; anything else rejects with a HelpdeskError (src/helpdesk/errors.ts). */
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>
}

/** One request as a transport sends it: the policy has already built the URL and chosen the timeout. */
export interface TransportRequest {
  method: HttpMethod
  /** The path with its encoded query string. */
  url: string
  body?: unknown
  timeoutMs: number
  /** "METHOD /path", for error messages. */
  source: string
}

/**
 * What a transport got back, whatever the status. Failures to get any answer (no connection, timeout) are
 * thrown by the transport as HelpdeskError `network`.
 */
export interface TransportResponse {
  status: number
  /** Lower-case header names. */
  headers: Record<string, string>
  /** The raw body text ('' when empty). */
  text: string
  /** The body already parsed by the transport (ZAF's `responseJSON`), when it did. */
  json?: unknown
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>
