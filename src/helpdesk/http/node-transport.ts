import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { gunzip } from 'node:zlib'
import { apiBaseUrl, apiTokenAuthorization, type ApiTokenCredentials } from './fetch-transport'
import { networkError, timeoutError } from './request-errors'
import type { Transport, TransportRequest, TransportResponse } from './types'

/**
 * Turns a 2xx body into data somewhere else (a worker thread) for the requests it knows, or answers null to
 * let the body be parsed here as usual. It resolves to the data, or, when the body is not JSON, to its text
 * (its start is quoted in the error). It may take the bytes over: the transport does not read them again.
 */
export type BodyDecoder = (
  request: TransportRequest,
  body: Uint8Array,
) => Promise<{ json: unknown } | { text: string }> | null

export interface NodeTransportOptions {
  decode?: BodyDecoder
  /** Connections kept open to the helpdesk (requests in flight at once). */
  maxSockets?: number
}

export interface NodeTransport extends Transport {
  /** Closes the kept-alive connections. */
  close(): void
}

/**
 * Sends requests with node:http(s) and kept-alive connections, for batch jobs that make thousands of
 * requests (`turnaround scan`): it costs about a third of the CPU `fetch` does per request, and hands the
 * raw bytes of a body to `decode`, so a large export page can be parsed off the main thread. Bodies are
 * asked for gzipped (500 MB of export JSON is ~10 times less on the wire) and unzipped on libuv's threads.
 */
export function nodeHttpTransport(
  credentials: ApiTokenCredentials,
  options: NodeTransportOptions = {},
): NodeTransport {
  const base = new URL(apiBaseUrl(credentials.subdomain))
  const secure = base.protocol === 'https:'
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 8 }
  const agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions)
  const authorization = apiTokenAuthorization(credentials)

  const transport = async (request: TransportRequest): Promise<TransportResponse> => {
    const payload = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body))
    const { response, body } = await new Promise<{ response: IncomingMessage; body: Buffer }>(
      (resolve, reject) => {
        // Looked up per request (not imported by name), so an interceptor installed later (msw) sees it.
        const sent = (secure ? https : http).request(
          new URL(`${base.pathname.replace(/\/$/, '')}${request.url}`, base),
          {
            method: request.method,
            agent,
            headers: {
              Accept: 'application/json',
              'Accept-Encoding': 'gzip',
              Authorization: authorization,
              ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
            },
          },
          (answer) => {
            const chunks: Buffer[] = []
            answer.on('data', (chunk: Buffer) => chunks.push(chunk))
            answer.on('end', () => resolve({ response: answer, body: Buffer.concat(chunks) }))
            answer.on('error', reject)
            answer.on('close', () => {
              if (!answer.complete) reject(new Error('the connection closed mid-answer'))
            })
          },
        )
        // Covers the whole exchange, the reading of the body included: a stalled server cannot hang us.
        const timer = setTimeout(() => sent.destroy(new TimeoutSignal()), request.timeoutMs)
        sent.on('close', () => clearTimeout(timer))
        sent.on('error', reject)
        sent.end(payload)
      },
    ).catch((error: unknown) => {
      if (error instanceof TimeoutSignal) throw timeoutError(request.source, request.timeoutMs, error)
      const code = (error as { code?: unknown } | null)?.code
      const detail = typeof code === 'string' ? ` (${code})` : ''
      throw networkError(
        request.source,
        `${error instanceof Error ? error.message : String(error)}${detail}`,
        error,
      )
    })
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const status = response.statusCode ?? 0
    // zlib's asynchronous gunzip runs on libuv's thread pool, not on this thread.
    const plain = headers['content-encoding'] === 'gzip' ? await unzip(body, request.source) : body
    const decoding =
      status >= 200 && status < 300 && plain.length > 0 ? options.decode?.(request, plain) : null
    if (decoding) {
      const decoded = await decoding
      return 'json' in decoded
        ? { status, headers, text: '', json: decoded.json }
        : { status, headers, ...decoded }
    }
    // As fetch's text(): a byte-order mark is dropped.
    return { status, headers, text: utf8.decode(plain) }
  }
  return Object.assign(transport, { close: () => agent.destroy() })
}

class TimeoutSignal extends Error {}
const utf8 = new TextDecoder()

function unzip(body: Buffer, source: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    gunzip(body, (error, plain) =>
      error
        ? reject(networkError(source, `the gzipped answer is damaged (${error.message})`))
        : resolve(plain),
    ),
  )
}
