/**
 * The scan's state file: where the scan stands, so an interrupted run (Ctrl+C, a crash, a 500 storm) goes on
 * without skipping or repeating a ticket. It is replaced atomically (write a temporary file, flush it, rename
 * it over the old one): a crash leaves either the old state or the new one, never half of each. It holds no
 * credentials: the account's URL and the email, never the token.
 */
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import * as z from 'zod'
import { describeIssues } from '../snapshot-schema'

const seconds = z.number().int().nonnegative()
const count = z.number().int().nonnegative()

export const scanCountsSchema = z.object({
  /** Tickets the export gave inside the window. */
  read: count,
  assessed: count,
  /** Need recovery and carry no recovery status yet. */
  flagged: count,
  tagged: count,
  wouldTag: count,
  /** Already carried a recovery status tag: someone started, finished or declined a recovery. */
  handled: count,
  /** Got a recovery status between our read and our write. */
  raced: count,
  /** Need recovery but are closed: Zendesk lets nobody change a closed ticket. */
  closed: count,
  /** Zendesk refused the tag write (deleted meanwhile, invalid…). */
  refused: count,
  unreadable: count,
})
export type ScanCounts = z.infer<typeof scanCountsSchema>

export const emptyCounts = (): ScanCounts => ({
  read: 0,
  assessed: 0,
  flagged: 0,
  tagged: 0,
  wouldTag: 0,
  handled: 0,
  raced: 0,
  closed: 0,
  refused: 0,
  unreadable: 0,
})

export const scanModeSchema = z.enum(['list', 'tag', 'dry_run'])
export type ScanMode = z.infer<typeof scanModeSchema>

export const scanStateSchema = z.object({
  version: z.literal(1),
  /** The API base URL; a state file of another account is refused. */
  account: z.string(),
  email: z.string(),
  mode: scanModeSchema,
  sensitivity: z.enum(['low', 'normal', 'high']),
  slaMinutes: z.number().positive().nullable(),
  /** Unix seconds: tickets whose last change is in [start, end) belong to this run. */
  window: z.object({ start: seconds, end: seconds }),
  position: z.object({
    ticketCursor: z.string().nullable(),
    startTime: seconds,
    eventsTime: seconds,
    coverageStart: seconds,
  }),
  /** Tickets of the page at `position` already done (assessed, written, tagged): not done again. */
  doneInPage: z.array(z.string()),
  /**
   * A tag write under way when the state was saved: the line to print if it landed. A resumed run reads
   * the ticket once to learn whether it did, so the line is neither lost nor printed twice.
   */
  pending: z.object({ id: z.string(), line: z.string() }).nullable(),
  /** The export time of the last ticket done, for messages. */
  cursorTime: z.string().nullable(),
  /** The output file and how many bytes of it belong to the work saved here; the rest is cut on resume. */
  out: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  counts: scanCountsSchema,
  status: z.enum(['running', 'interrupted', 'failed', 'finished']),
  startedAt: z.string(),
  updatedAt: z.string(),
  /** Why the run stopped, credentials already removed. */
  lastError: z.string().nullable(),
})
export type ScanState = z.infer<typeof scanStateSchema>

export class StateFileError extends Error {}

/** `.turnaround-scan-acme.json`: one state file per account by default, in the working directory. */
export function defaultStatePath(account: string): string {
  return `.turnaround-scan-${account.toLowerCase().replace(/[^a-z0-9.-]+/g, '_')}.json`
}

export interface StateStore {
  load(): Promise<ScanState | null>
  save(state: ScanState): Promise<void>
}

export function fileStateStore(path: string): StateStore {
  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw new StateFileError(`cannot read the state file ${path}: ${(error as Error).message}`)
      }
      let data: unknown
      try {
        data = JSON.parse(text)
      } catch {
        throw new StateFileError(`the state file ${path} is not JSON; move it away to start a new scan`)
      }
      const parsed = scanStateSchema.safeParse(data)
      if (!parsed.success) {
        throw new StateFileError(
          `the state file ${path} is not a scan state (${describeIssues(parsed.error)}); move it away to start a new scan`,
        )
      }
      return parsed.data
    },
    save: (state) => writeAtomically(path, `${JSON.stringify(state, null, 2)}\n`),
  }
}

let writes = 0

/** Write beside the target (same file system, so rename is atomic), flush to disk, then rename over it. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${++writes}.tmp`)
  const handle = await open(temporary, 'w', 0o600)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
