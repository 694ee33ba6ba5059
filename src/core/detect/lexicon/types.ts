/**
 * The shape of one language's lexicon. Entries are written as customers write them (accents and all);
 * the matcher runs them through the same normaliser as the comments, so "dårlig" also matches "darlig".
 *
 * Phrase syntax:
 * - `*` at the end: the rest of the word may follow (a stem: "disappoint*" → disappointed, disappointing).
 * - `^` at the start (ja/ko/th only; Latin always has word boundaries): must start a word.
 * - `~` at the start: collision-prone across Latin languages ("mal", "rart"); counts only when the comment
 *   reads as this lexicon's language.
 *
 * Weights (`PhraseWeights`): 1 = mild ("slow"), 2 = a clear complaint ("disappointed"), 3 = strong ("worst", "scam").
 * Intensifier weights are the boost they add (0.5 = ×1.5). Resolution weights: 2 = the issue is fixed, 1 = thanks.
 */

export type LangCode = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'nb' | 'ja' | 'ko' | 'th'

export type Script = 'latin' | 'ja' | 'ko' | 'th'

export type PhraseWeights = Readonly<Record<string, number>>

export interface IntentLexicon {
  /** Asking for a manager, supervisor, someone in charge. */
  escalation: PhraseWeights
  /** Cancel, leave, switch to a competitor. Alone it may be a neutral question: the engine asks for a second cue. */
  churn: PhraseWeights
  /** Lawyer, court, chargeback, regulator or consumer agency. */
  legal: PhraseWeights
  /** Public review, social media, press. */
  public: PhraseWeights
  /** "Third time I write", "still not fixed", "again". */
  repeat: PhraseWeights
  /** "Any update?", "still waiting", "hello??": the customer is chasing a reply. */
  chasing: PhraseWeights
}

export interface TopicLexicon {
  /** Money words: refund, charged, invoice. */
  billing: readonly string[]
  /** The product is failing: broken, crash, error, doesn't work. */
  product: readonly string[]
  /** The service/agent: rude, unhelpful, nobody helps. */
  service: readonly string[]
  /** Waiting: no reply, waiting for days. */
  slow: readonly string[]
}

/**
 * Waits stated as a duration, composed by the engine instead of listed: a lead next to an optional number and
 * a unit ("waiting for" + "two" + "weeks", "seit" + "drei" + "Wochen", "three weeks" + "now").
 */
export interface WaitLexicon {
  /** Leads before the duration, weighted for a long wait: "waiting for" 2, "seit" 1.3. */
  before: PhraseWeights
  /** Leads right after the duration: "now", "and still", "warte ich". */
  after: PhraseWeights
  /** Words that may stand between a lead and its unit: number words and qualifiers ("over", "a couple of"). Digits always may. */
  numbers: readonly string[]
  /**
   * Units of a long wait (week, month); a short one (day, hour) counts WAIT.shortFactor as much. Write every form
   * ("semaine|semaines"), not a stem: a longer phrase elsewhere in the lexicon ("semaines" as a topic) would hide it.
   */
  long: readonly string[]
  short: readonly string[]
}

/**
 * An unmet expectation, composed by the engine (signals/expectation.ts) from closed word classes instead of
 * listed sentences: a stated expectation, then — in the same or the next sentence — a turn to what happened,
 * with a sign that it fell short.
 */
export interface ExpectationLexicon {
  /**
   * What the customer booked, ordered, asked for, paid for, was promised or was shown: "booked", "was promised",
   * "the listing said", "laut Auftragsbestätigung", 予約の際に, 예약할 때, จอง. A negator just before one
   * ("not what we paid for") makes it the second half instead.
   */
  stated: readonly string[]
  /**
   * Turns to what happened besides the lexicon's `contrast` words: "instead", "only to", "on arrival", "vor Ort",
   * "al llegar", ところが, 도착해 보니, พอไปถึง.
   */
  turn: readonly string[]
  /**
   * Signs in the turn's clause that the outcome fell short, besides negators and complaint words: "only",
   * "different", "were given", "received", "got", だけ, 만, แค่.
   */
  shortfall: readonly string[]
  /** The outcome matched ("exactly", "genau so", "as requested", 通り, 그대로, ตามที่ขอ): no complaint. */
  met: readonly string[]
  /**
   * The customer's own change of plan or a question in the turn ("I'd rather", "würde lieber", "I wonder",
   * "me gustaría saber"): a booking mentioned before a request, not a complaint.
   */
  ownChange: readonly string[]
  /**
   * Colour words, weighted by an id shared by every form of one colour ("black|noir|noire" 1): an outcome whose
   * colour differs from the one expected ("ordered green…, got grey") is itself the shortfall
   * (signals/mismatch.ts). The weight is that id, never a score.
   */
  colours?: PhraseWeights
  /**
   * The shortfall words that only restrict ("only", "just", "nur", "solo", だけ, 만, แค่): a shortfall after an
   * expectation, but beside a softener ("just so you know") no failure of their own.
   */
  restrictive?: readonly string[]
}

