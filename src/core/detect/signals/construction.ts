/**
 * A construction composes marks of several roles into one signal (a wait: lead + number + unit), instead of a
 * lexicon listing every combination. Each lives in its own file and is listed in `CONSTRUCTIONS` (text.ts);
 * its roles are set aside by the scan as marks rather than scored as phrases.
 */
import type { Role } from '../matcher'
import type { ScanContext } from './context'
import type { TextFindings, TextHit } from './findings'
import type { ScanParts } from './scan'

export interface Construction {
  /** The lexicon roles it composes. */
  roles: readonly Role[]
  /** Adds its hits to `sink` (and to `mild` when they alone should read as a calm report); runs after the phrases. */
  compose(
    ctx: ScanContext,
    parts: ScanParts,
    findings: TextFindings,
    sink: TextHit[],
    mild: Set<TextHit>,
  ): void
}
