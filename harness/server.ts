import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  createFakeZendesk,
  type FakeZendesk,
  type FakeZendeskOptions,
  type FakeZendeskStore,
  type HistoryOptions,
  seedHistory,
} from './fake-zendesk'
import { parseNestedForm } from './server/form-body'
import { handleHarnessRequest, type HarnessSession } from './server/harness-endpoints'
import { apiTokenUser } from './server/api-token'
import { sessionUserId } from './server/session'
import { serveStatic } from './server/static-files'

/**
 * The local stand-in for Zendesk: two origins, as in production.
 *  - host origin  http://localhost:PORT   : the agent-workspace page (.harness-build/), `/api/v2/*` (the
 *    fake account, reached with the agent's "session" like Zendesk's proxy: the `harness_user` cookie
 *    names the agent, default the seed's) and `/__harness/*`.
 *  - app origin   http://127.0.0.1:PORT+1 : the built app (dist/), so `/assets/index.html`.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const APP_DIR = `${ROOT}dist`
const HOST_DIR = `${ROOT}.harness-build`
const DEFAULT_PORT = 4567

export interface HarnessOptions extends FakeZendeskOptions {
  /** Host port; the app origin uses port + 1. 0 = random free ports (tests). */
  port?: number
  /** The built app (default dist/) and host page (default .harness-build/); tests may point elsewhere. */
  appDir?: string
  hostDir?: string
  /**
   * The account's past for the impact page (fake-zendesk/history/): default 3,000 archived tickets over the six
   * months before this one, with their ledger records; false for none.
   */
  history?: HistoryOptions | false
}

export interface Harness {
  hostUrl: string
  appUrl: string
  store: FakeZendeskStore
  zendesk: FakeZendesk
  close(): Promise<void>
}

function assertBuilt(appDir: string, hostDir: string): void {
  const missing: string[] = []
  if (!existsSync(`${appDir}/assets/index.html`)) {
    missing.push('dist/assets/index.html is missing: run `npm run build:app`')
  }
  if (!existsSync(`${hostDir}/index.html`)) {
    missing.push('.harness-build/index.html is missing: run `npm run build:harness`')
  }
  if (missing.length) throw new Error(`Turnaround harness cannot start:\n  ${missing.join('\n  ')}`)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function forwardToApi(
  zendesk: FakeZendesk,
  session: HarnessSession,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const text = await readBody(request)
  const contentType = request.headers['content-type'] ?? ''
  const body = contentType.includes('application/x-www-form-urlencoded') ? parseNestedForm(text) : text
  // Scripts sign in with an API token (basic auth); the page with its session cookie.
  const token = apiTokenUser(request, zendesk.store)
  const sessionUser = session.signedIn ? sessionUserId(request, zendesk.store) : undefined
  const result = zendesk.handleApiRequest({
    method: request.method ?? 'GET',
    path: request.url ?? '/',
    body,
    userId: token.kind === 'none' ? sessionUser : token.kind === 'user' ? token.userId : undefined,
  })
  response.writeHead(result.status, { ...result.headers, 'cache-control': 'no-store' }).end(result.body)
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolvePort((server.address() as AddressInfo).port))
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.closeAllConnections()
    server.close(() => resolveClose())
  })
}

function guarded(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handler(request, response).catch((error: unknown) => {
      console.error('harness: request failed', request.method, request.url, error)
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end('harness error')
    })
  }
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const appDir = options.appDir ?? APP_DIR
  const hostDir = options.hostDir ?? HOST_DIR
  assertBuilt(appDir, hostDir)
  const zendesk = createFakeZendesk(options)
  if (options.history !== false) seedHistory(zendesk.store, options.history)
  const session: HarnessSession = { signedIn: true, appUrl: '' }

  const hostServer = createServer(
    guarded(async (request, response) => {
      const path = request.url ?? '/'
      if (path.startsWith('/api/v2/')) return forwardToApi(zendesk, session, request, response)
      if (path.startsWith('/__harness/')) {
        return handleHarnessRequest(zendesk, session, request, response, () => readBody(request))
      }
      return serveStatic(hostDir, path, response, { fallback: 'index.html' })
    }),
  )
  const appServer = createServer(
    guarded((request, response) => serveStatic(appDir, request.url ?? '/', response)),
  )

  const requestedPort = options.port ?? DEFAULT_PORT
  const hostPort = await listen(hostServer, requestedPort)
  let appPort: number
  try {
    appPort = await listen(appServer, requestedPort === 0 ? 0 : hostPort + 1)
  } catch (error) {
    await closeServer(hostServer)
    throw error
  }

  session.appUrl = `http://127.0.0.1:${appPort}/`
  return {
    hostUrl: `http://localhost:${hostPort}/`,
    appUrl: session.appUrl,
    store: zendesk.store,
    zendesk,
    close: async () => {
      await Promise.all([closeServer(hostServer), closeServer(appServer)])
    },
  }
}

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT
  const harness = await startHarness({ port })
  console.log(`Turnaround harness: ${harness.hostUrl}`)
  console.log(`  app origin (iframe): ${harness.appUrl}assets/index.html`)
  console.log(
    `  fake Zendesk API:    ${harness.hostUrl}api/v2/ (signed in as agent ${harness.store.currentUserId})`,
  )
  console.log('  Ctrl+C to stop')
  const stop = () => {
    void harness.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
