import type { ChangesResponse } from './ui/changes-types'

/**
 * Follows the open ticket the way the agent workspace does while a ticket tab is open: about once a second
 * it reads the ticket's change log (one cheap call, which also feeds "What the app changed"), and when the
 * ticket's `updated_at` moved because of a write other than this page's own Submit, it reports who wrote.
 * This page's Submit is told apart by its audit id (and suspended while in flight), so it never counts.
 */

export interface TicketUpdater {
  id: number
  name: string
}

export interface FollowerCallbacks {
  fetchChanges(ticketId: number): Promise<ChangesResponse>
  /** Every poll's answer (the caller re-renders only when it differs). */
  onChanges(changes: ChangesResponse): void
  /** The saved ticket changed elsewhere; `updater` is the author of the latest such write, when known. */
  onUpdatedElsewhere(updater: TicketUpdater | null): Promise<void>
}

export const FOLLOW_INTERVAL_MS = 1000

export class TicketFollower {
  private timer: ReturnType<typeof setInterval> | null = null
  private knownUpdatedAt: string | null
  private readonly seenAudits = new Set<number>()
  private readonly ownAudits = new Set<number>()
  /** Bumped when this page starts writing: a poll begun before it is stale. */
  private generation = 0
  private ownWrites = 0
  /** The poll in flight, and the one queued behind it (a caller that needs an answer read after now). */
  private inFlight: Promise<void> | null = null
  private queued: Promise<void> | null = null

  constructor(
    private readonly ticketId: number,
    updatedAt: string,
    private readonly callbacks: FollowerCallbacks,
  ) {
    this.knownUpdatedAt = updatedAt
  }

  start(): void {
    this.timer ??= setInterval(() => void this.poll(), FOLLOW_INTERVAL_MS)
    void this.poll()
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
  }

  /** This page is about to save the ticket itself. */
  beginOwnWrite(): void {
    this.generation += 1
    this.ownWrites += 1
  }

  /**
   * This page's save is done. Its audit id marks its change as its own, so a write by someone else just
   * before it still counts; without one, the stamp it produced is taken as seen.
   */
  endOwnWrite(auditId: number | null, updatedAt: string | null): void {
    if (auditId !== null) this.ownAudits.add(auditId)
    else if (updatedAt !== null) this.knownUpdatedAt = updatedAt
    this.ownWrites = Math.max(0, this.ownWrites - 1)
    this.generation += 1
  }

  /**
   * Reads the change log once and reports what moved. While a poll is in flight, a second call waits for it
   * and then reads again (its answer may predate what the caller just did); further calls share that one.
   */
  poll(): Promise<void> {
    if (this.ownWrites > 0) return Promise.resolve()
    if (this.inFlight) {
      this.queued ??= this.inFlight.then(() => {
        this.queued = null
        return this.poll()
      })
      return this.queued
    }
    const run = this.pollOnce().finally(() => {
      this.inFlight = null
    })
    this.inFlight = run
    return run
  }

  private async pollOnce(): Promise<void> {
    const generation = this.generation
    try {
      const changes = await this.callbacks.fetchChanges(this.ticketId)
      if (generation !== this.generation || this.timer === null) return
      this.callbacks.onChanges(changes)
      await this.notice(changes)
    } catch (error) {
      console.warn('harness: could not follow the ticket', error)
    }
  }

  private async notice(changes: ChangesResponse): Promise<void> {
    const updatedAt = changes.current?.updatedAt ?? null
    const fresh = changes.changes.filter((change) => !this.seenAudits.has(change.auditId))
    for (const change of fresh) this.seenAudits.add(change.auditId)
    if (updatedAt === null || updatedAt === this.knownUpdatedAt) return
    this.knownUpdatedAt = updatedAt
    const foreign = fresh.filter((change) => !this.ownAudits.has(change.auditId))
    // Only this page's own Submit moved the stamp: nothing to tell the apps.
    if (fresh.length > 0 && foreign.length === 0) return
    const latest = foreign.at(-1)
    await this.callbacks.onUpdatedElsewhere(latest ? { id: latest.authorId, name: latest.authorName } : null)
  }
}
