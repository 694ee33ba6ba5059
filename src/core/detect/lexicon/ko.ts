/**
 * Korean. Matched as substrings, so a stem covers its inflections (실망 → 실망했습니다, 실망스럽네요).
 * Negation: pre-posed 안/못 (안 좋다) and post-posed -지 않/-지 못/없 (좋지 않다, 답변이 없다) on the nearest word.
 */
import { w, words } from './build'
import type { Lexicon } from './types'

export const ko: Lexicon = {
  lang: 'ko',
  script: 'ko',
  negative: {
    ...w(
      1.5,
      '쏟아져|쏟아졌|엎어져|넘어졌|깨져|깨졌|찌그러|젖어|녹아|샜|끊겼|끊어버|더 청구|연락도 없이|말도 없이|예고 없이',
    ), // damage in transit, hung up, charged more, not told
    ...w(3, '최악|엉망|형편없|어이없|어이가 없|말도 안 되|말도 안되|열받|빡치|사기꾼'), // worst, a mess, terrible, absurd, nonsense, furious, fraudster
    ...w(3, '사기 아닌|사기입니다|사기치|무책임|다시는|용납할 수 없|황당하|기가 막히|분노'), // is this fraud, irresponsible, never again, unacceptable, outrageous, rage
    ...w(2, '실망|짜증|화가 나|화나|화가 납|답답|불만|불쾌|속상|억울|부당|황당'), // disappointed, annoyed, angry, frustrating, dissatisfied, unpleasant, upset, unfair
    ...w(2, '불친절|무시|성의 없|성의없|무성의|태도가|고장|망가|먹통|작동을 안|작동 안'), // unkind, ignored, careless, attitude, broken, dead, not working
    ...w(2, '안 좋|안좋|나빠|나쁘|나쁜'),
    ...w(1.5, '안 되|안되|안 돼|안돼|안 됩|안됩|안 됐|안됐'), // doesn't work / isn't done, not good, bad
    ...w(2, '못 받|못받|받지 못|도착하지 않|배송이 안|연락이 없|연락도 없|답변이 없|답이 없'), // didn't receive, not arrived, no contact, no answer
    ...w(2, '이중 결제|이중결제|두 번 결제|중복 결제|중복결제|잘못 청구|마음대로|동의 없이'), // double charge, charged wrongly, without consent
    ...w(2, '해결이 안|해결되지 않|해결 안|고쳐지지 않|개선되지 않|로그인이 안|접속이 안|소용없'), // not resolved, not fixed, can't log in / connect, useless
    ...w(1, '문제|오류|에러|버그|느려|느리|늦|지연|기다리|기다렸|불편|곤란|걱정'), // problem, error, bug, slow, late, delay, waiting, inconvenient, worried
    ...w(1, '이상하|이해가 안|어렵|복잡|비싸|틀린|잘못|튕기|멈춰|꺼져|사라졌'), // strange, don't understand, hard, complex, expensive, wrong, crashes, freezes, vanished
    ...w(1.5, '말만 하|어쩔 수 없다는|규정상 어쩔 수'), // all talk, "nothing can be done", per the rules nothing can be done
    ...w(2, '기분이 상|기분 나쁘|불쾌했'), // my feelings were hurt, felt bad, unpleasant
    ...w(2, '공지도 없이|예고 없이|말도 없이|통보도 없이'), // without notice / warning / a word
    ...w(3, '장난하|장난치|장난하나'),
    ...w(2, '돈만 빠져나갔|돈만 나가|환불이 아직|아직 안 들어왔|아직 안 왔|주문이 안 보'),
    ...w(1.5, '빠져나갔|안 들어왔|주째|일째|달째|개월째'),
    ...w(2, '^식었|^식어서|^식은|다 식|끊김|끊겼|끊어지|끊기고|끊기는|끊겨'), // gone cold, connection drops, outage
    ...w(1.5, '별로네요|별로였|별로예요|별로입니다|별로더라'), // not great
    ...w(1.5, '통신 장애|서비스 장애|시스템 장애|접속 장애|장애가 발생'), // outage
    // a. product failure
    ...w(
      2,
      '흠집|스크래치|찌그러|깨졌|깨져|깨진|파손|불량|하자|찢어|찢겨|금이 갔|금이 가|누수|안 켜|안켜|켜지지 않|작동하지 않|작동이 안|멈췄|튕겨|튕김|버벅|로딩이 안|로딩만|열리지 않|실행이 안|실행되지 않|충전이 안|연결이 안|인식이 안|결제가 안|결제를 못|쓸모없|쓸모가 없|무용지물|엉터리|짝퉁|가품|상한 음식|썩은|곰팡이|이물질',
    ),
    // b. non-delivery / no-show
    ...w(
      2,
      '안 왔|안왔|안 오셨|안 와요|안 오네|안 오고|안 와서|안 오더|오지 않|오질 않|분실|잃어버|누락|감감무소식|깜깜무소식|함흥차사|출고가 안|출고되지 않|발송이 안|발송되지 않|바람맞|준비중이라고만|소식이 없',
    ),
    // c. waiting in words
    ...w(
      2,
      '분 기다|시간 기다|시간째|분째|하루 종일|종일 기다|몇 시간째|몇 시간을|몇 시간이나|몇 주째|몇 달째|며칠째|며칠이나|며칠을|사흘째|나흘째|열흘|보름째|하염없이|기다리다 지쳐|기다리다가 지|기다리라고|연결만|전화를 안 받|전화 안 받|전화도 안 받|답장이 없|회신이 없|답변을 안|묵묵부답|읽씹',
    ),
    ...w(1.5, '넘었는데|시간 넘게|분 넘게|일 넘게|주 넘게|달 넘게|한참'),
    // d. bad treatment
    ...w(
      2,
      '퉁명|무례|싸가지|건방|비꼬|반말|소리를 지르|소리 지르|언성|짜증을 내|짜증 내|귀찮다는|귀찮은 듯|대충|떠넘기|책임 회피|책임회피|핑계|변명만|남 탓|책임지지 않|책임을 안|아무도 책임|돌리기만|뺑뺑이|이리저리 돌|부서로 돌리|끊어버|끊어 버|전화를 끊|말을 끊|막말|함부로|갑질|호구|바보 취급|우습게|무시당|차별',
    ),
    ...w(
      1.5,
      '누구한테 물어봐|어디에 물어봐|어디다 말해|누구한테 말해|어떻게 해야 할지 모르|어찌해야 할지|어디에 연락해야',
    ),
    // e. unhelpful answers
    ...w(
      2,
      '도움이 안|도움이 하나도|도움이 전혀|도움 안|의미 없|의미가 없|쓸데없|복붙|복사 붙여|복사해서 붙|앵무새|매크로|로봇 같|읽어보신 건지|읽어 보신 건지|읽지도 않|제대로 읽|제대로 된 답|동문서답|원점|제자리걸음|말이 다르|말이 바뀌|말이 달라|다른 소리|딴소리|같은 답변만|똑같은 답변|형식적|뻔한 답',
    ),
    // f. money
    ...w(
      2,
      '두 번 빠져|두 번 결제|두 번 청구|두 번 나갔|두번 결제|두 번이나 결제|돈이 두 번|이중으로|결제한 적 없|결제한 적이 없|주문한 적 없|주문한 적이 없|가입한 적 없|가입한 적이 없|신청한 적 없|신청한 적이 없|동의한 적|모르는 결제|모르는 금액|모르는 청구|과다 청구|과다청구|더 많이 청구|추가 요금|추가요금|숨겨진|숨은 비용|배송비를 따로|따로 청구|몰래|바가지|덤터기|돈 돌려|돈을 돌려|돈만 날|돈 날렸|돈 아깝|돈이 아깝|돈값',
    ),
    ...w(1, '환불해 주세요|환불해주세요|환불 부탁|환불받고 싶|환불 받고 싶|환불을 원'),
    ...w(2, '라고 해놓고|다고 해놓고|라고 해 놓고|다고 해 놓고|해놓고|다더니'),
    ...w(1.5, '라더니'),
    // g. deception / trust
    ...w(
      3,
      '사기당|사기 당|사기를 당|사기 치|사기네|사기예요|사기야|사기잖|완전 사기|이건 사기|사기 같|거짓말|속았|속였|속인|속아|뒤통수|배신|기만|농락|눈속임|낚였',
    ),
    ...w(
      2,
      '허위|과장 광고|과장광고|과대광고|과대 광고|광고랑 다르|광고와 다르|광고랑 완전|설명이랑 다르|설명과 다르|설명이랑 전혀|설명과 전혀|사진이랑 다르|사진과 다르|다르잖|믿었는데|믿고 샀는데|신뢰를 잃|신뢰가 깨|못 믿|믿을 수가 없',
    ),
    // h. emotions, disbelief
    ...w(
      3,
      '진절머리|넌더리|지긋지긋|미치겠|미칠 것|돌아버리|환장|열불|뚜껑 열|혈압|어처구니|기가 차|해도 너무|할 말을 잃|분통|울화통|억장|참다 참다|참다못해|못 참겠|참을 수가 없|참을 수 없',
    ),
    ...w(
      2,
      '지친다|지쳐|지쳤|질린|질렸|신물|스트레스|한심|어이상실|노답|너무하|너무해|말이 됩니까|이게 말이 되|이게 말이 돼|말이 되나요|말이 돼요|실화냐|실화인가|실화예요|실화임|실화입니까|말이 안 나|멘붕|빡쳐|킹받|인내심|지겹|지겨|그럼 그렇지|그러면 그렇지|기대한 내가|믿은 내가|이게 서비스|이게 최선|이게 고객센터|농담이시죠|농담하세요|진심이세요|어떻게 이럴|어떻게 이런|왜 이렇게|도대체 왜|대체 왜',
    ),
    ...w(1.5, '역시나|포기할|포기하고 싶|피곤하|피곤해|귀찮게'),
    ...w(2, '망쳤|망쳐|망치고|망친|상관없는 답|엉뚱한 답|질문이랑 상관없|질문과 상관없|질문과 무관'),
    ...w(1.5, '경고등|반나절|일주일 만에|열흘 만에|한 달 만에|보름 만에'),
    ...w(1, '보상'), // compensation
    // i. lost time / consequences
    ...w(
      2,
      '반차까지|연차까지|휴가까지|월차까지|하루를 날|하루 날|날렸|시간 낭비|시간낭비|시간을 낭비|헛걸음|비행기를 놓|비행기 놓|일을 못|장사를 못|영업을 못|피해를 보|피해를 입',
    ),
    ...w(1, '반차|연차를 쓰|휴가를 내|손해|놓쳤'),
  },
  positive: [
    ...words('좋|만족|괜찮|친절|도움|빠르|빨리|정확|작동|연락|답변|답장|응답|회신'), // good, satisfied, fine, kind, help, fast, accurate, working, contact, answer
    ...words('이해|설명|처리|개선|신뢰|믿을|책임지|해결|배려|신경|성의|제대로'), // understand, explanation, handled, improved, trust
  ],
  politeness: {
    ...w(2, '아쉽|아쉬웠|아쉬움|유감|불편합니다|불편을 겪|곤란합니다|난감|당황스럽'), // regrettable, regret, inconvenienced, troubled, at a loss, bewildered
    ...w(2, '기대했는데|기대와 달리|기대 이하|이해할 수 없|납득이 안|납득할 수 없|의문을 느'), // I had expected, below expectations, can't understand / accept, doubt
    ...w(1, '빠른 처리 부탁|조속히|빨리 해결|확인 부탁드립니다만|정중히 요청'), // please handle quickly, promptly, solve quickly
    ...w(2, '다고 하셨는데|준다고 했는데|주신다고 했는데|줄 알았는데'), // you said you would… but, I thought you would
    ...w(1.5, '줄 알았습니다'), // I had thought (weak)
    ...w(
      2,
      '아쉬운|아쉬워|기대했던 것과|기대했던 것보다|기대에 못 미|기대에 미치지|기대만큼|기대가 컸는데|기대를 많이 했는데|서운|섭섭|씁쓸|안타깝',
    ), // regrettable, below what I expected, hurt, bitter
    ...w(1.5, '좀 그렇네요|좀 그래요'), // it's a bit… (not great)
    ...w(1, '솔직히'), // frankly
    ...w(
      2,
      '다소 차이|차이가 있는 것 같|차이가 있네|안내받은 내용과|안내받은 것과|안내와 다르|안내와 달리|들은 것과 다르|들은 내용과 다르|말씀과 다르|말씀하신 것과 다르|기대에 어긋|개선이 필요|신경 써 주셨으면|신경 써주셨으면|좀 더 신경',
    ),
    ...w(1, '꼭 해결해|이번에는 꼭|이번엔 꼭|제발|부디|해결해 주셨으면|해결해주셨으면|처리해 주셨으면'),
  },
  profanity: [
    '씨발',
    '시발',
    'ㅅㅂ',
    '개같',
    '개새',
    '병신',
    'ㅂㅅ',
    '미친',
    '존나',
    '졸라',
    'ㅈㄴ',
    '쓰레기',
  ], // profanity, crazy, garbage
  sarcasm: [
    '참 잘하시네요',
    '고맙기도 하네요',
    ...words(
      '아주 잘하시네요|참 빠르시네요|빠르기도 하네요|일 처리 참|참 대단하시네요|대단하시네요 정말|정말 감사하네요 덕분에|덕분에 또|감사하네요 덕분에',
    ),
  ], // you're doing great, amazing (sarcastic)
  praise: [
    ...words('대단하'), // round 4: praise used ironically
    ...words('대단|재능|최고|훌륭|완벽|감동|잘하시네요|잘 하시네요'),
    ...words('칭찬|역시|빛의 속도|광속|lte급'),
    ...words('빠르시네요|친절하시네요|훌륭하시네요'),
  ], // amazing, talent, the best, excellent, perfect, moved, you do so well, praise, as expected
  intensifiers: {
    ...w(
      0.5,
      '전혀|하나도|도대체|아예|정말로|진짜로|너무나|정말|진짜|너무|매우|완전|엄청|아주|되게|굉장히|심하게|극도로',
    ), // really, very, totally, extremely
    ...w(0.3, '좀|조금|많이'), // a bit, a lot
  },
  conditionals: words('만약|만일|혹시'),
  negators: {
    pre: ['^안 ', '^안', '^못 ', '^못'], // not, cannot (before the verb)
    post: ['지 않', '지않', '지 못', '지못', '지도 않', '진 않', '없', '수 없', '수가 없'], // -ji anh / -ji mot (not), eops (there is no), cannot
  },
  contrast: ['하지만', '그런데', '근데', '그러나', '그렇지만', '지만', '는데도', '는데'], // but, however, although
  resolution: {
    ...w(2, '해결됐|해결되었|해결 됐|해결했|해결되었습니다|잘 됩니다|잘 돼요|잘 되네요|잘 됐'), // resolved, works well
    ...w(2, '작동합니다|작동해요|받았습니다|받았어요|도착했|고쳐졌|정상적으로'), // works, received, arrived, fixed, normally, thanks to you
    ...w(1, '감사합니다|감사해요|고맙습니다|고마워요|감사드립니다'), // thank you
    ...w(1, '덕분에'), // thanks to you (also sarcastic)
    ...w(2, '들어온 거 확인|환불 확인|잘 받았'),
  },
  intents: {
    escalation: {
      ...w(1.5, '관리자 연결|관리자와 통화'), // person in charge, superior, boss, team lead, manager
      ...w(1.5, '담당자 바꿔|담당자를 바꿔'), // change the rep, someone senior, CEO, head office
      ...w(1, '책임자|상급자|상사|윗분|윗사람|팀장|매니저|대표님|대표이사|본사|높은 분'), // person in charge, superior, boss, team lead, manager, CEO, head office (often neutral)
      ...w(
        1.5,
        '책임자 바꿔|책임자랑|책임자와 통화|책임자 연결|상급자 연결|상급자와 통화|윗사람 바꿔|윗분 바꿔|팀장 바꿔|팀장님 바꿔',
      ),
      ...w(1, '지점장|점장|실장'), // branch / store / section manager (often neutral)
      ...w(1.5, '책임자분과|책임자분께|직접 통화하고 싶|윗선'), // with the person in charge, want to talk directly, higher-ups
      ...w(1.5, '결정 권한|결정권|권한 있는 분|권한이 있는 분|팀장님이나|책임자분|상급 부서|상위 부서'), // someone with authority, team lead or person in charge
      ...w(
        1.5,
        '관리자 바꿔|관리자랑|관리자 나오|책임자 나오|책임자 불러|높은 사람|위에 분|윗분과|윗분이랑|센터장님|센터장 연결|본부장|책임자한테|책임자에게|관리자한테|관리자에게',
      ),
      ...w(1.5, '팀장 연결|팀장님 연결|책임자분 연결'), // connect me to the team lead / person in charge
    },
    churn: {
      ...w(1, '해지|탈퇴|구독 취소|구독취소|계정 삭제|계정을 삭제|취소하고 싶|환불하고 탈퇴'), // terminate, withdraw, cancel subscription, delete account
      ...w(1.5, '다른 업체|다른 회사|다른 서비스로|경쟁사|갈아타|다시는 이용|이용하지 않겠'), // another company, competitor, switch, never use again
      ...w(1.5, '탈퇴하겠|해지하겠|탈퇴할게|해지할게|탈퇴합니다|해지합니다|다른 플랫폼|다른 앱'), // I will withdraw / cancel (a decision), another platform / app
      ...w(
        1.5,
        '갈아탈|안 쓸게|안 쓰겠|그만 쓸|그만 쓰겠|못 쓰겠|더 이상 이용하지|더는 이용|로 옮기려|로 옮길게|로 옮기겠',
      ), // switch, won't use any more, moving to…
      ...w(1, '자동결제 끊|자동결제 해지|자동 결제 해지|구독 해지|해지하려고'), // stop autopay, cancel the subscription (may be neutral)
      ...w(
        1.5,
        '다른 통신사|다른 은행|다른 쇼핑몰|다른 데서|다른 곳에서|다른 데로|다른 곳으로|딴 데|다신 안|두 번 다시|해지할게|탈퇴할게|안 쓸래|불매|고객 하나 잃|고객을 잃',
      ),
      ...w(1.5, '재계약은 안|재계약 안|갱신 안|연장 안'), // not renewing
    },
    legal: {
      ...w(2, '소송|법적 조치|법적조치|법적 대응|고소|소비자원|소비자보호원|공정위'), // lawyer, lawsuit, legal action, sue, consumer agency, FTC
      ...w(2, '공정거래위원회|신고하겠|이의제기|차지백|카드사에|금감원|민원을 넣|민원 넣'), // report, dispute, chargeback, card company, FSS, formal complaint
      ...w(1, '변호사|신고할'), // lawyer, will report (often neutral)
      ...w(2, '변호사와 상담|변호사 선임|변호사를 통해'), // consult / hire a lawyer
      ...w(2, '변호사 상담'),
      ...w(
        2,
        '한국소비자원|소비자보호|소비자 보호|금융감독원|방통위|방송통신위원회|국민신문고|신문고|1372|소비자상담센터|경찰에|고소하|고발|법대로|내용증명|소액소송|민사|손해배상|배상 청구|카드사 이의|결제 취소 요청',
      ), // consult a lawyer
    },
    public: {
      ...w(2, '리뷰 남기|후기 남기|후기 올리|별점 1|별 하나|인터넷에 올리'), // review, one star, community, post online
      ...w(2, '맘카페|공론화|널리 알리'), // social media, blog, press, parents' forum, make public
      ...w(1, '리뷰에|후기에|커뮤니티에|sns에|블로그에|언론|유튜브에'), // in reviews, community, social media, blog, press, YouTube (often neutral)
      ...w(
        2,
        '제보|언론에|방송국에|기자에게|뉴스에|별점 테러|리뷰 테러|악평|여기저기 알리|다 알리|다 퍼뜨|퍼뜨릴|퍼트릴|후기 쓸|리뷰 쓸|리뷰 쓰겠|후기 쓰겠|최하점|별 1개|별점 1',
      ),
      ...w(1, '올리겠|올릴게|올릴 거|다 올릴|블로그|커뮤니티'),
      ...w(2, '커뮤니티에 올리|블로그에 올리|sns에 올리|카페에 올리'), // post it on a forum / blog / social media
    },
    repeat: {
      ...w(1.5, '세 번째|세번째|몇 번이나|몇번이나|몇 번째|여러 번|여러번|수차례|여러 차례'), // third time, how many times, several times
      ...w(1.5, '아직도|또 다시|다시 또|똑같은 문제|같은 문제|이미 말씀드렸|이미 문의|계속 같은'), // still, again, same problem, already told
      ...w(1, '두 번째|두번째|매번|계속|또 '), // second time, every time, keeps, again
      ...w(1.5, '네 번째|네번째|다섯 번째|다섯번째|벌써 몇 번째'), // fourth / fifth time, how many times already
      ...w(
        1.5,
        '또 설명|다시 설명|또 말씀|똑같은 얘기|같은 얘기|같은 말을|같은 내용|되풀이|한두 번이 아니|한 두 번이 아니|또야|또요|또 이러|또 그러|또 고장|또 안|또 이런|또 같은|또 오류|또 에러|매번 같은|벌써 몇',
      ),
      ...w(1, '반복|재문의|재접수|다시 문의|또 문의'),
      ...w(1.5, '몇 번을 말해|몇번을 말해|몇 번을 얘기'),
      ...w(1.5, '세 번이나|두 번이나|벌써 세 번|또다시|또 반려|또 끊|이번 달만|이번 주만'), // three times already, yet again, this month alone
    },
    chasing: {
      ...w(
        1.5,
        '언제까지 기다려|언제쯤 해결|언제쯤 답변|언제쯤 연락|언제쯤 처리|아직 답변|아직 연락|얼마나 더 기다려|기다리고 있습니다',
      ), // until when, still no answer, how much longer
      ...w(1, '진행 상황|어떻게 되고 있|확인해 주셨나요|답변 부탁'), // progress, how is it going
      ...w(1.5, '언제 해결|언제 처리'),
      ...w(2, '아무도 안 계|아무도 없|왜 아직|왜 답이|왜 답변이|왜 연락이|뭐 하시는|뭐하시는'),
      ...w(
        1.5,
        '계세요|여보세요|답변 언제|답장 언제|연락 언제|언제 주시|언제 답|언제 연락|소식 없|어떻게 된 거|어떻게 된 건|답 좀|답변 좀|연락 좀|빨리 좀',
      ),
      ...w(1, '저기요|어떻게 됐|어떻게 되었|확인 좀'), // when will it be solved / handled
    },
  },
  topics: {
    billing: ['환불', '결제', '청구', '요금', '카드', '돈', '이중', '중복', '취소 수수료', '위약금'],
    product: [
      ...words(
        '고장 나면|고장나면|고장이 나면|고장 날 경우|고장 시|불량일 경우|불량이면|불량인 경우|파손 시|파손될 경우|파손된 경우|분실 시|분실될 경우|분실된 경우',
      ), // "if it breaks": a question
      '오류',
      '에러',
      '고장',
      '작동',
      '앱',
      '로그인',
      '버그',
      '먹통',
      '접속',
    ],
    service: ['상담원', '직원', '불친절', '응대', '태도', '고객센터', '상담'],
    slow: ['답변', '기다리', '며칠', '일주일', '늦', '지연', '연락'],
  },
  // Waits stated as a duration (signals/waits.ts): number + unit + a waiting verb (47분 기다렸는데, 3주째, 열흘 넘게).
  waits: {
    before: {},
    after: {
      ...w(
        2,
        '기다렸|기다리고|기다려|기다렸는데|기다렸습니다|째|동안 기다|넘게 기다|지났|지났는데|지나도|넘었',
      ),
      ...w(1.5, '걸렸|걸려|넘게|동안'),
    },
    numbers: [],
    long: words('주|주일|개월|달|년'),
    short: words('일|시간|분|며칠|사흘|나흘|닷새|열흘'),
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      '기대했|기대하고 있었|기다려 왔|예약할 때|예약했|예약한|주문했|주문한|주문하셨|신청했|신청한|요청했|요청드렸|부탁드렸|부탁했|결제했|결제한|' +
        '구매했|샀는데|계약서|계약했|상세페이지|상세 페이지|안내받았|안내받은|약속했|약속하셨|해 주신다고|' +
        '해준다고|라고 적혀|라고 되어|이라고 되어|옵션으로|설명에는|라고 하셨|다고 하셨|한다고 하셨|진다고 하셨',
    ),
    turn: words(
      '는데|은데|었는데|했는데|지만|도착해 보니|도착하니|받아 보니|받아서|열어 보니|가 보니|실제로|실제로는|' +
        '막상|당일|정작|알고 보니|결국',
    ),
    shortfall: words(
      '공사 중|고장|이용 불가|사용 불가|점검 중|때문에|그래서|결국|할 수밖에|만|뿐|밖에|없|못|다른|다르|아니|아닌|대신|일반|두고|빠진|빠져|누락|부족',
    ),
    met: words('그대로|정확히|원하던|요청한 대로|부탁한 대로|말씀드린 대로|완벽|좋은'),
    ownChange: words('싶은데|싶습니다|싶어요|할까요|될까요|가능할까요|가능한가요|궁금|바꾸고|변경|옮기고'),
  },
  softeners: words(
    '별건 아닌데|별 건 아닌데|별거 아닌데|별것 아닌데|큰 문제는 아니|큰 일은 아니지만|' +
      '알려드리고 싶어서|알려 드리고 싶어서|혹시나 해서|혹시 해서|참고로|참고하시라고|말씀드리고 싶어서|괜찮긴 한데',
  ),
  rhetorical: words('모양이네요|나 봐요|나봐요|인가 봐요|거군요|는군요|건가요|궁금하네요|라는 게|이라는 게'),
  eager: words('설레는|설레|기대되네요|기대돼요|기대됩니다'),
  notInside: words(
    '또는|또래|대단원|무시무시|최고급|최고가|고소공포|고소한|고소하게|사기 전|욕실|욕조|하자마자|하자고|신고 다니|신고 다녀|신고 있|사과즙|사과 주스|지연 상담사|지연님|지연 씨|편해지|편해졌|늦은 시간',
  ),
}
