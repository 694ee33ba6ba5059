/** French. Elisions lose their apostrophe in matching ("j'ai" → "jai", "n'a" → "na"), as in fast typing. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const fr: Lexicon = {
  lang: 'fr',
  script: 'latin',
  negative: {
    ...w(3, 'inadmissible|inacceptable|scandaleux|scandale|honteux|honte|lamentable|minable'), // unacceptable, scandalous, shameful, pathetic
    ...w(3, 'catastrophique|catastrophe|déplorable|arnaque|arnaqueurs|escroquerie|escrocs|volé'), // catastrophic, deplorable, scam, crooks, stolen
    ...w(3, 'le pire|la pire|pire service|une blague|du foutage de gueule|nul|nulle|nuls'), // the worst, a joke, taking the mickey, rubbish
    ...w(3, 'furieux|furieuse|ras le bol|marre|jen ai marre|excédé|excédée|plus jamais'), // furious, fed up, exasperated, never again
    ...w(3, 'incompétent*|lamentables|un cauchemar|cauchemar|honteusement|inqualifiable'), // incompetent, nightmare, unspeakable
    ...w(2, 'déçu|déçue|déçus|décevant*|déception|frustr*|énervé|énervée|agacé|agacée'), // disappointed, frustrated, annoyed, irritated
    ...w(2, 'mécontent*|insatisfait*|mauvais|mauvaise|médiocre|cassé|cassée|défectueu*'), // unhappy, dissatisfied, bad, mediocre, broken, defective
    ...w(2, 'ne fonctionne plus|ne marche plus|marche plus|fonctionne plus|ça bug|ça plante'), // doesn't work any more, it's buggy / crashing
    ...w(2, 'ne fonctionne pas|ne marche pas|marche pas|fonctionne pas|ne fonctionne toujours pas'), // doesn't work (still)
    ...w(2, 'toujours pas|jamais reçu|rien reçu|pas de réponse|aucune réponse|personne ne'), // still not, never/not received, no answer, nobody
    ...w(2, 'sans réponse|aucune aide|aucune solution|débité deux fois|prélevé deux fois|sans mon accord'), // unanswered, no help, debited twice, without my consent
    ...w(2, 'impoli|impolie|désagréable|méprisant|~ignoré|~ignorée|menti|mensonge|pire'), // impolite, unpleasant, contemptuous, ignored, lied
    ...w(2, 'inutile|inutiles|pénible|agaçant|énervant|nimporte quoi|abusé|abusif'), // useless, tiresome, annoying, nonsense, abusive
    ...w(1, 'problème|problèmes|erreur|bug|lent|lente|retard|délai|attente|attendre'), // problem, error, slow, delay, waiting
    ...w(1, 'malheureusement|hélas|compliqué|difficile|plainte|réclamation|cher|trop cher'), // unfortunately, alas, complicated, complaint, expensive
    ...w(1, 'incorrect|erroné|bloqué|bloquée|plante|inquiet|inquiète|souci|soucis|~mal'), // incorrect, blocked, crashes, worried, trouble
    ...w(2, 'périmé*|date dépassée|supprimé|annulé sans'), // expired, past date, cancelled
    ...w(2, 'toujours aucun|aucun remboursement|toujours rien reçu'), // still no (refund), still nothing received
    ...w(1.5, 'pas commandé|arrivé sans|arrivée sans|il manque|manquant*'), // not ordered, arrived without, missing
    ...w(2, 'je veux être remboursé|rendez-moi mon argent|malgré ma résiliation'), // I want a refund, give me my money back
    ...w(2, 'injoignable|nest pas venu|jamais venu|perdu ma journée'), // unreachable, did not come, lost my day
    ...w(2, "renvoie d'un service|d'un service à l'autre|personne ne prend"),
    ...w(2, "on m'avait promis|vous m'aviez promis|promis un rappel|jamais rappelé|toujours pas rappelé"),
    ...w(
      2,
      'sans internet|sans électricité|sans réseau|sans connexion|aucune explication|sans explication|sans prévenir',
    ), // without internet / power, no explanation / warning
    ...w(
      2,
      "toujours aucune|personne n'est|personne n'a|pas sérieux|manque de sérieux|dégoûté*|lassé*|arrivé froid",
    ), // still no, nobody is / has, not serious, disgusted, weary, arrived cold
    ...w(3, "j'en ai assez|le comble"), // I've had enough, the last straw
    ...w(1.5, 'panne|pannes|en panne|coupure*'), // breakdown, outage
    ...w(2, "je n'en peux plus|raté mon vol"), // I can't take any more, missed my flight
    ...w(3, 'tanné*|écœur*|écoeur*|se moque du monde|vous moquez de|on se moque de|se fout de'), // fed up (QC), sickening, taking us for fools
    ...w(
      2,
      'perdre patience|perds patience|suis à bout|personne me rappelle|personne me répond|personne nous répond|rien ne bouge|il ne se passe rien|on me balade',
    ), // losing patience, at the end of my tether, nobody (informal), nothing moves
    ...w(
      2,
      "j'attends depuis|depuis des semaines|depuis des mois|semaines que j'attends|mois que j'attends|semaines d'attente|vous courir après",
    ), // waiting for weeks
    ...w(2, 'raccroché au nez|pas digne de|indigne de'), // hung up on me, unworthy of, for nothing
    ...w(
      1.5,
      'vraiment ?|vraiment?|sérieux ?|sérieux?|une blague ?|une blague?|vous plaisantez|vous rigolez',
    ), // really?, seriously?, is this a joke?, you're kidding
  },
  positive: [
    ...words('bien|bon|bonne|content|contente|satisfait|satisfaite|utile|aimable|rapide'),
    ...words('acceptable|aidé|aider|répondu|résolu|réglé|clair|~top|~terrible'),
  ],
  politeness: {
    ...w(2, "un peu déçu|un peu déçue|assez déçu|assez déçue|je m'attendais à mieux|j'attendais mieux"),
    ...w(1.5, 'pas reçu|je crains que|je ne comprends pas comment'),
    ...w(2, 'pas idéal|pas très utile|regrette de|dommage|cest dommage|navré de'), // not ideal, not very useful, I'm afraid, a pity
    ...w(2, 'je ne comprends pas pourquoi|ce nest pas normal|pas normal'), // I don't understand how / why, not normal
    ...w(2, 'attendais à mieux|attendais mieux|mieux de votre part'),
    ...w(
      2,
      "je m'attendais à plus|je m'attendais à un peu plus|j'aurais espéré|j'espérais mieux|j'espérais plus|à désirer|pas à la hauteur|pas une façon|pas une manière",
    ), // I expected / hoped for more, not up to it
    ...w(
      2,
      'pas satisfaisant|peu satisfaisant|insuffisant|regrettable|je trouve dommage|un peu décevant|assez décevant|plutôt décevant',
    ), // unsatisfactory, regrettable, rather disappointing
    ...w(1.5, "je m'attendais à|j'aurais aimé|je ne vous cache pas|mitigé*"), // I expected, I'd have liked, I won't hide it, mixed
    ...w(
      2,
      "pas à ça de votre part|ne m'attendais pas à ça|ne m'attendais vraiment pas|pas très professionnel",
    ), // didn't expect that from you, surprised by how…
  },
  profanity: [
    ...words('merde|putain|bordel|connards|connard|débiles|débile|crétins|foutre'),
    ...words('foutez|enfoirés|chier|fait chier|idiots|bande de'),
  ],
  sarcasm: [
    'merci pour rien',
    'merci de rien',
    'bravo, vraiment',
    'génial, encore',
    ...words("encore bravo|merci du cadeau|on n'arrête pas le progrès"),
  ],
  praise: [
    ...words('génial|magnifique|bravo|félicitations|super|formidable|merveilleux|excellent'),
    ...words(
      'chapeau|toujours un plaisir|quel plaisir|au top|bel exploit|quelle efficacité|continuez comme ça',
    ),
    ...words('vous êtes les meilleurs|les meilleurs'),
    ...words('~top|~nickel|impeccable|incroyable|quel service|quelle rapidité'),
    ...words('belle performance|bien joué|beau travail|quel professionnalisme|un record'),
  ],
  intensifiers: {
    ...w(0.5, 'très|vraiment|tellement|totalement|complètement|absolument|extrêmement|trop'),
    ...w(0.5, 'super|profondément|franchement|carrément|~grave|hyper|particulièrement'),
    ...w(0.3, 'assez|plutôt'),
  },
  negators: {
    pre: ['pas', 'ne', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'ni', 'non', 'guère'],
    post: [],
  },
  contrast: ['~mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins'],
  resolution: {
    ...w(2, 'ça marche|ca marche|ça fonctionne|fonctionne maintenant|marche maintenant|résolu'),
    ...w(2, 'réglé|problème réglé|problème résolu|tout est bon|cest bon|parfait|bien reçu|reçu'),
    ...w(1, 'merci|merci beaucoup|merci bien|mille mercis'),
    ...w(2, "c'est réglé|bien arrivé|est arrivé|tout fonctionne"),
  },
  intents: {
    escalation: {
      ...w(1.5, 'service réclamation|service client supérieur'), // complaints department, a human, head of department
      ...w(
        1,
        'responsable|superviseur|supérieur|manager|directeur|~direction|hiérarchie|un humain|une vraie personne|chef de service',
      ),
      ...w(
        1.5,
        'parler à un responsable|parler au responsable|parler à votre responsable|parler à un supérieur|votre supérieur|votre hiérarchie|réclamation officielle|faire remonter',
      ),
      ...w(1.5, 'passez-moi|passez moi un'), // put me through to
      ...w(
        1.5,
        "à un responsable|un responsable qui|un supérieur|quelqu'un de compétent|quelqu'un qui puisse|escalader",
      ), // to a manager, someone competent, escalate
      ...w(
        1.5,
        'pouvoir de décision|pouvoir de décider|qui peut décider|service des plaintes|parler à un superviseur|parler à votre chef',
      ), // someone who can decide, complaints service
      ...w(1, 'votre chef|un gestionnaire'), // your boss, a case manager (often neutral)
    },
    churn: {
      ...w(1, 'désabonner|désinscrire|annuler|annulation|supprimer mon compte'), // unsubscribe, cancel, delete my account
      ...w(1, 'clôturer|fermer mon compte|mettre fin'), // close (account), end
      ...w(1.5, 'autre opérateur|autre fournisseur|aller ailleurs'), // another operator / supplier, go elsewhere
      ...w(1.5, 'plus jamais chez vous|je ne commanderai plus|perdre un client|client perdu'), // never again with you, losing a customer
      ...w(1, 'résili*'), // cancel (a contract)
      ...w(1.5, 'concurren*|je passe chez|je vais ailleurs|je résilie'), // competitor, I'm moving to, I'm cancelling
      ...w(
        1.5,
        "je vais résilier|je pars chez|je vais partir|la concurrence|changer d'opérateur|changer de fournisseur|changer de banque",
      ), // I'm cancelling / leaving, switch operator
      ...w(1.5, 'vous quitter|ne pas renouveler|clôturez mon compte'), // I'm leaving you, not renewing, close my account
      ...w(1.5, 'ne renouvellerai pas|merci de clôturer|merci de résilier'), // won't renew, please close / cancel
      ...w(
        1.5,
        'voir ailleurs|ne compte pas rester|vous perdez un|avez perdu un client|ne recommanderai|changer de compagnie',
      ), // go elsewhere, not staying, you lost a customer
    },
    legal: {
      ...w(2, 'poursuites|porter plainte|mise en demeure'), // proceedings, file a complaint, court, formal notice
      ...w(2, 'dgccrf|ufc que choisir|que choisir|association de consommateurs|médiateur|signal conso'), // consumer authorities and associations, ombudsman
      ...w(2, 'opposition bancaire|rétrofacturation|contester le prélèvement|litige'), // bank stop, chargeback, dispute the debit
      ...w(1, 'avocat|avocate|tribunal|justice'), // lawyer, court, justice (often neutral)
      ...w(2, 'en justice'), // to court
      ...w(2, 'signalconso|un signalement|faire un signalement'), // consumer-report website, a report
      ...w(1, 'mon avocat|mon avocate'), // my lawyer (often neutral)
      ...w(
        2,
        'contacter mon avocat|mon avocat va|saisir mon avocat|faire appel à un avocat|transmettre à mon avocat',
      ),
      ...w(2, 'répression des fraudes'), // fraud office
      ...w(2, 'protection du consommateur|petites créances|conciliateur'), // Québec consumer office, small claims, conciliator
    },
    public: {
      ...w(2, 'avis négatif|mauvais avis|une étoile'), // negative review, one star, social media
      ...w(2, 'le faire savoir|en parler autour de moi'), // let it be known, tell people around me
      ...w(1, 'laisser un avis|trustpilot|réseaux sociaux|sur twitter|publiquement|la presse'), // leave a review (often neutral)
      ...w(2, 'je laisse un avis|laisserai un avis|un avis négatif'), // I'm leaving a review
    },
    repeat: {
      ...w(1.5, 'troisième fois|deuxième fois|énième fois|encore une fois|à nouveau|de nouveau'), // third / second / umpteenth time, once again
      ...w(1.5, 'plusieurs fois|maintes fois|plusieurs reprises|déjà signalé|déjà expliqué|déjà écrit'), // several times, already reported / explained
      ...w(
        1.5,
        'toujours le même|même problème|toujours rien|combien de fois|comme déjà dit|encore et encore',
      ),
      ...w(1.5, 'troisième semaine|deuxième semaine|encore fermé*|encore une panne'), // third week, closed again, another outage
      ...w(1.5, 'une fois de plus|une nouvelle fois|chacun me dit|trois interlocuteurs'), // once more, each one tells me something else
      ...w(
        1.5,
        'deuxième relance|troisième relance|quatrième relance|relance n°|je vous ai déjà|déjà appelé|déjà contacté|je réitère',
      ), // second / third reminder, I already…
    },
    chasing: {
      ...w(1, 'des nouvelles|du nouveau|toujours en attente|jattends toujours|relance|je relance'), // any news, still waiting, chasing
      ...w(1, "allô?|il y a quelqu'un|quand allez vous|combien de temps|sans nouvelles"),
      ...w(1, 'aucune nouvelle|pas de nouvelles'), // no news
    },
  },
  topics: {
    billing: [
      'remboursement',
      'rembourser',
      'prélèvement',
      'prélevé',
      'débité',
      'facture',
      'paiement',
      'argent',
    ],
    product: [
      'ne fonctionne pas',
      'ne marche pas',
      'cassé',
      'défectueux',
      'erreur',
      'bug',
      'application',
      'appli',
    ],
    service: ['conseiller', 'service client', 'impoli', 'désagréable', 'accueil', 'personnel'],
    slow: ['pas de réponse', 'attente', 'attendre', 'jours', 'semaines', 'heures', 'lent', 'retard', 'délai'],
  },
  markers: [
    ...words('le|la|les|et|est|je|pas|vous|une|des|du|mon|ma|mes|pour'),
    ...words('avec|sur|dans|ce|cest|jai|au|il|ne|toujours|bonjour|merci|mais'),
  ],
}
