import type { Reason } from '../types'

/** A reason plus the time of the event behind it (for `detectedAt`); internal to the engine. */
export interface TimedReason extends Reason {
  at: string | null
  /** See TextHit.needsSecondCue. */
  needsSecondCue?: boolean
  /** See TextHit.asked. */
  asked?: boolean
}
