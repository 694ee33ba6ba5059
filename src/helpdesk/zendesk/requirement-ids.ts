import { HelpdeskError } from '../errors'
import type { ZafClient } from './zaf-types'

/**
 * The ids Zendesk gave what requirements.json created (fields, views, triggers): they differ per account, so they
 * are looked up by identifier through ZAF (`requirement:<identifier>`), which agents may call. One `get` for all.
 */
export async function resolveRequirementIds<K extends string>(
  client: Pick<ZafClient, 'get'>,
  identifiers: Readonly<Record<K, string>>,
  what: string,
): Promise<Readonly<Record<K, string>>> {
  const names = Object.keys(identifiers) as K[]
  const path = (name: K) => `requirement:${identifiers[name]}`
  let result: Awaited<ReturnType<ZafClient['get']>>
  try {
    result = await client.get(names.map(path))
  } catch (error) {
    throw new HelpdeskError(
      'network',
      'Zendesk did not answer the app requirements lookup',
      { source: 'ZAF client.get(requirement:…)' },
      { cause: error },
    )
  }
  const ids: Partial<Record<K, string>> = {}
  const missing: string[] = []
  for (const name of names) {
    const value = result[path(name)] as { requirement_id?: unknown } | undefined
    const requirementId = value?.requirement_id
    if (
      typeof requirementId === 'number' ||
      (typeof requirementId === 'string' && /^\d+$/.test(requirementId))
    ) {
      ids[name] = String(requirementId)
    } else missing.push(identifiers[name])
  }
  if (missing.length) {
    throw new HelpdeskError(
      'not_installed',
      `The app's ${what} are missing (${missing.join(', ')}). Zendesk creates them when the app is installed from its package; \`zcli apps:server\` does not.`,
      { source: 'requirements.json', problem: missing.join(', ') },
    )
  }
  return ids as Record<K, string>
}
