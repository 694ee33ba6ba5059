/** German. Compounds are matched by stem (`enttäusch*`, `*` after the first part); ü/ö/ä also match u/o/a. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const de: Lexicon = {
  lang: 'de',
  script: 'latin',
  negative: {
    ...w(3, 'katastrophe|katastrophal|unverschämt|unverschaemt|frechheit|skandal*|betrug|betrüger'), // catastrophe, outrageous, cheek, scandal, fraud
    ...w(3, 'abzocke|abgezockt|unmöglich|inakzeptabel|nicht akzeptabel|inkompetent|schlechteste*'), // rip-off, impossible, unacceptable, incompetent, worst
    ...w(3, 'furchtbar|schrecklich|miserabel|unterirdisch|zumutung|lachhaft|peinlich|nie wieder'), // terrible, awful, miserable, rock-bottom, an imposition, never again
    ...w(3, 'stinksauer|wütend|wuetend|die nase voll|reicht mir|es reicht|sauer|empört'), // furious, fed up, enough is enough, angry, indignant
    ...w(2, 'enttäusch*|enttaeusch*|verärger*|veraerger*|ärgerlich|aergerlich|frustrier*'), // disappointed, annoyed, frustrated
    ...w(2, 'unzufrieden|schlecht|schlechter|mangelhaft|kaputt|defekt|beschädigt|fehlerhaft'), // dissatisfied, bad, worse, poor, broken, defective, damaged
    ...w(2, 'funktioniert nicht|geht nicht|klappt nicht|läuft nicht|funktioniert immer noch nicht'), // doesn't work (still)
    ...w(2, 'nicht funktioniert|nie erhalten|nicht angekommen|nie angekommen'), // not working, not received, never arrived
    ...w(2, 'keine antwort|keine rückmeldung|keine reaktion|keine hilfe|keine lösung|niemand'), // no answer, no reaction, no help, no solution, nobody
    ...w(2, 'doppelt abgebucht|doppelt belastet|falsch abgerechnet|zu viel berechnet|ungefragt'), // debited twice, billed wrongly, overcharged, unasked
    ...w(2, 'unfreundlich|unhöflich|respektlos|ignoriert|vertröstet|belogen|angelogen|ärger'), // unfriendly, rude, disrespectful, ignored, fobbed off, lied to
    ...w(2, 'ärgert mich|nervt|nervig|genervt|ein witz|lächerlich|chaos|sauerei|~mist'), // it annoys me, irritating, a joke, ridiculous, chaos, mess
    ...w(1, 'problem|probleme|fehler|fehlermeldung|langsam|verspät*|verzöger*|warte*'), // problem, error, slow, delayed, waiting
    ...w(1, 'leider|umständlich|kompliziert|schwierig|falsch*|fehlt|absturz|stürzt ab|gewartet'), // unfortunately, cumbersome, complicated, wrong, missing, crash
    ...w(1, 'teuer|zu teuer|unklar|verwirrend|beschwerde|beschweren|reklamation|hängt'), // expensive, unclear, confusing, complaint, hangs
    ...w(1.5, 'fällt aus|ausgefallen|kommt nicht|gestrichen'), // cancelled (train), did not come, struck off
    ...w(1.5, 'nicht bestellt|kam ohne|fehlen|fehlt ein|fehlt eine'), // not ordered, came without, missing
    ...w(2, 'will mein geld zurück|mein geld zurück|trotz kündigung|immer noch kaputt'), // I want my money back, despite cancelling, still broken
    ...w(
      2,
      'so geht das nicht|das geht so nicht|nicht normal|nicht gekommen|nicht erschienen|ohne begründung',
    ),
    ...w(2, 'verliere ich die geduld|meine geduld ist am ende|geduld am ende'),
    ...w(
      2,
      'keiner fühlt sich zuständig|niemand fühlt sich zuständig|von einer abteilung zur|hin und her geschickt|keiner antwortet|keiner meldet sich',
    ),
    ...w(
      2,
      'wurde versprochen|haben versprochen|hatten versprochen|passiert ist nichts|nichts passiert|bis heute nichts|ist nichts passiert',
    ),
    ...w(
      2,
      'kein internet|kein netz|kein empfang|kein strom|ohne strom|ohne internet|keine erklärung|ohne vorwarnung',
    ), // no internet / power / signal / explanation
    ...w(2, 'nicht hinnehmbar|unzumutbar|nicht nachvollziehbar|immer noch nichts|immer noch kein'), // unacceptable, incomprehensible, weak, arrived cold, still nothing
    ...w(1.5, 'ausfall|ausfälle|zugausfall|stromausfall|ganz anderes|warteschleife'), // outage, fault, a completely different item, on hold
    ...w(2, 'flug verpasst'), // missed the flight / connection
    ...w(1, 'irritiert|schwach'), // irritated, poor
    ...w(3, 'reicht es mir|mir reichts|mir reicht es|ist das ihr ernst|affentheater|trauerspiel'), // I've had enough, is this a joke, farce
    ...w(
      2,
      'geärgert|ärgere mich|tut sich nichts|abgewimmelt|abgespeist|hingehalten|aufgelegt|aus der leitung geworfen',
    ), // annoyed, nothing happens, fobbed off, hung up
    ...w(
      2,
      'seit wochen|seit monaten|wochenlang|monatelang|tagelang|dieses theater|nach dem theater|kein guter service|veräppel*',
    ), // for weeks / months, this farce, poor service, taken for a ride
    ...w(1.5, 'ernsthaft?|echt jetzt?|im ernst?|zieht sich'), // seriously?, is this a joke, dragging on
  },
  positive: [
    ...words('gut|zufrieden|hilfreich|freundlich|schnell|akzeptabel|okay|ok|in ordnung'),
    ...words('geholfen|helfen|beantwortet|klar|fair|toll|lösen|reagiert|gemeldet'),
  ],
  politeness: {
    ...w(2, 'etwas enttäuscht|ziemlich enttäuscht|leider immer noch'), // somewhat disappointed, unfortunately still/not yet
    ...w(2, 'hätte mehr erwartet|hatte mehr erwartet|besseres erwartet|nicht das was ich erwartet'), // would have expected more / better
    ...w(2, 'nicht optimal|nicht ideal|nicht so toll|wenig hilfreich|nicht wirklich geholfen'), // not optimal, not great, not very helpful
    ...w(2, 'mehr erhofft|deutlich mehr erwartet|viel mehr erwartet'),
    ...w(
      2,
      'hätte mir gewünscht|hätte ich mir gewünscht|hatte gehofft|hätte gehofft|mehr versprochen|anders vorgestellt|vorgestellt hatte*|nicht das, was|nicht zufriedenstellend|unbefriedigend|zu wünschen übrig',
    ), // I'd have wished / hoped, unsatisfactory
    ...w(
      2,
      'schade|hätte mir|hätte ich mir|entspricht nicht|entspricht leider nicht|nicht dem, was|so behandelt man',
    ),
    ...w(1.5, 'muss ich gestehen|bedauerlich'), // a pity, I must admit
    ...w(1.5, 'leider nicht|leider noch nicht|nicht erhalten'),
    ...w(2, 'stelle ich mir nicht vor|so stelle ich mir'), // not how I imagine (service)
  },
  profanity: [
    ...words('scheiße|scheisse|scheiß*|scheiss*|verdammt|idioten|idiot|vollidiot*|depp*'),
    ...words('arschloch|arschlöcher|drecks*|kacke|verarsch*|bescheuert|dumm|saftladen'),
  ],
  sarcasm: [
    'danke für nichts',
    'vielen dank auch',
    'na toll',
    'ganz toll',
    'klasse service',
    ...words('na super|danke auch|läuft bei euch'),
  ],
  praise: [
    ...words('super|toll|klasse|spitze|großartig|hervorragend|wunderbar|prima'),
    ...words('bravo|glückwunsch|gratulation|genial|grandios|weiter so|top service|starke leistung'),
    ...words('respekt|ganz großes kino'),
    ...words('die besten|ihr seid die besten|echt die besten'),
    ...words('super service|toller service|meisterleistung|glanzleistung|großes kino|~top'),
    ...words('gut gemacht|klasse gemacht|toll gemacht|hut ab|spitzenleistung'),
  ],
  intensifiers: {
    ...w(0.5, 'sehr|total|extrem|absolut|wirklich|echt|völlig|komplett|äußerst|so'),
    ...w(0.5, 'mega|echt so|unglaublich|zutiefst|dermaßen|richtig|maßlos|voll'),
    ...w(0.3, 'ziemlich|recht|zu lange'),
  },
  negators: {
    pre: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'nichts', 'ohne', 'kaum'],
    post: [],
  },
  contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem', 'dennoch'],
  resolution: {
    ...w(2, 'funktioniert jetzt|funktioniert wieder|geht wieder|klappt jetzt|klappt wieder|gelöst'),
    ...w(2, 'problem gelöst|behoben|hat geklappt|alles gut|erledigt|angekommen'),
    ...w(2, 'erhalten|erstattung erhalten|perfekt|läuft wieder|passt jetzt'),
    ...w(1, 'danke|vielen dank|dankeschön|besten dank|herzlichen dank|alles klar'),
    ...w(2, 'wieder auf dem konto|ist angekommen|funktioniert alles'),
  },
  intents: {
    escalation: {
      ...w(1.5, 'beschwerdestelle'), // complaints office
      ...w(
        1,
        'vorgesetzten|vorgesetzte|vorgesetzter|~chef|geschäftsführung|geschäftsleitung|teamleiter|abteilungsleiter|verantwortlichen|zuständigen|jemanden sprechen|rückruf|mit einem menschen|einen echten menschen',
      ),
      ...w(
        1.5,
        'ihren vorgesetzten|ihrem vorgesetzten|einen vorgesetzten|mit ihrem chef|ihren chef|an die geschäftsführung|offizielle beschwerde|beschwerde einreichen|förmliche beschwerde',
      ),
      ...w(1, 'mit jemandem sprechen'), // speak with someone
      ...w(1.5, 'eskalier*'), // escalate
      ...w(1.5, 'verbinden sie mich mit'), // put me through to
      ...w(1, 'führungskraft|teamleitung'), // manager, team lead (often neutral)
      ...w(1.5, 'eine führungskraft|entscheidungsbefugnis'), // to a manager, someone with authority
      ...w(1.5, 'an die geschäftsleitung|entscheiden kann|ein teamleiter|einen teamleiter'), // to the management, someone who can decide
      ...w(1.5, 'aus der teamleitung|höhere stelle|nächsthöhere*|ihre vorgesetzte'), // someone from management, a higher office
    },
    churn: {
      ...w(1, 'kündigen|kündigung|gekündigt|kuendigen|kuendigung|abo beenden|konto löschen'), // cancel (contract), termination, delete account
      ...w(1, 'vertrag beenden|abmelden|austreten|stornieren|storniert|storno'), // end the contract, unsubscribe, cancel the order
      ...w(1.5, 'zur konkurrenz|anderen anbieter|nie wieder bestellen'), // to the competition, another provider, never order again
      ...w(1.5, 'nie wieder kaufen|nicht mehr kunde|kunde gewesen|woanders|verlieren einen kunden'), // never buy again, no longer a customer, elsewhere
      ...w(1, 'widerrufe|kündig*|konto auflösen|konto kündigen'), // I revoke, cancel, close the account
      ...w(
        1.5,
        'wechsle zu|wechsle den anbieter|zu einem anderen anbieter|zu einer anderen bank|zu einem anderen|hiermit kündige ich|kündige hiermit|wechsle zur konkurrenz',
      ),
      ...w(1, 'wechseln zu|anbieter wechseln'), // switch to (may be a plan change)
      ...w(
        1.5,
        'ich kündige|kündige ich|werde kündigen|ich bin raus|ich wechsle|wechsel den anbieter|anbieterwechsel|nicht verlängern|sonderkündigung|fristlos kündigen',
      ), // I'm cancelling / out / switching, not renewing
      ...w(1.5, 'bin ich weg|ich bin weg|bin dann weg|bei der konkurrenz|die konkurrenz'), // I'm gone, with the competition, no longer with you
    },
    legal: {
      ...w(2, 'rechtliche schritte|verklagen'), // legal steps, sue, lawsuit
      ...w(2, 'verbraucherzentrale|verbraucherschutz|bundesnetzagentur|schlichtungsstelle|bafin'), // consumer advice centre, regulators, arbitration board
      ...w(2, 'rückbuchung|rücklastschrift|lastschrift zurück|chargeback|bank einschalten'), // chargeback, reversed direct debit, involve the bank
      ...w(1.5, 'strafanzeige|anzeige erstatten|meine rechte|datenschutzbehörde'), // criminal complaint, police, data protection authority
      ...w(1, 'anwalt|rechtsanwalt|anwältin|gericht|klage|polizei'), // lawyer, court, lawsuit, police (often neutral)
      ...w(2, 'anwalt einschalten|klage einreichen|vor gericht'), // bring in a lawyer
      ...w(1, 'meinen anwalt|meinem anwalt'), // my lawyer (often neutral)
      ...w(
        2,
        'meinen anwalt einschalten|meinem anwalt übergeben|mein anwalt wird|an meinen anwalt weiterleiten',
      ),
    },
    public: {
      ...w(2, 'schlechte bewertung|google bewertung|ein stern|einen stern'), // bad review, one star
      ...w(2, 'öffentlich machen|alle warnen'), // make public, warn everyone
      ...w(
        1,
        'bewertung schreiben|bewertung abgeben|bewertung hinterlassen|trustpilot|soziale medien|sozialen medien|presse|auf twitter',
      ),
    },
    repeat: {
      ...w(1.5, 'zum dritten mal|zum zweiten mal|zum x-ten mal|schon wieder|wieder einmal|erneut'), // for the third/second time, yet again, once more
      ...w(1.5, 'mehrfach|mehrmals|x mal|zigmal|immer noch|nach wie vor|wie oft noch'), // repeatedly, several times, still, how often
      ...w(1.5, 'schon mehrfach|bereits mehrfach|bereits geschrieben|schon geschrieben|wie gesagt'), // already several times, already written, as I said
      ...w(1.5, 'wie bereits|dasselbe problem|das gleiche problem|jedes mal|wieder das gleiche'), // as already said, the same problem, every time
      ...w(1.5, 'das dritte mal|das zweite mal|das vierte mal|zum wiederholten mal'),
      ...w(1.5, 'mal wieder|wieder mal|jeder sagt was anderes|jeder sagt etwas anderes'), // yet again, everyone says something else
      ...w(1.5, 'zum vierten mal|zum fünften mal|schon angerufen|bereits angerufen|jedes mal heißt es'), // fourth / fifth time, already called
      ...w(1, 'dreimal|viermal|fünfmal'), // three / four / five times
    },
    chasing: {
      ...w(1, 'gibt es neuigkeiten|neuigkeiten|warte immer noch|noch keine antwort|nachfragen'), // any news, still waiting, no answer yet
      ...w(1, 'hallo?|ist da jemand|erinnerung|wann bekomme|wann kommt|wie lange noch'), // hello?, anyone there, reminder, when do I get
    },
  },
  topics: {
    billing: [
      'mahnung',
      'rechnung',
      'erstattung',
      'rückerstattung',
      'geld zurück',
      'abbuchung',
      'abgebucht',
      'zahlung',
      'bezahlt',
    ],
    product: [
      'kaputt',
      'defekt',
      'fehler',
      'funktioniert nicht',
      'absturz',
      'stürzt ab',
      'app',
      'login',
      'gerät',
    ],
    service: [
      'unfreundlich',
      'mitarbeiter',
      'kundenservice',
      'kundendienst',
      'support',
      'hotline',
      'unhöflich',
    ],
    slow: ['keine antwort', 'warte', 'warten', 'tage', 'wochen', 'stunden', 'langsam', 'verzögerung'],
  },
  markers: [
    ...words('der|die|das|und|ist|ich|nicht|ein|eine|mit|sie|mein|meine|es'),
    ...words('auf|für|von|noch|wir|sind|bitte|habe|wurde|aber|auch|schon|mal'),
  ],
}
