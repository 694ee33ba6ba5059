import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FOLLOW_UP_DELAYS,
  scheduleFollowUp,
  type OtherFollowUp,
  type ScheduleInput,
} from '../../../src/core/followup/schedule'

const NOW = '2026-12-07T10:30:00.000Z'
const input = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  now: NOW,
  delayDays: 7,
  cooldownDays: 14,
  ticketId: '4201',
  ticketClosed: false,
  others: [],
  ...overrides,
})
const DAY = 86_400_000
const dayFromNow = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString().slice(0, 10)

describe('follow-up survey scheduling', () => {
  it("schedules the admin's delay when nothing else asks the customer", () => {
    expect(scheduleFollowUp(input())).toEqual({ kind: 'scheduled', days: 7, dueDate: '2026-12-14' })
  })

  it('never surveys a closed ticket', () => {
    expect(scheduleFollowUp(input({ ticketClosed: true }))).toEqual({ kind: 'skipped', reason: 'closed' })
  })

  it('waits out the cooldown after a survey sent on another ticket: the next delay that clears it', () => {
    const others: OtherFollowUp[] = [{ ticketId: '3900', state: 'sent', date: dayFromNow(-3) }]
    expect(scheduleFollowUp(input({ others }))).toEqual({
      kind: 'scheduled',
      days: 14,
      dueDate: dayFromNow(14),
      delayedBy: { ticketId: '3900', date: dayFromNow(-3) },
    })
  })

  it('keeps clear of a survey scheduled on another ticket, before or after ours', () => {
    const others: OtherFollowUp[] = [{ ticketId: '3900', state: 'scheduled', date: dayFromNow(10) }]
    // 7 → 3 days apart, 14 → 4 apart, 30 → 20 apart: the first that clears 14 days is 30.
    expect(scheduleFollowUp(input({ others }))).toMatchObject({ kind: 'scheduled', days: 30 })
  })

  it('skips the survey when no delay clears every other survey, naming the one in the way', () => {
    const others: OtherFollowUp[] = [
      { ticketId: '3900', state: 'sent', date: dayFromNow(-2) },
      { ticketId: '3901', state: 'scheduled', date: dayFromNow(25) },
    ]
    expect(scheduleFollowUp(input({ others }))).toEqual({
      kind: 'skipped',
      reason: 'cooldown',
      ticketId: '3901',
      date: dayFromNow(25),
    })
  })

  it("ignores this ticket's own earlier schedule (a retry reschedules, it does not block itself)", () => {
    const others: OtherFollowUp[] = [{ ticketId: '4201', state: 'scheduled', date: dayFromNow(7) }]
    expect(scheduleFollowUp(input({ others }))).toMatchObject({ kind: 'scheduled', days: 7 })
  })

  it('a cooldown of 0 never delays', () => {
    const others: OtherFollowUp[] = [{ ticketId: '3900', state: 'sent', date: dayFromNow(0) }]
    expect(scheduleFollowUp(input({ cooldownDays: 0, others }))).toMatchObject({ days: 7 })
  })

  it('property: a scheduled survey is never within the cooldown of another, and never earlier than asked', () => {
    const other = fc.record({
      ticketId: fc.constantFrom('1', '2', '3'),
      state: fc.constantFrom<'sent' | 'scheduled'>('sent', 'scheduled'),
      offset: fc.integer({ min: -60, max: 60 }),
    })
    fc.assert(
      fc.property(
        fc.array(other, { maxLength: 4 }),
        fc.constantFrom(...FOLLOW_UP_DELAYS),
        fc.integer({ min: 0, max: 40 }),
        (raw, delayDays, cooldownDays) => {
          const others = raw.map(({ offset, ...rest }) => ({ ...rest, date: dayFromNow(offset) }))
          const decision = scheduleFollowUp(input({ others, delayDays, cooldownDays }))
          if (decision.kind !== 'scheduled') return decision.reason === 'cooldown'
          expect(decision.days).toBeGreaterThanOrEqual(delayDays)
          for (const survey of others) {
            const apart = Math.abs(Date.parse(decision.dueDate) - Date.parse(survey.date)) / DAY
            expect(apart).toBeGreaterThanOrEqual(cooldownDays)
          }
          return true
        },
      ),
    )
  })
})
