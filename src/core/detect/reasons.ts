/**
 * Every reason code the detector can emit, with the `params` each one carries.
 * The UI translates each code (key `reason.<code>`) and may interpolate the params listed here.
 *
 * | code                      | params                                                       |
 * | ------------------------- | ------------------------------------------------------------ |
 * | csat_bad                  | reason?: the satisfaction reason the customer picked         |
 * | csat_downgraded           | previous: the earlier score ('good')                         |
 * | history_bad_csat          | count: bad ratings on the requester's other recent tickets; days: look-back window |
 * | negative_sentiment        | lang: lexicon language; negated?: 1 when a positive word was negated ("not happy") |
 * | polite_disappointment     | lang; cue?: 'unmet_expectation' (quote: expectation … outcome) | 'softened' |
 * | anger_cues                | cue: 'caps' | 'punctuation' | 'profanity' | 'emoji' | 'sarcasm'; lang? |
 * | escalation_request        | lang                                                         |
 * | churn_threat              | lang                                                         |
 * | legal_threat              | lang                                                         |
 * | public_threat             | lang                                                         |
 * | repeat_contact            | lang                                                         |
 * | long_reply_gap            | minutes: the longest wait; slaMinutes; source: 'comments' | 'first_reply' | 'requester_wait' |
 * | customer_chasing          | count: consecutive customer comments without an agent reply (fact), or lang (quoted "any update?") |
 * | reopened                  | count                                                        |
 * | high_priority             | priority: 'high' | 'urgent'                                    |
 * | public_channel            | channel: 'twitter' | 'facebook' | …                            |
 * | native_sentiment_negative | value: 'negative' | 'very_negative'                          |
 * | learned_tone              | lang; probability: the learned model's (quote: the sentence weighing most) |
 */
export const REASON_CODES = [
  'csat_bad',
  'csat_downgraded',
  'history_bad_csat',
  'negative_sentiment',
  'polite_disappointment',
  'anger_cues',
  'escalation_request',
  'churn_threat',
  'legal_threat',
  'public_threat',
  'repeat_contact',
  'long_reply_gap',
  'customer_chasing',
  'reopened',
  'high_priority',
  'public_channel',
  'native_sentiment_negative',
  'learned_tone',
] as const

export type ReasonCode = (typeof REASON_CODES)[number]
