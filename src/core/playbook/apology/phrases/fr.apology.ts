/**
 * French. "Vous", courteous and warm. Nothing agrees with a gender we do not know: the agent never says
 * "désolé(e)" in the singular (the company's "nous sommes désolés" is used instead) and the customer is
 * never "déçu(e)" or "mécontent(e)". High punctuation (: ; ! ?) takes a no-break space before it, and the
 * guillemets take one inside.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NB = '\u00a0'

const NUMBER_WORDS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
]
const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count)

const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string]>> = {
  minute: ['une minute', 'minutes'],
  hour: ['une heure', 'heures'],
  day: ['un jour', 'jours'],
  week: ['une semaine', 'semaines'],
}

/** "plus de" and "près de" elide before "un"/"une": "plus d’un jour". */
const de = (amount: string) => (/^une? /.test(amount) ? `d’${amount}` : `de ${amount}`)

function duration({ count, unit, approx }: Duration): string {
  const [one, many] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count)} ${many}`
  if (approx === 'over') return `plus ${de(amount)}`
  if (approx === 'almost') return `près ${de(amount)}`
  return amount
}

const times = (count: number) => (count === 1 ? 'une fois' : `${numberWord(count)} fois`)

const le = (date: string | null) => (date ? ` le ${date}` : '')
const du = (date: string | null) => (date ? ` du ${date}` : '')

export const fr: PhraseBank = {
  lang: 'fr',
  sentenceJoiner: ' ',
  quoteMarks: [`«${NB}`, `${NB}»`],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 155 },
  echoMotifs: [
    ['j’ai lu'],
    ['excus', 'regrett', 'désolés', 'pardon'],
    ['attend'],
    ['trop long', 'trop de temps', 'fallu'],
    ['répon'],
    ['confiance'],
    ['personnel', 'mes mains', 'm’occupe'],
    ['message'],
    ['écrit', 'réécrire'],
    ['responsabilit', 'failli', 'erreur vient'],
    ['mieux'],
    ['expérience'],
    ['merci', 'remerci'],
    ['une seule', 'un seul', 'premier coup', 'suffi'],
    ['relanc', 'à plusieurs reprises'],
    ['résolu', 'résolution', 'régl'],
    ['rapide', 'vite', 'immédiatement'],
    ['priorité'],
    ['clair'],
    ['courtois', 'aimable'],
    ['hauteur'],
    ['soin'],
  ],
  address: (name) => name.full,
  greeting: {
    // "Madame, Monsieur" needs a gender for a named person; "Bonjour" + full name is the neutral form.
    named: [({ name }) => `Bonjour ${name},`],
    nameless: ['Bonjour,', 'Madame, Monsieur,'],
  },
  opener: {
    low: [
      'Toutes nos excuses pour ce désagrément, et merci de nous l’avoir signalé.',
      'Je regrette que les choses ne se soient pas passées comme prévu.',
      'Veuillez nous excuser pour ce contretemps.',
    ],
    medium: [
      `Nous sommes sincèrement désolés${NB}: ce n’est pas l’expérience que nous voulons vous offrir.`,
      'Je tiens à vous présenter mes excuses. Nous aurions dû faire bien mieux.',
      `Je vous prie de nous excuser${NB}: vous méritiez mieux de notre part.`,
    ],
    high: [
      'Je vous dois des excuses sincères et personnelles. Nous n’avons pas été à la hauteur, et la responsabilité nous en revient entièrement.',
      'Je regrette profondément ce qui s’est passé. Nous avons failli, et je ne chercherai pas d’excuses.',
      'Avant toute chose, je vous demande pardon. L’erreur vient de nous, et j’en assume pleinement la responsabilité.',
    ],
    measured: [
      'Je regrette la manière dont votre demande a été traitée, et je souhaite la reprendre avec vous avec tout le soin nécessaire.',
      'Merci d’avoir exposé la situation aussi clairement. Je regrette que notre service n’ait pas répondu à vos attentes.',
      'Je regrette que le traitement de votre dossier n’ait pas été celui qu’il aurait dû être, et je souhaite le revoir avec vous posément.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `Lorsque vous nous avez écrit${le(date)}, vous auriez dû recevoir une réponse rapide${NB}; au lieu de cela, nous vous avons fait attendre.`,
      ({ date }) => `Votre message${du(date)} méritait une réponse rapide, et il ne l’a pas eue.`,
      ({ date }) =>
        `Nous avons mis beaucoup trop de temps à répondre à la demande que vous nous avez adressée${le(date)}.`,
    ],
    unresolved_issue: [
      ({ date }) =>
        `Le problème que vous nous avez signalé${le(date)} n’est toujours pas résolu, et ce n’est pas acceptable.`,
      ({ date }) =>
        `Vous nous avez contactés${le(date)} pour trouver une solution, et vous l’attendez encore.`,
      ({ date }) =>
        `Depuis ${date ? `le ${date}` : 'votre premier message'}, votre demande reste en suspens${NB}: c’est beaucoup trop long.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Vous avez dû nous relancer à plusieurs reprises pour le même problème${date ? ` depuis le ${date}` : ''}.`,
      ({ date }) =>
        `Ce qui aurait dû se régler dès votre premier message${date ? `, celui du ${date},` : ''} a nécessité plusieurs relances de votre part.`,
      ({ date }) =>
        `Vous nous avez exposé la situation${le(date)}, et nous aurions dû la régler du premier coup.`,
    ],
    poor_service: [
      ({ date }) => `La façon dont nous avons traité votre demande${du(date)} n’était pas à la hauteur.`,
      ({ date }) =>
        `Quand vous nous avez contactés${le(date)}, vous méritiez de l’attention et du soin, et ce n’est pas ce que vous avez reçu.`,
      ({ date }) => `L’accompagnement que vous avez reçu${le(date)} était bien en deçà de nos exigences.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Quand il s’agit d’argent, vous avez besoin de clarté et de rapidité, et ce n’est pas ce que vous avez obtenu${date ? ` après votre message du ${date}` : ''}.`,
      ({ date }) =>
        `Votre question de facturation${du(date)} aurait dû être simple à régler, et nous l’avons rendue inutilement compliquée.`,
      ({ date }) =>
        `Lorsque vous nous avez écrit au sujet de votre paiement${le(date)}, vous auriez dû obtenir une réponse claire immédiatement.`,
    ],
    product_failure: [
      ({ date }) =>
        `Un produit qui ne fonctionne pas comme prévu${date ? ` depuis le ${date}` : ''}, c’est déjà pénible${NB}; notre aide aurait dû vous simplifier les choses, pas les compliquer.`,
      ({ date }) =>
        `Vous nous avez signalé un problème avec le produit${le(date)}, en comptant sur une aide rapide de notre part.`,
      ({ date }) =>
        `Vous comptez sur ce produit, et lorsqu’il a cessé de fonctionner${le(date)}, nous aurions dû vous aider mieux et plus vite.`,
    ],
    other: [
      ({ date }) =>
        `Ce qui s’est passé${le(date)} ne correspond pas à ce que vous êtes en droit d’attendre de nous.`,
      ({ date }) => `Votre demande${du(date)} n’a pas été traitée comme elle aurait dû l’être.`,
      ({ date }) =>
        `Après avoir relu votre dossier${du(date)}, je constate que nous n’avons pas bien fait les choses.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `Vous avez attendu une réponse pendant ${amount}${NB}: c’est beaucoup trop.`,
      ({ amount }) => `Personne ne devrait attendre ${amount} pour avoir de nos nouvelles.`,
      ({ amount }) => `Il nous a fallu ${amount} pour vous répondre.`,
      ({ amount }) =>
        `Vous n’avez eu aucune nouvelle de notre part pendant ${amount}, et ce n’est pas acceptable.`,
    ],
    contacts: [
      ({ amount }) => `Vous avez dû nous contacter ${amount} à ce sujet.`,
      ({ amount }) => `Au total, vous nous avez écrit ${amount}, alors qu’une seule fois aurait dû suffire.`,
      ({ amount }) => `Vous avez pris contact avec nous ${amount} avant que les choses avancent.`,
    ],
    reopens: [
      ({ amount }) => `Votre demande a dû être rouverte ${amount}, car nous l’avions clôturée trop tôt.`,
      ({ amount }) =>
        `Nous avons considéré votre dossier comme résolu alors qu’il ne l’était pas, et il a fallu le rouvrir ${amount}.`,
      ({ amount }) =>
        `Que votre dossier ait dû être rouvert ${amount} me montre que nous l’avons fermé trop vite.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `Vous nous avez écrit${NB}: ${quotedEnd}`,
    ({ quotedEnd }) => `Vos mots étaient clairs${NB}: ${quotedEnd}`,
    ({ quotedEnd }) => `J’ai lu votre message attentivement, y compris cette phrase${NB}: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'Je comprends que votre confiance en nous ait été ébranlée, et je sais que des mots ne suffiront pas à la rétablir.',
      `Je sais que vous envisagez de nous quitter. Je ne chercherai pas à vous retenir à tout prix${NB}; je préfère vous montrer que nous pouvons faire mieux.`,
      `Si votre confiance en nous est entamée, je le comprends parfaitement${NB}: c’est à nous de la regagner.`,
    ],
    escalation: [
      'J’ai pris votre dossier en charge personnellement, et il a désormais toute mon attention.',
      `Vous avez demandé que ce dossier soit escaladé, et c’est fait${NB}: l’encadrement de notre équipe est informé et le suit avec moi.`,
      'Votre dossier est désormais entre mes mains, et j’ai également informé la direction de notre équipe.',
    ],
    legal: [
      `Je prends note que vous envisagez des démarches juridiques. C’est bien entendu votre droit${NB}; je souhaite néanmoins régler cette situation directement avec vous.`,
      'Vous avez évoqué une action en justice. J’ai rassemblé l’ensemble des faits de votre dossier afin qu’il soit examiné avec rigueur.',
      'Je comprends que vous ayez évoqué la voie juridique. Ma priorité est d’examiner les faits avec soin et de vous apporter une réponse claire.',
    ],
    repeat: [
      'Vous n’auriez pas dû avoir à nous réécrire à ce sujet.',
      'Devoir nous relancer pour obtenir une réponse, c’est exactement ce qui ne devrait jamais arriver.',
      'Un seul message aurait dû suffire.',
    ],
    polite: [
      `Merci pour votre courtoisie malgré tout${NB}; c’est plus que nous ne méritions.`,
      'Vous nous avez fait part de la situation avec beaucoup de courtoisie, et c’est une raison de plus pour bien faire les choses.',
      'Votre patience et votre ton aimable ne passent pas inaperçus, et je vous en remercie.',
    ],
    frustration: [
      'Votre agacement est tout à fait compréhensible.',
      'Votre réaction est parfaitement légitime.',
      'À votre place, je ressentirais exactement la même chose.',
    ],
    rating: [
      `Merci pour votre évaluation sincère${NB}: c’est ainsi que nous savons ce que nous devons améliorer.`,
      'J’ai lu l’évaluation que vous nous avez laissée, et elle est justifiée.',
      'Votre évaluation reflète ce qui s’est passé, et je la prends très au sérieux.',
    ],
  },
  commitment: [
    'Je m’occupe désormais personnellement de votre dossier, et je le suivrai jusqu’à sa résolution complète.',
    'Votre dossier est aujourd’hui ma priorité, et je ne le lâcherai pas tant que tout ne sera pas réglé.',
    'À partir de maintenant, c’est moi qui suis votre contact, et je veillerai à ce que tout soit correctement réglé.',
    `Mon objectif est simple${NB}: régler cela pour vous, correctement et sans plus attendre.`,
  ],
  followUp: [
    'Je reviendrai vers vous au plus tard sous un jour ouvré avec un point d’étape.',
    'Dès que j’aurai du nouveau, je vous écrirai, et au plus tard demain.',
    'Une fois le problème réglé, je reprendrai contact avec vous pour m’assurer que tout fonctionne correctement.',
  ],
  closing: ['Bien cordialement,', 'Cordialement,', 'Bien à vous,'],
  signature: (agentName) => agentName ?? 'L’équipe du service client',
  duration,
  times,
}
