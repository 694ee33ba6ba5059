/**
 * German. Formal "Sie", warm rather than stiff. The greeting names the full name without guessing gender
 * ("Guten Tag Anna Schmidt,"), so no "Frau"/"Herr". After a greeting that ends in a comma the letter goes
 * on in lower case (DIN 5008), which is why every opener below starts with a lower-case word.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NUMBER_WORDS = [
  'null',
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
]
const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count)

/** Durations are always used in the accusative ("einen Tag gewartet"). */
const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string]>> = {
  minute: ['eine Minute', 'Minuten'],
  hour: ['eine Stunde', 'Stunden'],
  day: ['einen Tag', 'Tage'],
  week: ['eine Woche', 'Wochen'],
}

function duration({ count, unit, approx }: Duration): string {
  const [one, many] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count)} ${many}`
  if (approx === 'over') return `mehr als ${amount}`
  if (approx === 'almost') return `fast ${amount}`
  return amount
}

/** "einmal", "dreimal"; from 13 on "13-mal". */
const times = (count: number) =>
  count <= 12 ? `${count === 1 ? 'ein' : numberWord(count)}mal` : `${count}-mal`

const am = (date: string | null) => (date ? ` am ${date}` : '')
const vom = (date: string | null) => (date ? ` vom ${date}` : '')

export const de: PhraseBank = {
  lang: 'de',
  sentenceJoiner: ' ',
  quoteMarks: ['„', '“'],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 140 },
  echoMotifs: [
    ['gelesen'],
    ['entschuldig', 'leid', 'bedaure'],
    ['wart', 'gewartet'],
    ['zu lang', 'zu viel zeit', 'gebraucht'],
    ['antwort', 'rückmeldung', 'gehört'],
    ['vertrauen'],
    ['persönlich', 'bei mir'],
    ['nachricht'],
    ['schrieb', 'schreib'],
    ['verantwortung', 'fehler liegt', 'versagt', 'im stich'],
    ['besser'],
    ['erfahrung'],
    ['dank'],
    ['einmal', 'genügen', 'reichen', 'beim ersten mal'],
    ['erneut', 'nachhaken', 'mehrfach', 'mehrere'],
    ['klär', 'gelöst', 'lösung', 'erledigt'],
    ['schnell', 'sofort'],
    ['ordnung'],
    ['vorrang'],
    ['klar'],
    ['freundlich', 'höflich'],
    ['melde'],
  ],
  address: (name) => name.full,
  greeting: {
    named: [({ name }) => `Guten Tag ${name},`, ({ name }) => `Hallo ${name},`],
    nameless: ['Guten Tag,', 'Hallo,'],
  },
  opener: {
    low: [
      'bitte entschuldigen Sie, dass das nicht reibungslos lief.',
      'das tut mir leid, und danke, dass Sie uns darauf hingewiesen haben.',
      'entschuldigen Sie bitte – da ist bei uns etwas nicht rund gelaufen.',
    ],
    medium: [
      'es tut mir aufrichtig leid, dass Sie diese Erfahrung mit uns machen mussten.',
      'ich möchte mich bei Ihnen entschuldigen. Das hätten wir deutlich besser machen müssen.',
      'bitte nehmen Sie meine Entschuldigung an – so sollte es bei uns nicht laufen.',
    ],
    high: [
      'ich möchte mich bei Ihnen ausdrücklich und persönlich entschuldigen. Wir haben Sie im Stich gelassen, und dafür übernehme ich die Verantwortung.',
      'es tut mir wirklich sehr leid. Hier haben wir versagt, und ich werde nichts beschönigen.',
      'zuallererst: Bitte entschuldigen Sie. Der Fehler liegt bei uns, nicht bei Ihnen.',
    ],
    measured: [
      'es tut mir leid, wie Ihr Anliegen bisher bearbeitet wurde, und ich möchte die Sache mit Ihnen sorgfältig klären.',
      'danke, dass Sie Ihre Punkte so klar dargelegt haben. Ich bedaure, dass unser Service nicht Ihren Erwartungen entsprochen hat.',
      'ich bedaure, dass die Bearbeitung Ihres Falls nicht so verlaufen ist, wie sie sollte, und gehe sie gern in Ruhe mit Ihnen durch.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `Auf Ihre Nachricht${vom(date)} hätten Sie schnell eine Antwort bekommen müssen – stattdessen haben wir Sie warten lassen.`,
      ({ date }) => `Sie haben uns${am(date)} geschrieben und dann viel zu lange nichts von uns gehört.`,
      ({ date }) => `Mit der Antwort auf Ihre Anfrage${vom(date)} haben wir uns viel zu viel Zeit gelassen.`,
    ],
    unresolved_issue: [
      ({ date }) => `Das Problem, das Sie uns${am(date)} geschildert haben, ist noch immer nicht gelöst.`,
      ({ date }) =>
        `Sie haben sich${am(date)} mit Ihrem Anliegen an uns gewandt und warten bis heute auf eine Lösung.`,
      ({ date }) =>
        `Seit ${date ? `dem ${date}` : 'Ihrer ersten Nachricht'} ist Ihr Anliegen offen – das ist viel zu lang.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Sie mussten sich${date ? ` seit dem ${date}` : ''} mehrfach mit demselben Anliegen bei uns melden.`,
      ({ date }) =>
        `Was mit Ihrer ersten Nachricht${vom(date)} hätte erledigt sein sollen, hat Sie mehrere Anläufe gekostet.`,
      ({ date }) =>
        `Sie haben uns Ihr Anliegen${am(date)} geschildert, und wir hätten es beim ersten Mal klären müssen.`,
    ],
    poor_service: [
      ({ date }) =>
        `Wie wir mit Ihrer Anfrage${vom(date)} umgegangen sind, entspricht nicht unserem Anspruch.`,
      ({ date }) =>
        `Als Sie sich${am(date)} an uns gewandt haben, hätten Sie Aufmerksamkeit und Sorgfalt verdient – beides haben Sie nicht bekommen.`,
      ({ date }) => `Die Betreuung, die Sie${am(date)} von uns erhalten haben, war schlicht nicht gut genug.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Bei Fragen rund ums Geld brauchen Sie schnell Klarheit, und die haben Sie${date ? ` nach Ihrer Nachricht vom ${date}` : ''} nicht bekommen.`,
      ({ date }) =>
        `Ihre Frage zur Abrechnung${vom(date)} wäre einfach zu klären gewesen; wir haben es Ihnen unnötig schwer gemacht.`,
      ({ date }) =>
        `Als Sie uns${am(date)} wegen Ihrer Zahlung geschrieben haben, hätten Sie sofort eine klare Antwort verdient.`,
    ],
    product_failure: [
      ({ date }) =>
        `Dass das Produkt${date ? ` seit dem ${date}` : ''} nicht so funktioniert wie erwartet, ist ärgerlich genug – unsere Unterstützung hätte es leichter machen müssen, nicht schwerer.`,
      ({ date }) =>
        `Sie haben uns${am(date)} ein Problem mit dem Produkt gemeldet und sich darauf verlassen, dass wir schnell helfen.`,
      ({ date }) =>
        `Sie verlassen sich auf das Produkt, und als es${am(date)} nicht funktionierte, hätten wir Ihnen schneller und besser helfen müssen.`,
    ],
    other: [
      ({ date }) => `Was${am(date)} passiert ist, entspricht nicht dem, was Sie von uns erwarten dürfen.`,
      ({ date }) => `Ihr Anliegen${vom(date)} wurde nicht so bearbeitet, wie es nötig gewesen wäre.`,
      ({ date }) => `Wenn ich mir Ihren Fall${vom(date)} ansehe, ist klar: Das haben wir nicht gut gemacht.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `Sie haben ${amount} auf eine Antwort gewartet – das ist viel zu lang.`,
      ({ amount }) => `Niemand sollte ${amount} auf eine Rückmeldung warten müssen.`,
      ({ amount }) => `Wir haben ${amount} gebraucht, um Ihnen zu antworten.`,
      ({ amount }) => `Sie mussten ${amount} lang ohne ein Lebenszeichen von uns auskommen.`,
    ],
    contacts: [
      ({ amount }) => `Sie mussten sich deswegen ${amount} bei uns melden.`,
      ({ amount }) => `Insgesamt haben Sie uns ${amount} geschrieben, obwohl einmal hätte reichen müssen.`,
      ({ amount }) => `Sie haben sich ${amount} an uns gewandt, bevor sich etwas bewegt hat.`,
    ],
    reopens: [
      ({ amount }) => `Ihre Anfrage wurde ${amount} zu früh abgeschlossen und musste neu geöffnet werden.`,
      ({ amount }) => `Wir haben Ihren Fall ${amount} als erledigt markiert, obwohl er es nicht war.`,
      ({ amount }) =>
        `Dass Ihr Fall ${amount} neu geöffnet werden musste, zeigt mir, dass wir ihn vorschnell geschlossen haben.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `Sie haben uns geschrieben: ${quotedEnd}`,
    ({ quotedEnd }) => `Ihre Worte waren deutlich: ${quotedEnd}`,
    ({ quotedEnd }) => `Ich habe Ihre Nachricht genau gelesen, auch diesen Satz: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'Ich verstehe, dass Ihr Vertrauen in uns gelitten hat, und ich weiß, dass Worte allein es nicht zurückbringen.',
      'Ich weiß, dass Sie überlegen, sich von uns zu verabschieden. Überreden möchte ich Sie nicht – lieber zeige ich Ihnen, dass wir es besser können.',
      'Wenn Ihr Vertrauen in uns erschüttert ist, kann ich das gut nachvollziehen; es zurückzugewinnen, liegt an uns.',
    ],
    escalation: [
      'Ich habe Ihren Fall persönlich übernommen; er hat jetzt meine volle Aufmerksamkeit.',
      'Sie haben um eine Eskalation gebeten, und die ist erfolgt: Unsere Teamleitung ist eingebunden und verfolgt den Fall mit mir.',
      'Ihr Anliegen liegt jetzt bei mir persönlich, und unsere Teamleitung ist ebenfalls informiert.',
    ],
    legal: [
      'Ich habe zur Kenntnis genommen, dass Sie rechtliche Schritte erwägen. Das ist selbstverständlich Ihr gutes Recht; ich möchte die Angelegenheit dennoch gern direkt mit Ihnen klären.',
      'Sie haben rechtliche Schritte erwähnt. Ich habe den Sachverhalt vollständig zusammengestellt, damit er sorgfältig geprüft werden kann.',
      'Ich verstehe, warum Sie rechtliche Schritte ansprechen. Mir ist wichtig, den Sachverhalt genau zu prüfen und Ihnen eine klare Antwort zu geben.',
    ],
    repeat: [
      'Es hätte nicht nötig sein dürfen, dass Sie uns deswegen erneut schreiben.',
      'Dass Sie bei uns nachhaken mussten, darf schlicht nicht passieren.',
      'Eine Nachricht hätte genügen müssen, nicht mehrere.',
    ],
    polite: [
      'Danke, dass Sie trotz allem so freundlich geblieben sind – das ist nicht selbstverständlich.',
      'Sie haben uns Ihr Anliegen sehr höflich geschildert, und umso mehr möchte ich es jetzt richtig machen.',
      'Ihre Geduld und Ihr freundlicher Ton sind mehr, als wir in diesem Fall verdient haben.',
    ],
    frustration: [
      'Ihren Ärger kann ich sehr gut verstehen.',
      'Sie haben allen Grund, verärgert zu sein.',
      'An Ihrer Stelle ginge es mir genauso.',
    ],
    rating: [
      'Danke für Ihre ehrliche Bewertung – genau so erfahren wir, was wir verbessern müssen.',
      'Ich habe Ihre Bewertung gelesen, und sie ist berechtigt.',
      'Ihre Bewertung trifft leider zu, und ich nehme sie ernst.',
    ],
  },
  commitment: [
    'Ich kümmere mich ab jetzt persönlich um Ihren Fall und bleibe dran, bis alles vollständig geklärt ist.',
    'Ihr Anliegen hat heute für mich Vorrang, und ich lasse es erst los, wenn alles in Ordnung ist.',
    'Ab sofort haben Sie mit mir eine feste Ansprechperson, und ich sorge dafür, dass alles sauber gelöst wird.',
    'Mein Ziel ist jetzt einfach: das für Sie in Ordnung zu bringen, gründlich und ohne weitere Verzögerung.',
  ],
  followUp: [
    'Spätestens am nächsten Werktag melde ich mich mit einem Zwischenstand bei Ihnen.',
    'Sobald es Neuigkeiten gibt, hören Sie von mir – spätestens morgen.',
    'Wenn alles erledigt ist, melde ich mich noch einmal, um sicherzugehen, dass wirklich alles funktioniert.',
  ],
  // German closings take no comma.
  closing: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Beste Grüße'],
  signature: (agentName) => agentName ?? 'Ihr Kundenservice-Team',
  duration,
  times,
}
