/**
 * The thread that decodes export pages for `turnaround scan` (decoder-pool.ts starts it): the raw bytes of
 * a page come in (transferred, not copied), and out goes the page checked and cut down to what the scan
 * uses (page-decode.ts). Decoding, parsing and collecting ~500 MB of JSON a scan was two thirds of the
 * scan's CPU on its one thread; here it runs on another core, and the scan's heap never sees that JSON.
 */
import { parentPort } from 'node:worker_threads'
import { isHelpdeskError } from '../../errors'
import { decodeEventPage, decodeTicketPage } from './page-decode'
import { pageToWire } from './page-wire'
import type { DecodeReply, DecodeRequest } from './decoder-pool'

const port = parentPort
if (!port) throw new Error('decode-worker.ts runs as a worker thread (see decoder-pool.ts)')
const utf8 = new TextDecoder()

port.on('message', (request: DecodeRequest) => {
  const text = utf8.decode(request.bytes)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    const start = text.slice(0, 200)
    return port.postMessage({ id: request.id, kind: 'not_json', start } satisfies DecodeReply)
  }
  try {
    const page = request.kind === 'tickets' ? decodeTicketPage(data) : decodeEventPage(data)
    port.postMessage({ id: request.id, kind: 'page', json: pageToWire(page) } satisfies DecodeReply)
  } catch (error) {
    // A page that does not fit is the scan's business (a named error); anything else ends this thread.
    if (!isHelpdeskError(error)) throw error
    const { code, message, details } = error
    port.postMessage({
      id: request.id,
      kind: 'error',
      error: { code, message, details },
    } satisfies DecodeReply)
  }
})
