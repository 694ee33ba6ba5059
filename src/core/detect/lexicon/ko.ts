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
  },
  positive: [
    ...words('좋|만족|괜찮|친절|도움|빠르|빨리|정확|작동|연락|답변|답장|응답|회신'), // good, satisfied, fine, kind, help, fast, accurate, working, contact, answer
    ...words('이해|설명|처리|개선|신뢰|믿을'), // understand, explanation, handled, improved, trust
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
  sarcasm: ['참 잘하시네요', '고맙기도 하네요'], // you're doing great, amazing (sarcastic)
  praise: [
    ...words('대단|재능|최고|훌륭|완벽|감동|잘하시네요|잘 하시네요'),
    ...words('칭찬|역시'),
    ...words('빠르시네요|친절하시네요|훌륭하시네요'),
  ], // amazing, talent, the best, excellent, perfect, moved, you do so well, praise, as expected
  intensifiers: {
    ...w(0.5, '정말|진짜|너무|매우|완전|엄청|아주|되게|굉장히|심하게|극도로'), // really, very, totally, extremely
    ...w(0.3, '좀|조금|많이'), // a bit, a lot
  },
  negators: {
    pre: ['^안 ', '^안', '^못 ', '^못'], // not, cannot (before the verb)
    post: ['지 않', '지않', '지 못', '지못', '지도 않', '진 않', '없', '수 없', '수가 없'], // -ji anh / -ji mot (not), eops (there is no), cannot
  },
  contrast: ['하지만', '그런데', '근데', '그러나', '그렇지만', '지만', '는데도'], // but, however, although
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
      ...w(1.5, '재계약은 안|재계약 안|갱신 안|연장 안'), // not renewing
    },
    legal: {
      ...w(2, '소송|법적 조치|법적조치|법적 대응|고소|소비자원|소비자보호원|공정위'), // lawyer, lawsuit, legal action, sue, consumer agency, FTC
      ...w(2, '공정거래위원회|신고하겠|이의제기|차지백|카드사에|금감원|민원을 넣|민원 넣'), // report, dispute, chargeback, card company, FSS, formal complaint
      ...w(1, '변호사|신고할'), // lawyer, will report (often neutral)
      ...w(2, '변호사와 상담|변호사 선임|변호사를 통해'), // consult / hire a lawyer
      ...w(2, '변호사 상담'), // consult a lawyer
    },
    public: {
      ...w(2, '리뷰 남기|후기 남기|후기 올리|별점 1|별 하나|인터넷에 올리'), // review, one star, community, post online
      ...w(2, '맘카페|공론화|널리 알리'), // social media, blog, press, parents' forum, make public
      ...w(1, '리뷰에|후기에|커뮤니티에|sns에|블로그에|언론|유튜브에'), // in reviews, community, social media, blog, press, YouTube (often neutral)
      ...w(2, '커뮤니티에 올리|블로그에 올리|sns에 올리|카페에 올리'), // post it on a forum / blog / social media
    },
    repeat: {
      ...w(1.5, '세 번째|세번째|몇 번이나|몇번이나|몇 번째|여러 번|여러번|수차례|여러 차례'), // third time, how many times, several times
      ...w(1.5, '아직도|또 다시|다시 또|똑같은 문제|같은 문제|이미 말씀드렸|이미 문의|계속 같은'), // still, again, same problem, already told
      ...w(1, '두 번째|두번째|매번|계속|또 '), // second time, every time, keeps, again
      ...w(1.5, '네 번째|네번째|다섯 번째|다섯번째|벌써 몇 번째'), // fourth / fifth time, how many times already
      ...w(1.5, '몇 번을 말해|몇번을 말해|몇 번을 얘기'),
      ...w(1.5, '세 번이나|두 번이나|벌써 세 번|또다시|또 반려|또 끊|이번 달만|이번 주만'), // three times already, yet again, this month alone
    },
    chasing: {
      ...w(
        1.5,
        '언제까지 기다려|언제쯤 해결|언제쯤 답변|언제쯤 연락|언제쯤 처리|아직 답변|아직 연락|얼마나 더 기다려|기다리고 있습니다',
      ), // until when, still no answer, how much longer
      ...w(1, '진행 상황|어떻게 되고 있|확인해 주셨나요|답변 부탁'), // progress, how is it going
      ...w(1.5, '언제 해결|언제 처리'), // when will it be solved / handled
    },
  },
  topics: {
    billing: ['환불', '결제', '청구', '요금', '카드', '돈', '이중', '중복', '취소 수수료', '위약금'],
    product: ['오류', '에러', '고장', '작동', '앱', '로그인', '버그', '먹통', '접속'],
    service: ['상담원', '직원', '불친절', '응대', '태도', '고객센터', '상담'],
    slow: ['답변', '기다리', '며칠', '일주일', '늦', '지연', '연락'],
  },
}
