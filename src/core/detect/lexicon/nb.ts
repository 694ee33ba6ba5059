/** Norwegian Bokmål (also used for "no"/"nn" locales). ø/å also match o/a, as people type them on foreign keyboards. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const nb: Lexicon = {
  lang: 'nb',
  script: 'latin',
  negative: {
    ...w(3, 'elendig|forferdelig|grusom|grusomt|katastrofe|katastrofalt|skandale|skandaløst'), // wretched, terrible, cruel, catastrophe, scandal
    ...w(3, 'uakseptabelt|uakseptabel|helt uakseptabelt|svindel|svindlere|lureri|latterlig'), // unacceptable, fraud, trickery, ridiculous
    ...w(3, 'verste|det verste|skammelig|en skam|en vits|håpløst|håpløse|ubrukelig|inkompetent*'), // worst, shameful, a joke, hopeless, useless
    ...w(3, 'rasende|forbannet|lei av|drittlei|aldri igjen|aldri mer|nok er nok|tragisk'), // furious, damned angry, fed up, never again, enough is enough
    ...w(2, 'skuffet|skuffende|skuffelse|frustrert|frustrerende|irritert|irriterende|sint'), // disappointed, frustrated, irritated, angry
    ...w(2, 'misfornøyd|misfornoyd|dårlig|darlig|dårligere|ødelagt|odelagt|defekt|i stykker'), // dissatisfied, bad, worse, broken, defective
    ...w(2, 'fungerer ikke|virker ikke|funker ikke|går ikke|fungerer fortsatt ikke|virker fortsatt ikke'), // doesn't work (still)
    ...w(2, 'aldri mottatt|ikke kommet|aldri kommet|fikk aldri|ingen svar'), // not received, never arrived, no answer
    ...w(2, 'ikke fått svar|ingen hjelp|ingen løsning|ingen tilbakemelding|ingen har svart'), // got no answer, no help, no solution
    ...w(2, 'trukket to ganger|belastet to ganger|dobbelt trukket|feil beløp|uten samtykke'), // charged twice, wrong amount, without consent
    ...w(2, 'uhøflig|frekk|frekt|arrogant|ignorert|løgn|løy|lurt|useriøst|uprofesjonelt'), // rude, cheeky, arrogant, ignored, lie, lied, tricked, unserious
    ...w(1, 'problem|problemer|feil|feilmelding|treg|tregt|forsinket|forsinkelse|venter'), // problem, error, slow, delayed, waiting
    ...w(1, 'dessverre|vanskelig|komplisert|klage|reklamasjon|dyrt|uklart|bekymret|krasjer'), // unfortunately, difficult, complaint, expensive, worried, crashes
    ...w(1, 'henger|mangler|ventet|ventetid|kjipt|surt|~rart|merkelig|plundre*|reklamere'), // hangs, missing, waited, waiting time, lousy, odd, hassle
    ...w(2, 'hakker|stopper hele tiden|faller ut'), // stutters, keeps stopping, drops out
    ...w(2, 'kunne ikke svare|ikke svare på noe|ingen kan svare'), // could not answer anything
    ...w(1.5, 'ikke bestilt|kom uten|manglet'), // not ordered, came without, was missing
    ...w(2, 'vil ha pengene tilbake|pengene mine tilbake|selv om jeg sa opp'), // want my money back, even though I cancelled
    ...w(2, 'ikke greit|ikke i orden|dukket ikke opp|kom aldri'), // not OK, did not show up, never came
    ...w(2, 'håpløs*|ingen tar telefonen|ingen svarer|uten å få svar|uten svar|blir sendt fram og tilbake'),
    ...w(2, 'dere lovet|ble lovet|ingenting har skjedd|ingenting skjer|har ikke ringt'),
    ...w(
      2,
      'uten strøm|uten internett|uten nett|nettet er nede|ingen dekning|ingen forklaring|uten varsel|holder ikke mål|ikke godt nok',
    ), // without power / internet, no explanation, not good enough
    ...w(2, 'ikke akseptabelt|kaos|pinlig|bare tull|kald mat'), // not acceptable, chaos, embarrassing, nonsense, cold food
    ...w(2, 'orker ikke mer|mistet flyet|ingen måte'), // can't take any more, missed the flight, way to treat
    ...w(1.5, 'strømbrudd'), // power cut
    // Nynorsk and dialect forms
    ...w(3, 'uhøyrt|uhørt|aldri meir|forferdeleg|har fått nok|latterleg|håplaust'), // outrageous, terrible, had enough, ridiculous
    ...w(
      2,
      'skuffa|dårleg*|irritera*|fungerer ikkje|verkar ikkje|funkar ikkje|går ikkje|ingen svarar|ikkje fått svar|får ikkje svar',
    ), // disappointed, bad, annoying, doesn't work, nobody answers
    ...w(2, 'ingen gav beskjed|ingen tar ansvar|under pari|ikkje godt nok'), // nobody told me, nobody takes responsibility, not good enough
    ...w(2, 'i ukevis|i vekevis|i månedsvis|har ventet i|har venta i|på vent i|satt på vent'), // for weeks / months, have waited for, put on hold
    ...w(1, 'venta|ventar'), // waited, waiting (nn)
    ...w(1.5, 'seriøst?|tuller dere?|kødder dere?|er dette en spøk'), // seriously?, are you kidding?, is this a joke
  },
  positive: [
    ...words('bra|god|godt|fornøyd|fornoyd|hjelpsom|nyttig|grei|greit|ok|rask|raskt'),
    ...words('akseptabelt|hjulpet|hjelpe|svart|imponert|klar|fint'),
    ...words('nøgd|fornøgd|hjelpsam'),
  ],
  politeness: {
    ...w(2, 'litt skuffet|noe skuffet|ganske skuffet|hadde forventet mer|forventet bedre|forventet mer'), // a bit disappointed, expected more/better
    ...w(2, 'ikke helt fornøyd|ikke helt optimalt|ikke ideelt|synd'), // still not, not quite satisfied, a pity
    ...w(2, 'ikke helt som forventet|ikke som forventet|ikke slik vi forventet|ikke det vi forventet'), // not quite as expected
    ...w(
      2,
      'hadde håpet|håpet på|skulle ønske|ikke helt som|ikke helt det|ikke helt bra|ikke helt greit|litt skuffende|noe skuffende|dessverre ikke|dessverre fortsatt',
    ), // I had hoped, not quite, somewhat disappointing
    ...w(1.5, 'hadde trodd|lei meg|må innrømme|veldig synd'), // I had thought, sad, I must admit, a pity
    ...w(1.5, 'fortsatt ikke|enda ikke|ikke mottatt|har ikke fått'),
    ...w(
      2,
      'ikke det jeg forventer|ikkje det eg forventar|forventer mer av|forventar meir|framleis ikkje|har ikkje fått',
    ), // not what I expect, left with (a bad feeling), still not (nn)
  },
  profanity: [
    ...words('faen|fy faen|helvete|jævla|jævlig|javla|dritt|drittselskap|idioter|idiot'),
    ...words('satan|søppel|søppelservice|kødd|tullinger'),
  ],
  sarcasm: [
    'takk for ingenting',
    'takk for null hjelp',
    'flott, enda en gang',
    ...words('takk for hjelpen liksom'),
  ],
  praise: [
    ...words('supert|flott|strålende|fantastisk|helt topp|imponerende|gratulerer|bra jobba'),
    ...words('godt jobbet|for en service|glimrende|fabelaktig|genialt'),
    ...words('herlig|kjempebra|kjempeservice|strålende service|topp'),
    ...words('bravo|bra jobbet|godt jobba|for et system|takk skal dere ha'),
  ],
  intensifiers: {
    ...w(0.5, 'veldig|svært|utrolig|ekstremt|helt|totalt|fullstendig|virkelig|skikkelig'),
    ...w(0.5, 'så|altfor|sykt|kjempe|særdeles|dypt'),
    ...w(0.3, 'ganske|litt for'),
  },
  negators: {
    pre: ['ikke', 'ikkje', 'aldri', 'inkje', 'ingen', 'intet', 'ingenting', 'uten', 'verken', 'heller ikke'],
    post: [],
  },
  contrast: ['~men', 'likevel', 'derimot', 'allikevel'],
  resolution: {
    ...w(2, 'fungerer nå|virker nå|funker nå|det funker|~løst|problemet er løst|ordnet|fikset'),
    ...w(2, 'mottatt|har mottatt|kommet frem|alt i orden|alt er i orden|perfekt|det virker'),
    ...w(1, 'takk|tusen takk|takk for hjelpen|mange takk'),
    ...w(2, 'fungerer alt|alt fungerer|kom i dag|har kommet'),
    ...w(2, 'løyst|fungerer no|funkar no|det ordna seg'),
  },
  intents: {
    escalation: {
      ...w(1.5, 'klage videre|eskalere'), // complain further up, escalate
      ...w(
        1,
        'sjefen|sjef|lederen|en leder|nærmeste leder|overordnet|den ansvarlige|snakke med et menneske|en ekte person',
      ), // the boss, manager, supervisor, person in charge, a real person
      ...w(
        1.5,
        'snakke med sjefen|snakke med en leder|snakke med lederen|snakke med din leder|snakke med en overordnet|formell klage',
      ), // talk to the boss / a manager, formal complaint
      ...w(1.5, 'snakke med nærmeste leder|noen med mer myndighet|noen høyere opp'), // someone with more authority, someone higher up
      ...w(1, 'teamleder|avdelingsleder'), // team / department lead (often neutral)
      ...w(1.5, 'beslutningsmyndighet|noen med myndighet|løfte saken|saken løftes|løftes videre'), // someone with authority, take the case higher
      ...w(1.5, 'sjefen din|over til sjefen|din leder'), // your boss / manager
      ...w(
        1.5,
        'ta en avgjørelse|ta ei avgjerd|noen som faktisk kan|nokon som faktisk kan|sende saken videre|snakke med ein leiar',
      ), // someone who can decide, pass the case on
      ...w(1, 'leiar|leiaren|overordna'), // manager (nn)
    },
    churn: {
      ...w(1, 'si opp|sier opp|oppsigelse|avslutte abonnementet|avslutte avtalen|slette kontoen'), // cancel (a contract), termination, delete the account
      ...w(1, 'kansellere|avslutte kontoen|melde meg ut'), // cancel, close the account, unsubscribe
      ...w(1.5, 'annen leverandør|konkurrent|konkurrenten|går et annet sted'), // another provider, competitor, going elsewhere
      ...w(1.5, 'aldri handle|handler ikke mer|mistet en kunde|tidligere kunde'), // never shop again, lost a customer, former customer
      ...w(1, 'bytte til|bytter til'), // switch to (may be a plan change)
      ...w(1.5, 'går over til|bytter leverandør|bytte leverandør|sier opp i dag|sier opp i kveld'), // going over to, switching provider, cancelling today
      ...w(
        1.5,
        'jeg sier opp|sier opp avtalen|siste gang jeg|slett kontoen|går til konkurrenten|bytter bank|bytte bank|ikke fornye|fornyer ikke',
      ), // I'm cancelling, last time I…, switch bank, not renewing
      ...w(1.5, 'ikke til å fornye'), // not going to renew
      ...w(
        1.5,
        'avslutte kundeforholdet|eg seier opp|et annet selskap|eit anna selskap|anna leverandør|bytter selskap',
      ), // end the customer relationship, another company, never again (nn)
      ...w(1, 'seier opp|kundeforholdet'), // cancel (nn), the customer relationship
    },
    legal: {
      ...w(2, 'forliksrådet|søksmål|saksøke|rettslige skritt'), // conciliation board, lawsuit, sue, legal steps
      ...w(2, 'forbrukerrådet|forbrukertilsynet|forbrukerklageutvalget|forbrukerrådgivning'), // consumer council and consumer authorities
      ...w(2, 'chargeback|tilbakeføring|bestride belastningen|mine rettigheter|kjøpsloven'), // chargeback, dispute the charge, my rights, Sale of Goods Act
      ...w(1, 'advokat|rettssak|juridisk'), // lawyer, court case, legal (often neutral)
      ...w(2, 'kontakte advokat'), // contact a lawyer
      ...w(1, 'min advokat|advokaten min'), // my lawyer (often neutral)
      ...w(2, 'koble inn advokat|advokaten min vil|sette advokat på saken'), // bring in a lawyer
      ...w(2, 'finansklagenemnd*|transportklagenemnd*|forbrukarrådet|forbrukartilsynet'), // complaint boards (finance, transport, rent), consumer bodies (nn)
    },
    public: {
      ...w(2, 'trustpilot|dårlig anmeldelse|en stjerne|gå ut offentlig'), // bad review, one star, go public
      ...w(2, 'fortelle alle|advare andre'), // tell everyone, warn others
      ...w(1, 'anmeldelse|sosiale medier|på facebook|på twitter|avisen|pressen'), // review, social media, newspaper, press
    },
    repeat: {
      ...w(1.5, 'tredje gang|fjerde gang|nok en gang|enda en gang|gang på gang|igjen og igjen'), // third/fourth time, once again, time after time
      ...w(0.7, 'igjen|andre gang'), // again, second time (common, weak)
      ...w(1.5, 'flere ganger|mange ganger|allerede skrevet|allerede forklart|som jeg har sagt'), // several times, already written/explained, as I said
      ...w(1.5, 'samme problem|samme feil|hver gang|hvor mange ganger|fortsatt samme'), // same problem, every time, how many times
      ...w(1.5, 'tre e-poster|flere e-poster|tredje e-post|tre ganger'),
      ...w(
        1.5,
        'fortsatt ingen|fortsatt ingenting|enda ingen|ulike svar|forskjellige svar|tredje saksbehandler|på rad',
      ), // still nobody / nothing, different answers
      ...w(
        1.5,
        'fjerde gangen|tredje gangen|femte gang|tredje gong|fjerde gong|nok ein gong|kvar gong|fleire gonger|same problem|same sak|samme sak',
      ), // fourth time, again, every time, same problem (nb/nn)
      ...w(1.5, 'har ringt flere|tatt kontakt flere'), // called / contacted several times
    },
    chasing: {
      ...w(1, 'noe nytt|noen oppdatering|oppdatering?|venter fortsatt|venter enda|hallo?'), // anything new, any update, still waiting, hello?
      ...w(1, 'er det noen der|hvor lenge|når får jeg|purring|purrer|hører ingenting'), // is anyone there, how long, reminder, hearing nothing
      ...w(
        1,
        'kan noen svare|kan nokon svare|noko nytt|ventar framleis|venter framleis|høyrer ingenting|framleis ingen',
      ), // any news, still waiting (nn)
    },
  },
  topics: {
    billing: [
      'refusjon',
      'pengene tilbake',
      'faktura',
      'trukket',
      'belastet',
      'betaling',
      'betalt',
      'penger',
    ],
    product: ['fungerer ikke', 'virker ikke', 'ødelagt', 'defekt', 'feil', 'appen', 'krasjer', 'innlogging'],
    service: ['kundeservice', 'kundestøtte', 'uhøflig', 'frekk', 'ansatt', 'saksbehandler'],
    slow: ['ingen svar', 'venter', 'ventet', 'dager', 'uker', 'timer', 'treg', 'forsinket'],
  },
  markers: [
    ...words('og|jeg|ikke|det|er|på|til|har|en|et|med|som|min|mitt|dere'),
    ...words('hei|takk|fortsatt|enda|hva|hvorfor|kan|vi|av|om|fra|nå'),
    ...words('eg|ikkje|kva|korleis|frå|framleis'),
  ],
}
