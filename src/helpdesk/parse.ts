import type * as z from 'zod/mini'
import './zod-messages'
import { HelpdeskError } from './errors'

/** Formats zod issues as `path.to[0].field: message`, short enough for an error banner. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      '',
    )
    return `${path || '(root)'}: ${issue.message}`
  })
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : ''
  return parts.join('; ') + more
}

/** What parseBoundary needs of a schema: zod/mini's (the app) and zod's (the Node CLI's exports) both fit. */
export interface BoundarySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError }
}

/** Validates data that crossed a boundary; a mismatch becomes a named, explained HelpdeskError. */
export function parseBoundary<T>(schema: BoundarySchema<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const problem = describeIssues(result.error)
  throw new HelpdeskError('malformed_response', `Unexpected data from ${source}: ${problem}`, {
    source,
    problem,
  })
}
