import type { Clock } from './time'

/**
 * The fake account's time. Zendesk's automations run on the hour; to let a reviewer or a test watch a
 * three-day follow-up happen, the account's clock stands still and moves only when told (the harness's clock
 * control). Started without a base clock it reads the computer's time once, at boot; with one (tests' manual
 * clocks) it follows that clock plus whatever it was advanced by.
 */
export class AccountClock {
  private offsetMs = 0
  private readonly base: Clock

  constructor(base?: Clock) {
    const boot = new Date().getTime()
    this.base = base ?? (() => new Date(boot))
  }

  /** The account's current time (a Clock: pass it wherever one is expected). */
  readonly now: Clock = () => new Date(this.base().getTime() + this.offsetMs)

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new Error('the account clock only moves forward')
    this.offsetMs += ms
    return this.now()
  }
}
