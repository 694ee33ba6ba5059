import { HelpdeskError } from '../errors'
import { ZAFClient } from './zaf-sdk'
import type { ZafClient, ZafClientFactory, ZafContext, ZafMetadata } from './zaf-types'

export interface ZendeskConnection {
  client: ZafClient
  metadata: ZafMetadata
  context: ZafContext
}

/**
 * Starts the ZAF handshake and resolves once Zendesk has registered the app.
 * Call it once at start-up, before React renders: `app.registered` fires only once, so a listener
 * attached later (as in the official scaffold's effect) can miss it and leave the app blank.
 */
export function connectZendesk(
  factory: ZafClientFactory = ZAFClient,
  timeoutMs = 15_000,
): Promise<ZendeskConnection> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new HelpdeskError('network', 'Zendesk did not answer the app handshake', {
          source: 'ZAF handshake',
        }),
      )
    }, timeoutMs)
    const client = factory.init(function (this: ZafClient, data) {
      clearTimeout(timer)
      resolve({ client: this, metadata: data.metadata, context: data.context })
    })
    if (!client) {
      clearTimeout(timer)
      reject(
        new HelpdeskError(
          'not_in_helpdesk',
          'This page must be opened by Zendesk: the origin and app_guid URL parameters are missing',
          { source: 'ZAF init' },
        ),
      )
    }
  })
}
