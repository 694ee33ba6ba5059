import axios, { type AxiosInstance } from 'axios'
import type { ZafClient } from '../zendesk/zaf-types'
import { applyHttpPolicy, defaultHttpPolicy, type HttpPolicy } from './client'
import { zafAdapter } from './zaf-adapter'

export { toHelpdeskError, describeRequest, type HttpPolicy } from './client'
export { RateLimitGate, parseRetryAfter } from './rate-limit'

/** HTTP inside Zendesk: every request goes through `client.request`. */
export function createZafHttp(client: ZafClient, policy: HttpPolicy = defaultHttpPolicy()): AxiosInstance {
  return applyHttpPolicy(axios.create({ adapter: zafAdapter(client) }), policy)
}

export interface ApiTokenCredentials {
  /** e.g. "acme" for acme.zendesk.com, or a full base URL (tests, proxies). */
  subdomain: string
  email: string
  apiToken: string
}

/** HTTP from Node (CLI, batch jobs): Zendesk's API-token basic auth `{email}/token:{token}`. */
export function createApiTokenHttp(
  credentials: ApiTokenCredentials,
  policy: HttpPolicy = defaultHttpPolicy(),
): AxiosInstance {
  const baseURL = /^https?:\/\//.test(credentials.subdomain)
    ? credentials.subdomain
    : `https://${credentials.subdomain}.zendesk.com`
  return applyHttpPolicy(
    axios.create({
      baseURL,
      auth: { username: `${credentials.email}/token`, password: credentials.apiToken },
      headers: { Accept: 'application/json' },
      timeout: 30_000,
    }),
    policy,
  )
}
