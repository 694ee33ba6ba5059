/**
 * What Zendesk does with an app's `client.request(options)`: sends it to the account's API with the agent's
 * session (here: the harness server's `/api/v2`, same origin as the host page), the way jQuery.ajax would
 * (GET data → query string, object data without a JSON content type → form encoding, JSON parsed by
 * content type, a 2xx with unparsable JSON → "parsererror" failure), auto-retrying one 429 unless
 * `autoRetry: false`.
 */

export interface ZafRequestMessage {
  url?: string
  type?: string
  data?: unknown
  contentType?: string | false
  headers?: Record<string, string>
  dataType?: string
  httpCompleteResponse?: boolean
  autoRetry?: boolean
  cors?: boolean
}

export interface ProxyResponse {
  status: number
  statusText: string
  responseText: string
  responseJSON?: unknown
  headers: Record<string, string>
}

export interface ProxyOutcome {
  ok: boolean
  response: ProxyResponse
  attempts: number
  /** What the host sends back in `message.responseArgs`. */
  responseArgs: unknown[]
}

const ACCOUNT_HOST = 'harness.zendesk.com'

/** jQuery.param: `{ticket:{tags:['a'], custom_fields:[{id:1}]}}` → `ticket[tags][]=a&ticket[custom_fields][0][id]=1`. */
export function formEncode(data: unknown, prefix = ''): string[] {
  if (Array.isArray(data)) {
    // jQuery indexes objects inside arrays (`a[0][id]=1`) and leaves scalars bare (`a[]=x`).
    return data.flatMap((value, index) =>
      formEncode(value, typeof value === 'object' && value !== null ? `${prefix}[${index}]` : `${prefix}[]`),
    )
  }
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      formEncode(value, prefix ? `${prefix}[${key}]` : key),
    )
  }
  return [
    `${encodeURIComponent(prefix)}=${encodeURIComponent(data === null || data === undefined ? '' : String(data))}`,
  ]
}

function toSameOriginPath(url: string): string | null {
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    if (parsed.hostname === ACCOUNT_HOST || parsed.origin === window.location.origin) {
      return parsed.pathname + parsed.search
    }
  } catch {
    return null
  }
  return null
}

function failure(status: number, statusText: string, responseText: string): ProxyResponse {
  return { status, statusText, responseText, headers: {} }
}

function buildFetch(options: ZafRequestMessage, path: string): { url: string; init: RequestInit } {
  const method = (options.type ?? 'GET').toUpperCase()
  const headers: Record<string, string> = { ...options.headers }
  let url = path
  let body: string | undefined
  const data = options.data
  if (method === 'GET' || method === 'HEAD') {
    const query = typeof data === 'string' ? data : data ? formEncode(data).join('&') : ''
    if (query) url += (url.includes('?') ? '&' : '?') + query
  } else if (data !== undefined && data !== null) {
    const contentType = options.contentType || 'application/x-www-form-urlencoded; charset=UTF-8'
    headers['content-type'] = contentType
    if (typeof data === 'string') body = data
    else body = contentType.includes('json') ? JSON.stringify(data) : formEncode(data).join('&')
  }
  return { url, init: { method, headers, body, credentials: 'same-origin' } }
}

async function attempt(options: ZafRequestMessage, path: string): Promise<ProxyResponse> {
  const { url, init } = buildFetch(options, path)
  let raw: Response
  try {
    raw = await fetch(url, init)
  } catch (error) {
    return failure(0, 'error', error instanceof Error ? error.message : String(error))
  }
  const responseText = await raw.text()
  const headers: Record<string, string> = {}
  raw.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value
  })
  const response: ProxyResponse = { status: raw.status, statusText: raw.statusText, responseText, headers }
  const isJson = (headers['content-type'] ?? '').includes('json') || options.dataType === 'json'
  if (isJson && responseText.trim() !== '') {
    try {
      response.responseJSON = JSON.parse(responseText)
    } catch {
      // jQuery reports a body it cannot convert as a failed request with statusText "parsererror".
      if (raw.ok) return { ...response, statusText: 'parsererror' }
    }
  }
  return response
}

function isSuccess(response: ProxyResponse): boolean {
  return response.status >= 200 && response.status < 300 && response.statusText !== 'parsererror'
}

function retryAfterMs(response: ProxyResponse): number {
  const seconds = Number(response.headers['retry-after'] ?? '1')
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : 1) * 1000
}

export async function proxyZafRequest(options: ZafRequestMessage): Promise<ProxyOutcome> {
  const path = options.url ? toSameOriginPath(options.url) : null
  const badHeader = Object.keys(options.headers ?? {}).find((name) => name.includes('_'))
  let response: ProxyResponse
  let attempts = 0
  if (!path) {
    response = failure(
      0,
      'error',
      `harness: only this account's /api/v2 URLs are proxied (got ${options.url ?? 'no url'})`,
    )
  } else if (badHeader) {
    response = failure(
      400,
      'Bad Request',
      `The Zendesk proxy rejects header names containing underscores: ${badHeader}`,
    )
  } else {
    attempts = 1
    response = await attempt(options, path)
    if (response.status === 429 && options.autoRetry !== false) {
      await new Promise((resolveWait) => setTimeout(resolveWait, retryAfterMs(response)))
      attempts = 2
      response = await attempt(options, path)
    }
  }
  const ok = isSuccess(response)
  const complete = {
    responseJSON: response.responseJSON,
    responseText: response.responseText,
    status: response.status,
    headers: response.headers,
  }
  let responseArgs: unknown[]
  if (!ok) responseArgs = [{ ...response }]
  else if (options.httpCompleteResponse) responseArgs = [complete]
  else responseArgs = [response.responseJSON ?? response.responseText, 'success', { ...response }]
  return { ok, response, attempts, responseArgs }
}
