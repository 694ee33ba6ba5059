/**
 * Every weight and threshold of the detector, in one place. Scores are summed per ticket ("raw score"), then
 * squashed into a 0–100 severity: severity = 100 × (1 − e^(−raw / SEVERITY_SCALE)).
 * With SEVERITY_SCALE 3.9: raw 1 → 23, raw 2 → 40, raw 3 → 54, raw 5 → 72, raw 8 → 87.
 *
 * Read the plain tables (TEXT, METADATA, …) only as `TABLE.name`: terser then replaces each read by its number
 * and drops the table from the sidebar's bundle. A table read any other way (indexed, or one of its arrays
 * passed on) ships whole, names and all — so the arrays that are searched or indexed (RECENCY, REPLY_GAP) stand
 * apart. That took ~0.4 KB gz off the detection engine.
 */
import type { Level, Sensitivity } from './types'

export const SEVERITY_SCALE = 3.9

/** Minimum severity for each level; `negative` = level is recover or urgent. */
export const LEVEL_THRESHOLDS: Readonly<
  Record<Sensitivity, Readonly<Record<Exclude<Level, 'none'>, number>>>
> = {
  low: { watch: 20, recover: 50, urgent: 82 },
  normal: { watch: 15, recover: 40, urgent: 75 },
  high: { watch: 10, recover: 32, urgent: 68 },
}

export const DEFAULT_REPLY_SLA_MINUTES = 240

export const TEXT = {
  /** A lexicon weight of 1/2/3 counts this much raw score. */
  perLexiconPoint: 1,
  /** A negated positive word ("not happy", 良くない). */
  negatedPositive: 1.8,
  /** Each further hit of the same reason code counts this factor less (diminishing returns). */
  repeatDecay: 0.5,
  /** Cap on what one reason code can add from text. */
  maxPerCode: 4.5,
  /** "but": hits before the last contrast word × before, after it × after. */
  contrastBefore: 0.5,
  contrastAfter: 1.25,
  /** Intensifier boosts stack up to this. */
  maxIntensifierBoost: 1,
  /**
   * A text whose only signals are mild words (lexicon weight ≤ 1: "leider", "Fehler", "problem") reads as a calm
   * report: those words count this much, so one or two of them plus ordinary metadata stay below `recover`.
   */
  mildOnlyFactor: 0.6,
  /** Subject lines are often terse labels ("Refund"), so they count a bit less. */
  subjectFactor: 0.7,
  csatCommentFactor: 1,
  olderRecency: 0.45,
  /** Negation scope: words (Latin) or characters (ja/ko/th) between the negator and the word. */
  latinNegationWords: 3,
  latinIntensifierWords: 2,
  cjkPreWindow: 2,
  cjkPostWindow: 5,
  thaiPreWindow: 4,
  /** A conditional ("if", ถ้า) makes a complaint word hypothetical within this many words / characters. */
  conditionalLatinWords: 4,
  conditionalCjkChars: 12,
} as const

/** The latest customer turn weighs most; earlier turns fade. */
export const RECENCY = [1, 0.75, 0.55] as const

export const INTENT_WEIGHT = {
  escalation: 1.4,
  churn: 1.4,
  legal: 1.6,
  public: 1.4,
  repeat: 1.6,
  chasing: 1.2,
} as const

/** A weak intent (churn question, bare "manager") passes `watch` only beside this much other evidence. */
export const SECOND_CUE_MIN_WEIGHT = 1.6

export const ANGER = {
  profanity: 1.6,
  sarcasm: 2.1,
  /** A complaint at least this heavy next to praise reads as sarcasm even without an irony marker. */
  sarcasmFailureMinWeight: 1.5,
  /** ≥ capsMinWords all-caps words making up ≥ capsShare of the Latin words. */
  caps: 0.8,
  capsMinWords: 3,
  capsShare: 0.4,
  punctuation: 0.6,
  emoji: 0.9,
} as const

