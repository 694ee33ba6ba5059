import type { HttpClient } from '../../http/types'
import type { ImpactConnection } from '../../impact-ports'
import { checkRecoverySettings } from '../../recovery-settings'
import { readActor } from '../recovery/zaf-workspace'
import type { ZafClient } from '../zaf-types'
import { ZendeskImpactLoader } from './impact-loader'

/** Loaded on demand (the nav_bar page's own chunk): settings, who is looking, and the period loader. */
export function openZendeskImpact(
  client: ZafClient,
  http: HttpClient,
  rawSettings: Record<string, unknown> | undefined,
): ImpactConnection {
  return {
    settings: checkRecoverySettings(rawSettings),
    readViewer: () => readActor(client),
    loader: (period, now) => new ZendeskImpactLoader(http, period, now),
  }
}
