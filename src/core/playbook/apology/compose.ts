/**
 * The apology draft of the recovery playbook: composed from wordings chosen by failure type, severity and
 * the detector's reasons, in the customer's language. Pure: no I/O, no clock, same input → same draft.
 *
 * Shape: greeting → an apology sized to severity → the failure and when it happened, with one concrete
 * fact → the customer's own words and a reaction to what they said → a commitment and a follow-up →
 * closing and sign-off. Plain text, paragraphs separated by a blank line; the UI escapes it.
 */
import type { ApologyDraft } from '../types'
import { formatIncidentDate } from './date'
import { pickFact } from './facts'
import { parsePersonName } from './name'
import { PhrasePicker } from './pick'
import { quoteContext } from './quote'
import { reactionsFor } from './reactions'
import { cleanLine, countChars, countWords, tidySentence } from './text'
import type { ApologyInput, OpenerKey, PhraseBank, ReactionKey } from './types'

/** Composes with the phrase bank of `input.language` (the browser loads just that one, see phrases/load.ts). */
export function composeApologyWith(input: ApologyInput, bank: PhraseBank): ApologyDraft {
  const reactions = reactionsFor(input.reasons, input.severityBand)
  // Over the length budget (a long quote, two reactions), the draft gives up first the second reaction,
  // then part of the quote: what it misses least. Each attempt is as deterministic as the first.
  const attempts: Shape[] = [
    { reactions, quoteMaxChars: bank.quoteMaxChars },
    { reactions: reactions.slice(0, 1), quoteMaxChars: bank.quoteMaxChars },
    ...SHORTER_QUOTES.map((share) => ({
      reactions: reactions.slice(0, 1),
      quoteMaxChars: Math.round(bank.quoteMaxChars * share),
    })),
  ]
  let draft = composeWith(input, bank, attempts[0]!)
  for (const shape of attempts.slice(1)) {
    if (!overBudget(draft.text, bank)) break
    draft = composeWith(input, bank, shape)
  }
  return draft
}

/** What may give way to the length budget. */
interface Shape {
  reactions: readonly ReactionKey[]
  quoteMaxChars: number
}
/** The shares of the quote kept, in turn, while the draft is still too long. */
const SHORTER_QUOTES = [0.6, 0.35] as const

function composeWith(
  input: ApologyInput,
  bank: PhraseBank,
  { reactions, quoteMaxChars }: Shape,
): ApologyDraft {
  const variant = Number.isFinite(input.variant) && input.variant! > 0 ? Math.floor(input.variant!) : 0
  const picker = new PhrasePicker(bank.lang, input.seed, variant, bank.echoMotifs)
  const agent = input.agentName === null ? null : cleanLine(input.agentName) || null
  const name = parsePersonName(input.customerName)

  const greeting = name
    ? picker.pick(
        'greeting.named',
        bank.greeting.named,
        { name: bank.address(name), agent },
        {
          neutral: { name: '', agent: null },
        },
      )
    : picker.pick('greeting.nameless', bank.greeting.nameless, { agent }, { neutral: { agent: null } })

  // A legal threat gets the measured opener whatever the severity: no admission beyond the service failure.
  const openerKey: OpenerKey = input.reasons.includes('legal_threat') ? 'measured' : input.severityBand
  const opening = [
    picker.pick(`opener.${openerKey}`, bank.opener[openerKey], {}, { shiftWithVariant: true }).text,
    picker.pick(`failure.${input.failureType}`, bank.failure[input.failureType], {
      date: formatIncidentDate(input.incident.at, input.language, input.timeZone),
    }).text,
  ]
  const fact = pickFact(input.failureType, input.incident, bank)
  if (fact !== null) opening.push(picker.pick(`detail.${fact.kind}`, bank.detail[fact.kind], fact).text)

  const response: string[] = []
  const quote = quoteContext(input.quote, bank, quoteMaxChars)
  if (quote !== null) {
    const neutral = { quoted: '', quotedEnd: '' }
    response.push(picker.pick('quote', bank.quote, quote, { neutral }).text)
  }
  for (const key of reactions) {
    response.push(picker.pick(`reaction.${key}`, bank.reaction[key], {}).text)
  }

  const promise = [
    picker.pick('commitment', bank.commitment, {}).text,
    picker.pick('followUp', bank.followUp, {}).text,
  ]
  const closing = picker.pick('closing', bank.closing, {}).text

  const paragraph = (sentences: string[]) => sentences.map(tidySentence).join(bank.sentenceJoiner)
  const text = [greeting.text, paragraph(opening), paragraph(response), paragraph(promise)]
    .filter((block) => block !== '')
    .concat(`${closing}\n${bank.signature(agent)}`)
    .join('\n\n')
  return { language: input.language, text, parts: picker.parts }
}

function overBudget(text: string, bank: PhraseBank): boolean {
  const { unit, max } = bank.lengthBudget
  return (unit === 'words' ? countWords(text) : countChars(text)) > max
}
