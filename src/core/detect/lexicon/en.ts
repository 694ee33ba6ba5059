/** English (US, UK, AU, IN). Latin script: matched together with de/es/fr/pt/nb, whole words unless a `*` stem says otherwise. */
import { w, words, x } from './build'
import type { Lexicon } from './types'

/** Waiting verbs; number × unit combinations are `waits` (the engine composes them, digits included). */
const WAITED = 'waiting|waited|waiting for|waited for|on hold for|on the phone for'
const BEEN = 'its been|it has been|its now been'

export const en: Lexicon = {
  lang: 'en',
  script: 'latin',
  negative: {
    ...w(
      1.5,
      'spilled|spilt|soaked|soggy|thawed|defrosted|melted|left outside|in the rain|wiped|wiping|erased',
    ), // damage in transit, lost data
    ...w(2, 'without notice|without telling|no notice'), // not told
    ...w(3, 'terrible|horrible|awful|atrocious|appalling|abysmal|disgraceful|worst*|disgusting'),
    ...w(3, 'unacceptable|outrageous|scam*|fraud*|rip off|ripped off|ripoff'),
    ...w(3, 'pathetic|ridiculous|a joke|a disgrace|shameful|incompetent|incompetence|useless'),
    ...w(3, 'furious|livid|fed up|sick and tired|had enough|beyond frustrated|never again'),
    ...w(3, 'waste of time|waste of money|complete waste|absolute nightmare|nightmare'),
    ...w(2, 'hate|hated|horrendous|dreadful|infuriating|disastrous|disaster|insulting'),
    ...w(2, 'disappoint*|frustrat*|annoy*|angry|upset|unhappy|dissatisfied|unsatisfied'),
    ...w(2, 'bad|poor|lousy|crap|rubbish|garbage|trash|sucks|sucked|broken|faulty'),
    ...w(2, 'let down|letdown|misled|lied to|you lied|rude|unprofessional|unhelpful|ignored'),
    ...w(2, 'not working|doesnt work|does not work|didnt work|did not work|stopped working'),
    ...w(2, 'still blocked|still locked|still broken|not fixed|not resolved|unresolved|no solution|no help'),
    ...w(2, 'no response|no reply|no answer|never received|never arrived'),
    ...w(2, 'never got|hasnt arrived|has not arrived|still havent'),
    ...w(2, 'charged twice|double charged|overcharged|wrongly charged|charged again|without permission'),
    ...w(2, 'damaged|defective|wrong item|wrong order|unbelievable'),
    ...w(2, 'worse|terribly|horribly|mess|messed up|screwed up|nonsense|unreliable|shocking'),
    ...w(2, 'cant access|cannot access|cant log in|cannot log in|locked out|lost access|data loss'),
    ...w(1, 'slow|slowly|confus*|difficult|problem|problems|issue persists|error|errors'),
    ...w(1, 'delay*|late|waiting|waited|crash*|bug|buggy|fails|failed|failing|glitch*'),
    ...w(1, 'complain*|worried|concerned|inconvenien*|unfortunately|stuck|wrong|hassle'),
    ...w(1, 'impossible|unclear|inaccurate|misleading|expensive|overpriced|stressful|missing'),
    ...w(1.5, 'didnt order|did not order|arrived without|came without|is missing|are missing'),
    ...w(
      2,
      'want my money back|after i cancelled|after i canceled|even though i cancelled|still charging|charged my card again|still not working|still doesnt work|still isnt working|still not fixed',
    ),
    ...w(
      2,
      'nothing works|nothing is working|not as described|no one showed up|nobody showed up|didnt show up|wasted my day|wasted my time',
    ),
    ...w(2, 'gone downhill|went downhill|getting worse|worse and worse'),
    ...w(2, 'still locked|account locked|locked again'),
    ...w(1.5, 'ugh|seriously?|really?|smh|meh'),
    ...w(2, 'bounced between|passed around|passed from one|nobody owns|no one owns|transferred again'),
    ...w(
      2,
      'promised a callback|never called back|no callback|didnt call back|nothing happened|still nothing|not good enough|isnt good enough',
    ),
    ...w(
      2,
      'underwhelm*|subpar|shoddy|sloppy|stone cold|arrived cold|no explanation|without explanation|without warning',
    ),
    ...w(
      2,
      'without internet|without power|without heating|without signal|without broadband|without wifi|without tv|without a phone|no internet|no signal|no power|no broadband|no wifi',
    ),
    ...w(2, 'nobody came|no one came'),
    ...w(1, 'outage|outages'),
    ...w(1.5, 'havent received|have not received|no one|nobody|cant believe|cannot believe'),
    ...w(1, 'lost my'),
    ...w(2, 'missed my flight'),
    ...w(1.5, 'are you kidding|is this a joke|you cant be serious|really?!'), // rhetorical disbelief
    ...w(2, 'losing patience|lost patience|for weeks now|for months now'), // impatience, waiting for weeks
    ...w(3, 'dead on arrival|unusable|not fit for purpose'),
    ...w(
      2,
      'it broke|broke after|broke down|fell apart|snapped|shattered|smashed|poor quality|no longer works|isnt working|is not working|only lasted',
    ),
    ...w(2, x('keeps|kept|constantly', 'crashing|freezing|failing|dropping|disconnecting|logging me out')),
    ...w(
      2,
      x(
        'arrived|came|delivered',
        'broken|damaged|cracked|scratched|dented|open|opened|torn|leaking|crushed|squashed|used|late',
      ),
    ),
    ...w(
      1.5,
      'wont load|doesnt load|not loading|wont open|wont start|wont turn on|wont charge|wont connect|cant connect|wont work|cracked|scratched|leaking|flimsy|keeps happening',
    ),
    ...w(1, 'disconnect*|intermittent*|defect*|unable to|arrived with|came with'),
    ...w(
      2,
      `never showed|never turned up|didnt turn up|didnt show|didnt come|never came|no show|never delivered|not delivered|not received|not arrived|still not here|still hasnt|lost in transit|went missing|gone missing|no sign of|never happened|${x('lost my', 'parcel|package|order')}|${x('says|shows|marked as', 'delivered')}|${x('failed to', 'deliver|turn up|show')}`,
    ),
    ...w(
      1.5,
      `not yet received|yet to receive|not here yet|${x('still', 'pending|processing|in transit|stuck')}`,
    ),
    // broader coverage by category: failure, no-show, waits in words, treatment, answers, money, trust, emotion, lost time
    ...w(2, x(WAITED, 'over|more than|nearly|almost|ages|forever|since|all day|weeks|months|days|hours')),
    ...w(1.5, x(BEEN, 'over|more than|nearly|almost|ages|weeks|months|days')),
    ...w(1.5, x('weeks|months|days|hours', 'now|later|and still|and counting|without|with no')),
    ...w(
      1.5,
      `since last week|since last month|since yesterday|${x('since', 'monday|tuesday|wednesday|thursday|friday')}`,
    ),
    ...w(
      2,
      `hours on hold|minutes on hold|hours on the phone|takes forever|took forever|takes ages|took ages|for ages|still waiting|no update|no updates|no word|never heard back|never got back|since long|${x('never|didnt', 'replied|responded|reply|respond')}|${x('no one is|nobody is|no one|nobody', 'responding|replying|answering|responded|replied|answered|got back')}`,
    ),
    ...w(
      1,
      'for weeks|for months|for days|weeks ago|a week ago|a month ago|been waiting|waiting since|till date|till now',
    ),
    ...w(
      3,
      'hung up on|abusive|harass*|cowboys|disgrace*|shambles|last straw|fuming|outraged|appalled|disgusted|cheated|cheating|conned|liars|false advertising',
    ),
    ...w(
      2,
      `hung up|condescending|patronising|patronizing|dismissive|arrogant|disrespect*|dont care|doesnt care|careless|irresponsible|not bothered|didnt bother|treated like|how you treat|transferred me|pillar to post|runaround|round in circles|fobbed off|ghosted|blame*|clueless|${x('nobody|no one', 'knows|can tell me|can help|helped|cares|takes responsibility')}|${x('bothered to', 'tell|call|reply')}`,
    ),
    ...w(
      2,
      'dont know who else|dont know where else|dont know what else|who else to turn to|desperate|helpless|hopeless',
    ),
    ...w(
      1.5,
      'the way i was treated|how i was treated|a company this size|treats its customers|treat your customers|treat customers',
    ),
    ...w(1, 'a company like yours|loyal customer'),
    ...w(
      2,
      `didnt help at all|no help at all|back where i started|square one|copy paste|canned response|scripted|didnt read|read my message|didnt listen|from a script|different answer|straight answer|not what i asked|pointless|excuses|never fixed|never resolved|still unresolved|still an issue|still a problem|${x('generic|automated', 'response|answer|reply')}|${x('not been|hasnt been', 'resolved|fixed')}|${x('answer|reply', 'didnt help')}`,
    ),
    ...w(1.5, 'tried everything|not what i ordered'),
    ...w(
      2,
      `unauthori*|dont recognise|dont recognize|never authori*|never signed up|without my consent|double charge*|billed twice|charged extra|wrong amount|extra charge*|still being charged|charged me for|took my money|no refund|never refunded|not refunded|my money back|said free|${x('hidden', 'fee*|charge*')}|${x('without', 'asking|telling me|anyone asking|any notice')}|${x('keep|kept|keeps', 'charging')}`,
    ),
    ...w(1.5, 'overcharg*|extortionate|not worth|waste|wasted|wasting|i want a refund|advertised as'),
    ...w(
      2,
      'lied|lying|dishonest|deceiv*|betray*|misinformed|wrong information|shady|dodgy|lost trust|cant trust|taken advantage of|illegal',
    ),
    ...w(1.5, 'misleading|dont trust'),
    ...w(
      2,
      `irritat*|pissed off|shocked|gutted|devastated|sick of|tired of|enough is enough|absurd|laughable|unfair|how could you|how on earth|why do i have to|joke of a|botched|screwed|${x('how is', 'it possible|this possible')}|${x('what kind of', 'company|service')}|${x('are you', 'serious|joking')}|${x('you must be', 'joking|kidding')}`,
    ),
    ...w(1.5, 'stressed|here we go again|im done|so done|i give up'),
    ...w(1, 'typical|fail|a long time|long wait'),
    ...w(
      1.5,
      'too long|far too long|way too long|this long|such a long time|nearly double|almost double|twice as much',
    ),
    ...w(
      2,
      `${x('lost|wasted', 'a day|a whole|half a|the whole|a morning|hours|days|money')}|${x('took|taken', 'a day off|the day off|time off')}|${x('day|morning|time', 'off work')}|missed my appointment|missed work|ruined my|forced to|stranded|no hot water|no heating`,
    ),
    ...w(1.5, x('had to', 'cancel|pay|chase|call|wait')),
    ...w(1, 'whole morning|whole day|entire day|off work'),
    ...w(
      2,
      `no notification|no warning|never told|lack of communication|poor communication|never called|cant get through|impossible to reach|${x('nobody|no one', 'told|called')}|${x('refused|refuses|refusing', 'to')}`,
    ),
  },
  positive: [
    ...words('good|great|happy|satisfied|pleased|helpful|useful|acceptable|ok|okay|fine'),
    ...words('impressed|professional|fair|reasonable|clear|fast|quick|reliable|easy'),
    ...words('answered|responded|replied|help|helped|solve|fix|work|working properly'),
    ...words('pleasant|friendly|polite|courteous|respectful|competent|nice|honest|worth it|as described'),
    ...words('as advertised|on time|delivered|informed|fixed|received'),
  ],
  politeness: {
    ...w(2, 'a bit disappointed|somewhat disappointed|rather disappointed|quite disappointed'),
    ...w(
      2,
      'not what i expected|expected better|expected more|expected a little more|expected a bit more|i would have expected|hoped for better',
    ),
    ...w(2, 'not ideal|less than ideal|not great|not the best|not very helpful|not really helpful'),
    ...w(2, 'regret to say|with all due respect'),
    ...w(
      2,
      'expected a lot more|expected much more|expected so much more|not as advertised|not what was advertised',
    ),
    ...w(2, 'had hoped|hoped for more|to be desired|falls short|fell short|a shame|a pity|no way to treat'),
    ...w(
      2,
      'bit of a letdown|slightly disappointing|somewhat let down|not what i was promised|not what we were promised|not what i was told',
    ),
    ...w(1.5, 'would have been nice|would have appreciated|room for improvement|isnt quite the'),
    ...w(1, 'i am afraid|im afraid|sadly|im not sure why'),
    ...w(
      2,
      'had expected|i had hoped|was led to believe|would have expected|youd think|you would think|not best pleased|less than impressed|unsatisfactory|far from ideal|below par|below expectations|such a shame|i want to complain|i wish to complain|id like to complain',
    ),
    ...w(
      1.5,
      'was supposed to|were supposed to|should have been|i expected|finally be|finally get|once and for all',
    ),
    ...w(1, 'i was told|you said|you told me|used to be|sort it out|unfortunate'),
  },
  profanity: [
    ...words('fuck*|fck*|shit|shitty|bullshit|wtf|damn|damned|goddamn|crappy'),
    ...words('idiot*|morons|moron|stupid|clowns|assholes|asshole|bastards|pissed|piss poor'),
    ...words('ffs|bloody|the hell'),
  ],
  sarcasm: [
    ...words('thanks for nothing|thanks for absolutely nothing|great just great|great, just great|oh great'),
    ...words('thanks a lot for nothing|real helpful|so helpful not'),
    ...words('yeah right|what a joke|great service not|love waiting'),
    ...words('cheers for nothing|surprise surprise|what a surprise|no surprise there|fat lot of good'),
    ...words('thanks for wasting|thanks for ignoring|not!'),
    ...words(
      'oh wonderful|oh brilliant|oh fantastic|how convenient|oh, great|oh, brilliant|oh, wonderful|oh, fantastic|oh, perfect',
    ),
  ],
  praise: [
    ...words('impressed|hats off|top marks|marvellous|marvelous'), // round 4: praise used ironically
    ...words('amazing|amazing job|great job|good job|well done|bravo|brilliant|fantastic'),
    ...words('wonderful|impressive|excellent service|great service|top notch|kudos|congrats|congratulations'),
    ...words('genius|love how|love that|stellar|outstanding|superb|keep it up|what a service'),
    ...words('best service|five stars'),
    ...words('you guys are the best|the best'),
    ...words('great|lovely|awesome|outdid yourselves'),
    ...words('excellent|terrific'),
  ],
  intensifiers: {
    ...w(0.5, 'very|so|soo|really|extremely|totally|completely|absolutely|utterly|incredibly'),
    ...w(0.5, 'seriously|truly|deeply|highly|super|beyond|such a|most|insanely'),
    ...w(0.3, 'quite|pretty|too|rather|still|even'),
    ...w(0.5, 'way too|far too|bloody|fucking|utter'),
  },
  conditionals: words('if|in case|in the event'),
  clauseOpeners: words('and|why|because|when'),
  negators: {
    pre: [
      ...words('not|~no|never|dont|doesnt|didnt|isnt|wasnt'),
      ...words('arent|werent|havent|hasnt|hadnt|cant|cannot|couldnt|wont'),
      ...words('wouldnt|wouldn|shouldnt|nothing|without|neither|nor|hardly|barely|aint'),
      ...words('didnot|doesnot|dint|no longer|zero|lack of'),
    ],
    post: [],
  },
  contrast: ['but', 'however', 'nevertheless', 'that said'],
  resolution: {
    ...w(2, 'works now|working now|it works|is working|problem solved|issue resolved|resolved'),
    ...w(2, 'that fixed it|fixed it|it is fixed|its fixed|all good now|sorted|all sorted|solved'),
    ...w(2, 'received it|got it now|refund received|got the refund|arrived|perfect|problem is gone'),
    ...w(1, 'thank you|thanks|thx|ty|much appreciated|appreciate it|appreciate your help'),
    ...w(2, 'its here|has arrived|came today|back online|working again'),
    ...w(1, 'for chasing|for following up'),
    ...w(2, 'all fixed|fixed now|works fine|all good'),
    ...w(1, 'many thanks|cheers'),
  },
  intents: {
    escalation: {
      ...w(1.5, 'complaint department|formal complaint'),
      ...w(1, 'speak to a human|talk to a human|real person|speak to someone'),
      ...w(
        1,
        'manager|supervisor|head of|senior management|your boss|someone in charge|person in charge|higher up',
      ),
      ...w(
        1.5,
        'speak to a manager|speak to your manager|speak with a manager|speak with your manager|talk to a manager|talk to your manager|want a manager|get me a manager|need a manager|speak to a supervisor|speak to your supervisor|talk to a supervisor|speak to someone in charge',
      ),
      ...w(1.5, 'transfer me to|put me through to'),
      ...w(1, 'escalate|escalated|escalation|escalate this|escalating this'),
      ...w(1, 'team leader|team lead|line manager|complaints procedure|complaints process|complaints policy'),
      ...w(1.5, 'someone more senior|someone senior|higher authority|someone with authority'),
      ...w(1.5, 'please escalate|escalate this to|escalate my|want this escalated'),
      ...w(1.5, 'more senior|who can actually|escalated to|escalate to|pass my complaint|my complaint to'),
      ...w(1, 'make a complaint|lodge a complaint|official complaint|head office'),
      ...w(
        1.5,
        `${x('i want to|i wish to|id like to', 'make a complaint|raise a complaint|make a formal')}|this is a formal|manager please|demand to speak`,
      ),
    },
    churn: {
      ...w(1, 'cancel|cancel my|cancelling|canceling|cancellation|unsubscribe|close my account'),
      ...w(1, 'delete my account|terminate|end my subscription|stop my subscription|leaving you'),
      ...w(1.5, 'move to another|another provider|competitor|go elsewhere'),
      ...w(1.5, 'take my business elsewhere|looking for alternatives|never use|never buy|never order'),
      ...w(1.5, 'losing a customer|lost a customer|lose me as a customer|former customer|im done with'),
      ...w(1.5, 'im done.|im done!|i am done.|switched banks|switching banks|changing banks|moved my salary'), // I'm done, switching bank
      ...w(1, 'switch to|switching to'),
      ...w(
        1.5,
        'switch to another|switching providers|switch providers|cancelling my account|closing my account|im cancelling|i am cancelling|i will cancel',
      ),
      ...w(
        1.5,
        'dont renew|do not renew|not renewing|wont renew|will not renew|other vendors|other providers',
      ),
      ...w(1.5, 'taking my business|take our business|banking elsewhere|porting my number'),
      ...w(1.5, 'going to cancel|gonna cancel|ill be cancelling|ill cancel|done with you'),
      ...w(1, 'cancel my contract|end my contract|cancel my membership|elsewhere'),
      ...w(1.5, 'effective immediately'),
      ...w(1, 'im cancelling the order|im cancelling my order|i am cancelling my order'),
      ...w(1, 'somewhere else|another company|another bank|competitors'),
      ...w(
        1.5,
        `look for another|looking for another|look elsewhere|looking elsewhere|shop elsewhere|going elsewhere|lost my business|youve lost a|you have lost a|never coming back|wont be back|${x('never|last time i', 'using|ordering|buying|use|order|buy')}`,
      ),
    },
    legal: {
      ...w(2, 'legal action|sue you|sue your|suing'),
      ...w(2, 'chargeback|charge back|dispute the charge|dispute with my bank|contact my bank'),
      ...w(
        2,
        'consumer protection|trading standards|ftc|better business bureau|to the ombudsman|report you to',
      ),
      ...w(1, 'ombudsman'),
      ...w(1.5, 'report you|reporting you|legal steps|breach of contract'),
      ...w(1, 'lawyer|attorney|court|small claims|solicitor|regulator|my rights'),
      ...w(
        2,
        'take legal action|see you in court|take you to court|small claims court|file a complaint with',
      ),
      ...w(1, 'my lawyer|my attorney|my solicitor'),
      ...w(
        2,
        'legal proceedings|legal advice|section 75|open a dispute|paypal dispute|citizens advice|ofcom|financial ombudsman|accc|fair trading|consumer court|consumer forum|cfpb|bbb|tribunal',
      ),
      ...w(1, 'consumer rights|police'),
      ...w(
        1.5,
        'energy ombudsman|take it to the|take this to the|taking this to the|take this further|take it further|taking this further|taking it further',
      ),
      ...w(
        2,
        'contact my lawyer|call my lawyer|my lawyer will|forward this to my lawyer|speak to my lawyer|talk to my lawyer|get a lawyer|involve a lawyer|involve my lawyer|hear from my lawyer',
      ),
    },
    public: {
      ...w(2, 'bad review|negative review|one star|1 star'),
      ...w(2, 'zero stars|reviews everywhere'),
      ...w(2, 'go public'),
      ...w(2, 'tell everyone|warn others|let everyone know|write about this'),
      ...w(2, '1 star review|one star review|warn people|warn others|let people know|going public|boycott*'),
      ...w(1, 'twitter|facebook|instagram|tiktok|reddit'),
      ...w(
        1,
        'trustpilot|leave a review|write a review|review on|yelp|google reviews|app store review|social media|on twitter|on facebook|on instagram|on tiktok|on reddit|the press|journalist|post about',
      ),
    },
    repeat: {
      ...w(1.5, 'third time|3rd time|fourth time|fifth time|second time|2nd time|once again'),
      ...w(1.5, 'yet again|again and again|over and over|several times|multiple times|many times'),
      ...w(1.5, 'keep asking|keep telling|already told|already explained|already sent|as i said'),
      ...w(1.5, 'how many times|still not|still no|still broken|still the same'),
      ...w(1.5, 'happened again|broken again|same problem|same issue|not the first time|again!'),
      ...w(1, 'already contacted|contacted you before|previous ticket|last week i|weeks now'),
      ...w(1.5, 'already gave|already provided|same answer|same as last time|as last time|already reported'),
      ...w(
        1.5,
        'still not working|still not fixed|three times|four times|five times|two times|twice already',
      ),
      ...w(
        1.5,
        'third email|third message|third call|second email|second message|fourth email|another email about',
      ),
      ...w(1.5, 'yet another|another outage|another delay|down again|late again|wrong again|failed again'),
      ...w(1.5, 'each one tells me'),
      ...w(
        1.5,
        `every single time|time and time again|for the third|umpteenth|countless times|so many times|called again|repeat myself|repeating myself|explained again|ive explained|told you already|already asked|like i said|in a row|all over again|not again|keeps happening|still happening|still cant|still doesnt|still isnt|still wont|still hasnt|still havent|still waiting|${x('missing|delayed|cancelled|crashed', 'again')}|${x('two|three|several', 'different agents|different people')}|${x('second|third|fourth|2nd|3rd|4th', 'ticket|request|complaint|call|visit')}`,
      ),
      ...w(1, 'as i mentioned|second month|still having|still getting'),
    },
    chasing: {
      ...w(1, 'any update|any updates|any news|still waiting|still no reply|still no response'),
      ...w(1, 'hello?|anyone there|is anyone|follow up|following up|chasing|reminder'),
      ...w(1, 'heard nothing|havent heard|no one has|nobody has|when will|how long'),
      ...w(
        1,
        'anybody there|any response|any reply|any word|any progress|awaiting your|awaiting reply|yet to hear|bump|please respond|please reply|please revert|can someone|update?|hello??|anyone?',
      ),
    },
  },
  topics: {
    billing: [
      ...words('refund*|charge*|billing|billed|bill|invoice*|payment|paid|pay|money'),
      ...words('subscription|price|fee|fees|credit card|debit|receipt|compensation|reimburse*'),
    ],
    product: [
      ...words('broken|crash*|bug|error|not working|doesnt work|defective|faulty|damaged'),
      ...words('login|log in|app|website|update|feature|device|outage|down'),
    ],
    service: [
      ...words('rude|agent|staff|support team|customer service|unhelpful|unprofessional'),
      ...words('attitude|ignored|hung up|representative|nobody helps|no help'),
    ],
    slow: [
      ...words(
        'no reply|no response|waiting|waited|days|weeks|hours|slow|delay*|on hold|for ages|forever|months|no update',
      ),
    ],
  },
  waits: {
    before: {
      ...w(
        2,
        `${WAITED}|${x('been|have been|ive been|weve been', 'waiting|waiting for|on hold|on hold for')}`,
      ),
      ...w(2, `${BEEN}|been`),
      ...w(1.5, 'since|from last|from past'),
    },
    after: w(1.5, 'now|later|and still|and counting|without|with no'),
    numbers: words(
      'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple of|' +
        'several|over|more than|nearly|almost|about|around|whole|full|entire|last|past|the',
    ),
    long: words('week|weeks|month|months|fortnight|fortnights|year|years'),
    short: words('day|days|hour|hours'),
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      'told us|told me|assured us|assured me|included|was included|were included|is included|are included|' +
        'booked|had booked|we booked|i booked|ordered|had ordered|asked for|had asked for|requested|had requested|' +
        'paid for|paid extra for|we paid|i paid|was promised|were promised|promised me|promised us|you promised|' +
        'was told|were told|i was told|we were told|was assured|were assured|listed as|advertised|advertised as|described as|the listing|' +
        'the description|the product page|the website said|the website says|the confirmation|my confirmation|' +
        'the contract|selected|chose|picked|reserved|prebooked|pre booked|signed up for|subscribed to|upgraded to|' +
        'bought|purchased|specified|the brochure|the ad said|was supposed to|were supposed to|was meant to|' +
        'were meant to|should have been|confirmed|planned|had planned|what we booked|what i ordered|' +
        'what we paid for|what i paid for|had looked forward to|were looking forward to|had been looking forward to',
    ),
    turn: words(
      'delivered|was delivered|were delivered|the one delivered|the one we got|the one i got|arrived|it arrived|they arrived|turned up|showed up|were handed|was handed|we were placed|were placed|was placed|we were seated|were moved|was moved|we were put|were put|on board|onboard|' +
        'instead|instead of|only to|on arrival|when we arrived|when i arrived|when we got there|when i got there|' +
        'when it arrived|when it came|when they arrived|in reality|in practice|actually|it turned out|turned out|' +
        'it turns out|what we got|what i got|what arrived|what came|what we received|what i received|on the day|' +
        'in the end|ended up|yet|although|though|whereas|now|were given|was given|gave us|gave me|we got|i got|' +
        'received|we received|i received|came with|arrived with|put us in|put me in|moved us|seated',
    ),
    shortfall: words(
      'a fraction|a quarter|a third|surcharge|additional charge|additional fee|extra charge|extra fee|charged extra|charged separately|billed separately|occupied|taken|fully booked|overbooked|nobody|no one|not until|' +
        'only|just|instead|different|a different|another|the wrong|wrong|other than|rather than|no longer|none|' +
        'nothing|missing|without|charged|billed|full price|the reason|which is why|why we chose|' +
        'out of order|under repair|closed for|under maintenance|not available|unavailable|main reason|the whole point|had to|we had to|i had to|smaller|shorter|less than|fewer|half|cold|' +
        'late|removed|closed|cancelled|canceled|drained|unavailable|standard|basic|never',
    ),
    met: words(
      'just in time|in time|right on time|on schedule|as scheduled|as agreed|as booked|' +
        'exactly|just as|as requested|as ordered|as promised|as described|as advertised|as expected|on time|' +
        'on the dot|spot on|precisely|perfect|perfectly|just what',
    ),
    restrictive: words('only|just|merely|simply'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'black'),
      ...w(2, 'white'),
      ...w(3, 'grey|gray'),
      ...w(4, 'red'),
      ...w(5, 'blue|light blue|sky blue'),
      ...w(6, 'navy|navy blue|dark blue'),
      ...w(7, 'green|dark green|light green'),
      ...w(8, 'yellow'),
      ...w(9, 'orange'),
      ...w(10, 'pink'),
      ...w(11, 'purple|lilac|violet'),
      ...w(12, 'brown|tan'),
      ...w(13, 'beige|taupe'),
      ...w(14, 'mustard'),
      ...w(15, 'gold|golden'),
      ...w(16, 'silver'),
      ...w(17, 'turquoise|teal'),
      ...w(18, 'burgundy|maroon'),
      ...w(19, 'cream|ivory|off white'),
      ...w(20, 'khaki|olive'),
    },
    ownChange: words(
      'i think|i would rather|id rather|i would prefer|id prefer|prefer|changed my mind|i wonder|wondering|' +
        'i was wondering|would like to|id like to|i need to change|might|can i|could i|is it possible|' +
        'would it be possible|how do i|how can i',
    ),
  },
  softeners: words(
    'no need to reply|no need to respond|no reply needed|no response needed|not urgent|no rush|no hurry|not the end of the world|no biggie|just wanted to mention|' +
      'big deal|massive deal|huge deal|nothing major|nothing serious|' +
      'not a major issue|make a fuss|making a fuss|' +
      'just thought you should know|thought you should know|someone should know|' +
      'thought id let you know|just to let you know|just letting you know|' +
      'just so you know|just so youre aware|for your information|fyi|for your records|for the record|' +
      'wanted to mention|just wanted to flag|just flagging|a heads up|' +
      'unrecorded|the full picture|in case it helps|worth mentioning|worth flagging|' +
      'small thing|minor thing',
  ),
  rhetorical: words(
    'i suppose|i guess|guess|only assume|i assume|presumably|i imagine|apparently|must mean|' +
      'means something different|means something else|im sure|no doubt',
  ),
  apologies: words(
    'sorry for|sorry about|sorry to bother|sorry to trouble|sorry to write|sorry to chase|apologies for|i apologise|i apologize|my apologies|pardon my|excuse my',
  ),
  asking: words(
    'i would like to know|id like to know|could you tell me|can you tell me|i was wondering|i wonder|wondering whether|wondering if|please let me know if|please let me know whether|please advise|i would like to ask|id like to ask',
  ),
  eager: words(
    'cant wait|cannot wait|looking forward to|look forward to|keen to see|curious to see|excited to see|' +
      'dying to know|on the edge of my seat|the suspense',
  ),
}