export interface Lexicon {
  lang: LangCode
  script: Script
  /** Complaint words and phrases, lexicalised negatives included ("not working", 不満, 불만, ไม่พอใจ). */
  negative: PhraseWeights
  /** Positive words: scored only when negated ("not happy", 良くない, 좋지 않다), with a fixed weight. */
  positive: readonly string[]
  /** Disappointment wrapped in politeness (残念です, 아쉽습니다, litt skuffet). */
  politeness: PhraseWeights
  /** Insults and profanity (an anger cue). */
  profanity: readonly string[]
  /** Sarcasm templates ("thanks for nothing", "great, just great"). */
  sarcasm: readonly string[]
  /**
   * Praise ("amazing job", "what a wonderful service"). Never scored as praise: it only marks sarcasm when the
   * same comment carries an irony marker (👏, scare quotes, 555, (笑)) or a complaint.
   */
  praise: readonly string[]
  intensifiers: PhraseWeights
  /** Negators before the word they negate (not, nicht, ไม่, 안) and after it (ない, 지 않). */
  negators: { pre: readonly string[]; post: readonly string[] }
  /** "but": the clause after it weighs more, the one before less. */
  contrast: readonly string[]
  /** The issue is fixed / thanks: damps earlier negativity when it closes the conversation. */
  resolution: PhraseWeights
  intents: IntentLexicon
  topics: TopicLexicon
  waits?: WaitLexicon
  /**
   * Words that open a hypothetical ("if", "falls", "en caso de", ถ้า, もし): a complaint word in the same clause
   * right after one is a question about a procedure, not a complaint ("if it arrives damaged, can I return it?").
   */
  conditionals?: readonly string[]
  expectation?: ExpectationLexicon
  /**
   * Minimisers and reporting frames ("not a big deal", "just thought you should know", "ingen stor sak",
   * その点だけお伝えしたく, 알려드리고 싶어서): polite disappointment only together with a failure in the same comment
   * (signals/softened.ts), never alone.
   */
  softeners?: readonly string[]
  /**
   * Rhetorical guesses and redefinitions ("I suppose", "I can only assume", "supongo que", "je suppose que",
   * "means something else", 〜のことを言うんですね): sarcasm beside scare quotes or a failure.
   */
  rhetorical?: readonly string[]
  /**
   * Eagerness ("can't wait", "j'ai hâte", "ich freue mich schon auf", 待ち遠しい): read like praise, so sarcasm only
   * beside a failure or a wait.
   */
  eager?: readonly string[]
  /**
   * Apologies for the customer's own conduct ("sorry for the tone", "sorry to bother you again", "perdona por",
   * 죄송했어요, ごめんなさい): a complaint word or a repeat cue in the same sentence after one is the customer's own
   * past mood or contact, not a grievance, in a comment that thanks (signals/own-apology.ts).
   */
  apologies?: readonly string[]
  /**
   * Indirect questions without a question mark ("I'd like to know", "gostaria de saber", "je voudrais savoir",
   * 궁금합니다, อยากทราบ): a comment holding one asks, so a churn or legal word in it reads as a question.
   */
  asking?: readonly string[]
  /**
   * ja/ko/th: ordinary words that contain a short entry with another meaning (楽しみ holds しみ "stain", 고소한
   * "savoury" holds 고소 "lawsuit", บ้าน "house" holds บ้า "crazy"). The matcher reads them as words of their own,
   * so the entry inside never fires.
   */
  notInside?: readonly string[]
  /**
   * Latin only: words that open a new clause ("and", "why", "because"), where a negation, a conditional or a
   * trailing intensifier stops reaching: "I don't know why it's broken" still complains. Not "that"/"que":
   * "not that bad" and "no creo que sea malo" are negated.
   */
  clauseOpeners?: readonly string[]
}
