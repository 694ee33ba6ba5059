/**
 * Zendesk's error bodies, as the REST API returns them. The app must tell these apart
 * (404 route vs 404 record, 409 safe-update conflict, 422 validation), so keep the names exact.
 */

export type ZendeskErrorBody =
  | {
      error: string
      description?: string
      details?: Record<string, Array<{ description: string; error: string }>>
    }
  | { error: { title: string; message: string } }

export class ZendeskApiError extends Error {
  readonly status: number
  readonly body: ZendeskErrorBody
  readonly headers: Record<string, string>

  constructor(status: number, body: ZendeskErrorBody, headers: Record<string, string> = {}) {
    super(typeof body.error === 'string' ? body.error : body.error.title)
    this.name = 'ZendeskApiError'
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export const invalidEndpoint = (): ZendeskApiError =>
  new ZendeskApiError(404, { error: 'InvalidEndpoint', description: 'Not found' })

export const recordNotFound = (): ZendeskApiError =>
  new ZendeskApiError(404, { error: 'RecordNotFound', description: 'Not found' })

export const unauthorized = (): ZendeskApiError =>
  new ZendeskApiError(401, { error: "Couldn't authenticate you" })

export const forbidden = (): ZendeskApiError =>
  new ZendeskApiError(403, {
    error: 'Forbidden',
    description:
      'You do not have access to this page. Please contact the account owner of this help desk for further help.',
  })

export const updateConflict = (): ZendeskApiError =>
  new ZendeskApiError(409, {
    error: 'UpdateConflict',
    description:
      'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
  })

export const recordInvalid = (field: string, message: string): ZendeskApiError =>
  new ZendeskApiError(422, {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { [field]: [{ description: message, error: 'InvalidValue' }] },
  })

export const badRequest = (message: string): ZendeskApiError =>
  new ZendeskApiError(400, { error: 'InvalidPaginationParameter', description: message })
