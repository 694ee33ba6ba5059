/**
 * Types of the apology composer: its input, and the shape every language's phrase bank must fill.
 * A bank is typed slot by slot, so a language that misses a slot (or has too few wordings) fails to compile.
 */
import type { LangCode } from '../../detect/lexicon/types'
import type { ReasonCode } from '../../detect/reasons'
import type { FailureType } from '../../detect/types'
import type { SeverityBand } from '../types'

export interface ApologyIncident {
  /** ISO UTC time of the negative event. */
  at: string | null
  /** The longest wait for a reply, in minutes. */
  waitMinutes?: number
  /** How many times the customer contacted us about this. */
  contacts?: number
  reopens?: number
}

export interface ApologyInput {
  language: LangCode
  /** Full name as the helpdesk has it; untrusted text. */
  customerName: string | null
  failureType: FailureType
  severityBand: SeverityBand
  /** Strongest first. */
  reasons: readonly ReasonCode[]
  incident: ApologyIncident
  /** The customer's own words (evidence); untrusted plain text. */
  quote: string | null
  /** For the sign-off. */
  agentName: string | null
  /** E.g. the ticket id: the same seed and variant give the same draft. */
  seed: string
  /** "Another wording": 0, 1, 2… give different drafts for the same ticket. Default 0. */
  variant?: number
  /** IANA zone the incident date is shown in. Default UTC. */
  timeZone?: string
}

/** At least one / three wordings: the tuple types make a thin slot a compile error. */
export type AtLeastOne<T> = readonly [T, ...T[]]
export type AtLeastThree<T> = readonly [T, T, T, ...T[]]

/** One wording: fixed text, or text built from the facts of the case. */
export type Phrase<C> = string | ((context: C) => string)
export type Alternatives<C> = AtLeastThree<Phrase<C>>

/** A customer's name, split only as far as it can be without guessing. */
export interface PersonName {
  /** Cleaned full name, as written. */
  full: string
  /** The given name, when the name is in given-name-first order (Latin, Thai…); null when unknown. */
  given: string | null
  /** The family name, only when it can be told for sure (a kanji name written family-first with a space). */
  family: string | null
}

export type DurationUnit = 'minute' | 'hour' | 'day' | 'week'

/** A wait, rounded for prose: "three days", "more than a day", "almost two hours". */
export interface Duration {
  count: number
  unit: DurationUnit
  approx: 'exact' | 'over' | 'almost'
}

/** Severity-sized openers, plus a measured one for legal threats (no admission beyond the service failure). */
export type OpenerKey = SeverityBand | 'measured'

/** The one fact the draft states after the failure. */
export type DetailKind = 'wait' | 'contacts' | 'reopens'

/** What the customer's situation calls for, derived from the detector's reasons. */
export type ReactionKey = 'churn' | 'escalation' | 'legal' | 'repeat' | 'polite' | 'frustration' | 'rating'

export interface GreetingContext {
  /** The customer's name in the form this language addresses people ("Anna", "山田様", "คุณสมชาย"). */
  name: string
  agent: string | null
}
export interface NamelessGreetingContext {
  agent: string | null
}
export interface FailureContext {
  /** The incident date, formatted in the customer's language and zone; null when unknown. */
  date: string | null
}
export interface DetailContext {
  /** A duration in words ("three days") or a count ("twice", "3回"). */
  amount: string
}
export interface QuoteContext {
  /** The customer's words inside this language's quotation marks. */
  quoted: string
  /** The same, ending the sentence: with a full stop after the closing mark unless the words end in ! ? or …. */
  quotedEnd: string
}
export type NoContext = Record<string, never>

/** One motif, as the stems (lower case) that carry it. */
export type EchoMotif = AtLeastOne<string>

export interface PhraseBank {
  lang: LangCode
  /** Between sentences of a paragraph: a space, or nothing in Japanese. */
  sentenceJoiner: string
  quoteMarks: readonly [open: string, close: string]
  /** Appended after a closing quotation mark that ends a sentence ('' where the script has no full stop). */
  fullStop: string
  /** Longest quote, in UTF-16 units, before it is trimmed (shorter in denser scripts). */
  quoteMaxChars: number
  /**
   * Past this the second reaction, then part of the quote, give way, to keep the draft readable at a
   * glance: about 140 English words, or the same reading in the language (French runs ~10% longer in
   * words; Japanese, Korean and Thai are measured in characters).
   */
  lengthBudget: { unit: 'words' | 'chars'; max: number }
  /**
   * Motifs that read badly when repeated in nearby sentences ("sorry… apologies", "once should have been
   * enough… one message should have been enough"), each as the stems that express it: the picker prefers a
   * wording that shares no motif with the sentence just written, and then none with the draft so far.
   */
  echoMotifs: readonly EchoMotif[]
  /** How this language addresses the customer by name. */
  address: (name: PersonName) => string
  greeting: {
    named: AtLeastOne<Phrase<GreetingContext>>
    nameless: AtLeastOne<Phrase<NamelessGreetingContext>>
  }
  opener: Readonly<Record<OpenerKey, Alternatives<NoContext>>>
  failure: Readonly<Record<FailureType, Alternatives<FailureContext>>>
  detail: Readonly<Record<DetailKind, Alternatives<DetailContext>>>
  quote: Alternatives<QuoteContext>
  reaction: Readonly<Record<ReactionKey, Alternatives<NoContext>>>
  commitment: Alternatives<NoContext>
  followUp: Alternatives<NoContext>
  closing: Alternatives<NoContext>
  /** The lines under the closing: the agent's name, or the team's when there is none. */
  signature: (agentName: string | null) => string
  duration: (duration: Duration) => string
  /** "twice", "dreimal", "3回": how many times something happened. */
  times: (count: number) => string
}
