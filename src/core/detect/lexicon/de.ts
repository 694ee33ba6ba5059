/** German (DE, AT, CH). Compounds are matched by stem (`enttäusch*`, `*` after the first part); ü/ö/ä also match u/o/a. */
import { w, words, x } from './build'
import type { Lexicon } from './types'

const NUM =
  'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|2|3|4|5|6|7|8|9|10|11|12|14|15|20'
const SINCE = 'seit|schon|seit über|seit mehr als|jetzt schon'
const AGENCY = 'ombudsmann|ombudsstelle|ombudscom|arbeiterkammer|vki|konsumentenschutz|verbraucherzentrum'
const ORD =
  'zweite|dritte|vierte|fünfte|zweiten|dritten|vierten|fünften|zweiter|dritter|vierter|x te|x ten|zigste|zigsten|hundertste'

export const de: Lexicon = {
  lang: 'de',
  script: 'latin',
  negative: {
    ...w(
      1.5,
      'gesprungen|zersprungen|zerbrochen|verbeult|ausgelaufen|durchnässt|aufgeweicht|geschmolzen|aufgetaut|zerdrückt|eingedrückt|verschüttet|gelöscht',
    ), // damage in transit, lost data
    ...w(2, 'ohne bescheid|ohne vorwarnung|ohne ankündigung|ohne hinweis'), // not told
    ...w(3, 'katastrophe|katastrophal|unverschämt*|unverschaemt|frechheit|skandal*|betrug*|betrüg*|betrog*'), // catastrophe
    ...w(3, 'abzock*|abgezockt|unmöglich|inakzeptabel|nicht akzeptabel|inkompetent*|schlechteste*'), // rip-off
    ...w(3, 'furchtbar|schrecklich|miserabel|unterirdisch|zumutung|lachhaft|peinlich|nie wieder'), // terrible
    ...w(
      3,
      'stinksauer|stocksauer|wütend|wuetend|zornig|die nase voll|reicht mir|es reicht|sauer|empört|angefressen|stinkig|angepisst|kundenverarsch*',
    ), // furious
    ...w(
      3,
      'schnauze voll|faxen dicke|auf hundertachtzig|auf der palme|kragen platzt|platzt mir|genug ist genug|jetzt reichts|es langt|mir langts|langt mir',
    ), // fed up (colloquial
    ...w(
      3,
      'dreist*|dilettant*|stümper*|bodenlos*|unter aller|grottenschlecht|grottig|das allerletzte|albtraum|alptraum|desaster|debakel|fiasko|farce|kundenfeindlich*',
    ),
    ...w(
      3,
      'hintergangen|über den tisch gezogen|übers ohr gehauen|hinters licht|finger weg|kann nur abraten|nur abraten',
    ), // betrayed
    ...w(
      3,
      'nicht wahr sein|doch nicht wahr|gibts doch nicht|soll das ein witz sein|ist das ein witz|ein schlechter witz',
    ),
    ...w(2, 'enttäusch*|enttaeusch*|verärger*|veraerger*|ärgerlich|aergerlich|frust*'), // disappointed
    ...w(
      2,
      'unzufrieden*|schlecht*|mangelhaft|kaputt*|defekt*|beschädigt*|fehlerhaft*|unbrauchbar|nutzlos|schrott|funktionsunfähig|zerkratzt|zerbrochen|verbogen|eingedrückt|undicht|leckt|tropft|bleibt schwarz|schwarzer bildschirm',
    ),
    ...w(
      2,
      'funktioniert nicht|geht nicht|klappt nicht|läuft nicht|funktionierte nicht|ging nicht|klappte nicht|lädt nicht|startet nicht',
    ),
    ...w(
      2,
      'nicht funktioniert|nie erhalten|nicht angekommen|nie angekommen|kam nie|kam nicht an|nie bekommen|nie zugestellt|nicht zugestellt|verloren gegangen|verschollen|angeblich zugestellt',
    ), // not working
    ...w(
      2,
      'keine antwort|keine rückmeldung|keine reaktion|keine hilfe|keine lösung|niemand|ohne antwort|unbeantwortet|funkstille|null reaktion|keine entschuldigung',
    ), // no answer
    ...w(
      2,
      'falsch abgerechnet|zu viel berechnet|ungefragt|unberechtigt*|nicht autorisiert|unautorisiert*|ohne meine zustimmung|ohne mein einverständnis|ohne mein wissen',
    ),
    ...w(
      2,
      x('doppelt|zweimal', 'abgebucht|belastet|berechnet|bezahlt|kassiert|verrechnet|abgezogen|abgerechnet'), // charged twice
    ),
    ...w(
      2,
      x('zu viel', 'abgebucht|verrechnet|verlangt') +
        '|überhöht*|überteuert|wucher*|versteckte kosten|versteckte gebühr*|versteckten kosten|kostenfalle|abofalle|trotz widerruf|trotz stornierung|obwohl gekündigt|obwohl storniert|obwohl ich gekündigt|weiter abgebucht|weiterhin abgebucht',
    ),
    ...w(
      2,
      'unfreundlich*|unhöflich*|respektlos*|herablassend*|arrogant*|patzig*|pampig*|schnippisch|frech|angeschnauzt|angeschrien|angemotzt|angeblafft|abgewürgt|ignoriert|vertröstet|belogen|angelogen|ärger',
    ),
    ...w(
      2,
      'ärgert mich|nervt|nervig|genervt|ein witz|lächerlich|chaos|sauerei|~mist|pfusch*|murks|schlamp*|amateurhaft|mies*|lausig|schwachsinn*|blödsinn',
    ),
    ...w(1, 'problem|probleme|fehler|fehlermeldung|langsam|verspät*|verzöger*|warte*'), // problem
    ...w(1, 'leider|umständlich|kompliziert|schwierig|falsch*|fehlt|absturz|stürzt ab|gewartet'), // unfortunately
    ...w(
      1,
      'teuer|zu teuer|unklar|verwirrend|beschwerde|beschweren|reklamation|hängt|abgestürzt|friert ein|hängt sich auf|lässt sich nicht|passt nicht|stimmt nicht|in der leitung|entschädigung|stress*|abstürz*|abbricht|bricht ab',
    ),
    ...w(
      1.5,
      'fällt aus|ausgefallen|kommt nicht|gestrichen|nicht bekommen|nicht aufgetaucht|kam nicht|kamen nicht|erschien nicht|unglücklich*|widersprüchlich*|ausweichend*|vergeblich*|verschwend*|zeitverschwendung|verwundert|wundert mich|wundere mich|traurig',
    ),
    ...w(
      1.5,
      'freinehmen|freigenommen|wegen ihnen|wegen euch|wurde zugesagt|zugesagt wurde|ausfällt|lauwarm|nicht bestellt|kam ohne|fehlen|fehlt ein|fehlt eine|die ich nicht kenne|nicht zuordnen|obwohl ich bezahlt|obwohl bereits bezahlt|obwohl schon bezahlt|inkasso',
    ),
    ...w(
      2,
      'will mein geld zurück|mein geld zurück|trotz kündigung|immer noch kaputt|mein geld ist weg|warte auf mein geld',
    ),
    ...w(
      2,
      'so geht das nicht|das geht so nicht|nicht normal|nicht gekommen|nicht erschienen|ohne begründung|so geht man nicht|niemand ist gekommen|keiner ist gekommen|niemand kam|keiner kam|kam niemand|kam keiner|umsonst gewartet|vergeblich gewartet',
    ),
    ...w(
      2,
      'verliere ich die geduld|meine geduld ist am ende|geduld am ende|nerven am ende|am ende meiner nerven|nervenkrieg|verzweif*|bin ratlos|fassungslos|sprachlos|entsetzt|schockiert|unfassbar|ohne worte',
    ),
    ...w(
      2,
      x('unglaublich|unglaublich,', 'wie|dass') +
        '|ist unglaublich|einfach unglaublich|nicht zu glauben|kaum zu glauben|glaub es nicht|glaubs nicht|wie kann es sein|wie kann das sein|wie ist es möglich|wie ist das möglich|wie kann man nur|wie kann man so',
    ),
    ...w(
      2,
      'keiner fühlt sich zuständig|niemand fühlt sich zuständig|von einer abteilung zur|hin und her geschickt|keiner antwortet|keiner meldet sich|niemand ist zuständig|keiner ist zuständig|nicht zuständig|schiebt die schuld|schieben die schuld|schieben sich gegenseitig|von abteilung zu|weitergereicht|herumgereicht|abgeschoben|im kreis geschickt|im kreis gedreht|~ping pong|weiterverbunden|rausgeworfen|rausgeschmissen|rausgeflogen|aus der leitung',
    ),
    ...w(
      2,
      x('weiß|weiss', 'nicht mehr weiter|nicht mehr, an wen|nicht mehr an wen') +
        '|an wen ich mich noch wenden|weiß mir nicht mehr zu helfen|was soll ich noch tun|was soll ich denn noch|im stich gelassen|allein gelassen|alleingelassen|nicht ernst genommen|nicht für voll genommen|hört nicht zu|hören nicht zu|wie ein bittsteller|wie ein idiot|letzten dreck|letzte dreck',
    ),
    ...w(
      2,
      'wurde versprochen|haben versprochen|hatten versprochen|passiert ist nichts|nichts passiert|bis heute nichts|ist nichts passiert|bis jetzt nichts|bislang nichts|seitdem nichts|seither nichts|nichts mehr gehört|nix passiert|passiert nix|tut sich nix|nix gehört|geht nix',
    ),
    ...w(
      2,
      'kein internet|kein netz|kein empfang|kein strom|ohne strom|ohne internet|keine erklärung|ohne vorwarnung',
    ), // no internet / power / signal / explanation
    ...w(
      2,
      'nicht hinnehmbar|unzumutbar|nicht nachvollziehbar|immer noch nichts|immer noch kein|noch immer nicht|noch immer kein|noch immer keine|unverständlich|nicht nachvollziehen|nicht in ordnung',
    ), // unacceptable
    ...w(
      2,
      'wieder am anfang|wieder bei null|von vorne anfangen|von vorn anfangen|wieder von vorne|keinen schritt weiter|kein stück weiter|nicht weitergekommen|nicht weiter gekommen|am thema vorbei|an meiner frage vorbei|am problem vorbei|nichtssagend*|standardantwort*|standardtipp*|floskel*|textbaustein*|alles ausprobiert|alles versucht|alles probiert|~copy paste|schema f|0815 antwort',
    ),
    ...w(
      2,
      'überhaupt gelesen|lesen sie überhaupt|liest überhaupt|leere versprechungen|leere versprechen|falsche versprechungen|falsch beraten|' +
        x('nicht wie|anders als', 'beschrieben|angegeben|abgebildet|versprochen') +
        '|mogelpackung|irreführ*|mich getäuscht|uns getäuscht|getäuscht gefühlt|täuschung|unseriös*|schwindel*|gelogen|lüge|lügen',
    ),
    ...w(
      2,
      x('obwohl|stand|angeblich', 'kostenlos*|gratis*|versandkostenfrei*') +
        '|' +
        x('berechnet|abgebucht|belastet|verrechnet|berechnet,|abgebucht,|belastet,|verrechnet,', 'obwohl') +
        '|vertrauen verloren|kein vertrauen mehr|vertrauen ist weg|' +
        x('nirgends|nirgendwo', 'erwähnt|angegeben|die rede') +
        '|' +
        x('von der|von dem|stand', 'nirgends'),
    ),
    ...w(1.3, 'eine ewigkeit|dauert ewig'), // waiting for N weeks
    ...w(1, 'stundenlang|den ganzen tag|ewig|ewigkeiten'),
    ...w(
      2,
      'warte seit|warten seit|wartet seit|warte schon|warten schon|warte bereits|warten bereits|hänge seit|hänge schon|hing über',
    ),
    ...w(
      2,
      'nicht hilfreich|nicht weitergeholfen|hilft mir nicht|hilft uns nicht|hilft mir nichts|hilft überhaupt nicht|bringt mir nichts|nützt mir nichts|nützt nichts|stürzt ständig ab|stürzt dauernd ab|' +
        x('hilft|antwortet|meldet sich|reagiert|ruft|kümmert sich|geht|nimmt', 'nicht|keiner|niemand') +
        '|gibt den geist auf|geist aufgegeben',
    ), // negation after the verb (V2)
    ...w(
      2,
      x('tag|arbeitstag|vormittag|stunden|zeit|nerven|urlaubstag', 'gekostet') +
        '|zeit verschwendet|extra frei genommen|extra freigenommen|urlaub genommen|urlaubstag|frei genommen|verdienstausfall|kunden verloren|anschluss verpasst|zug verpasst',
    ),
    ...w(
      2,
      'erwarte eine entschuldigung|nicht einmal entschuldigt|nicht mal entschuldigt|nicht einmal eine entschuldigung|ich verlange|verlange ich|ich fordere sie|fordere ich|ich bestehe darauf|was soll das?|was soll das!|was soll der mist|was soll der quatsch|' +
        x('was für ein', 'saftladen|laden|witz|chaos|theater'),
    ),
    ...w(1.5, 'ausfall|ausfälle|zugausfall|stromausfall|ganz anderes|warteschleife|wie bitte?|bitte was?'), // outage
    ...w(2, 'flug verpasst'), // missed the flight / connection
    ...w(1, 'irritiert|schwach|erstaunt|leider nicht|leider noch nicht'), // irritated
    ...w(
      3,
      'reicht es mir|mir reichts|mir reicht es|ist das ihr ernst|ist das euer ernst|nicht ihr ernst|nicht euer ernst|affentheater|trauerspiel|geht es noch|gehts noch|noch zu retten|habt ihr sie noch alle',
    ), // I've had enough
    ...w(
      2,
      'eiskalt|kalt angekommen|kalt geliefert|kalt an|verdorben|schimmel*|geduldsfaden|' +
        x('nicht mehr', 'funktioniert|geht|läuft|lädt|startet|reagiert') +
        '|geärgert|ärgere mich|tut sich nichts|abgewimmelt|abgespeist|hingehalten|aufgelegt',
    ), // annoyed
    ...w(
      2,
      'seit wochen|seit monaten|wochenlang|monatelang|tagelang|dieses theater|nach dem theater|kein guter service|veräppel*',
    ), // for weeks / months
    ...w(
      2,
      x(
        'funktioniert|geht|klappt|läuft|lädt|startet',
        'einfach nicht|überhaupt nicht|gar nicht|immer noch nicht|wieder nicht|nicht mehr|schon wieder nicht|noch immer nicht',
      ) +
        '|nicht der beschreibung|nicht den angaben|nicht der abbildung|' +
        x(
          'warte|warten|wartet',
          'jetzt seit|nun seit|inzwischen seit|mittlerweile seit|seit über|jetzt schon|nun schon',
        ),
    ),
    ...w(1.5, 'seitdem nicht mehr|gar nicht mehr|überhaupt nicht mehr'),
    ...w(2, 'schon nicht mehr|plötzlich nicht mehr|auf einmal nicht mehr'),
    ...w(1.5, 'ernsthaft?|echt jetzt?|im ernst?|zieht sich|machen sie witze|macht ihr witze|wie jetzt?'), // seriously?
    ...w(
      1.5,
      'wann endlich|bitte endlich|sie endlich|ihr endlich|endlich eine lösung|endlich eine antwort|endlich eine rückmeldung|endlich mein geld|endlich gelöst|endlich erledigt|endlich behoben|endlich passiert',
    ),
  },
  positive: [
    ...words('gut|zufrieden|hilfreich|freundlich|schnell|akzeptabel|okay|ok|in ordnung'),
    ...words('geholfen|helfen|beantwortet|klar|fair|toll|lösen|reagiert|gemeldet'),
    ...words(
      'höflich|~nett|kompetent|professionell|kundenfreundlich|zuverlässig|pünktlich|seriös|angemessen|korrekt|brauchbar|verständlich',
    ),
    ...words(
      'glücklich|begeistert|überzeugt|überzeugend|amüsiert|angenehm|empfehlenswert|empfehl*|spaß|spass|erreichbar|kulant|hilfsbereit',
    ),
    ...words(
      'gelesen|zugehört|geliefert|zugestellt|zurückgerufen|geantwortet|eingehalten|informiert|erstattet|gutgeschrieben|bearbeitet|weitergeholfen',
    ),
  ],
  politeness: {
    ...w(2, 'etwas enttäuscht|ziemlich enttäuscht|leider immer noch'), // somewhat disappointed
    ...w(2, 'hätte mehr erwartet|hatte mehr erwartet|besseres erwartet|nicht das was ich erwartet'), // would have expected more / better
    ...w(2, 'nicht optimal|nicht ideal|nicht so toll|wenig hilfreich|nicht wirklich geholfen'), // not optimal
    ...w(
      2,
      'mehr erhofft|deutlich mehr erwartet|viel mehr erwartet|hätte erwartet|hätte ich erwartet|hätte eigentlich erwartet|anderes erwartet',
    ),
    ...w(
      2,
      'hätte mir gewünscht|hätte ich mir gewünscht|hatte gehofft|hätte gehofft|mehr versprochen|anders vorgestellt|vorgestellt hatte*|nicht das, was|nicht zufriedenstellend|unbefriedigend|zu wünschen übrig',
    ), // I'd have wished / hoped
    ...w(
      2,
      'schade|hätte mir|hätte ich mir|entspricht nicht|entspricht leider nicht|nicht dem, was|so behandelt man',
    ),
    ...w(
      2,
      'nicht ganz zufrieden|wenig zufrieden|nicht ganz das|nicht ganz, was|nicht ganz wie|nicht ganz dem',
    ), // not quite
    ...w(
      2,
      'verbesserungswürdig|ausbaufähig|luft nach oben|befremd*|finde ich nicht in ordnung|finde ich nicht okay|nicht das erste mal',
    ),
    ...w(
      1.5,
      'muss ich gestehen|bedauerlich|bei allem respekt|mit verlaub|' +
        x('verstehe nicht|verstehe nicht,', 'warum|wieso'),
    ),
    ...w(1.5, 'nicht erhalten'),
    ...w(2, 'leider nicht das|leider nicht dem|leider nicht wie'),
    ...w(2, 'stelle ich mir nicht vor'), // not how I imagine (service)
  },
  profanity: [
    ...words('scheiße|scheisse|scheiß*|scheiss*|verdammt|idioten|idiot|vollidiot*|depp*|deppert'),
    ...words(
      'arschloch|arschlöcher|drecks*|kacke|verarsch*|bescheuert|dumm|saftladen|beschiss*|sauladen|trottel*|bullshit',
    ),
  ],
  sarcasm: [
    'danke für nichts',
    'vielen dank auch',
    'na toll',
    'ganz toll',
    'klasse service',
    ...words(
      'na super|danke auch|läuft bei euch|danke für nix|danke für gar nichts|vielen dank für nichts|herzlichen dank für nichts|besten dank auch|herzlichen dank auch',
    ),
    ...words('na prima|na klasse|na bravo|na herrlich|na wunderbar|sehr witzig|reife leistung'),
    ...words(x('läuft ja|klappt ja|funktioniert ja', 'super|prima|bestens|toll|hervorragend')),
  ],
  praise: [
    ...words('schön dass|wie schön|herzlichen glückwunsch|bewundere|beeindruckend|chapeau'), // round 4: praise used ironically
    ...words(
      'super|toll|tolle|toller|tolles|klasse|spitze|großartig*|hervorragend*|wunderbar*|prima|selbst übertroffen',
    ),
    ...words('bravo|glückwunsch|gratulation|genial|grandios|weiter so|top service|starke leistung'),
    ...words('respekt|ganz großes kino'),
    ...words('die besten|ihr seid die besten|echt die besten'),
    ...words('super service|toller service|meisterleistung|glanzleistung|großes kino|~top'),
    ...words('gut gemacht|klasse gemacht|toll gemacht|hut ab|spitzenleistung'),
    ...words(
      'spitzenservice|weltklasse|erstklassig*|fantastisch*|herrlich*|ausgezeichnet*|exzellent*|was für ein service|' +
        x('gute|tolle|super|starke|saubere', 'arbeit|leistung'),
    ),
  ],
  intensifiers: {
    ...w(0.5, 'sehr|total|extrem|absolut|wirklich|echt|völlig|komplett|äußerst|äusserst|so'),
    ...w(0.5, 'mega|echt so|unglaublich|zutiefst|dermaßen|richtig|maßlos|voll'),
    ...w(
      0.5,
      'überhaupt|gar|alles andere als|nicht gerade|nicht besonders|nicht sonderlich|ständig|dauernd|andauernd|permanent|derart|sowas von|höchst|wahnsinnig|mehr als|ganz und gar|~ur|huere',
    ),
    ...w(0.3, 'ziemlich|recht|zu lange'),
  },
  conditionals: words('falls|sofern|im falle'),
  clauseOpeners: words('und|warum|weil|wieso|wenn'),
  negators: {
    pre: [
      ...words('nicht|kein|keine|keinen|keiner|keinem|nie|niemals|nichts|ohne|kaum'),
      ...words(
        'alles andere als|keineswegs|keinesfalls|nimmer|wenig|nix|nicht gerade|nicht besonders|nicht sonderlich',
      ),
    ],
    post: [],
  },
  contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem', 'dennoch'],
  resolution: {
    ...w(2, 'funktioniert jetzt|funktioniert wieder|geht wieder|klappt jetzt|klappt wieder|gelöst'),
    ...w(2, 'problem gelöst|behoben|hat geklappt|alles gut|erledigt|angekommen'),
    ...w(2, 'erhalten|erstattung erhalten|perfekt|läuft wieder|passt jetzt'),
    ...w(1, 'danke|vielen dank|dankeschön|besten dank|herzlichen dank|alles klar'),
    ...w(2, 'ist angekommen|funktioniert alles'),
  },
  intents: {
    escalation: {
      ...w(1, 'beschwerdestelle'), // often a neutral question
      ...w(1.5, x('an die|an ihre|an eure', 'beschwerdestelle')),
      ...w(
        1,
        'vorgesetzten|vorgesetzte|vorgesetzter|~chef|geschäftsführung|geschäftsleitung|teamleiter|abteilungsleiter|verantwortlichen|zuständigen|jemanden sprechen|rückruf|mit einem menschen|einen echten menschen|geschäftsführer*|vorstand|stellungnahme',
      ),
      ...w(
        1.5,
        'ihren vorgesetzten|ihrem vorgesetzten|einen vorgesetzten|mit ihrem chef|ihren chef|an die geschäftsführung|offizielle beschwerde|beschwerde einreichen|förmliche beschwerde',
      ),
      ...w(1, 'mit jemandem sprechen'), // speak with someone
      ...w(1.5, 'eskalier*'), // escalate
      ...w(1.5, 'verbinden sie mich mit'), // put me through to
      ...w(1, 'führungskraft|teamleitung'), // manager
      ...w(1.5, 'eine führungskraft|entscheidungsbefugnis'), // to a manager
      ...w(1.5, 'an die geschäftsleitung|entscheiden kann|ein teamleiter|einen teamleiter'), // to the management
      ...w(1.5, 'aus der teamleitung|höhere stelle|nächsthöhere*|ihre vorgesetzte'), // someone from management
      ...w(
        1.5,
        'euren chef|eurem chef|deinen chef|mit dem chef|den chef sprechen|den geschäftsführer|dem geschäftsführer|an den vorstand|jemand verantwortliches|verantwortlichen person|verantwortliche person|jemanden verantwortlichen|jemand kompetentes|schriftliche stellungnahme',
      ),
    },
    churn: {
      ...w(1, 'gekündigt|kuendig*|abo beenden|konto löschen'), // cancel (contract)
      ...w(1, 'vertrag beenden|abmelden|austreten|stornieren|storniert|storno|rücktritt|widerruf*'), // end the contract
      ...w(1.5, 'anderen anbieter|nie wieder bestellen'), // to the competition
      ...w(1.5, 'nie wieder kaufen|nicht mehr kunde|kunde gewesen|woanders|verlieren einen kunden'), // never buy again
      ...w(1, 'kündig*|konto auflösen|konto kündigen'), // I revoke
      ...w(
        1.5,
        'wechsle zu|wechsle den anbieter|zu einem anderen anbieter|zu einer anderen bank|zu einem anderen|hiermit kündige ich|kündige hiermit',
      ),
      ...w(1, 'wechseln zu|anbieter wechseln'), // switch to (may be a plan change)
      ...w(
        1.5,
        'ich kündige|kündige ich|werde kündigen|ich bin raus|ich wechsle|wechsel den anbieter|anbieterwechsel|nicht verlängern|sonderkündigung|fristlos kündigen',
      ), // I'm cancelling / out / switching
      ...w(1.5, 'bin ich weg|ich bin weg|bin dann weg|konkurrenz*'), // I'm gone
      ...w(
        1.5,
        'nie mehr bestellen|nie mehr kaufen|nie mehr bei|nie wieder bei|bestelle nicht mehr|kaufe nicht mehr|buche nicht mehr|letzte mal bei|das wars für mich|das wars dann|das wars mit|auf nimmerwiedersehen|fristlos*|vom vertrag zurück',
      ),
      ...w(
        1.5,
        'einen kunden verloren|einen kunden weniger|als kunden verloren|als kunde verloren|ehemaliger kunde|ex kunde|anderen anbieter suchen|neuen anbieter|nach alternativen|nach einer alternative|andere firma|anderen firma|anderes unternehmen',
      ),
    },
    legal: {
      ...w(2, 'rechtliche schritte|verklag*'), // legal steps
      ...w(2, 'verbraucherzentrale|verbraucherschutz|bundesnetzagentur|schlichtungsstelle|bafin'), // consumer advice centre
      ...w(
        2,
        x('an die|an den|beim|bei der|zur|zum|den|die', AGENCY) +
          '|friedensrichter|rechtsschutz*|sammelklage|kreditkartengesellschaft|kreditkartenfirma|zurückholen lassen',
      ), // AT / CH agencies
      ...w(
        2,
        'rückbuchung|rücklastschrift|lastschrift zurück|chargeback|bank einschalten|zurückbuchen|zurückbuchung|buche zurück|zurückbuchen lassen|käuferschutz beantragt|fall eröffnet|lastschrift widerrufen',
      ), // chargeback
      ...w(
        1.5,
        'strafanzeige|anzeige erstatten|meine rechte|datenschutzbehörde|anzeige gegen|schadensersatz|schadenersatz|anwaltlich*|rechtlich prüfen|zurückzuholen|zurückzubuchen|zurückgebucht|zurückholen|setze ihnen eine frist|setze euch eine frist|letzte frist|ultimatum|letztmalig|mahnbescheid',
      ),
      ...w(1, 'anwalt|rechtsanwalt|anwältin|gericht|klage|polizei|käuferschutz|' + AGENCY), // lawyer
      ...w(
        2,
        x(
          'anwalt|anwältin|rechtsanwalt|meinem anwalt|meinen anwalt',
          'prüfen|übergeben|einschalten|eingeschaltet|beauftragt',
        ) + '|klage einreichen|vor gericht',
      ), // bring in a lawyer
      ...w(1, 'meinen anwalt|meinem anwalt'), // my lawyer (often neutral)
      ...w(2, 'mein anwalt wird|an meinen anwalt weiterleiten'),
    },
    public: {
      ...w(2, 'schlechte bewertung|google bewertung|ein stern|einen stern'), // bad review
      ...w(
        2,
        'öffentlich machen|alle warnen|negative bewertung|negativ bewerten|schlecht bewerten|schlechte rezension|negative rezension|1 stern|null sterne|0 sterne|keinen stern|nicht weiterempfehlen|niemandem empfehlen|entsprechend bewerten|entsprechend bewertet|entsprechend ausfallen|andere warnen|kassensturz',
      ), // bad review
      ...w(
        1,
        'bewertung schreiben|bewertung abgeben|bewertung hinterlassen|trustpilot|soziale medien|sozialen medien|presse|auf twitter',
      ),
      ...w(
        1,
        'rezension|social media|journalist*|wiso|marktcheck|stiftung warentest|freundeskreis|weitererzählen',
      ),
    },
    repeat: {
      ...w(1.5, 'zum dritten mal|zum zweiten mal|zum x-ten mal|schon wieder|wieder einmal|erneut'),
      ...w(1.5, 'mehrfach|mehrmals|x mal|zigmal|immer noch|nach wie vor|wie oft noch'), // repeatedly
      ...w(1.5, 'schon mehrfach|bereits mehrfach|bereits geschrieben|schon geschrieben|wie gesagt'), // already several times
      ...w(1.5, 'wie bereits|dasselbe problem|das gleiche problem|jedes mal|wieder das gleiche'), // as already said
      ...w(1.5, 'das dritte mal|das zweite mal|das vierte mal|zum wiederholten mal'),
      ...w(1.5, 'mal wieder|wieder mal|scho wieder|jeder sagt was anderes|jeder sagt etwas anderes'), // yet again
      ...w(1.5, 'zum vierten mal|zum fünften mal|schon angerufen|bereits angerufen'), // fourth / fifth time
      ...w(1, 'dreimal|viermal|fünfmal|sechsmal|zehnmal|hundertmal|tausendmal|immer wieder'),
      ...w(
        1.5,
        x(
          'zweimal|dreimal|mehrmals|mehrfach|zigmal|x mal|oft genug',
          'geschrieben|angerufen|gemeldet|nachgefragt|erklärt|reklamiert',
        ) +
          '|' +
          x('jedes mal|immer|erzählt mir|sagt mir|erzählen mir|sagen mir', 'etwas anderes|was anderes') +
          '|derselbe fehler|der gleiche fehler|gleicher fehler|gleiche fehler|gleiches problem|gleiche problem|' +
          x(ORD, 'mal|anfrage|nachricht|mail|e mail|email|anruf|ticket|reklamation|beschwerde|erinnerung'), // the third message
      ),
      ...w(
        1.5,
        x(
          x('schon|bereits|jetzt schon|nun schon', x('der|die|das|den', 'zweite|dritte|vierte')),
          'mal|monat|woche|tag|anruf|ausfall|abbuchung|mahnung|techniker|termin|versuch|gerät|reklamation|nachricht',
        ),
      ),
      ...w(
        1.5,
        x('wie oft muss ich|wie oft soll ich', 'das noch|es noch|noch|ihnen das noch|euch das noch') +
          '|zum 2. mal|zum 3. mal|zum 4. mal|zum 5. mal|wiederholt|wie oft denn noch|wieder nicht|wie schon gesagt',
      ),
      ...w(
        1.5,
        x('bereits|schon', 'erklärt|geschildert|beschrieben|mitgeteilt|gemeldet|reklamiert|nachgefragt'),
      ),
    },
    chasing: {
      ...w(1, 'gibt es neuigkeiten|neuigkeiten|warte immer noch|noch keine antwort|nachfragen'), // any news
      ...w(1.5, 'hallo??|jemand da??|sich mal jemand|wenn mal jemand|mal jemand melden'),
      ...w(1, 'hallo?|ist da jemand|erinnerung|wann bekomme|wann kommt|wie lange noch'), // hello?
      ...w(
        1,
        'jemand da?|ist da wer|liest das jemand|stand der dinge|wie ist der stand|was neues?|und jetzt?|was ist jetzt|warte weiterhin|warten weiterhin|noch nichts gehört|hake nach|hake noch|nachhaken|melden sie sich|meldet euch',
      ),
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
    slow: [
      'nur nachfragen',
      'kurz nachfragen',
      'mal nachfragen',
      'keine antwort',
      'warte',
      'warten',
      'tage',
      'wochen',
      'stunden',
      'langsam',
      'verzögerung',
    ],
  },
  // Waits as durations, composed by the engine: "seit drei Wochen", "seit 10 Tagen warte ich".
  waits: {
    before: w(1.3, SINCE),
    after: w(2, 'warte ich|warten wir|warte ich schon|warten wir schon'),
    numbers: words(
      `${NUM}|ein|eine|einer|einem|einen|über|mehr|als|fast|knapp|gut|gut einer|mittlerweile|nun|jetzt`,
    ),
    long: words('woche|wochen|monat|monate|monaten'),
    short: words('tag|tage|tagen|stunde|stunden'),
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: [
      ...words(
        'inklusive|inkl|inbegriffen|enthalten|mit drin|im preis enthalten|sagte man uns|sagte man mir|wurde uns gesagt|wurde mir gesagt|bestätigt|zugesagt bekommen',
      ),
      ...words(
        'hatten uns gefreut|uns gefreut auf|gebucht|hatten gebucht|hatte gebucht|bestellt|hatten bestellt|hatte bestellt|beauftragt|angefragt|' +
          'gebeten um|bezahlt|bezahlt für|gezahlt|zugesagt|versprochen|zugesichert|angekündigt|im inserat|' +
          'in der anzeige|in der beschreibung|auf der website|auf ihrer website|im angebot|beschrieben|' +
          'ausgewiesen|ausgeschrieben|gekauft|reserviert|ausgewählt|vereinbart|abgemacht|hieß es|gewählt',
      ),
      ...words(
        x('laut', 'auftragsbestätigung|bestätigung|beschreibung|inserat|anzeige|website|vertrag|angebot'),
      ),
    ],
    turn: words(
      'wurde geliefert|wurden geliefert|angeliefert|kam|kamen|ankam|ankamen|bekamen wir|bekam ich|erhielten wir|erhielt ich|saß ich|saßen wir|wurden wir|wurde ich|untergebracht|schließlich|zuletzt|an bord|jetzt|nun|' +
        'stattdessen|statt dessen|vor ort|bei ankunft|bei der ankunft|als wir ankamen|tatsächlich|in wirklichkeit|' +
        'in der praxis|stellte sich heraus|geliefert wurde|bekommen haben|erhalten haben|am ende|' +
        'letztlich|hingegen',
    ),
    shortfall: words(
      'die hälfte|ein viertel|ein drittel|ein bruchteil|belegt|besetzt|ausgebucht|überbucht|aufpreis|zusätzlich berechnet|extra berechnet|nachberechnet|niemand|keiner|erst|' +
        'außer betrieb|wegen umbau|in reparatur|nicht verfügbar|nicht vorhanden|der grund|grund warum|gerade deshalb|genau deshalb|deswegen|ausschlaggebend|musste|mussten|' +
        'nur|lediglich|bloß|statt|anderes|andere|anderen|falsch|falsche|falschen|fehlte|fehlten|ohne|' +
        'bekommen|erhalten|geliefert|montiert|berechnet|voller preis|den vollen preis|weniger|kleiner|kürzer|' +
        'gestrichen|geschlossen|abgesagt',
    ),
    met: words(
      'rechtzeitig|wie vereinbart|wie gebucht|termingerecht|' +
        'genau so|genau das|genauso|wie bestellt|wie gewünscht|wie versprochen|wie beschrieben|pünktlich|perfekt|einwandfrei',
    ),
    restrictive: words('nur|lediglich|bloß'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'schwarz|schwarze|schwarzen|schwarzer|schwarzes'),
      ...w(2, 'weiß|weiße|weißen|weißer|weißes'),
      ...w(3, 'grau|graue|grauen|grauer|graues'),
      ...w(4, 'rot|rote|roten|roter|rotes'),
      ...w(5, 'blau|blaue|blauen|blauer|blaues|hellblau'),
      ...w(6, 'dunkelblau|marineblau|navy'),
      ...w(7, 'grün|grüne|grünen|grüner|grünes'),
      ...w(8, 'gelb|gelbe|gelben|gelber|gelbes'),
      ...w(9, 'orange|orangefarben'),
      ...w(10, 'rosa|pink'),
      ...w(11, 'lila|violett'),
      ...w(12, 'braun|braune|braunen|brauner|braunes'),
      ...w(13, 'beige'),
      ...w(14, 'senfgelb|senffarben'),
      ...w(15, 'gold|golden|goldene|goldenen'),
      ...w(16, 'silber|silbern|silberne|silbernen'),
      ...w(17, 'türkis'),
      ...w(18, 'bordeaux|weinrot'),
      ...w(19, 'creme|cremefarben|elfenbein'),
      ...w(20, 'khaki|oliv|olivgrün'),
    },
    ownChange: words(
      'würde lieber|doch lieber|lieber|ich möchte|ich überlege|frage mich|wollte fragen|geht das|ist es möglich|' +
        'kann ich|könnte ich|nutzen aber',
    ),
  },
  softeners: words(
    'keine antwort nötig|keine antwort notwendig|keine antwort erforderlich|keine rückmeldung nötig|keine rückmeldung notwendig|nicht dringend|eilt nicht|kein stress|nichts weltbewegendes|' +
      'keine große sache|nichts großes|nichts schlimmes|nichts dramatisches|halb so wild|kein großes fass|' +
      'kein drama|nur zur info|nur zur information|zur info|nur als hinweis|kurze rückmeldung|ich dachte nur|' +
      'sollten das wissen|sollten sie wissen|nur erwähnt haben|nur erwähnen|wollte es nur|der vollständigkeit halber|' +
      'damit sie bescheid wissen|nicht schlimm|dennoch mitteilen',
  ),
  rhetorical: words(
    'vermutlich|ich nehme an|nehme ich an|anscheinend|offenbar|ich vermute|heißt bei ihnen|bedeutet bei ihnen|' +
      'etwas anderes als|man muss eben',
  ),
  apologies: words(
    'entschuldigung|entschuldigen sie|verzeihung|' +
      'entschuldigung dass|entschuldigen sie dass|entschuldigung für|entschuldigen sie bitte|sorry für|sorry dass|verzeihung|verzeihen sie|tut mir leid dass|entschuldige|entschuldigt',
  ),
  asking: words(
    'ich wüsste gern|ich wüsste gerne|würde gern wissen|würde gerne wissen|möchte gern wissen|möchte gerne wissen|möchte wissen|wollte fragen|wollte nachfragen|können sie mir sagen|könnten sie mir sagen|teilen sie mir mit',
  ),
  eager: words(
    'freue mich schon|bin gespannt|ich bin gespannt|kann es kaum erwarten|wird begeistert sein|' +
      'begeistert sein|freut sich sehr',
  ),
}
