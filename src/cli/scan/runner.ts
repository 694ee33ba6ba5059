/**
 * The scan loop: read a page of tickets, assess each with the core's `assess` (on a thread of its own in the
 * CLI: assess-pool.ts), print (and with --tag, tag) those that need recovery, in the page's order, save the
 * state; again until the window's end. What makes it resumable:
 *  - the position saved is always the start of a page; tickets of that page already done are listed in
 *    the state (`doneInPage`) and skipped when the page is read again;
 *  - a tag write is announced in the state before it is sent (`pending`) and recorded as done after it,
 *    so a crash between the two is settled by reading that one ticket, never by writing again;
 *  - output lines are written only when the state is saved, which records the file's length.
 * An interruption (the signal) lets the ticket in hand finish, including its write, then saves and stops.
 */
import type { AssessOptions } from '../../core/detect'
import type { TicketSnapshot } from '../../core/model'
import type { RecoveryTagger, ScanItem, ScanPage, TicketScanSource } from '../../helpdesk/scan-ports'
import type { OutputSink } from './output'
import type { ProgressReporter } from './progress'
import type { Redactor } from './redact'
import type { ScanCounts, ScanState, StateStore } from './state'
import { inlineAssessor, type TicketAssessor, type Verdict } from './verdict'

export interface ScanRunInput {
  state: ScanState
  source: TicketScanSource
  /** Required in 'tag' mode, unused otherwise. */
  tagger: RecoveryTagger | null
  store: StateStore
  output: OutputSink
  progress: ProgressReporter
  signal: AbortSignal
  redact: Redactor
  /** Where tickets are assessed (assess-pool.ts: a thread of its own); default this thread. */
  assessor?: TicketAssessor
  now?: () => Date
  /** Called after each page is saved (tests measure memory here). */
  onPage?: (state: ScanState) => void
}

export type ScanOutcome =
  | { kind: 'finished'; state: ScanState }
  | { kind: 'interrupted'; state: ScanState }
  | { kind: 'failed'; state: ScanState; error: unknown }

type Action = 'listed' | 'would_tag' | 'tagged' | 'already_handled' | 'not_tagged'

function outputLine(
  item: Extract<ScanItem, { kind: 'ticket' }>,
  verdict: Verdict,
  action: Action,
  extra: Record<string, string> = {},
): string {
  const { snapshot } = item
  return `${JSON.stringify({
    id: snapshot.id,
    action,
    ...extra,
    level: verdict.level,
    severity: verdict.severity,
    reasons: verdict.reasons,
    status: snapshot.status,
    updatedAt: snapshot.updatedAt,
  })}\n`
}

class Aborted extends Error {}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Aborted())
  // Only reads run here, so the request left behind changes nothing; its late failure is of no interest.
  work.catch(() => undefined)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Aborted())
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * The ticket-event stream asks for each page only when the one before has come back decoded, and that answer
 * waits for a turn of the event loop; so a page is handled in slices of this many milliseconds, letting the
 * stream go on meanwhile. Assessing on this thread (~100 ms a page) made waiting for the stream ~60% of a
 * bench run's wall time; with assessing on its own thread, the slices matter when tickets are assessed here.
 */
const SLICE_MS = 10

/**
 * Tickets sent to the assessor at a time: a page's batches all go at once, and the first comes back while the
 * rest are assessed, so the page's lines are written while its later tickets are still being assessed.
 */
const ASSESS_BATCH = 100

/** A ticket's verdict: the k-th of its batch's. */
interface VerdictSlot {
  batch: Promise<Verdict[]>
  k: number
}

