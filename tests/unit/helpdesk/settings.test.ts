import { describe, expect, it } from 'vitest'
import { parseAppSettings } from '../../../src/helpdesk/settings'

describe('app settings', () => {
  it('defaults what the admin left empty', () => {
    expect(parseAppSettings({})).toEqual({ detectionSensitivity: 'normal', replySlaMinutes: 240 })
    expect(parseAppSettings({ detection_sensitivity: '', reply_sla_minutes: '' })).toEqual({
      detectionSensitivity: 'normal',
      replySlaMinutes: 240,
    })
    expect(parseAppSettings(undefined)).toEqual({ detectionSensitivity: 'normal', replySlaMinutes: 240 })
  })

  it('accepts Zendesk’s string numbers and loose casing', () => {
    expect(parseAppSettings({ detection_sensitivity: ' High ', reply_sla_minutes: '90' })).toEqual({
      detectionSensitivity: 'high',
      replySlaMinutes: 90,
    })
  })

  it.each([
    [{ detection_sensitivity: 'extreme' }, /detection_sensitivity: must be low, normal or high/],
    [{ reply_sla_minutes: 'soon' }, /reply_sla_minutes: must be a number of minutes/],
    [{ reply_sla_minutes: 12.5 }, /reply_sla_minutes: must be a whole number/],
    [{ reply_sla_minutes: 0 }, /reply_sla_minutes: must be at least 1 minute/],
    [{ reply_sla_minutes: 99999 }, /reply_sla_minutes: must be at most 10080/],
  ])('names the bad setting %j', (raw, message) => {
    expect(() => parseAppSettings(raw)).toThrow(message)
    try {
      parseAppSettings(raw)
    } catch (error) {
      expect(error).toMatchObject({ code: 'bad_settings' })
    }
  })
})
