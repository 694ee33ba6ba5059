/**
 * One pass of a matcher over a comment, sorted by what each hit is for: scope cues (negators, intensifiers,
 * contrast, conditionals), scored phrases, and the marks that constructions compose (a wait's lead and unit…).
 */
import type { LangCode } from '../lexicon/types'
import type { Entry, Hit, Role } from '../matcher'
import { originalSpan } from '../normalize'
import { pickEntries, type ScanContext } from './context'
import type { Positioned, TextFindings } from './findings'

/** A hit whose role a construction composes with others, rather than a phrase scored on its own. */
export interface Mark extends Positioned {
  role: Role
  lang: LangCode
}

export interface ScanParts {
  /** Negators before / after the word they negate. */
  pre: Positioned[]
  post: Positioned[]
  intensifiers: Positioned[]
  contrasts: Positioned[]
  conditionals: Positioned[]
  /** Marks for constructions, in text order. */
  marks: Mark[]
  /** Scored hits and their entries, side by side; the hits double as the spans a post-posed negator must not skip. */
  content: Hit[]
  scored: Entry[]
  /** Complaints counted so far (phrases, then each construction's own), in normalised offsets. */
  complaints: Positioned[]
}

/** Reads one comment with one matcher; contrast spans also go to `findings.contrasts` (original offsets). */
export function scan(ctx: ScanContext, markRoles: ReadonlySet<Role>, findings: TextFindings): ScanParts {
  const parts: ScanParts = {
    pre: [],
    post: [],
    intensifiers: [],
    contrasts: [],
    conditionals: [],
    marks: [],
    content: [],
    scored: [],
    complaints: [],
  }
  for (const hit of ctx.matcher.find(ctx.norm.text)) {
    for (const entry of pickEntries(hit, ctx)) {
      const role = entry.role
      if (role === 'shield') continue
      if (markRoles.has(role)) {
        parts.marks.push({ start: hit.start, end: hit.end, weight: entry.weight, role, lang: entry.lang })
        continue
      }
      if (role === 'conditional') {
        parts.conditionals.push({ start: hit.start, end: hit.end, weight: entry.weight })
        continue
      }
      if (role === 'negPre' || role === 'negPost' || role === 'intensifier' || role === 'contrast') {
        const at = { start: hit.start, end: hit.end, weight: entry.weight }
        if (role === 'negPre') parts.pre.push(at)
        else if (role === 'negPost') parts.post.push(at)
        else if (role === 'intensifier') parts.intensifiers.push(at)
        else {
          parts.contrasts.push(at)
          findings.contrasts.push(originalSpan(ctx.norm, hit.start, hit.end))
        }
      } else {
        parts.content.push(hit)
        parts.scored.push(entry)
      }
    }
  }
  return parts
}
