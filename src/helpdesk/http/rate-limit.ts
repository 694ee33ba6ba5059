/**
 * One shared pause for every request of a client after a 429: without it, parallel requests would each
 * hit the limit and each retry on their own (a retry storm). Retry-After is in seconds (Zendesk sends it).
 */
export class RateLimitGate {
  private resumeAt = 0

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Resolves once any pause in force has passed. */
  async wait(): Promise<void> {
    const remaining = this.resumeAt - this.now()
    if (remaining > 0) await this.sleep(remaining)
  }

  block(seconds: number): void {
    this.resumeAt = Math.max(this.resumeAt, this.now() + seconds * 1000)
  }
}

/** Zendesk always sends Retry-After with a 429; this covers a proxy that does not. */
export const RETRY_AFTER_FALLBACK_SECONDS = 60

/** Reads Retry-After as seconds (delta-seconds or an HTTP date); falls back when missing or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  fallbackSeconds: number,
  now = Date.now(),
): number {
  if (!value) return fallbackSeconds
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(value)
  if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000))
  return fallbackSeconds
}
