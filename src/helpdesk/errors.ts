/**
 * Every failure the helpdesk layer can report, as one error class with a stable `code`
 * the UI translates. Nothing below the UI shows raw messages to agents.
 */
export type HelpdeskErrorCode =
  | 'not_in_helpdesk'
  | 'bad_settings'
  /** Something the app's requirements.json creates on install is missing (fields, the ledger object). */
  | 'not_installed'
  | 'network'
  | 'rate_limited'
  | 'conflict'
  | 'not_found'
  | 'forbidden'
  | 'unauthorized'
  | 'server'
  | 'malformed_response'
  | 'unexpected'

export interface HelpdeskErrorDetails {
  /** The request or data source that failed, e.g. "GET /api/v2/tickets/1.json". */
  source?: string
  status?: number
  retryAfterSeconds?: number
  /**
   * What was wrong, in words the agent can act on. For malformed data: which field and how, e.g.
   * `comments[0].created_at: expected string`. For a failed request: the helpdesk's own explanation from the
   * response body, e.g. `RecordInvalid: Record validation errors (Status: closed prevents ticket update)`.
   */
  problem?: string
  /** For a failed request: the helpdesk's machine name for the error, e.g. Zendesk's "UpdateConflict". */
  remoteError?: string
}

export class HelpdeskError extends Error {
  readonly code: HelpdeskErrorCode
  readonly details: HelpdeskErrorDetails

  constructor(
    code: HelpdeskErrorCode,
    message: string,
    details: HelpdeskErrorDetails = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'HelpdeskError'
    this.code = code
    this.details = details
  }

  /** Worth offering "try again" for: the same call may work later. */
  get retryable(): boolean {
    return ['network', 'rate_limited', 'server', 'conflict', 'unexpected'].includes(this.code)
  }
}

export function isHelpdeskError(value: unknown): value is HelpdeskError {
  return value instanceof HelpdeskError
}

/** Maps an HTTP status to our error code. */
export function codeForStatus(status: number): HelpdeskErrorCode {
  if (status === 0) return 'network'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'unexpected'
}
