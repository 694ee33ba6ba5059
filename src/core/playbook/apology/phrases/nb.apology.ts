/**
 * Norwegian Bokmål. "Du", as Norwegian business writing does; plain, warm and direct rather than
 * ceremonious. Closings take no comma ("Med vennlig hilsen"). "Én" carries its accent where it means
 * the number one.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NUMBER_WORDS = [
  'null',
  'en',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'åtte',
  'ni',
  'ti',
  'elleve',
  'tolv',
]
const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count)

const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string]>> = {
  minute: ['ett minutt', 'minutter'],
  hour: ['en time', 'timer'],
  day: ['en dag', 'dager'],
  week: ['en uke', 'uker'],
}

function duration({ count, unit, approx }: Duration): string {
  const [one, many] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count)} ${many}`
  if (approx === 'over') return `over ${amount}`
  if (approx === 'almost') return `nesten ${amount}`
  return amount
}

const times = (count: number) => (count === 1 ? 'én gang' : `${numberWord(count)} ganger`)

const den = (date: string | null) => (date ? ` den ${date}` : '')
const fra = (date: string | null) => (date ? ` fra ${date}` : '')

export const nb: PhraseBank = {
  lang: 'nb',
  sentenceJoiner: ' ',
  quoteMarks: ['«', '»'],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 140 },
  echoMotifs: [
    ['lest'],
    ['beklag', 'unnskyld', 'lei meg'],
    ['vent'],
    ['lenge', 'lang tid'],
    ['svar'],
    ['tillit'],
    ['personlig', 'hos meg'],
    ['melding'],
    ['skrev', 'skrive'],
    ['ansvar', 'svikt', 'feilen'],
    ['bedre'],
    ['opplevelse'],
    ['takk', 'setter stor pris'],
    ['én gang', 'én melding', 'første gang', 'nok'],
    ['igjen', 'flere ganger', 'purre'],
    ['løs', 'ordnet'],
    ['rask', 'med en gang'],
    ['prioritet'],
    ['tydelig', 'klar'],
    ['vennlig', 'høflig'],
    ['orden'],
    ['kontakt'],
  ],
  address: (name) => name.given ?? name.full,
  greeting: {
    named: [({ name }) => `Hei ${name},`, ({ name }) => `Kjære ${name},`],
    nameless: ['Hei,', 'Kjære kunde,'],
  },
  opener: {
    low: [
      'Beklager bryderiet, og takk for at du sa fra.',
      'Jeg beklager at dette ikke gikk som det skulle.',
      'Beklager, dette skulle ikke ha skjedd.',
    ],
    medium: [
      'Jeg beklager oppriktig. Dette er ikke den opplevelsen vi ønsker at du skal ha hos oss.',
      'Jeg vil be om unnskyldning. Dette burde vi ha håndtert langt bedre.',
      'Jeg er lei meg for dette – du fortjente bedre fra oss.',
    ],
    high: [
      'Jeg skylder deg en oppriktig og personlig unnskyldning. Vi har sviktet deg, og det er vårt ansvar, ikke ditt.',
      'Jeg er virkelig lei meg. Her har vi sviktet, og jeg kommer ikke med bortforklaringer.',
      'Aller først vil jeg si unnskyld. Feilen ligger hos oss, og jeg tar det fulle ansvaret for den.',
    ],
    measured: [
      'Jeg beklager måten henvendelsen din er blitt håndtert på, og jeg vil gjerne gå gjennom saken sammen med deg.',
      'Takk for at du har forklart situasjonen så tydelig. Jeg beklager at tjenesten vår ikke har svart til forventningene dine.',
      'Jeg beklager at saken din ikke er blitt fulgt opp slik den skulle, og jeg vil gjerne se nøye på den sammen med deg.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `Da du skrev til oss${den(date)}, burde du ha fått raskt svar. I stedet lot vi deg vente.`,
      ({ date }) => `Meldingen din${fra(date)} fortjente et raskt svar, og det fikk den ikke.`,
      ({ date }) => `Vi brukte altfor lang tid på å svare på henvendelsen du sendte oss${den(date)}.`,
    ],
    unresolved_issue: [
      ({ date }) => `Problemet du meldte fra om${den(date)}, er fortsatt ikke løst, og det er ikke godt nok.`,
      ({ date }) => `Du kontaktet oss${den(date)} for å få hjelp, og du venter fortsatt på en løsning.`,
      ({ date }) =>
        `Siden ${date ?? 'den første meldingen din'} har saken din stått uløst, og det er altfor lenge.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Du har måttet kontakte oss flere ganger om den samme saken${date ? ` siden ${date}` : ''}.`,
      ({ date }) =>
        `Det som burde vært ordnet etter den første meldingen din${fra(date)}, har krevd flere forsøk fra din side.`,
      ({ date }) => `Du forklarte oss problemet${den(date)}, og vi burde ha løst det første gang.`,
    ],
    poor_service: [
      ({ date }) => `Måten vi håndterte henvendelsen din${fra(date)} på, var ikke god nok.`,
      ({ date }) =>
        `Da du tok kontakt${den(date)}, fortjente du oppmerksomhet og omtanke, og det fikk du ikke.`,
      ({ date }) => `Oppfølgingen du fikk fra oss${den(date)}, var langt under det vi krever av oss selv.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Når det gjelder penger, trenger du klare svar raskt, og det fikk du ikke${date ? ` etter meldingen din fra ${date}` : ''}.`,
      ({ date }) =>
        `Spørsmålet ditt om fakturering${fra(date)} burde vært enkelt å løse, og vi gjorde det unødvendig vanskelig.`,
      ({ date }) =>
        `Da du skrev til oss om betalingen din${den(date)}, burde du ha fått et klart svar med en gang.`,
    ],
    product_failure: [
      ({ date }) =>
        `At produktet ikke har fungert som forventet${date ? ` siden ${date}` : ''}, er ille nok i seg selv. Hjelpen vår skulle ha gjort det enklere, ikke vanskeligere.`,
      ({ date }) => `Du meldte fra om et problem med produktet${den(date)} og regnet med rask hjelp fra oss.`,
      ({ date }) =>
        `Du er avhengig av produktet, og da det sluttet å fungere${den(date)}, burde vi ha hjulpet deg bedre og raskere.`,
    ],
    other: [
      ({ date }) => `Det som skjedde${den(date)}, er ikke det du skal kunne forvente av oss.`,
      ({ date }) => `Henvendelsen din${fra(date)} ble ikke behandlet slik den burde.`,
      ({ date }) =>
        `Når jeg går gjennom saken din${fra(date)}, er det tydelig at vi ikke har gjort dette godt nok.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `Du ventet ${amount} på svar, og det er altfor lenge.`,
      ({ amount }) => `Ingen skal måtte vente ${amount} på å høre fra oss.`,
      ({ amount }) => `Det tok oss ${amount} å svare deg.`,
      ({ amount }) => `Du hørte ikke noe fra oss på ${amount}, og det skal ikke skje.`,
    ],
    contacts: [
      ({ amount }) => `Du måtte kontakte oss ${amount} om dette.`,
      ({ amount }) => `Til sammen skrev du til oss ${amount}, når én gang burde vært nok.`,
      ({ amount }) => `Du tok kontakt ${amount} før noe skjedde.`,
    ],
    reopens: [
      ({ amount }) => `Saken din måtte gjenåpnes ${amount} fordi vi lukket den for tidlig.`,
      ({ amount }) =>
        `Vi markerte saken som løst selv om den ikke var det, og den måtte åpnes igjen ${amount}.`,
      ({ amount }) => `At saken din måtte gjenåpnes ${amount}, viser meg at vi lukket den for raskt.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `Du skrev til oss: ${quotedEnd}`,
    ({ quotedEnd }) => `Du sa det tydelig: ${quotedEnd}`,
    ({ quotedEnd }) => `Jeg har lest meldingen din nøye, også denne setningen: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'Jeg forstår at dette har svekket tilliten din til oss, og jeg vet at ord alene ikke bygger den opp igjen.',
      'Jeg skjønner at du vurderer å forlate oss. Jeg skal ikke prøve å overtale deg, men heller vise deg at vi kan gjøre det bedre.',
      'Hvis tilliten din til oss har fått en knekk, forstår jeg det godt. Det er vår oppgave å vinne den tilbake.',
    ],
    escalation: [
      'Jeg har tatt over saken din selv, og den har nå min fulle oppmerksomhet.',
      'Du ba om at saken skulle eskaleres, og det er gjort: Teamlederen vår er informert og følger saken sammen med meg.',
      'Saken din ligger nå hos meg personlig, og jeg har også orientert ledelsen i teamet.',
    ],
    legal: [
      'Jeg har notert at du vurderer rettslige skritt. Det er selvsagt din rett, men jeg vil gjerne løse dette direkte med deg.',
      'Du har nevnt muligheten for rettslige skritt. Jeg har samlet alle fakta i saken din, slik at den kan gjennomgås grundig.',
      'Jeg forstår at du har nevnt rettslige skritt. Det viktigste for meg nå er å gå nøye gjennom fakta og gi deg et klart svar.',
    ],
    repeat: [
      'Du skulle ikke ha trengt å skrive til oss igjen om dette.',
      'Å måtte purre på et svar fra oss er akkurat det som aldri skal skje.',
      'Én melding burde ha vært nok.',
    ],
    polite: [
      'Takk for at du har vært så vennlig tross alt. Det er mer enn vi fortjente.',
      'Du tok dette opp på en svært høflig måte, og det gjør meg enda mer opptatt av å få det riktig.',
      'Jeg legger merke til tålmodigheten og den vennlige tonen din, og jeg setter stor pris på det.',
    ],
    frustration: [
      'Jeg forstår godt at du er frustrert.',
      'Du har all grunn til å være misfornøyd.',
      'I ditt sted ville jeg ha følt det på samme måte.',
    ],
    rating: [
      'Takk for en ærlig vurdering. Det er slik vi ser hva vi må gjøre bedre.',
      'Jeg har lest vurderingen du ga oss, og den er rettferdig.',
      'Vurderingen din stemmer med det som skjedde, og jeg tar den på alvor.',
    ],
  },
  commitment: [
    'Fra nå av følger jeg opp saken din selv, helt til den er løst.',
    'Saken din er min førsteprioritet i dag, og jeg slipper den ikke før alt er i orden.',
    'Nå har du én kontaktperson, nemlig meg, og jeg skal sørge for at dette blir ordentlig løst.',
    'Målet mitt nå er enkelt: å rette opp dette for deg, grundig og uten mer venting.',
  ],
  followUp: [
    'Du hører fra meg igjen innen én virkedag med en oppdatering.',
    'Så snart det er nytt å melde, tar jeg kontakt, og senest i morgen.',
    'Når alt er ordnet, tar jeg kontakt igjen for å forsikre meg om at alt fungerer som det skal.',
  ],
  closing: ['Med vennlig hilsen', 'Vennlig hilsen', 'Beste hilsen'],
  signature: (agentName) => agentName ?? 'Kundeservice',
  duration,
  times,
}
