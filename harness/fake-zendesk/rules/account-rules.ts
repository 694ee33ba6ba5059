import type { AccountClock } from '../account-clock'
import { IdSequence } from '../ids'
import { ruleVia } from '../ticket-history'
import { runAutomationsOnce, type AutomationRun } from './automation-runs'
import type { CsatMode } from './csat-links'
import { DynamicContent } from './dynamic-content'
import { NotificationLog, renderNotification } from './notifications'
import { renderDynamicContent } from './placeholders'
import type { RuleBook } from './rule-book'
import type { PendingNotification, RuleHost, UpdateStart } from './rule-host'
import { runTriggerCycle } from './trigger-cycle'

/**
 * The account's business rules at work: the trigger cycle after every ticket update, the hourly automation
 * runs as the account's clock moves, the notifications they send, and the dynamic content their titles and
 * emails use.
 */

const HOUR_MS = 3_600_000

export class AccountRules {
  readonly notifications = new NotificationLog()
  readonly dynamicContent = new DynamicContent(
    new IdSequence(360_004_118_001),
    new IdSequence(360_011_204_001),
  )
  /** Automation updates per ticket, for Zendesk's cap of 100. */
  private readonly automationUpdates = new Map<number, number>()

  constructor(
    private readonly host: RuleHost,
    readonly book: RuleBook,
    private readonly clock: AccountClock,
    /** Which CSAT the account uses: decides which satisfaction placeholders render (csat-links.ts). */
    readonly csatMode: CsatMode,
  ) {}

  /** After a person's, an app's or the survey's update: the trigger cycle, then the emails it asked for. */
  afterUpdate(start: UpdateStart): void {
    this.deliver(runTriggerCycle(this.host, this.book.activeRules('trigger'), start))
  }

  /**
   * Moves the account's clock forward `hours` whole hours; at each hour every active automation runs over
   * every non-closed ticket. Returns what fired.
   */
  advance(hours: number): AutomationRun[] {
    if (!Number.isInteger(hours) || hours < 0) throw new Error('hours must be a whole number ≥ 0')
    const runs: AutomationRun[] = []
    for (let hour = 0; hour < hours; hour += 1) {
      this.clock.advance(HOUR_MS)
      const automations = this.book.activeRules('automation')
      runs.push(
        ...runAutomationsOnce(automations, {
          host: this.host,
          updates: this.automationUpdates,
          afterFiring: (start, changed, pending) => {
            // Triggers run after an automation's update; one that only sent an email changed nothing.
            const fromTriggers = changed
              ? runTriggerCycle(this.host, this.book.activeRules('trigger'), start)
              : []
            this.deliver([...pending, ...fromTriggers])
          },
        }),
      )
    }
    return runs
  }

  /** A rule or view title as a reader with this locale sees it ({{dc.*}} rendered; unknown items kept). */
  renderTitle(rawTitle: string, localeId: number): string {
    return renderDynamicContent(rawTitle, (key) => this.dynamicContent.text(key, localeId))
  }

  private deliver(pending: readonly PendingNotification[]): void {
    const context = {
      host: this.host,
      csatMode: this.csatMode,
      dynamicContent: (key: string, localeId: number) => this.dynamicContent.text(key, localeId),
    }
    for (const entry of pending) {
      for (const sent of renderNotification(entry, context)) {
        this.notifications.record(sent)
        this.host.appendAuditEvents(entry.ticketId, entry.auditId, [
          {
            type: 'Notification',
            via: ruleVia(entry.rule),
            subject: sent.subject,
            body: sent.body,
            recipients: sent.to.map((recipient) => recipient.id),
          },
        ])
      }
    }
  }
}
