import { describe, expect, it } from 'vitest'
import { parseIsoMs } from '../../../src/core/detect/time'

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
