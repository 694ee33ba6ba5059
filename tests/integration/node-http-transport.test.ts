import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import { RateLimitGate, createHttpClient } from '../../src/helpdesk/http'
import { nodeHttpTransport, type NodeTransportOptions } from '../../src/helpdesk/http/node-transport'

// What is specific to the node:http transport (the scan's); what it shares with the others is in
// http-contract.test.ts. A real local server, so gzip, kept-alive sockets and cut connections are real.

type Handler = (request: IncomingMessage, response: ServerResponse) => void
let handler: Handler = (_request, response) => response.end()
let server: Server
let base = ''
const sockets = new Set<unknown>()
beforeAll(async () => {
  server = createServer((request, response) => handler(request, response))
  server.on('connection', (socket) => sockets.add(socket))
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(
  () =>
    new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    }),
)

function client(options: NodeTransportOptions = {}, timeoutMs = 5_000) {
  const transport = nodeHttpTransport(
    { subdomain: base, email: 'lead@acme.test', apiToken: 's3cret' },
    options,
  )
  const http = createHttpClient(transport, {
    maxRateLimitRetries: 0,
    maxRetryWaitSeconds: 0,
    gate: new RateLimitGate(Date.now, async () => undefined),
    timeoutMs,
  })
  return { http, close: () => transport.close() }
}

describe('node:http transport', () => {
  it('sends token basic auth, asks for gzip, unzips, and keeps one connection for many requests', async () => {
    const seen: Array<string | undefined> = []
    handler = (request, response) => {
      seen.push(request.headers.authorization, request.headers['accept-encoding'])
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      response.end(gzipSync(JSON.stringify({ ticket: { id: 1, subject: 'Hallo, wie ändere ich das?' } })))
    }
    sockets.clear()
    const { http, close } = client()
    for (let i = 0; i < 5; i++) {
      const response = await http.request({ method: 'GET', path: '/api/v2/tickets/1.json' })
      expect(response.data).toEqual({ ticket: { id: 1, subject: 'Hallo, wie ändere ich das?' } })
    }
    close()
    expect(seen[0]).toBe(`Basic ${Buffer.from('lead@acme.test/token:s3cret').toString('base64')}`)
    expect(seen[1]).toBe('gzip')
    expect(sockets.size).toBe(1)
  })

  it('hands a 2xx body to the decoder as bytes and returns what it made of them', async () => {
    handler = (_request, response) => response.end('{"tickets":[1,2,3]}')
    const asked: string[] = []
    const { http, close } = client({
      decode: (request, body) => {
        asked.push(request.url)
        return request.url.includes('export') ? Promise.resolve({ json: { bytes: body.length } }) : null
      },
    })
    expect((await http.request({ method: 'GET', path: '/export.json' })).data).toEqual({ bytes: 19 })
    expect((await http.request({ method: 'GET', path: '/other.json' })).data).toEqual({ tickets: [1, 2, 3] })
    close()
    expect(asked).toEqual(['/export.json', '/other.json'])
  })

  it('fails a body the decoder finds is not JSON as malformed, quoting its start', async () => {
    handler = (_request, response) => response.end('<html>Maintenance</html>')
    const { http, close } = client({
      decode: (_r, body) => Promise.resolve({ text: Buffer.from(body).toString() }),
    })
    const error = await http.request({ method: 'GET', path: '/export.json' }).catch((e: unknown) => e)
    close()
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({
      code: 'malformed_response',
      message: expect.stringContaining('Maintenance'),
    })
  })

  it('never decodes an error answer: a 500 is a server error with Zendesk’s explanation', async () => {
    handler = (_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end('{"error":"InternalError","description":"Something broke"}')
    }
    let decoded = 0
    const { http, close } = client({ decode: () => (decoded++, Promise.resolve({ json: {} })) })
    const error = await http.request({ method: 'GET', path: '/export.json' }).catch((e: unknown) => e)
    close()
    expect(error).toMatchObject({ code: 'server', message: expect.stringContaining('Something broke') })
    expect(decoded).toBe(0)
  })

  it('times out a server that stalls mid-body', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 })
      response.write('{"tickets":[')
    }
    const { http, close } = client({}, 300)
    const error = await http.request({ method: 'GET', path: '/stall.json' }).catch((e: unknown) => e)
    close()
    expect(error).toMatchObject({
      code: 'network',
      message: expect.stringContaining('timed out after 0.3 s'),
    })
  })

  it('reports a connection cut mid-body as a network error (retried by the scan), never as data', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 })
      response.write('{"tickets":[', () => response.socket?.destroy())
    }
    const { http, close } = client()
    const error = await http.request({ method: 'GET', path: '/cut.json' }).catch((e: unknown) => e)
    close()
    expect(error).toMatchObject({ code: 'network', message: expect.stringContaining('GET /cut.json failed') })
  })
})
