import { describe, expect, it } from 'vitest'
import { formatIsoMs, parseIsoMs } from '../../../src/core/detect/time'

describe('parseIsoMs', () => {
  it.each([
    '2025-03-03T09:00:00Z',
    '2024-02-29T23:59:59.999Z',
    '1999-12-31T00:00:00.000Z',
    '2000-03-01T12:34:56Z',
    '2100-01-01T00:00:00Z',
    '2025-03-03T09:00:00+09:00',
    '2025-03-03T09:00:00.5Z',
    'not a date',
  ])('agrees with Date.parse for %s', (iso) => {
    expect(parseIsoMs(iso)).toEqual(Date.parse(iso))
  })
})

describe('formatIsoMs', () => {
  it.each([
    0,
    951_782_400_000, // 2000-02-29
    1_709_251_199_999, // 2024-02-29T23:59:59.999Z
    1_740_992_400_000.7,
    4_102_444_800_000, // 2100-01-01
    253_402_300_799_999, // the last four-digit year
    253_402_300_800_000,
    -1,
    -62_198_755_200_000,
  ])('agrees with toISOString for %s', (ms) => {
    expect(formatIsoMs(ms)).toEqual(new Date(ms).toISOString())
  })

  it('agrees with toISOString at every day boundary from 1970 to 2300', () => {
    for (let day = 0; day < 120_000; day++) {
      for (const ms of [day * 86_400_000, day * 86_400_000 + 86_399_999]) {
        if (formatIsoMs(ms) !== new Date(ms).toISOString())
          expect(formatIsoMs(ms)).toEqual(new Date(ms).toISOString())
      }
    }
  })

  it('throws like toISOString on an invalid time', () => {
    expect(() => formatIsoMs(NaN)).toThrow(RangeError)
  })
})
