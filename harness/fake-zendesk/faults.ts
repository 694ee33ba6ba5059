/**
 * Fault injection for tests: make a route fail the next N times (a 429 with Retry-After, a 500,
 * a 200 whose body is not JSON) without touching the store.
 */

export interface FaultSpec {
  method?: string
  /** A RegExp, or a string matched as a substring of the path (no query). */
  pathPattern: string | RegExp
  status: number
  /** How many matching requests fail before the route works again. Default 1. */
  times?: number
  body?: unknown
  retryAfter?: number
  /** Answer with a body that is not valid JSON (with the given status, usually 200). */
  malformed?: true
}

export interface FaultResponse {
  status: number
  headers: Record<string, string>
  body: string
}

interface ActiveFault extends FaultSpec {
  id: number
  remaining: number
}

/** The truncated JSON a flaky proxy or a cut connection would hand back. */
export const MALFORMED_BODY = '{"comments":[{"id":1,"type":"Comment","body":"Hel'

export class FaultInjector {
  private faults: ActiveFault[] = []
  private nextId = 1

  inject(spec: FaultSpec): number {
    const id = this.nextId++
    this.faults.push({ ...spec, id, remaining: spec.times ?? 1 })
    return id
  }

  clear(id?: number): void {
    this.faults = id === undefined ? [] : this.faults.filter((fault) => fault.id !== id)
  }

  /** The fault response for this request, consuming one use, or null when no fault applies. */
  take(method: string, path: string): FaultResponse | null {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method.toUpperCase()) &&
        (typeof candidate.pathPattern === 'string'
          ? path.includes(candidate.pathPattern)
          : candidate.pathPattern.test(path)),
    )
    if (!fault) return null
    fault.remaining -= 1
    if (fault.remaining <= 0) this.clear(fault.id)
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
    if (fault.malformed) return { status: fault.status, headers, body: MALFORMED_BODY }
    const body = fault.body ?? defaultFaultBody(fault.status)
    return { status: fault.status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
  }
}

function defaultFaultBody(status: number): unknown {
  if (status === 429) {
    return {
      error: 'APIRateLimitExceeded',
      description: 'Number of allowed API requests per minute exceeded',
    }
  }
  if (status >= 500) return { error: 'InternalServerError', description: 'Injected fault' }
  return {}
}
