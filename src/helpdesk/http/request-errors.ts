import { HelpdeskError, codeForStatus } from '../errors'
import { RETRY_AFTER_FALLBACK_SECONDS, parseRetryAfter } from './rate-limit'
import { readRemoteError } from './remote-error'
import type { TransportResponse } from './types'

/** Names a request in errors and logs: "METHOD /path", without the origin or the query string. */
export function describeRequest(request: { method?: string; path?: string; url?: string }): string {
  const method = (request.method ?? 'GET').toUpperCase()
  const path = (request.path ?? request.url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '')
  return `${method} ${path}`
}

/** Anything thrown below the UI as a HelpdeskError; one already is passes through unchanged. */
export function toHelpdeskError(error: unknown, source?: string): HelpdeskError {
  if (error instanceof HelpdeskError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new HelpdeskError(
    'unexpected',
    source ? `${source} failed: ${message}` : message,
    source ? { source } : {},
    { cause: error },
  )
}

/** No answer at all: the connection failed or the request ran out of time. */
export function networkError(source: string, reason: string, cause?: unknown): HelpdeskError {
  return new HelpdeskError('network', `${source} failed: ${reason}`, { source, status: 0 }, { cause })
}

export function timeoutError(source: string, timeoutMs: number, cause?: unknown): HelpdeskError {
  const seconds = Math.round(timeoutMs / 100) / 10
  // For a write, a timeout leaves its outcome unknown: the caller reads back before trying again.
  return networkError(source, `timed out after ${seconds} s without an answer`, cause)
}

/** A non-2xx answer, carrying the helpdesk's own explanation from the body. */
export function statusError(source: string, response: TransportResponse, json: unknown): HelpdeskError {
  const { status } = response
  const code = codeForStatus(status)
  const remote = readRemoteError(json, response.text)
  const details = {
    source,
    status,
    ...(code === 'rate_limited'
      ? { retryAfterSeconds: parseRetryAfter(response.headers['retry-after'], RETRY_AFTER_FALLBACK_SECONDS) }
      : {}),
    ...(remote.problem ? { problem: remote.problem } : {}),
    ...(remote.name ? { remoteError: remote.name } : {}),
  }
  const explained = remote.problem ? `: ${remote.problem}` : ''
  return new HelpdeskError(code, `${source} failed with HTTP ${status}${explained}`, details)
}

/** A 2xx whose body is not JSON (a proxy's HTML page, a truncated body): never handed on as data. */
export function malformedBodyError(
  source: string,
  response: TransportResponse,
  cause?: unknown,
): HelpdeskError {
  const type = response.headers['content-type'] ?? 'no content type'
  const start = response.text.replace(/\s+/g, ' ').trim().slice(0, 80)
  const problem = `the body is not JSON (${type}): "${start}"`
  return new HelpdeskError(
    'malformed_response',
    `${source} answered HTTP ${response.status}, but ${problem}`,
    { source, status: response.status, problem },
    { cause },
  )
}
