import { withQuery } from './query'
import { RETRY_AFTER_FALLBACK_SECONDS, RateLimitGate, parseRetryAfter } from './rate-limit'
import { describeRequest, malformedBodyError, statusError, toHelpdeskError } from './request-errors'
import type { HttpClient, HttpRequest, HttpResponse, Transport, TransportResponse } from './types'

export interface HttpPolicy {
  /** Retries after a 429, per request. */
  maxRateLimitRetries: number
  /** A longer Retry-After is not waited out: the caller gets a rate_limited error to show instead. */
  maxRetryWaitSeconds: number
  gate: RateLimitGate
  /** Per attempt; a request may override it. Defaults to DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number
}

export const DEFAULT_TIMEOUT_MS = 30_000

export const defaultHttpPolicy = (): HttpPolicy => ({
  maxRateLimitRetries: 2,
  maxRetryWaitSeconds: 30,
  gate: new RateLimitGate(),
  timeoutMs: DEFAULT_TIMEOUT_MS,
})

const isSuccess = (status: number) => status >= 200 && status < 300

/** The body as JSON: the transport's own parse, null when empty, undefined when the text is not JSON. */
function parseJson(response: TransportResponse): unknown {
  if (response.json !== undefined) return response.json
  if (!response.text.trim()) return null
  try {
    return JSON.parse(response.text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Puts the shared policy around a transport: every request waits for the client's rate-limit gate; a 429
 * blocks the gate for Retry-After and is retried (bounded) when the wait is short, because a 429 means
 * Zendesk did not apply the request, so repeating even a write cannot duplicate it. Nothing else is ever
 * retried here: a write that failed otherwise may have been applied, and only the caller can reconcile it.
 */
export function createHttpClient(transport: Transport, policy: HttpPolicy): HttpClient {
  return {
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      const source = describeRequest(request)
      const sent = {
        method: request.method,
        url: withQuery(request.path, request.query),
        ...(request.body !== undefined ? { body: request.body } : {}),
        timeoutMs: request.timeoutMs ?? policy.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        source,
      }
      for (let retries = 0; ; retries++) {
        await policy.gate.wait()
        const response = await transport(sent).catch((error: unknown) => {
          throw toHelpdeskError(error, source)
        })
        const json = parseJson(response)
        if (isSuccess(response.status)) {
          if (json === undefined) throw malformedBodyError(source, response)
          return { status: response.status, headers: response.headers, data: json as T }
        }
        if (response.status === 429) {
          const seconds = parseRetryAfter(response.headers['retry-after'], RETRY_AFTER_FALLBACK_SECONDS)
          policy.gate.block(seconds)
          if (retries < policy.maxRateLimitRetries && seconds <= policy.maxRetryWaitSeconds) continue
        }
        throw statusError(source, response, json)
      }
    },
  }
}
