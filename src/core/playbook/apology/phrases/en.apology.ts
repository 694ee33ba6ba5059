/**
 * English. Warm and direct, first person singular: the agent apologises, the company ("we") failed.
 * The customer is addressed by given name; no gendered titles are guessed.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]
/** Style guides spell out one to twelve in running text. */
const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count)

const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string]>> = {
  minute: ['a minute', 'minutes'],
  hour: ['an hour', 'hours'],
  day: ['a day', 'days'],
  week: ['a week', 'weeks'],
}

function duration({ count, unit, approx }: Duration): string {
  const [one, many] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count)} ${many}`
  if (approx === 'over') return `more than ${amount}`
  if (approx === 'almost') return `almost ${amount}`
  return amount
}

function times(count: number): string {
  if (count === 1) return 'once'
  if (count === 2) return 'twice'
  return `${numberWord(count)} times`
}

const on = (date: string | null) => (date ? ` on ${date}` : '')
const of = (date: string | null) => (date ? ` of ${date}` : '')

export const en: PhraseBank = {
  lang: 'en',
  sentenceJoiner: ' ',
  quoteMarks: ['“', '”'],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 140 },
  echoMotifs: [
    ['read'],
    ['sorry', 'apolog', 'regret'],
    ['wait'],
    ['far too', 'too long'],
    ['answer', 'reply', 'hear back', 'get back'],
    ['trust', 'confidence'],
    ['personal', 'myself'],
    ['message'],
    ['responsib', 'on us', 'our failure', 'failed'],
    ['let you down', 'fell short', 'not good enough', 'below the standard'],
    ['better'],
    ['experience'],
    ['thank', 'grateful'],
    ['once', 'one message', 'enough', 'first time'],
    ['again', 'chase', 'come back'],
    ['resolv', 'solved', 'sorted', 'solution'],
    ['quick', 'prompt', 'straight away', 'faster'],
    ['properly', 'put right', 'put this right', 'get it right'],
    ['priority'],
    ['clear'],
    ['excuse'],
    ['kind', 'courtesy', 'gracious'],
    ['should never', 'not acceptable'],
  ],
  address: (name) => name.given ?? name.full,
  greeting: {
    named: [({ name }) => `Dear ${name},`, ({ name }) => `Hello ${name},`, ({ name }) => `Hi ${name},`],
    nameless: ['Hello,', 'Good day,', 'Hello there,'],
  },
  opener: {
    low: [
      'Sorry about this, and thank you for letting us know.',
      'I’m sorry we fell short here.',
      'Apologies for the trouble with this one.',
    ],
    medium: [
      'I’m genuinely sorry. This isn’t the experience we want anyone to have with us.',
      'Please accept my apologies; we should have handled this much better.',
      'I’m sorry. You deserved more care from us than you got.',
    ],
    high: [
      'I owe you a sincere, personal apology. We let you down, and that is on us, not on you.',
      'I’m truly sorry. We failed you here, and I’m not going to make excuses for it.',
      'Please accept my full apology. What happened was our failure, and I take responsibility for it.',
    ],
    measured: [
      'I’m sorry for the way your request has been handled, and I want to address it with you properly.',
      'Thank you for setting out your concerns so clearly. I’m sorry our service has not been what you expected.',
      'I regret that our handling of your case fell short, and I would like to go through it with you carefully.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `When you wrote to us${on(date)}, you should have heard back quickly. Instead, we left you waiting.`,
      ({ date }) => `Your message${of(date)} deserved a prompt answer, and it did not get one.`,
      ({ date }) => `We took far too long to answer the message you sent${on(date)}.`,
    ],
    unresolved_issue: [
      ({ date }) => `The problem you raised${on(date)} is still not solved, and that is not acceptable.`,
      ({ date }) => `You came to us${on(date)} for a solution, and you still don’t have one.`,
      ({ date }) =>
        `Since you first told us about this${on(date)}, it has stayed unresolved for far too long.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Since ${date ?? 'you first raised it'}, you have had to come back to us about the same issue again and again.`,
      ({ date }) => `What should have taken one message${on(date)} has turned into several.`,
      ({ date }) => `You told us about this${on(date)}, and we should have sorted it out the first time.`,
    ],
    poor_service: [
      ({ date }) => `The way we handled your request${on(date)} was not good enough.`,
      ({ date }) =>
        `When you contacted us${on(date)}, you should have been met with care and attention, and you weren’t.`,
      ({ date }) =>
        `The service you received from us${on(date)} fell well below the standard we hold ourselves to.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Questions about money need clear, quick answers, and yours${date ? `, raised on ${date},` : ''} did not get one.`,
      ({ date }) =>
        `The billing question you raised${on(date)} should have been simple to settle, and we made it harder than it needed to be.`,
      ({ date }) =>
        `When you wrote to us about your payment${on(date)}, you should have had a clear answer straight away.`,
    ],
    product_failure: [
      ({ date }) =>
        `A product that stops working as expected${date ? ` from ${date}` : ''} is frustrating enough; our help should have made things easier, not harder.`,
      ({ date }) =>
        `You reported a problem with the product${on(date)} and were counting on us to help quickly.`,
      ({ date }) =>
        `You rely on the product, and when it stopped working${on(date)}, we should have helped you faster and better.`,
    ],
    other: [
      ({ date }) => `What happened${on(date)} is not what you should be able to expect from us.`,
      ({ date }) => `Your request${of(date)} was not handled the way it should have been.`,
      ({ date }) =>
        `Looking back at your case${date ? ` from ${date}` : ''}, it is clear we did not get this right.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `For ${amount} you had no reply from us, and that is not acceptable.`,
      ({ amount }) => `Nobody should have to wait ${amount} to hear back from us.`,
      ({ amount }) => `It took us ${amount} to get back to you.`,
      ({ amount }) => `That is ${amount} of silence from us, and it should never have happened.`,
    ],
    contacts: [
      ({ amount }) => `You had to contact us ${amount} about it.`,
      ({ amount }) => `In all, you wrote to us ${amount}, when once should have been enough.`,
      ({ amount }) => `You reached out ${amount} before anything moved.`,
    ],
    reopens: [
      ({ amount }) => `Your request had to be reopened ${amount}, because we closed it too soon.`,
      ({ amount }) => `We marked your case as solved when it wasn’t, and it had to be reopened ${amount}.`,
      ({ amount }) =>
        `The case was reopened ${amount}, which tells me we closed it before it was really done.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `You told us: ${quotedEnd}`,
    ({ quotedEnd }) => `You put it plainly: ${quotedEnd}`,
    ({ quotedEnd }) => `I have read your message carefully, including this: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'I understand this has shaken your trust in us, and I know words alone won’t restore it.',
      'I know you are thinking of leaving us. I won’t try to talk you out of it; I would rather show you that we can do better.',
      'If your confidence in us has taken a knock, that is entirely understandable, and earning it back is up to us.',
    ],
    escalation: [
      'I have taken your case on personally, and it now has my full attention.',
      'You asked for this to be escalated, and it has been: our team lead is aware and is following it with me.',
      'Your case is with me personally now, and I have also briefed a senior colleague.',
    ],
    legal: [
      'I understand you are considering legal steps. That is of course your right; I would still like to resolve this with you directly.',
      'I note that you have mentioned legal action. I have set out the facts of your case so that it can be reviewed properly.',
      'I understand why you mentioned legal steps. My priority is to look into the facts carefully and give you a clear answer.',
    ],
    repeat: [
      'You should not have had to write to us again about this.',
      'Having to chase us for an answer is exactly what should never happen.',
      'One message should have been enough.',
    ],
    polite: [
      'Thank you for being so gracious about it; it is more than we deserved.',
      'You raised this with real courtesy, which makes it all the more important that we get it right.',
      'Your patience and kind tone have not gone unnoticed, and I’m grateful for them.',
    ],
    frustration: [
      'Your frustration is completely understandable.',
      'You have every reason to be upset about this.',
      'I would feel exactly the same in your position.',
    ],
    rating: [
      'Thank you for your honest rating; it is how we learn what we need to fix.',
      'I have read the rating you left us, and it was a fair one.',
      'Your rating reflects what happened, and I take it seriously.',
    ],
  },
  commitment: [
    'I’m now looking after your case myself and will see it through until it is fully resolved.',
    'Your case is my priority today, and I will stay with it until everything is in order.',
    'From here on, you have one point of contact: me. I will make sure this is properly put right.',
    'My aim now is simple: to put this right for you, properly and without further delay.',
  ],
  followUp: [
    'I will be in touch again within one working day with an update.',
    'You will hear from me as soon as there is news, and no later than tomorrow.',
    'Once it is done, I will check back with you to make sure everything works as it should.',
  ],
  closing: ['Kind regards,', 'With best regards,', 'Warm regards,'],
  signature: (agentName) => agentName ?? 'The Customer Support team',
  duration,
  times,
}
