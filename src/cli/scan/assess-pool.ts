import { Worker } from 'node:worker_threads'
import { workerScript } from '../../helpdesk/node/worker-script'
import type { AssessOptions } from '../../core/detect'
import type { TicketSnapshot } from '../../core/model'
import type { TicketAssessor, Verdict } from './verdict'

export interface AssessRequest {
  id: number
  snapshots: readonly TicketSnapshot[]
  options: AssessOptions
}

export interface AssessReply {
  id: number
  verdicts: Verdict[]
}

export interface AssessPoolOptions {
  /** Code the thread runs before the detector loads: tests make the thread die with it. */
  prelude?: string
}

const YOUNG_GENERATION_MB = 8

interface Waiting {
  resolve: (verdicts: Verdict[]) => void
  reject: (error: Error) => void
}

/**
 * The thread that assesses a scan's tickets (assess-worker.ts), one batch a message, answered in order. A
 * thread that dies fails the batches it held with a named error, so the scan stops, saves (its cursor never
 * passes a ticket whose line is not written) and can be resumed; the next batch starts a new thread. An idle
 * thread never keeps the process alive.
 */
export class AssessPool implements TicketAssessor {
  private thread: { worker: Worker; pending: Map<number, Waiting> } | null = null
  private nextId = 0
  private closed = false

  constructor(private readonly options: AssessPoolOptions = {}) {}

  assess(snapshots: readonly TicketSnapshot[], options: AssessOptions): Promise<Verdict[]> {
    if (this.closed) return Promise.reject(stopped('the scan is ending'))
    const thread = (this.thread ??= this.start())
    const id = this.nextId++
    return new Promise<Verdict[]>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject })
      if (thread.pending.size === 1) thread.worker.ref()
      thread.worker.postMessage({ id, snapshots, options } satisfies AssessRequest)
    })
  }

  /** Stops the thread; batches still being assessed fail (nobody waits for them any more). */
  async close(): Promise<void> {
    this.closed = true
    const worker = this.thread?.worker
    this.thread = null
    await worker?.terminate()
  }

  private start(): { worker: Worker; pending: Map<number, Waiting> } {
    const { script, eval: evaluated } = workerScript(import.meta.url, ASSESSOR_ENTRY, this.options.prelude)
    // A small young generation: assessing makes much short-lived garbage and keeps little, and V8's default
    // let this thread's heap add ~40 MB to the scan's peak RSS (over the 250 MB target).
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    const worker = new Worker(script, evaluated ? { eval: true, resourceLimits } : { resourceLimits })
    worker.unref()
    const thread = { worker, pending: new Map<number, Waiting>() }
    worker.on('message', (reply: AssessReply) => {
      const waiting = thread.pending.get(reply.id)
      if (!waiting) return
      thread.pending.delete(reply.id)
      if (thread.pending.size === 0) worker.unref()
      waiting.resolve(reply.verdicts)
    })
    const fail = (reason: string) => {
      if (this.thread === thread) this.thread = null
      for (const { reject } of thread.pending.values()) reject(stopped(reason))
      thread.pending.clear()
    }
    worker.on('error', (error) => fail(error.message))
    worker.on('messageerror', (error) => fail(error.message))
    worker.on('exit', (code) => fail(`it exited with code ${code}`))
    return thread
  }
}

/** The scan stops on it (exit code 3, state saved) and the same command resumes it. */
export class AssessThreadError extends Error {
  constructor(reason: string) {
    super(`the thread assessing tickets stopped: ${reason}`)
    this.name = 'AssessThreadError'
  }
}

const stopped = (reason: string) => new AssessThreadError(reason)

/** The thread's code: ticket-assessor.js beside the built CLI, assess-worker.ts from the sources. */
const ASSESSOR_ENTRY = { built: 'ticket-assessor.js', source: 'assess-worker.ts' }