export async function runScan(input: ScanRunInput): Promise<ScanOutcome> {
  const { source, tagger, store, output, progress, signal } = input
  const assessor = input.assessor ?? inlineAssessor
  const now = input.now ?? (() => new Date())
  let state = input.state
  const counts: ScanCounts = { ...state.counts }
  const done = new Set(state.doneInPage)
  const assessOptions: AssessOptions = {
    sensitivity: state.sensitivity,
    ...(state.slaMinutes !== null ? { replySlaMinutes: state.slaMinutes } : {}),
  }

  const save = async (changes: Partial<ScanState>): Promise<void> => {
    const bytes = await output.flush()
    state = {
      ...state,
      doneInPage: [...done],
      counts: { ...counts },
      ...changes,
      out: output.path !== null && bytes !== null ? { path: output.path, bytes } : null,
      updatedAt: now().toISOString(),
    }
    await store.save(state)
  }

  /** A write a crash left unsettled: did it land? One read answers; the ticket is then done either way. */
  const settlePending = async (): Promise<void> => {
    const pending = state.pending
    if (!pending || !tagger) return
    if ((await tagger.statusTagOf(pending.id)) === tagger.tag) {
      output.append(pending.line)
      counts.read++
      counts.assessed++
      counts.flagged++
      counts.tagged++
      done.add(pending.id)
    }
    await save({ pending: null })
  }

  /** Sends the page's tickets to be assessed, in batches; nothing is written until each is handled below. */
  const assessPage = (items: readonly ScanItem[]): Array<VerdictSlot | undefined> => {
    const slots: Array<VerdictSlot | undefined> = []
    let snapshots: TicketSnapshot[] = []
    let indexes: number[] = []
    const send = () => {
      const batch = assessor.assess(snapshots, assessOptions)
      // Awaited when its first ticket is handled; one left behind by a stop fails unheard.
      batch.catch(() => undefined)
      indexes.forEach((index, k) => (slots[index] = { batch, k }))
      snapshots = []
      indexes = []
    }
    items.forEach((item, index) => {
      if (item.kind !== 'ticket' || done.has(item.snapshot.id)) return
      snapshots.push(item.snapshot)
      indexes.push(index)
      if (snapshots.length === ASSESS_BATCH) send()
    })
    if (snapshots.length > 0) send()
    return slots
  }

  const verdictIn = async (slot: VerdictSlot | undefined): Promise<Verdict> => {
    const verdict = slot && (await slot.batch)[slot.k]
    if (!verdict) throw new Error('the scan lost the assessment of a ticket (a bug): stopped to be safe')
    return verdict
  }

  const handle = async (item: ScanItem, slot: VerdictSlot | undefined): Promise<void> => {
    // Before anything is counted: if the assessing thread died, this ticket is read again on resume.
    const assessment = item.kind === 'ticket' ? await verdictIn(slot) : null
    const before = { ...counts }
    counts.read++
    if (item.kind === 'handled') {
      counts.handled++
      return
    }
    if (item.kind === 'unreadable') {
      counts.unreadable++
      progress.notice(`ticket ${item.id ?? '(no id)'} skipped: ${input.redact(item.problem)}`)
      return
    }
    counts.assessed++
    if (!assessment?.negative) return
    counts.flagged++
    if (state.mode === 'list') return output.append(outputLine(item, assessment, 'listed'))
    if (item.closed) {
      counts.closed++
      return output.append(outputLine(item, assessment, 'not_tagged', { problem: 'the ticket is closed' }))
    }
    if (state.mode === 'dry_run' || !tagger) {
      counts.wouldTag++
      return output.append(outputLine(item, assessment, 'would_tag'))
    }
    // Saved with the counts from before this ticket: if the write is lost in a crash, the ticket is done
    // again from scratch (or settled by settlePending), and counted once either way.
    await save({
      pending: { id: item.snapshot.id, line: outputLine(item, assessment, 'tagged') },
      counts: before,
    })
    const outcome = await tagger.tagNeeded(item.snapshot.id, item.updatedStamp)
    if (outcome.kind === 'tagged') {
      counts.tagged++
      output.append(outputLine(item, assessment, 'tagged'))
    } else if (outcome.kind === 'already_handled') {
      counts.raced++
      output.append(outputLine(item, assessment, 'already_handled', { statusTag: outcome.statusTag }))
    } else {
      counts.refused++
      output.append(outputLine(item, assessment, 'not_tagged', { problem: outcome.problem }))
    }
    done.add(item.snapshot.id)
    await save({ pending: null })
  }

  const processPage = async (page: ScanPage): Promise<'aborted' | 'page_done'> => {
    const slots = assessPage(page.items)
    let sliceStart = performance.now()
    for (const [index, item] of page.items.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve))
        sliceStart = performance.now()
      }
      const id = item.kind === 'ticket' ? item.snapshot.id : item.id
      if (id !== null && done.has(id)) continue
      await handle(item, slots[index])
      if (id !== null) done.add(id)
      progress.update(counts, page.cursorTime ?? state.cursorTime)
      if (signal.aborted) return 'aborted'
    }
    return 'page_done'
  }

  try {
    await settlePending()
    for (;;) {
      if (signal.aborted) throw new Aborted()
      const page = await untilAborted(
        source.readPage(state.position, { windowEnd: state.window.end, skip: (id) => done.has(id) }),
        signal,
      )
      if ((await processPage(page)) === 'aborted') throw new Aborted()
      done.clear()
      await save({
        position: page.next,
        cursorTime: page.cursorTime ?? state.cursorTime,
        status: page.done ? 'finished' : 'running',
      })
      progress.update(counts, state.cursorTime)
      input.onPage?.(state)
      if (page.done) return { kind: 'finished', state }
    }
  } catch (error) {
    // Every ticket in `done` is complete and the one in hand was not started or has its `pending` saved:
    // saving now is consistent, and a resumed run goes on from exactly here.
    const interrupted = error instanceof Aborted
    try {
      await save({
        status: interrupted ? 'interrupted' : 'failed',
        lastError: interrupted ? null : input.redact(error instanceof Error ? error.message : String(error)),
      })
    } catch (saveError) {
      return { kind: 'failed', state, error: saveError }
    }
    return interrupted ? { kind: 'interrupted', state } : { kind: 'failed', state, error }
  }
}
