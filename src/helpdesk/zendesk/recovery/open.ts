import type { HttpClient } from '../../http/types'
import type { RecoveryConnection } from '../../recovery-ports'
import { checkRecoverySettings } from '../../recovery-settings'
import type { ZafClient } from '../zaf-types'
import { ZendeskRecovery } from './zendesk-recovery'

/** Loaded on demand (its own chunk): the settings check and the Zendesk recovery adapter. */
export function openZendeskRecovery(
  client: ZafClient,
  http: HttpClient,
  rawSettings: Record<string, unknown> | undefined,
): RecoveryConnection {
  return {
    settings: checkRecoverySettings(rawSettings),
    connect: (currency) => ZendeskRecovery.connect(client, http, currency),
  }
}
