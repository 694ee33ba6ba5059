/** Norwegian Bokmål (also used for "no"/"nn" locales), with Nynorsk and dialect chat forms (ikkje, itte, æ e). ø/å also match o/a. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const nb: Lexicon = {
  lang: 'nb',
  script: 'latin',
  negative: {
    ...w(
      1.5,
      'knust|sprukket|bulket|sølt|rant ut|lekket|gjennomvåt|smeltet|slettet|innstiller|innstilt|kom aldri',
    ), // damage in transit, lost data, cancelled trains, no-shows
    ...w(2, 'uten varsel|utan varsel|uten beskjed|uten å si fra|utan å seie frå'), // not told
    // strong: terrible, fraud, worst, useless, fed up
    ...w(
      3,
      'elendig|forferdelig|grusom|grusomt|katastrofe|katastrofalt|skandale|skandaløst|tragisk|patetisk|horribel*',
    ),
    ...w(
      3,
      'uakseptabelt|uakseptabel|helt uakseptabelt|svindel*|svindl*|bedrag*|bedratt|lureri|latterlig|kjeltring*|bondefangeri',
    ),
    ...w(
      3,
      'verste|det verste|skammelig|en skam|en vits|håpløst|håpløse|inkompetent*|ubrukel*|ubrukeleg*|snytt|løgnaktig|lyver',
    ),
    ...w(
      3,
      'rasende|forbannet|forbanna|lei av|drittlei|dritt lei|møkka lei|så lei|er lei|e lei|blitt lei|aldri igjen|aldri mer|nok er nok',
    ),
    ...w(
      3,
      'ført bak lyset|skamme dere|skam dere|ræva|rævva|på trynet|under enhver kritikk|under all kritikk|hårreisende',
    ),
    // disappointed, angry, bad, broken, rude, misled
    ...w(
      2,
      'skuffet|skuffende|skuffelse|frustrert|frustrerende|irritert|irriterende|sint|sinna|fortvilet|fortvila|provoser*|håpløs*',
    ),
    ...w(
      2,
      'misfornøyd|misfornoyd|dårlig|darlig|dårligere|ødelagt|odelagt|øydelag*|defekt|i stykker|sjokkert|sjokkerende|målløs',
    ),
    ...w(
      2,
      'uhøflig|uhøfleg|frekk|frekt|frekke|ufin|ufint|nedlatende|nedlatande|respektløs*|arrogant*|ubehagelig|ubehageleg|avvisende',
    ),
    ...w(
      2,
      'ignorert|ignorerer|oversett|løgn|løy|føler meg lurt|ble lurt|blitt lurt|lurt oss|lurt meg|lurte meg|sviktet|svikta|villedende|misvisende',
    ),
    ...w(
      2,
      'useriøs*|uprofesjonel*|amatører|mistet tilliten|mista tilliten|ingen tillit|stoler ikke på|stoler ikkje på|juks*|løftebrudd',
    ),
    // product failure
    ...w(
      2,
      'fungerer ikke|virker ikke|funker ikke|går ikke|fungerer ikkje|verkar ikkje|funkar ikkje|går ikkje|funker itte|virker itte',
    ),
    ...w(
      2,
      'fungerte ikke|virket ikke|funket ikke|funka ikke|fungerte ikkje|verka ikkje|ikke virket|ikke fungert|ikke funket|ikkje fungert',
    ),
    ...w(
      2,
      'det virker ikke|det funker ikke|det virker ikkje|sluttet å virke|sluttet å fungere|sluttet å funke|slutta å virke|slutta å fungere|fungerer fortsatt ikke|virker fortsatt ikke',
    ),
    ...w(
      2,
      'gikk i stykker|gått i stykker|går i stykker|knust|knuste|sprekk*|~ripe|riper|ripete|bulket|kom ødelagt|kom skadet|det lekker',
    ),
    ...w(
      2,
      'lader ikke|starter ikke|slår seg av|henger seg opp|laster ikke|lastes ikke|kobler ikke til|kommer ikke inn|får ikke logget inn|ligger nede|er nede igjen',
    ),
    ...w(
      2,
      'hakker|stopper hele tiden|faller ut|nettet er nede|feil vare|feil størrelse|mangelfull*|ustabil*|krasj*|ikke som beskrevet|ikke som avtalt|ikke som lovet|ikkje som avtalt',
    ),
    ...w(
      1.5,
      'ikke virker|ikke fungerer|ikke funker|skadet|skada|hull i|ikke bestilt|kom uten|manglet|strømbrudd|innstilt*|avlyst igjen|kansellert igjen',
    ),
    // not delivered, nobody came
    ...w(
      2,
      'aldri mottatt|ikke kommet|aldri kommet|fikk aldri|kom aldri|dukket ikke opp|ikke dukket opp|ingen dukket opp|ingen kom|ingen møtte opp|møtte ikke opp|dukka ikkje opp',
    ),
    ...w(
      2,
      'ikke levert|aldri levert|ikkje levert|kom ikke fram|kom ikke frem|ikke kommet fram|ikkje kome|har ikke kommet|forsvunnet|forsvant|kommet bort|står som levert',
    ),
    ...w(
      1.5,
      'kom ikke|kom ikkje|kom itte|står fast|sitter fast|på avveie|er ikke her|fikk ikke|fekk ikkje|fekk itte|fikk itte',
    ),
    // waiting, no answer
    ...w(
      2,
      'ventet lenge|venta lenge|altfor lenge|alt for lenge|lang ventetid|altfor lang tid|for lang tid|så lang tid|evighet*',
    ),
    ...w(
      2,
      'i timevis|i dagevis|i ukevis|i vekevis|i månedsvis|i flere uker|i fleire veker|har ventet i|har venta i|ventet i over|venta i over|ventet over',
    ),
    ...w(
      2,
      'hvor lenge skal|kor lenge skal|hvor lenge må jeg|på vent i|satt på vent|uker er lenge|dager er lenge',
    ),
    ...w(
      1.5,
      'ventet i|venta i|har ventet|har venta|telefonkø*|i kø i|tar lang tid|har gått en uke|har gått to uker|har gått over|snart en uke|snart to uker|over en uke|over ei veke|over to uker',
    ),
    ...w(
      1.5,
      'for å svare|på å svare|dager på svar|uker på svar|dager siden jeg|uker siden jeg|siden jeg bestilte|siden jeg betalte|siden jeg sendte|siden jeg ringte|enda en uke|enda ei veke|enda lenger',
    ),
    ...w(
      2,
      'ingen svar|ingen hjelp|ingen løsning|ingen tilbakemelding|ingen har svart|ingen svarer|ingen svarar|ingen tar telefonen|uten svar|uten å få svar|ikke fått svar|ikkje fått svar|får ikkje svar',
    ),
    ...w(
      2,
      'har ikke fått svar|har ikke fått noe svar|ikke fått noe svar|ikke fått noen svar|har ikkje fått svar|ikke besvart|ubesvart*|ikke svart|ikkje svart|svarer ikke|svarte ikke|svarar ikkje|har ikke fått beskjed|har ikke fått pengene|har ikke fått refusjon*|har ikke fått hjelp|ikke fått beskjed|ikke fått hjelp',
    ),
    ...w(
      2,
      'ikke hørt noe|hørt ingenting|ikkje høyrt|ingen beskjed|uten beskjed|ingen respons|null respons|ingen reaksjon|har ikke ringt|ingen har ringt|ingen ringte|ingen har tatt kontakt|ingen gav beskjed|ingen ga beskjed',
    ),
    ...w(
      2,
      'ingenting har skjedd|ingenting skjer|skjer ingenting|skjedd ingenting|ikke skjedd noe|skjedde aldri|ble aldri noe av|ringte aldri|ingen kan si|ingen vet når|ingen aner',
    ),
    ...w(1, 'venter|ventet|venta|ventar|ventetid|treg|tregt|forsinket|forsinkelse|dager siden|uker siden'),
    // bad treatment
    ...w(
      2,
      'la på røret|la på meg|la bare på|kjeftet|kjefta|behandlet som|behandla som|som en idiot|som om jeg var dum|som et barn|snakket ned til|lo av meg|ledd av',
    ),
    ...w(
      2,
      'ingen bryr seg|bryr dere ikke|bryr seg ikke|bryr seg ikkje|blåser i|gir blaffen|blir ikke hørt|ingen tar tak|ingen gjør noe|ingen gidder|ingen gadd|ingen har giddet|noen gadd|gadd ikke',
    ),
    ...w(
      2,
      'sendt fram og tilbake|sendt frem og tilbake|blir sendt fram og tilbake|kasteball|sendt rundt|fra avdeling til avdeling|ingen tar ansvar|ingen vil ta ansvar|ingen tek ansvar|skylder på|fraskriver seg',
    ),
    ...w(
      2,
      'vet ikke hvem jeg skal|vet ikke lenger hvem|veit ikkje kven|vet ikke hva mer|vet snart ikke|behandlet på denne måten|behandle kunder på|ingen måte',
    ),
    // unhelpful answers, broken promises
    ...w(
      2,
      'hjalp ikke|hjelper ikke|hjelpte ikke|hjalp ikkje|hjelper ikkje|hjelpte ikkje|til ingen hjelp|null hjelp|ikke til hjelp|ikkje til hjelp|løser ikke|løste ikke|løyser ikkje',
    ),
    ...w(
      2,
      'er like langt|like langt som|står på stedet hvil|kommer ingen vei|ingen vei|tilbake til start|tilbake til utgangspunktet|på scratch|kunne ikke svare|ingen kan svare',
    ),
    ...w(
      2,
      'standardsvar|standard svar|klipp og lim|copy paste|svarer på noe annet|svarte ikke på|svarer ikke på|ikke lest det|ikke lest hva|leste ikke|ikkje lest|leste ikkje',
    ),
    ...w(
      2,
      'motstridende|nytt svar hver gang|tomme ord|bortforklaring*|svada|tullprat|bare tull|dere sa den skulle|dere sa at den skulle|dere sa det skulle|dere sa at det skulle',
    ),
    ...w(
      2,
      'ikke det jeg betalte for|ikke hva jeg betalte for|ikke det jeg bestilte|ikke hva jeg bestilte|ikkje det eg bestilte',
    ),
    ...w(
      1.5,
      'skjønner ikke hvorfor|forstår ikke hvorfor|skjønar ikkje kvifor|misforstått|lovet noe annet|sa noe helt annet',
    ),
    // money
    ...w(
      2,
      'trukket to ganger|belastet to ganger|dobbelt trukket|trukket dobbelt|dobbeltbelast*|belastet dobbelt|trekt dobbelt|trekt to gonger|betalt to ganger|meg dobbelt|feil beløp|stemmer ikke|stemmer ikkje',
    ),
    ...w(
      2,
      'uten samtykke|ukjent trekk|ukjent belastning|uautorisert*|uten min tillatelse|uten å spørre|aldri bestilt|uten at jeg har|uten at eg har|aldri bedt om|jeg ikke har bestilt|som jeg ikke har fått|som jeg ikke får',
    ),
    ...w(
      2,
      'overfakturert|feilfakturer*|urimelig|urimeleg|ublu|overpris*|skjulte gebyr*|skjulte kostnader|skjult gebyr|pengeplukk*|flådd|selv om det stod|selv om det sto|selv om jeg sa opp|trukket for mye|belastet for mye|fakturert for mye|tatt for mye|altfor mye',
    ),
    ...w(
      2,
      'vil ha pengene tilbake|pengene mine tilbake|vil ha pengane tilbake|pengane mine tilbake|krever pengene tilbake|krever refusjon|krever erstatning|ikke fått pengene|ikke fått refusjon*|ikkje fått pengane|ingen refusjon',
    ),
    ...w(2, 'betalt for ingenting|betaler for ingenting|betaler for noe'),
    // emotions, disbelief
    ...w(
      2,
      'oppgitt over|litt oppgitt|noe oppgitt|ganske oppgitt|helt oppgitt|heilt oppgitt|veldig oppgitt|jeg er oppgitt|eg er oppgitt|matt av|slitsom*|slitsam*|sliten av',
    ),
    ...w(
      2,
      'har gitt opp|gir opp|gir snart opp|nå er det nok|det er nok nå|ferdig med dere|orker ikke|orkar ikkje|gidder ikke',
    ),
    ...w(
      2,
      'ufattelig|ufatteleg|utrolig at|hvordan er det mulig at|hvordan kan det ta|hvordan kan det ha seg|i alle dager|i all verden|i all verda',
    ),
    ...w(
      2,
      'dårlig opplevelse|dårleg oppleving|negativ opplevelse|sørgelig|kritikkverdig|mareritt|sirkus|for et rot|kaos|farse|slurv*|rotete|uholdbar*|pinlig|ikke akseptabelt|under pari',
    ),
    ...w(
      2,
      'ikke greit|ikke i orden|holder ikke mål|ikke godt nok|ikkje godt nok|ikke for mye forlangt|ikke for mye å be om|beklagelig at|beklageleg at|kald mat',
    ),
    ...w(
      1.5,
      'stresset|stressa|trist|kjip|kjipe|helt feil|heilt feil|negativt overrasket|kostet meg|kosta meg|beklagelig|tungvint*|hvor lite|kor lite',
    ),
    // lost time, consequences
    ...w(
      2,
      'kastet bort|kasta bort|bortkastet|bortkasta|sløst bort|rakk ikke|rakk ikkje|gikk glipp av|gjekk glipp av|mistet flyet|mista flyet|måtte ta fri|tok fri fra jobb*|tatt fri fra jobb*|tapt arbeidsdag|tapt inntekt',
    ),
    ...w(
      2,
      'uten strøm|uten internett|uten nett|uten varme|uten vann|uten telefon|uten tv|utan straum|utan nett|sto uten|stod uten|står uten|ingen dekning|kuttet strømmen|kuttet nettet',
    ),
    ...w(
      2,
      'brukt hele dagen|brukt hele formiddagen|brukt hele kvelden|brukt heile dagen|brukt timer|brukt flere timer|brukt mange timer|brukt mye tid|måtte kaste|fikk ikke sove|kostet oss',
    ),
    ...w(
      1.5,
      'ekstra kostnader|måtte betale|måtte kjøpe|uten tilgang|lenge å vente|betalt for en tjeneste|betaler for en tjeneste',
    ),
    // demands, mild words
    ...w(
      2,
      'ingen forklaring|uten varsel|uten forvarsel|ikke holdbart|dette er takken|er dette takken|godtar ikke|godtar ikkje|aksepterer ikke|godtek ikkje',
    ),
    ...w(
      1.5,
      'jeg krever|eg krev|vi krever|krever at|forventer at dette|regner med at dere|rekner med at de|rydde opp i dette|rydder opp i dette|ordne opp i dette|rette opp i dette|ser meg nødt',
    ),
    ...w(
      1.5,
      'det jeg kaller|noen faktisk|nokon faktisk|ta tak i dette|da får vi bare|får vel bare|skjedde ikke',
    ),
    ...w(
      1,
      'dessverre|vanskelig|komplisert|klage|reklamasjon|reklamere|dyrt|uklart|bekymret|krasjer|henger|mangler|kjipt|surt|~rart|merkelig|plundre*',
    ),
    ...w(
      1,
      'problem|problemer|feil|feilmelding|erstatning|kompensasjon|gebyr|umiddelbart|omgående|i det hele tatt|vært kunde i|lojal kunde|stengt|jaja|før jul|innen jul|før påske|i år?|på denne måten|på den måten|er lei meg|e lei meg|så lei meg|for mye|for mykje',
    ),
    // Nynorsk and dialect
    ...w(3, 'uhøyrt|uhørt|aldri meir|forferdeleg|latterleg|håplaust|har fått nok'),
    ...w(2, 'skuffa|dårleg*|irritera*|ingen tek tak'),
    // rhetorical questions
    ...w(
      2,
      'er dette en spøk|er dette ein spøk|seriøst?|på ordentlig?|er dere seriøse|er de seriøse|tuller dere?|kødder dere?|tuller de?|hvor vanskelig kan det være|er det så vanskelig',
    ),
    ...w(
      2,
      'er det for mye å be om|hva er vitsen|kva er vitsen|skal jeg virkelig|må jeg virkelig|driver dere med|driv de med|driv dokker med|holder dere på med|ka faen|hva faen|hva i helvete|wtf',
    ),
    ...w(2, 'kan ikke anbefale|vil ikke anbefale|kan ikkje anbefale|anbefaler ikke|anbefaler ingen|fraråder'),
  },
  positive: [
    // negated: "ikkje hyggeleg", "ingen har fulgt opp"
    ...words(
      'bra|god|godt|fornøyd|fornoyd|hjelpsom|nyttig|grei|greit|greitt|ok|rask|raskt|akseptabelt|hjulpet|hjelpe|svart|imponert|klar|fint',
    ),
    ...words(
      'nøgd|fornøgd|hjelpsam|hyggelig|hyggeleg|vennlig|vennleg|høflig|høfleg|profesjonell|profesjonelt|seriøs|seriøst|tilfreds|heldig|optimalt|ideelt',
    ),
    ...words(
      'imøtekommende|serviceinnstilt|kompetent|behjelpelig|stabil|stabilt|pålitelig|~fin|flott|kjekt|effektivt|verdt pengene|tatt på alvor|i tide',
    ),
    ...words(
      'beste|imponerende|tar tak|tok tak|tatt tak|følger opp|fulgt opp|fulgte opp|følgt opp|bryr seg|bryr dere|beklaget|beklagelse|komme gjennom|kome gjennom|god service|god kundeservice|stole på|kommer gjennom',
    ),
  ],
  politeness: {
    // a bit disappointed, had expected more
    ...w(
      2,
      'litt skuffet|noe skuffet|ganske skuffet|litt skuffa|en smule skuffet|lettere skuffet|skuffet over|litt skuffende|noe skuffende',
    ),
    ...w(
      2,
      'hadde forventet|hadde forventa|forventet bedre|forventet mer|forventer mer av|forventar meir|forventet noe annet|hadde regnet med|hadde nok forventet|hadde egentlig forventet|hadde jo forventet',
    ),
    ...w(
      2,
      'ikke helt fornøyd|ikke helt optimalt|ikke ideelt|synd|ikke som forventet|ikke slik vi forventet|ikke det vi forventet|ikke det jeg forventer|ikkje det eg forventar',
    ),
    ...w(
      2,
      'ikke helt som|ikke helt det|ikke helt bra|ikke helt greit|ikke helt i orden|ikke helt slik|ikkje heilt som|ikke slik jeg forventer|ikke som jeg forventet|ikke det jeg forventet|ikke hva jeg forventet',
    ),
    ...w(
      2,
      'hadde håpet|håpet på|hadde nok håpet|skulle ønske|dessverre ikke|dessverre fortsatt|kunne vært bedre|kunne vore betre|ikke noe å skryte av|lite å skryte av',
    ),
    ...w(
      2,
      'lite fornøyd|lite nøgd|lite imponert|lite hjelpsom|lite hyggelig|lite imøtekommende|lite tilfredsstillende|lite profesjonelt|lite seriøst|lite forståelse|utilfredsstillende',
    ),
    ...w(
      2,
      'må dessverre si|må dessverre konstatere|må konstatere|må nok si|må ærlig si|uheldig at|svært uheldig|veldig uheldig|kjedelig at|kjedeleg at|trasig|sånn skal det ikke være|slik skal det ikke være|det går ikke an|går ikkje an',
    ),
    // still not, patience, follow-up
    ...w(
      2,
      'fortsatt ikke fått|fortsatt ikke mottatt|fortsatt ikke kommet|fortsatt ikke løst|fortsatt ikke hørt|enda ikke fått|ennå ikke fått|framleis ikkje fått|framleis ikkje løyst|fremdeles ikke',
    ),
    ...w(
      2,
      'venter fortsatt på|venter fremdeles på|ventar framleis på|venter enda på|venter ennå på|vært tålmodig|vore tålmodig|tålmodigheten',
    ),
    ...w(
      2,
      'manglende kommunikasjon|manglende informasjon|manglende oppfølging|ingen oppfølging|dårlig oppfølging|dårlig kommunikasjon|krever en forklaring|vil ha en forklaring|framleis ikkje|har ikkje fått',
    ),
    ...w(
      1.5,
      'fortsatt ikke|enda ikke|ennå ikke|enno ikkje|ikke mottatt|har ikke fått|hadde trodd|lei meg|må innrømme|veldig synd|uheldig|kjedelig|ikkje heilt',
    ),
    ...w(
      1.5,
      'burde vært|burde ha vært|skulle vært|ber om en forklaring|forventer at dere|endelig bli løst|endelig få svar|endelig få en løsning|ærlig talt|for å være ærlig',
    ),
  },
  profanity: [
    ...words(
      'faen|fy faen|helvete|jævla|jævlig|javla|dritt|drittselskap|drittservice|idioter|idiot|idiotisk|satan|søppel|søppelservice|kødd',
    ),
    ...words('tullinger|fanden|pokker|djevla|forpulte|fuck|møkk|møkka|klovner|teit|tufs'),
  ],
  sarcasm: [
    ...words(
      'takk for ingenting|tusen takk for ingenting|takk for ingen ting|takk for null hjelp|takk for ingen hjelp|takk for inkje|flott, enda en gang|takk for enda en|takk for nok en|takk for endå ein',
    ),
    ...words(
      'takk for hjelpen liksom|takk liksom|flott liksom|flott, liksom|akkurat det jeg trengte|elsker å vente',
    ),
  ],
  praise: [
    ...words('så koselig|koselig|framifrå|usedvanlig'), // round 4: praise used ironically
    ...words(
      'supert|flott|strålende|fantastisk|fantastiske|helt topp|imponerende|gratulerer|bra jobba|godt jobbet|for en service|glimrende|fabelaktig|genialt',
    ),
    ...words(
      'herlig|kjempebra|kjempefint|kjempeservice|strålende service|topp|bravo|bra jobbet|godt jobba|for et system|takk skal dere ha|nydelig|utmerket',
    ),
    ...words(
      'verdensklasse|snakk om service|verdens beste|flott service|god service|kanon|så bra|så flott|godt å vite|godt å høre|fint at|flott at|supert at|herlig at|til å stole på',
    ),
    // so "raskere enn jeg hadde forventet" is no complaint
    ...words('enn jeg hadde forventet|enn eg hadde forventa|enn vi hadde forventet|enn forventet'),
  ],
  intensifiers: {
    ...w(
      0.5,
      'veldig|svært|utrolig|ekstremt|helt|heilt|totalt|fullstendig|virkelig|skikkelig|så|altfor|sykt|sinnssykt|kjempe|særdeles|dypt',
    ),
    ...w(0.5, 'vanvittig|overhodet|aldeles|rett og slett|ærlig talt|jævlig|forbanna'),
    ...w(0.3, 'ganske|litt for'),
  },
  conditionals: words('hvis|dersom|i tilfelle'),
  clauseOpeners: words('og|hvorfor|fordi|siden|når'),
  negators: {
    pre: [
      ...words(
        'ikke|ikkje|nei|aldri|inkje|ingen|intet|ingenting|uten|utan|verken|heller ikke|itte|itj|ittj|ikkj|ikje|~ente',
      ),
      ...words(
        'langt fra|langt ifra|slett ikke|overhodet ikke|absolutt ikke|på ingen måte|ikke noe|ikkje noko|ikke særlig|ikkje særleg|ikke akkurat|ikkje akkurat',
      ),
    ],
    post: [],
  },
  contrast: ['~men', 'likevel', 'derimot', 'allikevel', 'imidlertid'],
  resolution: {
    ...w(2, 'fungerer nå|virker nå|funker nå|det funker|~løst|problemet er løst|ordnet|fikset'),
    ...w(2, 'mottatt|har mottatt|kommet frem|alt i orden|alt er i orden|perfekt|det virker'),
    ...w(1, 'takk|tusen takk|takk for hjelpen|mange takk'),
    ...w(2, 'fungerer alt|alt fungerer|kom i dag|har kommet'),
    ...w(2, 'løyst|fungerer no|funkar no|det ordna seg'),
  },
  intents: {
    escalation: {
      // manager, someone in charge, formal complaint
      ...w(
        1,
        'sjefen|sjef|lederen|en leder|nærmeste leder|overordnet|den ansvarlige|snakke med et menneske|en ekte person|teamleder|avdelingsleder',
      ),
      ...w(
        1,
        'leiar|leiaren|overordna|ledelsen|direktøren|daglig leder|sende en klage|få snakke med en|vil snakke med en|vil klage|ønsker å klage|vil gjerne klage|noen andre enn|nokon andre enn|revurder*',
      ),
      ...w(
        1.5,
        'klage videre|eskaler*|snakke med sjefen|snakke med en leder|snakke med lederen|snakke med din leder|snakke med en overordnet|formell klage',
      ),
      ...w(
        1.5,
        'snakke med nærmeste leder|noen med mer myndighet|noen høyere opp|høyere opp|høgare opp|beslutningsmyndighet|noen med myndighet|løfte saken|saken løftes|løftes videre',
      ),
      ...w(
        1.5,
        'sjefen din|over til sjefen|din leder|ta en avgjørelse|ta ei avgjerd|ta en beslutning|noen som faktisk kan|nokon som faktisk kan|sende saken videre|snakke med ein leiar',
      ),
      ...w(
        1.5,
        'noen som har ansvar|noen med ansvar|nokon med ansvar|den som har ansvaret|ansvarlig leder|kundeservicesjef|klageavdeling*|noen over deg|din overordnede|har myndighet|myndighet til|overprøve*|klage på vedtaket|klage på avgjørelsen',
      ),
      ...w(
        1.5,
        'tar dette videre|ta dette videre|ta dette opp internt|sette meg over til|sett meg over til|koble meg videre|skriftlig klage|offisiell klage|klager herved',
      ),
    },
    churn: {
      // cancel, switch, never again
      ...w(
        1,
        'si opp|sier opp|oppsigelse|avslutte abonnementet|avslutte avtalen|slette kontoen|kansellere|avslutte kontoen|melde meg ut|seier opp|kundeforholdet',
      ),
      ...w(
        1,
        'bytte til|bytter til|byte til|flytter til|andre leverandører|andre alternativer|vurderer å bytte|bytter jeg til|nå bytter jeg|nå bytter vi',
      ),
      ...w(
        1.5,
        'annen leverandør|anna leverandør|konkurrent*|går et annet sted|mistet en kunde|tidligere kunde|går over til|bytter leverandør|bytte leverandør|byte leverandør|skifte leverandør',
      ),
      ...w(
        1.5,
        'jeg sier opp|eg seier opp|sier opp avtalen|sier opp i dag|siste gang jeg|slett kontoen|bytter bank|bytte bank|ikke fornye|fornyer ikke|ikke til å fornye',
      ),
      ...w(
        1.5,
        'avslutte kundeforholdet|avslutter kundeforholdet|avslutter avtalen|avslutter abonnementet|et annet selskap|eit anna selskap|bytter selskap|et annet firma|en annen aktør|annen bank|annet strømselskap|annet mobilselskap|annet forsikringsselskap',
      ),
      ...w(
        1.5,
        'aldri handle|handler ikke mer|aldri mer handle|aldri bestille|aldri bruke|aldri kjøpe|ikke til å handle|ikkje til å handle|ikke til å bestille|ikke til å bruke',
      ),
      ...w(
        1.5,
        'mistet meg som kunde|mister meg som kunde|mista meg som kunde|ikke lenger kunde|vurderer å si opp|vurderer å avslutte|vurdere andre',
      ),
      ...w(
        1.5,
        'kommer til å si opp|kommer til å bytte|ser meg om etter|ser etter en annen|med umiddelbar virkning|sier herved opp|flytter kontoen',
      ),
    },
    legal: {
      // boards, courts, laws, chargeback, police
      ...w(
        2,
        'forliksrådet|forliksklage|søksmål|saksøke|rettslige skritt|rettslig*|stevning|tingretten|chargeback|tilbakeføring|bestride*|mine rettigheter',
      ),
      ...w(
        2,
        'forbrukerrådet|forbrukarrådet|forbrukertilsynet|forbrukerklageutvalget|forbrukerrådgivning|forbruker europa|finansklagenemnd*|transportklagenemnd*',
      ),
      ...w(
        2,
        'brukerklagenemnd*|ekomnemnd*|pakkereisenemnd*|husleietvistutvalget|datatilsynet|kjøpsloven|forbrukerkjøpsloven|kjøpslova|markedsføringsloven|forbrukartilsynet',
      ),
      ...w(
        2,
        'kontakte advokat|koble inn advokat|advokaten min vil|sette advokat på saken|snakket med en advokat|kontaktet en advokat|politianmeld*|anmelde dere|ulovlig*|ulovleg*',
      ),
      ...w(2, 'lovbrudd|kontraktsbrudd|avtalebrudd|heve kjøpet|hever kjøpet|krever heving'),
      ...w(
        1,
        'advokat|rettssak|juridisk|min advokat|advokaten min|har krav på|har rett på|har rett til|reklamasjonsrett*|angrerett*|inkasso|kontakte banken|politiet',
      ),
    },
    public: {
      // reviews, press, social media
      ...w(
        2,
        'trustpilot|dårlig anmeldelse|negativ anmeldelse|dårlig omtale|negativ omtale|en stjerne|ein stjerne|1 stjerne|gå ut offentlig|fortelle alle|advare andre|advare folk',
      ),
      ...w(2, 'gå til pressen|kontakte pressen|kontakte media|forbrukerinspektørene|tipse avisen|tipse vg'),
      ...w(1.5, 'legge dette ut|legge ut dette|poste dette|dele dette på|skrive om dette på|dele historien'),
      ...w(
        1,
        'anmeldelse|omtale|sosiale medier|på facebook|på twitter|på instagram|avisen|avisa|pressen|vg|nrk|journalist',
      ),
    },
    repeat: {
      // third time, again, already explained
      ...w(0.7, 'igjen|andre gang'),
      ...w(1, 'som nevnt|som tidligere nevnt|som sagt|som jeg skrev|to ganger'),
      ...w(
        1.5,
        'tredje gang|fjerde gang|femte gang|tredje gangen|fjerde gangen|tredje gong|fjerde gong|nok en gang|nok ein gong|enda en gang|atter en gang|gang på gang|gang etter gang|igjen og igjen',
      ),
      ...w(
        1.5,
        'flere ganger|fleire gonger|mange ganger|utallige ganger|gjentatte ganger|hundre ganger|tre ganger|fire ganger|fem ganger|ti ganger|for ente gang|på rad',
      ),
      ...w(
        1.5,
        'allerede skrevet|allerede forklart|som jeg har sagt|har forklart|forklart dette|sagt det før|forklare på nytt|gjenta meg selv|har ringt flere|tatt kontakt flere',
      ),
      ...w(
        1.5,
        'samme problem|same problem|samme feil|samme sak|same sak|samme svar|hver gang|kvar gong|hvor mange ganger|fortsatt samme|ikke første gang|ikkje første gong',
      ),
      ...w(
        1.5,
        'tre e-poster|flere e-poster|tredje e-post|fortsatt ingen|fortsatt ingenting|enda ingen|framleis ingen|ulike svar|forskjellige svar|tredje saksbehandler',
      ),
      ...w(
        1.5,
        'problemet er tilbake|feilen er tilbake|kom tilbake igjen|skjer igjen|skjedde igjen|ødelagt igjen|nede igjen|purret|etterlyst|etterlyser',
      ),
    },
    chasing: {
      // any news?, still waiting, hello?
      ...w(
        1,
        'noe nytt|noko nytt|noen nyheter|noen oppdatering|oppdatering?|hva er status|kva er status|status på saken|hvor står saken|hvor blir det av|kor blir det av',
      ),
      ...w(
        1,
        'venter fortsatt|venter enda|venter ennå|venter framleis|ventar framleis|venter på svar|ventar på svar|hei igjen|hallo igjen|hallo?',
      ),
      ...w(
        1,
        'er det noen der|er det nokon der|er det noen som|hvor lenge|når får jeg|når kan jeg forvente|purring|purrer|hører ingenting|høyrer ingenting|kan noen svare|kan nokon svare',
      ),
      ...w(
        1,
        'hvor er pakken|hvor er pengene|hva skjer med|kva skjer med|imøteser svar|gi lyd|svar snarest|gi meg et svar|vennligst svar',
      ),
      ...w(
        1.5,
        'hallo??|hei??|hei?|noen der?|er noen der|leser noen dette|leser dere dette|noen som leser|nokon som les|leser dere meldingene|hva skjer?|kva skjer?',
      ),
    },
  },
  topics: {
    billing: [
      'refusjon*',
      'pengene tilbake',
      'faktura',
      'trukket',
      'belastet',
      'betaling',
      'betalt',
      'penger',
      'pengane',
      'gebyr',
      'trekk',
      'kroner',
    ],
    product: [
      'fungerer ikke',
      'virker ikke',
      'funker ikke',
      'fungerer ikkje',
      'ødelagt',
      'i stykker',
      'knust',
      'defekt',
      'feil',
      'appen',
      'krasjer',
      'innlogging',
    ],
    service: [
      'kundeservice',
      'kundestøtte',
      'kundebehandling',
      'uhøflig',
      'frekk',
      'ufin',
      'nedlatende',
      'ansatt',
      'saksbehandler',
    ],
    slow: [
      'ingen svar',
      'venter',
      'ventet',
      'ventetid',
      'telefonkø',
      'dager',
      'dagar',
      'uker',
      'veker',
      'timer',
      'treg',
      'forsinket',
    ],
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      'fikk beskjed|fekk beskjed|ble fortalt|fikk bekreftet|fekk stadfesta|stadfesta|stadfest|bekreftet|bekrefta|inkludert|inklusive|inngår|var inkludert|skulle få|skulle komme|skulle kome|skulle være|skulle vere|' +
        'gledet oss til|gleda oss til|bestilte|bestilt|stod|sto det|stod det|hadde bestilt|forhåndsbestilte|booket|booka|reserverte|reservert|ba om|betalte|betalt|' +
        'betalte for|betalt for|lovet|lovte|ble lovet|fikk lovet|selgeren sa|annonsen|i annonsen|annonsen sa|' +
        'beskrivelsen|kursbeskrivelsen|i beskrivelsen|på nettsiden|ifølge|i følge|kontrakten|valgte|kjøpte|' +
        'meldte meg på|avtalte|avtalt|rekna med|regnet med|sett fram til|sett frem til',
    ),
    turn: words(
      'levert|ble levert|kom|kom fram|kom frem|det lå|lå det|ble vi plassert|ble jeg plassert|ble plassert|vart plassert|om bord|ombord|på stedet|på staden|' +
        'i stedet|istedenfor|i staden|da vi kom|da eg kom|da jeg kom|ved ankomst|da vi ankom|det viste seg|' +
        'viste seg|i praksis|i virkeligheten|til slutt|da eg henta|da jeg hentet',
    ),
    shortfall: words(
      'uten|utan|først|fyrst|ikke før|ikkje før|opptatt|opptatte|fullbooket|fullbooka|overbooket|tillegg|ekstra gebyr|tilleggsgebyr|en brøkdel|en fjerdedel|en tredjedel|ingen kom|ingen dukket|' +
        'ute av drift|i ustand|under oppussing|ikke tilgjengelig|grunnen|hovedgrunnen|derfor|nettopp|måtte|' +
        'bare|berre|kun|annen|annet|andre|feil|manglet|mangla|fikk|fekk|fakturert|belastet|står det|' +
        'mindre|kortere|halvparten',
    ),
    met: words(
      'i tide|som avtalt|som bestilt|som lovt|' +
        'akkurat slik|akkurat som|akkurat det|som lovet|som bestilt|presis|i tide|perfekt|nøyaktig',
    ),
    restrictive: words('bare|berre|kun'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'svart|svarte'),
      ...w(2, 'hvit|hvite|hvitt|kvit|kvite'),
      ...w(3, 'grå'),
      ...w(4, 'rød|røde|rødt|raud|raude'),
      ...w(5, 'blå|blått|lyseblå'),
      ...w(6, 'marineblå|mørkeblå|navy'),
      ...w(7, 'grønn|grønne|grønt|grøn'),
      ...w(8, 'gul|gule|gult'),
      ...w(9, 'oransje'),
      ...w(10, 'rosa'),
      ...w(11, 'lilla'),
      ...w(12, 'brun|brune|brunt'),
      ...w(13, 'beige'),
      ...w(14, 'sennepsgul'),
      ...w(15, 'gull|gullfarget'),
      ...w(16, 'sølv|sølvfarget'),
      ...w(17, 'turkis'),
      ...w(18, 'vinrød'),
      ...w(19, 'kremhvit|eggehvit'),
      ...w(20, 'kaki|olivengrønn'),
    },
    ownChange: words(
      'lurer på|lurte på|vil heller|ville heller|foretrekker|kan jeg|kan vi|er det mulig|har funnet ut|ombestemt|' +
        'skal bruke',
    ),
  },
  softeners: words(
    'ikke nødvendig å svare|ikkje naudsynt å svare|trenger ikke svare|treng ikkje svare|trenger ikke å svare|ikke behov for svar|bare til info|ikke så nøye|ikkje så nøye|ingen hast|haster ikke|hastar ikkje|' +
      'ingen stor sak|ikke noen stor sak|ikke noe stort|ikkje noko stort|ingen krise|ikke så farlig|ikkje so farleg|' +
      'så dere vet|så de veit|så du vet|dere burde vite|dere bør vite|' +
      'bare nevne|ville bare nevne|bare gi beskjed|ville bare si fra|til orientering|' +
      'for ordens skyld|ingen stor greie',
  ),
  rhetorical: words(
    'regner med|jeg regner med|antar|jeg antar|går ut fra|visstnok|tydeligvis|må bety|' + 'må ha et',
  ),
  apologies: words(
    'beklager at|beklager for|unnskyld at|unnskyld for|orsak at|orsak for|sorry for|sorry at|beklagar at',
  ),
  asking: words(
    'lurer på|lurte på|vil gjerne vite|ville gjerne vite|kan dere si|kunne dere si|jeg undrer|eg lurer',
  ),
  eager: words('gleder meg til|spent på|jeg er spent|kan ikke vente|ser fram til|ser frem til'),
}
