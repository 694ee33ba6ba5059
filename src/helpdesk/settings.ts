import * as z from 'zod/mini'
import { HelpdeskError } from './errors'
import { describeIssues } from './parse'

/**
 * The app's installation settings (manifest.json `parameters`), as the helpdesk hands them over.
 * Zendesk passes number parameters as strings or numbers and omits unset ones, so coerce and default here.
 */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

export const appSettingsSchema = z.object({
  detection_sensitivity: z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'string' ? value.trim().toLowerCase() || undefined : blankToUndefined(value),
    ),
    z._default(z.enum(['low', 'normal', 'high'], 'must be low, normal or high'), 'normal'),
  ),
  reply_sla_minutes: z.pipe(
    z.transform((value: unknown) => {
      const present = blankToUndefined(value)
      return typeof present === 'string' ? Number(present.trim()) : present
    }),
    z._default(
      z
        .number('must be a number of minutes')
        .check(
          z.int('must be a whole number of minutes'),
          z.minimum(1, 'must be at least 1 minute'),
          z.maximum(10_080, 'must be at most 10080 minutes (one week)'),
        ),
      240,
    ),
  ),
})

export interface AppSettings {
  detectionSensitivity: 'low' | 'normal' | 'high'
  replySlaMinutes: number
}

export function parseAppSettings(raw: unknown): AppSettings {
  const result = appSettingsSchema.safeParse(raw ?? {})
  if (!result.success) {
    const problem = describeIssues(result.error)
    throw new HelpdeskError('bad_settings', `The app settings are invalid: ${problem}`, {
      source: 'app settings',
      problem,
    })
  }
  return {
    detectionSensitivity: result.data.detection_sensitivity,
    replySlaMinutes: result.data.reply_sla_minutes,
  }
}
