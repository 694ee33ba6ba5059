import { HelpdeskError } from '../errors'

/**
 * Retries a request that is safe to repeat (a read, or a write the caller reconciles) after a 5xx or a
 * lost connection, with exponential backoff. The client already honours 429 with Retry-After; a 5xx gets
 * no retry there because only the caller knows whether repeating it is safe. Batch jobs (`turnaround scan`)
 * use this around their reads so a short 500 storm costs a pause, not the run.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep?: (ms: number) => Promise<void>
  /** Told before each pause, e.g. to show "retrying in 4 s" as progress. */
  onRetry?: (error: HelpdeskError, attempt: number, delayMs: number) => void
}

export const defaultRetryPolicy = (): RetryPolicy => ({ attempts: 6, baseDelayMs: 1_000, maxDelayMs: 30_000 })

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function isTransient(error: unknown): error is HelpdeskError {
  return error instanceof HelpdeskError && (error.code === 'server' || error.code === 'network')
}

export async function withRetries<T>(run: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (!isTransient(error) || attempt >= policy.attempts) throw error
      const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      policy.onRetry?.(error, attempt, delayMs)
      await (policy.sleep ?? sleepMs)(delayMs)
    }
  }
}
