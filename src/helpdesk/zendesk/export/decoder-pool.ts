import { Worker } from 'node:worker_threads'
import { HelpdeskError, type HelpdeskErrorCode, type HelpdeskErrorDetails } from '../../errors'
import type { BodyDecoder } from '../../http/node-transport'
import { workerScript } from '../../node/worker-script'
import {
  TICKET_EVENTS_PATH,
  TICKET_EXPORT_PATH,
  type DecodedPage,
  type EventPage,
  type TicketPage,
} from './page-decode'
import { pageFromWire } from './page-wire'

export type PageKind = DecodedPage['kind']

export interface DecodeRequest {
  id: number
  kind: PageKind
  bytes: Uint8Array
}

export type DecodeReply =
  /** The DecodedPage as text (page-wire.ts). */
  | { id: number; kind: 'page'; json: string }
  | { id: number; kind: 'not_json'; start: string }
  | {
      id: number
      kind: 'error'
      error: { code: HelpdeskErrorCode; message: string; details: HelpdeskErrorDetails }
    }

/** What a decoding thread made of a page: the page, or the start of a body that is not JSON. */
export type Decoded = { page: DecodedPage } | { notJson: string }

export interface DecoderPoolOptions {
  /** Decoding threads (default 1: the scan's own thread and one more keep a 2-core machine busy). */
  threads?: number
  /** Code each thread runs before the decoder loads: tests make a thread die with it. */
  prelude?: string
}

interface Thread {
  worker: Worker
  pending: Map<number, { source: string; resolve: (decoded: Decoded) => void; reject: (e: Error) => void }>
}

/**
 * The decoding threads of a scan (decode-worker.ts). Each page's bytes are transferred to the least busy
 * thread, which answers with the page cut down to what the scan uses. A thread that dies (out of memory, a
 * bug) fails the pages it held with an error naming the request, so the scan stops, saves and can be
 * resumed; the next page starts a new thread. Idle threads never keep the process alive.
 */
export class ExportDecoderPool {
  private readonly threads: Array<Thread | null>
  private nextId = 0
  private closed = false

  constructor(private readonly options: DecoderPoolOptions = {}) {
    this.threads = Array.from({ length: Math.max(1, options.threads ?? 1) }, () => null)
  }

  /** A decoder for nodeHttpTransport: the two export streams' pages go to a thread, nothing else does. */
  get bodyDecoder(): BodyDecoder {
    return (request, bytes) => {
      const kind = pageKindOf(request.url)
      if (!kind) return null
      return this.decode(kind, bytes, request.source).then((decoded) =>
        'page' in decoded ? { json: new DecodedBody(decoded.page) } : { text: decoded.notJson },
      )
    }
  }

  /** Takes ownership of `bytes` (they are moved to the thread, not copied, when they own their memory). */
  decode(kind: PageKind, bytes: Uint8Array, source: string): Promise<Decoded> {
    if (this.closed) return Promise.reject(stopped(source, 'the scan is ending'))
    const thread = this.leastBusy()
    const id = this.nextId++
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    const owned = whole ? bytes : bytes.slice()
    return new Promise<Decoded>((resolve, reject) => {
      thread.pending.set(id, { source, resolve, reject })
      if (thread.pending.size === 1) thread.worker.ref()
      const request: DecodeRequest = { id, kind, bytes: owned }
      thread.worker.postMessage(request, [owned.buffer as ArrayBuffer])
    })
  }

  /** Stops the threads; pages still being decoded fail (nobody waits for them any more). */
  async close(): Promise<void> {
    this.closed = true
    const workers = this.threads.flatMap((thread) => (thread ? [thread.worker] : []))
    this.threads.fill(null)
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private leastBusy(): Thread {
    let best = -1
    for (let i = 0; i < this.threads.length; i++) {
      const thread = this.threads[i]
      if (!thread) {
        const started = this.start(i)
        this.threads[i] = started
        return started
      }
      if (best < 0 || thread.pending.size < (this.threads[best] as Thread).pending.size) best = i
    }
    return this.threads[best] as Thread
  }

  private start(slot: number): Thread {
    const { script, eval: evaluated } = workerScript(import.meta.url, DECODER_ENTRY, this.options.prelude)
    const worker = new Worker(script, evaluated ? { eval: true } : {})
    worker.unref()
    const thread: Thread = { worker, pending: new Map() }
    worker.on('message', (reply: DecodeReply) => {
      const waiting = thread.pending.get(reply.id)
      if (!waiting) return
      thread.pending.delete(reply.id)
      if (thread.pending.size === 0) worker.unref()
      if (reply.kind === 'page') waiting.resolve({ page: pageFromWire(reply.json) })
      else if (reply.kind === 'not_json') waiting.resolve({ notJson: reply.start })
      else waiting.reject(new HelpdeskError(reply.error.code, reply.error.message, reply.error.details))
    })
    const fail = (reason: string) => {
      if (this.threads[slot] === thread) this.threads[slot] = null
      for (const { source, reject } of thread.pending.values()) reject(stopped(source, reason))
      thread.pending.clear()
    }
    worker.on('error', (error) => fail(error.message))
    worker.on('messageerror', (error) => fail(error.message))
    worker.on('exit', (code) => fail(`it exited with code ${code}`))
    return thread
  }
}

function stopped(source: string, reason: string): HelpdeskError {
  const problem = `the thread decoding export pages stopped: ${reason}`
  return new HelpdeskError('unexpected', `${source} failed: ${problem}`, { source, problem })
}

function pageKindOf(url: string): PageKind | null {
  const path = url.replace(/[?#].*$/, '')
  if (path === TICKET_EXPORT_PATH) return 'tickets'
  if (path === TICKET_EVENTS_PATH) return 'events'
  return null
}

/** The thread's code: export-decoder.js beside the built CLI, decode-worker.ts from the sources. */
const DECODER_ENTRY = { built: 'export-decoder.js', source: 'decode-worker.ts' }

/**
 * A page decoded by a thread, as the HTTP client hands it to the scan source: plain JSON from the wire can
 * never be an instance of a class, so the source knows it need not check it again.
 */
export class DecodedBody {
  constructor(readonly page: DecodedPage) {}
}

export type { EventPage, TicketPage }
