import { harnessClient, loaded } from './harness-client'
import type { HarnessGlobal } from './recorder'
import type { Loaded, NotificationsAnswer } from './rules-types'
import { renderChangesPanel, type ChangesResponse } from './ui/changes-panel'
import type { NameOf } from './ui/ledger-view'

/**
 * Feeds "What the app changed" for the open ticket: the follower's change log answers and the notifications
 * the account's rules sent. Notifications are read again whenever the change log moves (a rule only sends
 * one while it changes the ticket), and once more after every clock move or rating. A server without the
 * notifications endpoint is asked once per page load.
 */

export interface ChangesFeedContext {
  followUpField(): { id: number; title: string } | null
  nameOf: NameOf
  recorder: HarnessGlobal
}

export class ChangesFeed {
  private ticketId: number | null = null
  private changes: ChangesResponse | null = null
  private changesText = ''
  private notifications: Loaded<NotificationsAnswer> = { state: 'loading' }
  private notificationsMissing = false
  /** The last render's inputs: an identical answer is not re-rendered (a rebuild loses the scroll position). */
  private renderedKey = ''
  private readonly expandedBodies = new Set<string>()

  constructor(
    private readonly container: HTMLElement,
    private readonly context: ChangesFeedContext,
  ) {}

  /** Another ticket is open: nothing of the previous one's stays on screen. */
  open(ticketId: number): void {
    this.ticketId = ticketId
    this.changes = null
    this.changesText = ''
    this.renderedKey = ''
    this.expandedBodies.clear()
    this.notifications = this.notificationsMissing ? this.notifications : { state: 'loading' }
  }

  /**
   * A change log answer from the follower; when it differs from the last one, notifications are read again.
   * Says whether it differed.
   */
  showChanges(changes: ChangesResponse): boolean {
    const text = JSON.stringify(changes)
    if (text === this.changesText) return false
    this.changesText = text
    this.changes = changes
    this.render()
    void this.refreshNotifications()
    return true
  }

  async refreshNotifications(): Promise<void> {
    const ticketId = this.ticketId
    if (ticketId === null || this.notificationsMissing) return
    const answer = await loaded(harnessClient.notifications(ticketId), 'Notifications')
    if (ticketId !== this.ticketId) return
    if (answer.state === 'unavailable') this.notificationsMissing = true
    this.context.recorder.rules.endpoints.notifications = answer.state
    // A failed reload keeps the notifications last read on screen.
    if (answer.state === 'failed' && this.notifications.state === 'loaded') return
    this.notifications = answer
    this.render()
  }

  /** Draws the panel again even if nothing in it changed (its relative times did: the clock moved). */
  redraw(): void {
    this.renderedKey = ''
    this.render()
  }

  private render(): void {
    if (!this.changes) return
    const key = `${this.changesText}\n${JSON.stringify(this.notifications)}`
    if (key === this.renderedKey) return
    this.renderedKey = key
    renderChangesPanel(this.container, this.changes, {
      followUpField: this.context.followUpField(),
      nameOf: this.context.nameOf,
      notifications: this.notifications,
      expandedBodies: this.expandedBodies,
    })
  }
}
