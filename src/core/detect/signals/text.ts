/**
 * Language signals of one piece of customer text: each matcher's scan is scored as phrases, then composed by
 * the constructions (waits…); anger cues and sarcasm are read on the whole comment. Offsets in the result point
 * into the original text. A new signal is a new construction file listed in CONSTRUCTIONS.
 */
import type { LangCode } from '../lexicon/types'
import type { Role } from '../matcher'
import { TEXT } from '../weights'
import { findAngerCues } from './anger'
import type { Construction } from './construction'
import type { ScanContext } from './context'
import { emptyFindings, type TextFindings, type TextHit } from './findings'
import { scorePhrases } from './phrases'
import { matchersFor, type MatcherSet, type PreparedText } from './prepare'
import { elapsedDays } from './elapsed'
import { eagerWithGap, exclamatives, ironyCandidates, ordinalThanks } from './ironic'
import { ironyCues, sameSentence, sarcasmAt, sarcasmOf } from './sarcasm'
import { scan } from './scan'
import { unmetExpectation } from './expectation'
import { ownApology } from './own-apology'
import { softenedReport } from './softened'
import { statedWaits } from './waits'

export type { TextFindings, TextHit, Topic } from './findings'
export { emptyFindings } from './findings'
export { markersOf, prepareText, type MatcherSet, type PreparedText } from './prepare'

/** Composed after the phrases, in this order: an own apology first drops what the others must not see. */
const CONSTRUCTIONS: readonly Construction[] = [
  ownApology,
  statedWaits,
  unmetExpectation,
  softenedReport,
  ironyCues,
]
/** Indirect questions ("I'd like to know") are marks too: the phrases read them to tell a question (phrases.ts). */
const MARK_ROLES: ReadonlySet<Role> = new Set<Role>([...CONSTRUCTIONS.flatMap((c) => c.roles), 'asking'])

export interface TextOptions {
  locale: LangCode | null
  /** Twitter/Facebook: praise beside a complaint is read as sarcasm there. */
  publicChannel: boolean
}

export function analyzeText(text: PreparedText, matchers: MatcherSet, options: TextOptions): TextFindings {
  const { stripped, norm } = text
  const findings = emptyFindings()
  const mild = new Set<TextHit>()
  for (const matcher of matchersFor(text, matchers)) {
    const ctx: ScanContext = { norm, matcher, locale: options.locale, text, dominant: undefined }
    const parts = scan(ctx, MARK_ROLES, findings)
    scorePhrases(ctx, parts, findings, findings.hits, mild)
    if (parts.marks.length > 0)
      for (const construction of CONSTRUCTIONS)
        construction.compose(ctx, parts, findings, findings.hits, mild)
  }
  // "Thank you to Jamal, who stayed on the phone for an hour with me": time given, praised, is no wait.
  if (findings.gratitude.length > 0) {
    const thanked = findings.hits.filter(
      (h) =>
        h.params.cue === 'wait' && findings.gratitude.some((t) => sameSentence(stripped, t, h, findings)),
    )
    if (thanked.length > 0) {
      findings.hits = findings.hits.filter((h) => !thanked.includes(h))
      findings.hasNegativity = findings.hits.length > 0
    }
  }
  // "Takk, men det var akkurat det som skjedde sist": thanks followed by a "but" does not close the matter.
  if (findings.resolution === 1) {
    const thanks = findings.thanks[0]
    if (thanks && findings.contrasts.some((c) => c.start >= thanks.end)) findings.resolution = 0
  }
  // "Day 9 of my next-day delivery": a wait counted in days, when no stated wait was found.
  const days = findings.hits.some((h) => h.params.cue === 'wait') ? null : elapsedDays(stripped)
  if (days) {
    findings.hits.push(days)
    findings.topics.slow++
    findings.hasNegativity = true
  }
  let anger = findAngerCues(stripped, norm)
  // "It's here!! Thank you!!" is joy, not anger: "!!" counts only beside something negative.
  if (findings.resolution > 0 && !findings.hasNegativity)
    anger = anger.filter((cue) => cue.params.cue !== 'punctuation')
  // Exclamatives and eagerness with a gap read like praise; thanks for a third repeat is sarcasm alone.
  const irony = ironyCandidates(stripped)
  const eager = eagerWithGap(irony)
  findings.eager.push(...eager)
  findings.praise.push(...exclamatives(irony), ...eager)
  const repeated = findings.resolution >= 2 ? null : ordinalThanks(irony)
  const sarcasm = repeated ? sarcasmAt(repeated) : sarcasmOf(stripped, findings, options)
  if (sarcasm) anger.push(sarcasm)
  if (anger.length > 0) {
    findings.hits.push(...anger)
    findings.hasNegativity = true
  } else if (findings.hits.length > 0 && findings.hits.every((hit) => mild.has(hit))) {
    // Only mild words ("leider", "Fehler", "problem"): a calm report, not a complaint.
    for (const hit of findings.hits) hit.weight *= TEXT.mildOnlyFactor
  }
  return findings
}
