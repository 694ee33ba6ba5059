/** English. Latin script: matched together with de/es/fr/pt/nb, whole words unless a `*` stem says otherwise. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const en: Lexicon = {
  lang: 'en',
  script: 'latin',
  negative: {
    ...w(3, 'terrible|horrible|awful|atrocious|appalling|abysmal|disgraceful|worst|disgusting'),
    ...w(3, 'unacceptable|outrageous|scam|scammed|scammers|fraud*|rip off|ripped off|rip-off'),
    ...w(3, 'pathetic|ridiculous|a joke|a disgrace|shameful|incompetent|incompetence|useless'),
    ...w(3, 'furious|livid|fed up|sick and tired|had enough|beyond frustrated|never again'),
    ...w(3, 'waste of time|waste of money|complete waste|absolute nightmare|nightmare'),
    ...w(2, 'hate|hated|horrendous|dreadful|infuriating|disastrous|disaster|insulting'),
    ...w(2, 'disappoint*|frustrat*|annoy*|angry|upset|unhappy|dissatisfied|unsatisfied'),
    ...w(2, 'bad|poor|lousy|crap|rubbish|garbage|trash|sucks|sucked|broken|faulty'),
    ...w(2, 'let down|letdown|misled|lied to|you lied|rude|unprofessional|unhelpful|ignored'),
    ...w(2, 'not working|doesnt work|does not work|didnt work|did not work|stopped working'),
    ...w(2, 'still broken|not fixed|not resolved|unresolved|no solution|no help'),
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
    ...w(1.5, 'ugh|seriously?'),
    ...w(2, 'bounced between|passed around|passed from one|nobody owns|no one owns|transferred again'),
    ...w(
      2,
      'was promised|were promised|you promised|promised me|promised a callback|never called back|no callback|didnt call back|nothing happened|still nothing|not good enough|isnt good enough',
    ),
    ...w(
      2,
      'underwhelm*|subpar|shoddy|sloppy|stone cold|arrived cold|no explanation|without explanation|without warning',
    ),
    ...w(2, 'without internet|without power|without heating|without signal|no internet|no signal|no power'),
    ...w(2, 'nobody came|no one came'),
    ...w(1, 'outage|outages'),
    ...w(1.5, 'havent received|have not received|no one|nobody|cant believe'),
    ...w(1, 'lost my'),
    ...w(2, 'missed my flight'),
    ...w(1.5, 'are you kidding|is this a joke|you cant be serious|really?!'), // rhetorical disbelief
    ...w(2, 'losing patience|lost patience|for weeks now|for months now|weeks of back and forth'), // impatience, waiting for weeks
  },
  positive: [
    ...words('good|great|happy|satisfied|pleased|helpful|useful|acceptable|ok|okay|fine'),
    ...words('impressed|professional|fair|reasonable|clear|fast|quick|reliable|easy'),
    ...words('answered|responded|replied|help|helped|solve|fix|work|working properly'),
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
  },
  profanity: [
    ...words('fuck*|fck*|shit|shitty|bullshit|wtf|damn|damned|goddamn|crappy'),
    ...words('idiot*|morons|moron|stupid|clowns|assholes|asshole|bastards|pissed|piss poor'),
  ],
  sarcasm: [
    ...words('thanks for nothing|thanks for absolutely nothing|great just great|great, just great|oh great'),
    ...words('thanks a lot for nothing|real helpful|so helpful not'),
    ...words('yeah right|what a joke|great service not|love waiting'),
    ...words('cheers for nothing|surprise surprise|what a surprise'),
  ],
  praise: [
    ...words('amazing|amazing job|great job|good job|well done|bravo|brilliant|fantastic'),
    ...words('wonderful|impressive|excellent service|great service|top notch|kudos|congrats|congratulations'),
    ...words('genius|love how|love that|stellar|outstanding|superb|keep it up|what a service'),
    ...words('best service|five stars'),
    ...words('you guys are the best|the best'),
    ...words('great|lovely|awesome|outdid yourselves'),
  ],
  intensifiers: {
    ...w(0.5, 'very|so|soo|really|extremely|totally|completely|absolutely|utterly|incredibly'),
    ...w(0.5, 'seriously|truly|deeply|highly|super|beyond|such a|most|insanely'),
    ...w(0.3, 'quite|pretty|too|rather|still|even'),
  },
  negators: {
    pre: [
      ...words('not|~no|never|dont|do not|doesnt|does not|didnt|did not|isnt|is not|wasnt'),
      ...words('was not|arent|are not|werent|havent|hasnt|hadnt|cant|cannot|couldnt|wont'),
      ...words('wouldnt|wouldn|shouldnt|nothing|without|neither|nor|hardly|barely|aint'),
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
        'contact my lawyer|call my lawyer|my lawyer will|forward this to my lawyer|speak to my lawyer|talk to my lawyer|get a lawyer|involve a lawyer|involve my lawyer|hear from my lawyer',
      ),
    },
    public: {
      ...w(2, 'bad review|negative review|one star|1 star'),
      ...w(2, 'zero stars|reviews everywhere'),
      ...w(2, 'go public'),
      ...w(2, 'tell everyone|warn others|let everyone know|write about this'),
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
    },
    chasing: {
      ...w(1, 'any update|any updates|any news|still waiting|still no reply|still no response'),
      ...w(1, 'hello?|anyone there|is anyone|follow up|following up|chasing|reminder'),
      ...w(1, 'heard nothing|havent heard|no one has|nobody has|when will|how long'),
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
    slow: [...words('no reply|no response|waiting|waited|days|weeks|hours|slow|delay*')],
  },
  markers: [
    ...words('the|and|is|are|was|you|your|my|i|it|this|that|with|have|for'),
    ...words('of|to|not|please|what|why|how'),
  ],
}
