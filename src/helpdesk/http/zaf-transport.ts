import type { ZafClient, ZafHttpResponse, ZafRequestOptions } from '../zendesk/zaf-types'
import { networkError, timeoutError } from './request-errors'
import type { Transport, TransportResponse } from './types'

/** The only part of the ZAF client a transport needs (a fake in tests implements just this). */
export type ZafRequester = Pick<ZafClient, 'request'>

/** Headers read when the host only offers a getter (it cannot list them). */
const KNOWN_HEADERS = [
  'content-type',
  'retry-after',
  'etag',
  'location',
  'x-rate-limit',
  'x-rate-limit-remaining',
  'ratelimit-remaining',
  'ratelimit-reset',
]

type Getter = (name: string) => string | null | undefined

function headersFromGetter(get: Getter): Record<string, string> {
  return Object.fromEntries(
    KNOWN_HEADERS.flatMap((name) => {
      const value = get(name)
      return value === null || value === undefined ? [] : [[name, String(value)]]
    }),
  )
}

/** The Zendesk host gives a plain object; other hosts a `get()`, or only jqXHR's `getResponseHeader`. */
function plainHeaders(response: ZafHttpResponse): Record<string, string> {
  const { headers } = response
  if (headers && typeof (headers as { get?: unknown }).get === 'function') {
    const holder = headers as { get(name: string): string | null }
    return headersFromGetter((name) => holder.get(name))
  }
  if (headers) {
    return Object.fromEntries(
      Object.entries(headers as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]),
    )
  }
  const getResponseHeader = response.getResponseHeader
  return getResponseHeader ? headersFromGetter((name) => getResponseHeader.call(response, name)) : {}
}

function isHttpResponse(value: unknown): value is ZafHttpResponse {
  return (
    typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number'
  )
}

type Settled = { timedOut: false; value: unknown; rejected: boolean } | { timedOut: true }

/**
 * Settles with the host's answer, or with `timedOut` once the time is up. The host's own `timeout` should
 * fire first; this timer covers a host that never answers at all. The request itself cannot be cancelled.
 */
function settleWithin(pending: Promise<unknown>, timeoutMs: number): Promise<Settled> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expiry = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs)
  })
  const answer = pending.then(
    (value): Settled => ({ timedOut: false, value, rejected: false }),
    (value: unknown): Settled => ({ timedOut: false, value, rejected: true }),
  )
  return Promise.race([answer, expiry]).finally(() => clearTimeout(timer))
}

function reasonOf(value: unknown, rejected: boolean): string {
  if (value instanceof Error) return value.message
  if (typeof value === 'string' && value) return value
  if (isHttpResponse(value) && value.statusText) return `Zendesk could not complete it (${value.statusText})`
  return rejected ? 'Zendesk could not complete it' : 'Zendesk answered without an HTTP status'
}

/**
 * Sends requests through `client.request`, i.e. Zendesk's proxy with the agent's session: no token in the
 * browser. It asks for the complete response (status + headers) whether the host resolves or rejects, and
 * turns off ZAF's own 429 retry, because the shared policy honours Retry-After for every request.
 */
export function zafTransport(client: ZafRequester): Transport {
  return async (request) => {
    const options: ZafRequestOptions = {
      url: request.url,
      type: request.method,
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false,
      timeout: request.timeoutMs,
      ...(request.body !== undefined
        ? { data: JSON.stringify(request.body), contentType: 'application/json' }
        : {}),
    }
    const settled = await settleWithin(client.request<unknown>(options), request.timeoutMs)
    if (settled.timedOut) throw timeoutError(request.source, request.timeoutMs)
    const { value, rejected } = settled
    if (!isHttpResponse(value) || value.status === 0) {
      if (isHttpResponse(value) && value.statusText === 'timeout') {
        throw timeoutError(request.source, request.timeoutMs, value)
      }
      throw networkError(request.source, reasonOf(value, rejected), value)
    }
    // A rejected 2xx is jQuery failing to parse the body: passed on as text, the policy names it malformed.
    const response: TransportResponse = {
      status: value.status,
      headers: plainHeaders(value),
      text: value.responseText ?? '',
    }
    return value.responseJSON !== undefined ? { ...response, json: value.responseJSON } : response
  }
}
