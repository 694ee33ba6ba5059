import { networkError, timeoutError } from './request-errors'
import type { Transport } from './types'

export interface ApiTokenCredentials {
  /** e.g. "acme" for acme.zendesk.com, or a full base URL (tests, proxies). */
  subdomain: string
  email: string
  apiToken: string
}

/** "acme" → https://acme.zendesk.com; a full URL is kept, without a trailing slash. */
export function apiBaseUrl(subdomainOrUrl: string): string {
  const trimmed = subdomainOrUrl.trim()
  return /^https?:\/\//i.test(trimmed) ? trimmed.replace(/\/+$/, '') : `https://${trimmed}.zendesk.com`
}

/** Base64 of the UTF-8 bytes (btoa alone rejects anything outside Latin-1, e.g. an IDN email). */
function base64Utf8(value: string): string {
  const bytes = new TextEncoder().encode(value)
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
}

/** Zendesk's API-token basic auth: `{email}/token:{token}`. */
export function apiTokenAuthorization(credentials: ApiTokenCredentials): string {
  return `Basic ${base64Utf8(`${credentials.email}/token:${credentials.apiToken}`)}`
}

/**
 * Sends requests with `fetch` from Node (CLI, batch jobs). The timeout aborts the request and the reading
 * of its body alike, so a server that stalls mid-body cannot hang us either.
 */
export function fetchTransport(credentials: ApiTokenCredentials, fetchImpl?: typeof fetch): Transport {
  const baseUrl = apiBaseUrl(credentials.subdomain)
  const authorization = apiTokenAuthorization(credentials)
  return async (request) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), request.timeoutMs)
    const hasBody = request.body !== undefined
    try {
      // The global is read per request, so a test's interceptor installed later still sees it.
      const response = await (fetchImpl ?? fetch)(`${baseUrl}${request.url}`, {
        method: request.method,
        headers: {
          Accept: 'application/json',
          Authorization: authorization,
          ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
        signal: controller.signal,
      })
      const text = await response.text()
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value
      })
      return { status: response.status, headers, text }
    } catch (error) {
      if (controller.signal.aborted) throw timeoutError(request.source, request.timeoutMs, error)
      const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
      const detail = typeof cause?.code === 'string' ? ` (${cause.code})` : ''
      throw networkError(
        request.source,
        `${error instanceof Error ? error.message : String(error)}${detail}`,
        error,
      )
    } finally {
      clearTimeout(timer)
    }
  }
}
