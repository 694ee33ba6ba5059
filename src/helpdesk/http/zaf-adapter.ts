import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'
import type { ZafClient, ZafHttpResponse, ZafRequestOptions } from '../zendesk/zaf-types'

type Method = NonNullable<ZafRequestOptions['type']>

function toPlainHeaders(headers: ZafHttpResponse['headers']): Record<string, string> {
  if (!headers) return {}
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const getter = headers as { get(name: string): string | null }
    const known = ['retry-after', 'content-type', 'x-rate-limit', 'x-rate-limit-remaining']
    return Object.fromEntries(known.flatMap((name) => (getter.get(name) ? [[name, getter.get(name)!]] : [])))
  }
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]))
}

function bodyOf(response: ZafHttpResponse): unknown {
  if (response.responseJSON !== undefined) return response.responseJSON
  if (!response.responseText) return null
  try {
    return JSON.parse(response.responseText)
  } catch {
    // Keep the raw text: the schema check downstream names it as malformed.
    return response.responseText
  }
}

function isHttpResponse(value: unknown): value is ZafHttpResponse {
  return (
    typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number'
  )
}

/**
 * An axios adapter that sends requests through `client.request`, i.e. through Zendesk's proxy with the
 * agent's session: no token in the browser. We ask for the complete response (status + headers) and
 * turn off ZAF's own 429 retry, because the shared HTTP policy honours Retry-After for all requests.
 */
export function zafAdapter(client: ZafClient): AxiosAdapter {
  return async (config) => {
    const url = new URL(config.url ?? '', 'http://zaf.invalid')
    const params = (config.params ?? {}) as Record<string, string | number | boolean | undefined>
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    const path = `${url.pathname}${url.search}`
    const method = (config.method ?? 'get').toUpperCase() as Method
    const options: ZafRequestOptions = {
      url: path,
      type: method,
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false,
      ...(config.data !== undefined ? { data: config.data as string, contentType: 'application/json' } : {}),
    }

    let raw: unknown
    let failed = false
    try {
      raw = await client.request<ZafHttpResponse>(options)
    } catch (rejection) {
      raw = rejection
      failed = true
    }

    if (!isHttpResponse(raw)) {
      throw new AxiosError(
        failed ? 'Zendesk could not complete the request' : 'Zendesk returned no response',
        AxiosError.ERR_NETWORK,
        config,
      )
    }
    const response: AxiosResponse = {
      data: bodyOf(raw),
      status: raw.status,
      statusText: raw.statusText ?? '',
      headers: new AxiosHeaders(toPlainHeaders(raw.headers ?? undefined)),
      config,
    }
    const ok = raw.status >= 200 && raw.status < 300
    if (ok) return response
    throw new AxiosError(
      `Request failed with status code ${raw.status}`,
      raw.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
      config,
      null,
      response,
    )
  }
}
