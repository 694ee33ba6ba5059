import { createHttpClient, defaultHttpPolicy, type HttpPolicy } from './client'
import { fetchTransport, type ApiTokenCredentials } from './fetch-transport'
import type { HttpClient } from './types'
import { zafTransport, type ZafRequester } from './zaf-transport'

export { DEFAULT_TIMEOUT_MS, createHttpClient, defaultHttpPolicy, type HttpPolicy } from './client'
export { apiBaseUrl, apiTokenAuthorization, type ApiTokenCredentials } from './fetch-transport'
export { withQuery } from './query'
export { RateLimitGate, parseRetryAfter } from './rate-limit'
export { defaultRetryPolicy, isTransient, withRetries, type RetryPolicy } from './retry'
export { describeRequest, toHelpdeskError } from './request-errors'
export type * from './types'

/** HTTP inside Zendesk: every request goes through `client.request` with the agent's session. */
export function createZafHttp(client: ZafRequester, policy: HttpPolicy = defaultHttpPolicy()): HttpClient {
  return createHttpClient(zafTransport(client), policy)
}

/** HTTP from Node (CLI, batch jobs): Zendesk's API-token basic auth `{email}/token:{token}`. */
export function createApiTokenHttp(
  credentials: ApiTokenCredentials,
  policy: HttpPolicy = defaultHttpPolicy(),
): HttpClient {
  return createHttpClient(fetchTransport(credentials), policy)
}
