/**
 * The thread that assesses tickets for `turnaround scan` (assess-pool.ts starts it): a batch of snapshots
 * comes in, their verdicts go out, in order. Assessing was ~5 of the main thread's ~15 CPU-seconds in a scan of
 * 100,000 tickets; here it runs beside the main thread, which keeps the reads, the state and the output.
 */
import { parentPort } from 'node:worker_threads'
import { verdictOf } from './verdict'
import type { AssessReply, AssessRequest } from './assess-pool'

const port = parentPort
if (!port) throw new Error('assess-worker.ts runs as a worker thread (see assess-pool.ts)')

port.on('message', (request: AssessRequest) => {
  const verdicts = request.snapshots.map((snapshot) => verdictOf(snapshot, request.options))
  port.postMessage({ id: request.id, verdicts } satisfies AssessReply)
})