export const CSAT = {
  bad: 3,
  /** On top of `bad` when the customer changed a good rating to bad. */
  downgraded: 0.8,
  /** Each bad rating on the requester's recent other tickets; capped. */
  historyEach: 0.5,
  historyMax: 1,
  historyDays: 180,
  /** A good latest rating damps text negativity (the customer said it was fine). */
  goodDamping: 0.5,
} as const

/** Reply gap, by multiple of the SLA: first matching row wins. */
export const REPLY_GAP = [
  { ratio: 8, weight: 1.8 },
  { ratio: 4, weight: 1.2 },
  { ratio: 2, weight: 0.8 },
  { ratio: 1, weight: 0.4 },
] as const

export const METADATA = {
  /** A customer-side run shorter than this is one message in parts, not chasing. */
  chasingMinSpanMinutes: 30,
  chasing2: 0.9,
  chasing3: 1.4,
  reopen1: 0.9,
  reopen2: 1.4,
  nativeNegative: 1,
  nativeVeryNegative: 1.8,
  /** Amplifiers: added only when other evidence already reaches `watch`. */
  highPriority: 0.3,
  urgentPriority: 0.5,
  publicChannel: 0.6,
  /** Metadata alone may pass `watch` only with this many distinct strong signals (a gap ≥ 4×SLA counts twice). */
  metadataOnlyMinSignals: 3,
  strongGapRatio: 4,
} as const

/** Waits stated as a duration ("waiting for two weeks"): the lead's lexicon weight, × shortFactor for days/hours. */
export const WAIT = {
  shortFactor: 0.75,
  /** Words allowed between a lead and its unit ("for over a couple of weeks"). */
  maxGapWords: 4,
  /** A wait of days or hours counts as negativity for the arc (it blocks a closing thank-you) from this weight. */
  grievanceWeight: 1.5,
} as const

/** Unmet expectation (signals/expectation.ts) and softened reports (signals/softened.ts). */
export const EXPECTATION = {
  /** Stated expectation, a turn and a sign it fell short: alone enough for `recover` in the latest comment. */
  unmet: 2.2,
  /** "Not what we paid for": a negated expectation stated on its own. */
  recall: 2,
  /** Words (Latin) or characters between a negator and the expectation it negates. */
  recallWords: 4,
  recallChars: 4,
  /** Sentences after the expectation's own in which its turn may come (abbreviations end sentences too). */
  turnSentences: 2,
  /** "…, whereas I was told": the turn stands at most this many characters before the expectation. */
  reverseGapChars: 24,
  /** Thai marks no sentence end: the turn must come this many characters after the expectation, at most. */
  thaiReachChars: 120,
  /** Each quoted half runs to its clause's end, at most this many characters. */
  halfChars: 70,
  /** A softener ("no big deal, but…", "just thought you should know") beside a failure. */
  softened: 2,
  /** A failure word beside a softener counts from this weight: "ikke noe stort, bare en feil" is a calm report. */
  softenedFailureMin: 1.5,
  /** "No big deal, but …": a contrast this close after a softener opens the failure. */
  softenerToContrastChars: 12,
} as const

/** Resolution: the last customer turn thanks or says it's fixed and has no negativity → earlier text × this. */
export const RESOLUTION = {
  minStrength: 1,
  damping: 0.2,
  /** Reply-gap and chasing reasons also fade when the customer ends happy. */
  metadataDamping: 0.3,
} as const

export function levelFor(severity: number, sensitivity: Sensitivity): Level {
  const t = LEVEL_THRESHOLDS[sensitivity]
  if (severity >= t.urgent) return 'urgent'
  if (severity >= t.recover) return 'recover'
  if (severity >= t.watch) return 'watch'
  return 'none'
}

export function severityFor(raw: number): number {
  if (raw <= 0) return 0
  return Math.min(100, Math.round(100 * (1 - Math.exp(-raw / SEVERITY_SCALE))))
}
