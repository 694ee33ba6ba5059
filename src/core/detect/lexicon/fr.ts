/** French. Elisions lose their apostrophe in matching ("j'ai" → "jai", "n'a" → "na"), as in fast typing. */
import { w, words, x } from './build'
import type { Lexicon, PhraseWeights } from './types'

/** "arrivé abîmé", "reçu cassé" (a bare "abîmé" is mild). */
function damaged(weight: number): PhraseWeights {
  const out: Record<string, number> = {}
  for (const verb of ['arrivé', 'est arrivé', 'reçu', 'livré'])
    for (const end of ['', 'e', 's', 'es'])
      for (const state of 'abîm*|endommag*|cassé*|rayé*|brisé*|cabossé*|écrasé*|ouvert*|défectueu*|en morceaux'.split(
        '|',
      ))
        if (verb !== 'arrivé' || end) out[`${verb}${end} ${state}`] = weight // "arrive" = present tense
  return out
}

export const fr: Lexicon = {
  lang: 'fr',
  script: 'latin',
  negative: {
    ...w(1.5, 'renversé|trempé|mouillé|abîmé|cabossé|écrasé|fêlé|a fui|fondu|décongelé|effacé*'), // damage in transit, lost data
    ...w(2, 'sans prévenir|sans me prévenir|sans nous prévenir|sans avertir|sans préavis'), // not told
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
    ...w(
      3,
      'tanné|tannée|tannés|tannant|écœur*|écoeur*|se moque du monde|vous moquez de|on se moque de|se fout de',
    ), // fed up (QC), sickening, taking us for fools
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
    ...w(
      2,
      "sérieusement ?|sérieusement?|c'est une blague|c'est une plaisanterie|sans rire ?|non mais allô|vous vous moquez|vous foutez de",
    ), // seriously?, is this a joke?
    // product failure
    ...w(1, 'abîmé*|endommagé*|cassé*|rayé*|rayure*|brisé*|cabossé*|en morceaux'),
    ...damaged(2),
    ...w(
      1.5,
      "carton ouvert|colis ouvert|emballage ouvert|boîte ouverte|écran noir|page blanche|s'affiche pas|s'ouvre pas",
    ),
    ...w(
      2,
      "a lâché|m'a lâché|rendu l'âme|a grillé|tombé en panne|tombée en panne|hors service|inutilisable*|sert à rien|servi à rien",
    ),
    ...w(
      2,
      "s'allume plus|s'allume pas|démarre plus|s'ouvre plus|ça marche pas|ça marche plus|ça fonctionne plus|ça marche toujours pas|ça fonctionne pas|marche toujours pas|fonctionne toujours pas|ça joue pas",
    ), // won't start; Swiss "ça joue pas"
    ...w(
      2,
      'plante sans arrêt|arrête pas de planter|beug*|bogue*|crash*|dysfonctionnement*|non conforme|pas conforme|correspond pas|peu fiable|mauvaise qualité',
    ),
    ...w(
      3,
      'camelote|pacotille|de la merde|daube|bébelle*|cochonnerie*|foireu*|pourri|pourrie|pourris|à chier',
    ), // junk
    // non-delivery, no-show
    ...w(
      2,
      'jamais arrivé*|pas arrivé*|pas été livré*|pas livré*|colis perdu|perdu mon colis|livré à la mauvaise adresse|pas venu|jamais passé|pas présenté|en vain',
    ),
    // waits in words, no reply
    ...w(
      2,
      'sans aucune réponse|sans aucun retour|sans aucune nouvelle|lisez pas|lu ce que|une éternité|interminable*|ça traîne|aucun retour|pas eu de retour|pas eu de réponse|jamais répondu|pas répondu|ne répond pas|répond pas|répond jamais|sonne dans le vide',
    ),
    ...w(2, "heures au téléphone|heures d'attente|minutes d'attente|mis en attente|tjs pas"), // hours on hold; chat "tjs" = toujours
    ...w(1, 'froid|froide|froides|tiède|pour livrer|pour répondre|pour rembourser'), // cold food; "3 semaines pour rembourser"
    ...w(
      1.5,
      "est cassé*|sont cassé*|est brisé*|est abîmé*|à l'arrêt|suffit pas|pas suffisant|que j'attends|trop long|lenteur*|toujours bloqué*",
    ),
    // bad treatment
    ...w(
      2,
      'grossier|grossière|malpoli*|irrespectueu*|manque de respect|aucun respect|condescendant*|hautain*|arrogant*|méprisant*|mépris|agressi*|insultant*|odieu*|désagréable*',
    ),
    ...w(
      2,
      "m'a raccroché|envoyé balader|envoyé promener|on me balade|baladé*|de service en service|renvoie la balle|ping pong|on me renvoie|renvoyé vers",
    ), // hung up, passed around
    ...w(
      2,
      "sais plus à qui|plus quoi faire|personne n'assume|ya personne pour|rejette la faute|aucun suivi|aucune écoute|pas écouté*",
    ), // don't know who to turn to
    ...w(
      2,
      "pas agréable|pas aimable|peu aimable|pas poli|pas sympa|pas correct|pas professionnel*|peu professionnel*|amateurisme|des amateurs|d'amateur|vous en foutez|s'en fout|s'en fiche|rien à foutre",
    ),
    ...w(
      2,
      'clients comme ça|traité comme|pris de haut|prenez de haut|pour un idiot|pour des idiots|vache à lait',
    ), // treated like this, taken for a fool
    // unhelpful answers, broken promises
    ...w(
      2,
      'point de départ|case départ|réponse type|toute faite|pas lu mon|hors sujet|aucun rapport|pas rapport',
    ), // back to square one, canned reply
    ...w(
      2,
      'dit autre chose|dit le contraire|réponse différente|réponses différentes|promesses non tenues|pas tenu|jamais tenu|fausses promesses',
    ),
    ...w(
      2,
      'pas résolu|pas réglé|non résolu|non réglé|jamais résolu|jamais réglé|jamais remboursé|pas été remboursé*|pas remboursé*',
    ),
    // money
    ...w(
      2,
      "facturé deux fois|double prélèvement|prélèvement non autorisé|sans mon consentement|à mon insu|surfactur*|à tort|frais cachés|censé être gratuit|exorbitant*|c'est du vol|je veux mon argent|je veux un remboursement|j'exige",
    ), // charged twice, wrongly, hidden fees, I demand
    // deception, trust
    ...w(
      3,
      "arnaqu*|escro*|voleu*|menteu*|malhonnête*|trompeu*|mensong*|m'avez trompé|vous mentez|trahi*|fait avoir|faire avoir|fait fourrer",
    ), // scam, liars, misled, betrayed
    ...w(
      2,
      'plus confiance|perdu confiance|aucune confiance|confiance perdue|pas honnête|pratiques douteuses',
    ),
    // emotions, disbelief (QC: en beau fusil, pu capable, niaiser, poche)
    ...w(
      2,
      "exaspér*|colère|outrée|indigné*|~choqué*|constern*|chiant*|galère*|en beau fusil|pu capable|niais*|c'est poche|vraiment poche|pas d'allure",
    ),
    ...w(
      2,
      "ridicule*|absurde*|hallucinant*|pas croyable|en reviens pas|j'hallucine|c'est quoi ce|pitoyable|honteu*|intolérable|insupportable|horrible*|épouvantable|affreu*",
    ), // unbelievable, how is it possible
    ...w(
      3,
      "j'en peux plus|à fuir|fuyez|déconseille fortement|je déconseille|le déconseille|vous déconseille|à déconseiller|un enfer|l'enfer|infernal*",
    ), // can't take it, avoid
    ...w(
      2,
      "pas content*|pas terrible|pas top|pas génial|pas ouf|pas d'accord|ça va pas du tout|ça ne va pas du tout|ça va plus|ça ne va plus",
    ),
    // lost time, consequences
    ...w(
      2,
      'perte de temps|temps perdu|perdu des heures|perdu une journée|jour de congé|journée de congé|posé ma journée|raté mon|dû annuler|sans pouvoir',
    ),
  },
  positive: [
    ...words('bien|bon|bonne|content|contente|satisfait|satisfaite|utile|aimable|rapide'),
    ...words('acceptable|aidé|aider|répondu|résolu|réglé|clair|~top|~terrible'),
    ...words(
      'agréable|poli|polie|courtois*|sympa|sympathique|gentil*|serviable*|professionnel*|compétent*|efficace*',
    ),
    ...words(
      "réactif*|réactive*|respectueu*|à l'écoute|accueillant*|chaleureu*|fiable*|pratique|correct*|honnête*|ravi|ravie|satisfai*",
    ),
  ],
  politeness: {
    ...w(2, "un peu déçu|un peu déçue|assez déçu|assez déçue|je m'attendais à mieux|j'attendais mieux"),
    ...w(1.5, 'pas reçu|je crains que|je ne comprends pas comment'),
    // Round 5: "not received" with its other negators after the verb (ne … ni, ne … jamais, ne … rien).
    ...w(1.5, x("n'ai|n'avons|n'a|n'avions", 'reçu ni|jamais reçu|rien reçu|toujours rien reçu')),
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
    ...w(2, "ne m'attendais pas à ça|pas très professionnel"), // didn't expect that from you, surprised by how…
    ...w(
      2,
      'au regret|déplore|force est de constater|pas à mes attentes|pas ce qui était prévu|auriez dû|aurait dû|une bonne fois pour toutes|peu satisfait*',
    ), // I regret, left wanting, not as promised, you should have
    ...w(
      1.5,
      "regrette que|m'étonne|étonné*|malgré vos|malgré ma|geste commercial|dédommag*|merci quand même|bof|moyennement|c'est plate",
    ), // surprised, despite, goodwill gesture, thanks anyway, meh
  },
  profanity: [
    ...words('merde|putain|bordel|connards|connard|débiles|débile|crétins|foutre'),
    ...words('foutez|enfoirés|chier|fait chier|idiots|bande de'),
    ...words('emmerd*|salaud*|enculé*|abruti*|imbécile*|ptn|wtf|ta gueule'),
    ...words('tabarnak|tabarnac|câlisse|crisse|ostie|hostie|calvaire|sacrament|ciboire'), // Québec
  ],
  sarcasm: [
    'merci pour rien',
    'merci de rien',
    'bravo, vraiment',
    'génial, encore',
    ...words("encore bravo|merci du cadeau|on n'arrête pas le progrès"),
    ...words(
      "merci beaucoup pour rien|merci bien pour rien|merci encore pour rien|c'est beau le progrès|bonjour la qualité",
    ),
    ...words(
      "bonjour l'efficacité|bonjour la réactivité|bonjour le professionnalisme|bonjour le sérieux|bonjour le sav|quel sérieux",
    ),
  ],
  praise: [
    ...words('merci infiniment|admirable|remarquable|superbe|quel bonheur'), // round 4: praise used ironically
    ...words('génial|magnifique|bravo|félicitations|super|formidable|merveilleux|excellent'),
    ...words(
      'chapeau|toujours un plaisir|quel plaisir|au top|bel exploit|quelle efficacité|continuez comme ça',
    ),
    ...words('vous êtes les meilleurs|les meilleurs'),
    ...words('~top|~nickel|impeccable|incroyable|quel service|quelle rapidité'),
    ...words('belle performance|bien joué|beau travail|quel professionnalisme|un record'),
    ...words('fantastique|extraordinaire|que du bonheur|trop bien'),
    ...words("quelle réactivité|j'adore"),
  ],
  intensifiers: {
    ...w(0.5, 'très|vraiment|tellement|totalement|complètement|absolument|extrêmement|trop'),
    ...w(0.5, 'super|profondément|franchement|carrément|~grave|hyper|particulièrement'),
    ...w(0.3, 'assez|plutôt'),
    ...w(0.5, 'du tout|ultra|méga|vachement|énormément|encore plus|de plus en plus'),
    ...w(0.3, 'réellement|~ben'),
  },
  conditionals: words(
    'au cas où|en cas de|si jamais|si le|si la|si les|si mon|si ma|si mes|si un|si une|si ça|si cela',
  ),
  clauseOpeners: words('et|pourquoi|parce|quand'),
  negators: {
    // No bare "ne": it would cancel "ne … toujours pas", "ne … aucune réponse".
    pre: [
      'pas',
      'jamais',
      'aucun',
      'aucune',
      'rien',
      'sans',
      'ni',
      'non',
      'guère',
      'ne suis plus',
      "n'est plus",
      "n'était plus",
      "n'êtes plus",
      'ne sont plus',
      "n'ai plus",
      'ne plus',
    ],
    post: [],
  },
  contrast: [
    '~mais',
    'cependant',
    'pourtant',
    'toutefois',
    'néanmoins',
    'par contre',
    'en revanche',
    'sauf que',
  ],
  resolution: {
    ...w(2, 'ça marche|ca marche|ça fonctionne|fonctionne maintenant|marche maintenant|résolu'),
    ...w(2, 'réglé|problème réglé|problème résolu|tout est bon|cest bon|parfait|bien reçu|reçu'),
    ...w(1, 'merci|merci beaucoup|merci bien|mille mercis'),
    ...w(2, "c'est réglé|bien arrivé|est arrivé|tout fonctionne"),
    ...w(
      2,
      "remarche|refonctionne|fonctionne à nouveau|fonctionne de nouveau|marche à nouveau|marche de nouveau|rentré dans l'ordre|bien remboursé|remboursement reçu|c'est parfait",
    ),
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
      ...w(1, 'gérant*|directrice|patron|siège social|pdg'),
      ...w(
        1.5,
        "ayant autorité|qui a autorité|exige de parler|votre responsable|un être humain|vrai humain|pas un robot|haut placé|à la direction|service des réclamations|un responsable me|qu'un responsable|escalad*",
      ), // a human not a bot, higher up
    },
    churn: {
      ...w(1, 'mets fin|désabonner|désinscrire|annuler|annulation|supprimer mon compte'), // unsubscribe, cancel, delete my account
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
      ...w(1.5, 'voir ailleurs|vous perdez un|avez perdu un client|ne recommanderai|changer de compagnie'), // go elsewhere, not staying, you lost a customer
      ...w(
        1.5,
        "vous me reverrez pas|me reverrez plus|je vous quitte|dernière fois que je|jamais plus|commanderai plus|reviendrai plus|ferai plus appel|perdu un client|je m'en vais",
      ), // last order, won't come back, you lost a customer
      ...w(1, 'client depuis|cliente depuis|client fidèle|cliente fidèle|fidélité'), // loyal for years
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
      ...w(
        2,
        "l'opc|cnil|ufc|test achats|ombudsman|la frc|fédération romande|vous poursuivre|déposer plainte|déposer une plainte|plainte formelle|chargeback|contester le paiement|protection juridique",
      ), // QC OPC/CPRST, FR CNIL/UFC, BE Test-Achats/SPF, CH FRC, bailiff, class action
      ...w(
        1.5,
        'faute de quoi|à défaut de quoi|sans quoi je|à défaut de réponse|dernière relance|ultime relance|sous huitaine|sous quinzaine',
      ), // failing which, final reminder
      ...w(1, 'rgpd|juridique|procès|recours'),
    },
    public: {
      ...w(2, 'avis négatif|mauvais avis|une étoile'), // negative review, one star, social media
      ...w(2, 'le faire savoir|en parler autour de moi'), // let it be known, tell people around me
      ...w(1, 'laisser un avis|trustpilot|réseaux sociaux|sur twitter|publiquement|la presse'), // leave a review (often neutral)
      ...w(2, 'je laisse un avis|laisserai un avis|un avis négatif'), // I'm leaving a review
      ...w(
        2,
        'je raconterai|je vais raconter|mauvaise pub|les médias|contacter la presse|journaliste*|bouche à oreille|raconter mon expérience|prévenir mon entourage',
      ),
      ...w(
        1,
        'avis google|sur google|sur facebook|sur les réseaux|un post|partager mon expérience|dire à tout le monde|mon entourage',
      ),
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
      ...w(
        1.5,
        "vous ai déjà|quatrième fois|trois fois|quatre fois|cinq fois|pas la première fois|toujours la même chose|encore et toujours|recommence|rebelote|je répète|je l'ai déjà|déjà dit|malgré mes relances|malgré plusieurs relances",
      ), // n times, not the first time, here we go again, I repeat
      ...w(
        1.5,
        'encore une semaine|encore un jour|encore un problème|encore un bug|encore en retard|encore cassé*|encore en panne|encore bloqué*|encore facturé',
      ), // another week, late / down again
      ...w(
        1,
        "comme la dernière fois|2 fois|deux fois|chaque fois|systématiquement|déjà transmis|je vous rappelle que|comme indiqué|l'ai dit",
      ), // twice, every time, as I said
    },
    chasing: {
      ...w(1, 'des nouvelles|du nouveau|toujours en attente|jattends toujours|relance|je relance'), // any news, still waiting, chasing
      ...w(1, "allô?|il y a quelqu'un|quand allez vous|combien de temps|sans nouvelles"),
      ...w(1, 'aucune nouvelle|pas de nouvelles'), // no news
      ...w(
        1,
        "allô|y a quelqu'un|ya quelqu'un|quelqu'un va|où en est|où en êtes|du neuf|attends toujours|attend toujours|attends une réponse|attends un retour|c'est pour quand|ça avance|relancer",
      ), // hello??, anyone there?, where are we, still waiting
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
  // Waits in words, composed by the engine: "ça fait trois semaines", "depuis 10 jours".
  waits: {
    before: {
      ...w(1.5, 'ça fait|cela fait|voilà|depuis plus de|depuis maintenant|plus de'),
      ...w(1, 'depuis|il y a'),
    },
    after: w(1.5, "que j'attends|d'attente|de retard|sans réponse|sans nouvelles"),
    numbers: words(
      'un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|des|plusieurs|bientôt|presque|près de|environ|bien|bons|bonnes',
    ),
    long: words('semaine|semaines|mois'),
    short: words('jour|jours|journée|journées|heure|heures'),
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      "inclus|incluse|incluses|compris|comprise|m'avait bien confirmé|m'avait confirmé|m'avait dit|nous avait dit|on m'avait dit|on nous avait dit|m'avait assuré|nous avait assuré|" +
        "avec impatience|nous nous réjouissions|réservé|j'avais réservé|nous avions réservé|commandé|j'avais commandé|nous avions commandé|demandé|" +
        "nous avions demandé|j'avais demandé|payé|payé pour|j'ai payé|nous avons payé|promis|on m'avait promis|" +
        "on nous avait promis|on m'avait annoncé|annoncé|garanti|on m'a confirmé|confirmé par écrit|selon|d'après|" +
        "l'annonce|l'annonce mentionnait|la description|sur votre site|le site indiquait|le contrat|choisi|acheté|" +
        "souscrit|devait|devaient|était censé|était censée|indiquait|mentionnait|précisait|annonçait|abonnés|abonné|inscrit|c'était prévu|telle que présentée|tel que présenté",
    ),
    turn: words(
      "livré|livrée|livrés|livrées|on m'a livré|qu'on m'a livré|on nous a livré|est arrivé|est arrivée|sont arrivés|sont arrivées|on nous a placés|on nous a installés|on nous a mis|on nous a remis|on m'a remis|sur ma facture|sur la facture|à bord|" +
        'au lieu de|à la place|à notre arrivée|à mon arrivée|en arrivant|sur place|en réalité|finalement|' +
        "au final|il s'est avéré|s'est avéré|il s'avère|le jour même|ce que j'ai reçu|j'ai reçu|nous avons reçu|" +
        'alors que|tandis que',
    ),
    shortfall: words(
      'la moitié|le quart|un quart|un tiers|une fraction|occupé|occupés|occupée|occupées|complet|surbooking|supplément|en supplément|frais supplémentaires|facturés|facturées|facturée|personne|' +
        "en travaux|pour travaux|hors service|hors d'usage|indisponible|en maintenance|la raison|c'est ce qui|justement|précisément|c'est pour ça|on a dû|j'ai dû|nous avons dû|" +
        'seulement|uniquement|juste|au lieu|autre|une autre|différent|différente|mauvais|mauvaise|aucun|aucune|' +
        "sans|manquait|manquaient|reçu|reçues|placé|placée|placés|on m'a donné|on nous a donné|facturé|" +
        'fermé|fermée|annulé|remplacé|moins',
    ),
    met: words(
      'à temps|dans les temps|comme convenu|comme réservé|' +
        "exactement|comme prévu|comme demandé|comme promis|à l'heure|pile|parfait|parfaitement",
    ),
    restrictive: words('seulement|uniquement|juste'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'noir|noire|noirs|noires'),
      ...w(2, 'blanc|blanche|blancs|blanches'),
      ...w(3, 'gris|grise|grises'),
      ...w(4, 'rouge|rouges'),
      ...w(5, 'bleu|bleue|bleus|bleues|bleu clair'),
      ...w(6, 'bleu marine|marine|bleu foncé'),
      ...w(7, 'vert|verte|verts|vertes'),
      ...w(8, 'jaune|jaunes'),
      ...w(9, 'orange|orangé|orangée'),
      ...w(10, 'rose|roses'),
      ...w(11, 'violet|violette|mauve|lilas'),
      ...w(12, 'marron|brun|brune'),
      ...w(13, 'beige'),
      ...w(14, 'moutarde'),
      ...w(15, 'doré|dorée|dorés|dorées'),
      ...w(16, 'argenté|argentée'),
      ...w(17, 'turquoise'),
      ...w(18, 'bordeaux'),
      ...w(19, 'crème|ivoire'),
      ...w(20, 'kaki|olive'),
    },
    ownChange: words(
      "je préférerais|préférerais|plutôt|j'aimerais|je voudrais|je me demandais|je souhaiterais|est-ce possible|" +
        'puis-je|pourriez-vous|pouvez-vous|si jamais',
    ),
  },
  softeners: words(
    "pas besoin de répondre|pas besoin de me répondre|inutile de répondre|inutile de me répondre|je me permets|pas urgent|rien d'urgent|pas bien grave|juste pour info|" +
      "rien de grave|bien grave|ce n'est pas grave|pas dramatique|rien de dramatique|" +
      'vous le signaler|je voulais simplement|je voulais juste vous signaler|pour information|' +
      "pour info|à titre d'information|juste pour vous informer|pour que vous le sachiez|je tenais à vous le signaler|" +
      "je me permets de vous signaler|sans vouloir faire d'histoire|sans en faire une histoire|petit bémol",
  ),
  rhetorical: words(
    "je suppose|j'imagine|je présume|apparemment|visiblement|veut dire|signifie|doit vouloir dire|il faut croire|faut croire",
  ),
  apologies: words(
    "désolé pour|désolée pour|désolé de|désolée de|désolés pour|pardon pour|excusez-moi pour|excusez moi pour|je m'excuse|toutes mes excuses|navré de|navrée de",
  ),
  asking: words(
    "je voudrais savoir|j'aimerais savoir|je souhaiterais savoir|je souhaite savoir|pourriez-vous me dire|pouvez-vous me dire|pourriez-vous m'indiquer|pouvez-vous m'indiquer|merci de me dire|merci de m'indiquer|je me demandais",
  ),
  eager: words(
    "j'ai hâte|hâte de|je suis curieux|je suis curieuse|curieux de voir|curieuse de voir|impatient de|le suspense|quel suspense",
  ),
}
