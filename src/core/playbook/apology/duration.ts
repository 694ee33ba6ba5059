/** A wait in minutes, rounded the way people say it: "three days", "more than a day", "almost two hours". */
import type { Duration, DurationUnit } from './types'

const UNIT_MINUTES: readonly (readonly [DurationUnit, number])[] = [
  ['week', 7 * 24 * 60],
  ['day', 24 * 60],
  ['hour', 60],
  ['minute', 1],
]

/** Weeks only from two weeks on: "ten days" reads better than "more than a week". */
function unitFor(minutes: number): readonly [DurationUnit, number] {
  if (minutes >= 14 * 24 * 60) return UNIT_MINUTES[0]!
  if (minutes >= 24 * 60) return UNIT_MINUTES[1]!
  if (minutes >= 60) return UNIT_MINUTES[2]!
  return UNIT_MINUTES[3]!
}

/**
 * Never understates the wait, which would read as minimising it: a tenth of a unit or more above a whole
 * number is "more than", three quarters or more is "almost" the next one. null for no usable wait.
 */
export function measureDuration(minutes: number | undefined): Duration | null {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes < 1) return null
  const [unit, size] = unitFor(minutes)
  const whole = Math.floor(minutes / size)
  const fraction = minutes / size - whole
  if (fraction >= 0.75) {
    // "almost 24 hours" is "almost a day"; "almost 60 minutes" is "almost an hour".
    if (unit === 'hour' && whole + 1 === 24) return { count: 1, unit: 'day', approx: 'almost' }
    if (unit === 'minute' && whole + 1 === 60) return { count: 1, unit: 'hour', approx: 'almost' }
    return { count: whole + 1, unit, approx: 'almost' }
  }
  return { count: whole, unit, approx: fraction >= 0.1 ? 'over' : 'exact' }
}
