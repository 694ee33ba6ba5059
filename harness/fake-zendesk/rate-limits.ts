import { ZendeskApiError } from './errors'
import type { Clock } from './time'

/**
 * Zendesk's documented limits, as sliding windows: the plan's account limit per minute (every request),
 * Update Ticket's 100/min per account, and 30 updates per 10 minutes per user per ticket.
 * A refusal is a 429 with `Retry-After` in seconds plus the rate-limit headers Zendesk sends.
 */

export interface RateLimitOptions {
  accountPerMinute?: number
  ticketUpdatesPerMinute?: number
  updatesPerTicketPerUser?: number
  perTicketWindowSeconds?: number
}

class SlidingWindow {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Remaining calls and, when none remain, how long until the oldest hit leaves the window. */
  check(key: string, now: number): { remaining: number; retryAfterSeconds: number } {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    this.hits.set(key, recent)
    const remaining = this.limit - recent.length
    const oldest = recent[0] ?? now
    return { remaining, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) }
  }

  hit(key: string, now: number): void {
    const list = this.hits.get(key) ?? []
    list.push(now)
    this.hits.set(key, list)
  }

  get max(): number {
    return this.limit
  }

  reset(): void {
    this.hits.clear()
  }
}

export class RateLimiter {
  private readonly account: SlidingWindow
  private readonly ticketUpdates: SlidingWindow
  private readonly perTicket: SlidingWindow

  constructor(
    private readonly clock: Clock,
    options: RateLimitOptions = {},
  ) {
    this.account = new SlidingWindow(options.accountPerMinute ?? 400, 60_000)
    this.ticketUpdates = new SlidingWindow(options.ticketUpdatesPerMinute ?? 100, 60_000)
    this.perTicket = new SlidingWindow(
      options.updatesPerTicketPerUser ?? 30,
      (options.perTicketWindowSeconds ?? 600) * 1000,
    )
  }

  /** Counts one request; throws a 429 when a limit is spent. Returns the headers every response carries. */
  admit(request: { isTicketUpdate: boolean; ticketId?: number; userId: number }): Record<string, string> {
    const now = this.clock().getTime()
    const account = this.account.check('account', now)
    if (account.remaining <= 0) {
      throw this.tooMany(account.retryAfterSeconds, this.account.max, 'APIRateLimitExceeded', {
        description: 'Number of allowed API requests per minute exceeded',
      })
    }
    if (request.isTicketUpdate && request.ticketId !== undefined) {
      const updates = this.ticketUpdates.check('updates', now)
      if (updates.remaining <= 0) {
        throw this.tooMany(updates.retryAfterSeconds, this.ticketUpdates.max, 'APIRateLimitExceeded', {
          description: 'Number of allowed ticket updates per minute exceeded',
        })
      }
      const key = `${request.userId}:${request.ticketId}`
      const perTicket = this.perTicket.check(key, now)
      if (perTicket.remaining <= 0) {
        throw this.tooMany(perTicket.retryAfterSeconds, this.perTicket.max, 'TooManyRequests', {
          description:
            'Rate limit for ticket updates exceeded, please wait before updating this ticket again',
        })
      }
      this.ticketUpdates.hit('updates', now)
      this.perTicket.hit(key, now)
    }
    this.account.hit('account', now)
    return this.headers(this.account.max, account.remaining - 1, 60 - (Math.floor(now / 1000) % 60))
  }

  private headers(limit: number, remaining: number, resetSeconds: number): Record<string, string> {
    return {
      'x-rate-limit': String(limit),
      'x-rate-limit-remaining': String(Math.max(0, remaining)),
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(Math.max(0, remaining)),
      'ratelimit-reset': String(resetSeconds),
    }
  }

  private tooMany(
    retryAfter: number,
    limit: number,
    error: string,
    extra: { description: string },
  ): ZendeskApiError {
    return new ZendeskApiError(
      429,
      { error, description: extra.description },
      { 'retry-after': String(retryAfter), ...this.headers(limit, 0, retryAfter) },
    )
  }

  reset(): void {
    this.account.reset()
    this.ticketUpdates.reset()
    this.perTicket.reset()
  }
}
