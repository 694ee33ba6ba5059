import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'
import { HelpdeskError, codeForStatus } from '../errors'
import { RateLimitGate, parseRetryAfter } from './rate-limit'

export interface HttpPolicy {
  /** Retries after a 429, per request. */
  maxRateLimitRetries: number
  /** A longer Retry-After is not waited out: the caller gets a rate_limited error to show instead. */
  maxRetryWaitSeconds: number
  gate: RateLimitGate
}

export const defaultHttpPolicy = (): HttpPolicy => ({
  maxRateLimitRetries: 2,
  maxRetryWaitSeconds: 30,
  gate: new RateLimitGate(),
})

type RetryableConfig = InternalAxiosRequestConfig & { rateLimitRetries?: number }

export function describeRequest(config: { method?: string; url?: string } | undefined): string {
  const method = (config?.method ?? 'get').toUpperCase()
  const path = (config?.url ?? '').replace(/^https?:\/\/[^/]+/, '')
  return `${method} ${path}`
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as { get(n: string): unknown }).get(name)
    return typeof value === 'string' ? value : undefined
  }
  const record = headers as Record<string, unknown>
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase())
  const value = key ? record[key] : undefined
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

/** Turns whatever axios threw into a HelpdeskError naming the request. */
export function toHelpdeskError(error: unknown): HelpdeskError {
  if (error instanceof HelpdeskError) return error
  if (error instanceof AxiosError) {
    const source = describeRequest(error.config)
    const status = error.response?.status ?? 0
    const code = codeForStatus(status)
    const retryAfter = headerValue(error.response?.headers, 'retry-after')
    const details = {
      source,
      status,
      ...(code === 'rate_limited' ? { retryAfterSeconds: parseRetryAfter(retryAfter, 60) } : {}),
    }
    const message = status ? `${source} failed with HTTP ${status}` : `${source} failed: ${error.message}`
    return new HelpdeskError(code, message, details, { cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new HelpdeskError('unexpected', message, {}, { cause: error })
}

/**
 * Adds the shared rate-limit pause, bounded 429 retries honouring Retry-After, and HelpdeskError
 * conversion to an axios instance. Used for both the in-Zendesk and the API-token clients.
 */
export function applyHttpPolicy(instance: AxiosInstance, policy: HttpPolicy): AxiosInstance {
  instance.interceptors.request.use(async (config) => {
    await policy.gate.wait()
    return config
  })
  instance.interceptors.response.use(undefined, async (error: unknown) => {
    if (error instanceof AxiosError && error.response?.status === 429 && error.config) {
      const config = error.config as RetryableConfig
      const seconds = parseRetryAfter(headerValue(error.response.headers, 'retry-after'), 60)
      policy.gate.block(seconds)
      const attempts = config.rateLimitRetries ?? 0
      if (attempts < policy.maxRateLimitRetries && seconds <= policy.maxRetryWaitSeconds) {
        config.rateLimitRetries = attempts + 1
        // A 429 means Zendesk did not apply the request, so repeating a write cannot duplicate it.
        return instance.request(config)
      }
    }
    throw toHelpdeskError(error)
  })
  return instance
}

export { axios }
