/**
 * Korean. 합니다체 throughout, with honorific forms for the customer (주시다, 하시다) and humble ones for
 * us (드리다, 저희). Full name + 님 ("김민준 님", spaced as the standard rule has it after a full name);
 * without a name, 고객님. The body says 고객님, natural even after the greeting named them. Particles
 * that depend on the last syllable (이/가, 을/를) never follow inserted text: each template is written so
 * the amount or quote is followed by a form that fits any ending (“…”라고, "3일 넘게 걸렸습니다").
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

/** Native numerals for counting times ("세 번"); from eleven on the Sino-Korean 회 avoids misreading 번 as "No.". */
const NATIVE = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열']
const times = (count: number) => (count <= 10 ? `${NATIVE[count]} 번` : `${count}회`)

const UNITS: Readonly<Record<DurationUnit, string>> = { minute: '분', hour: '시간', day: '일', week: '주' }

function duration({ count, unit, approx }: Duration): string {
  // One day and one week have their own words.
  const amount =
    count === 1 && unit === 'day'
      ? '하루'
      : count === 1 && unit === 'week'
        ? '일주일'
        : `${count}${UNITS[unit]}`
  if (approx === 'over') return `${amount} 넘게`
  if (approx === 'almost') return `${amount} 가까이`
  return amount
}

const GREETINGS = [
  (name: string, agent: string | null) => `안녕하세요, ${name}.${agent ? ` 고객지원팀 ${agent}입니다.` : ''}`,
  (name: string, agent: string | null) => `${name}, 안녕하세요.${agent ? ` 고객지원팀 ${agent}입니다.` : ''}`,
  (name: string, agent: string | null) =>
    `${name}께\n\n${agent ? `안녕하세요, 고객지원팀 ${agent}입니다.` : '안녕하세요.'}`,
] as const

const e = (date: string | null) => (date ? `${date}에 ` : '')

export const ko: PhraseBank = {
  lang: 'ko',
  sentenceJoiner: ' ',
  quoteMarks: ['“', '”'],
  fullStop: '.',
  quoteMaxChars: 100,
  lengthBudget: { unit: 'chars', max: 400 },
  echoMotifs: [
    ['연락을 주', '연락 주'],
    ['읽었', '확인했'],
    ['죄송', '사과', '유감'],
    ['불편', '번거롭', '부담'],
    ['기다리', '걸렸', '시간이'],
    ['신뢰', '믿음'],
    ['책임'],
    ['직접'],
    ['답변'],
    ['감사'],
    ['한 번'],
    ['신속', '빠르', '바로'],
    ['확실'],
    ['무겁게', '겸허'],
    ['최우선'],
    ['진심'],
    ['기대'],
  ],
  address: (name) => `${name.full} 님`,
  greeting: {
    named: [
      ({ name, agent }) => GREETINGS[0](name, agent),
      ({ name, agent }) => GREETINGS[1](name, agent),
      ({ name, agent }) => GREETINGS[2](name, agent),
    ],
    nameless: [
      ({ agent }) => GREETINGS[0]('고객님', agent),
      ({ agent }) => GREETINGS[1]('고객님', agent),
      ({ agent }) => GREETINGS[2]('고객님', agent),
    ],
  },
  opener: {
    low: [
      '불편을 드려 죄송합니다.',
      '번거롭게 해 드려 죄송합니다. 알려 주셔서 감사합니다.',
      '이번 일로 불편을 끼쳐 드린 점 사과드립니다.',
    ],
    medium: [
      '기대에 미치지 못하는 경험을 드려 진심으로 죄송합니다.',
      '먼저 사과의 말씀을 드립니다. 저희가 훨씬 더 잘 대응했어야 했습니다.',
      '고객님께서 받으셔야 할 응대에 미치지 못해 정말 죄송합니다.',
    ],
    high: [
      '진심으로 깊이 사과드립니다. 이번 일은 전적으로 저희의 잘못이며, 그 책임을 무겁게 느끼고 있습니다.',
      '정말 죄송합니다. 저희가 고객님을 실망시켜 드렸고, 어떤 변명도 하지 않겠습니다.',
      '무엇보다 먼저 고개 숙여 사과드립니다. 고객님께는 아무 잘못이 없으며, 모든 책임은 저희에게 있습니다.',
    ],
    measured: [
      '문의하신 건이 처리된 방식에 대해 사과드립니다. 경위를 꼼꼼히 살펴보겠습니다.',
      '상황을 분명하게 설명해 주셔서 감사합니다. 저희 서비스가 기대에 미치지 못한 점 사과드립니다.',
      '이번 건의 처리가 적절하지 못했던 점 유감스럽게 생각합니다. 경위를 다시 확인하고 성실히 답변드리겠습니다.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) => `${e(date)}문의를 주셨는데, 신속하게 답변드리지 못하고 오래 기다리시게 했습니다.`,
      ({ date }) => `${e(date)}보내 주신 메시지에는 바로 답변을 드렸어야 했지만 그러지 못했습니다.`,
      ({ date }) => `${e(date)}주신 문의에 답변드리기까지 너무 많은 시간이 걸렸습니다.`,
    ],
    unresolved_issue: [
      ({ date }) => `${e(date)}말씀해 주신 문제가 아직도 해결되지 않았습니다.`,
      ({ date }) => `${e(date)}해결을 바라고 연락을 주셨지만, 아직까지 해결책을 드리지 못했습니다.`,
      ({ date }) =>
        `${date ? `${date}부터` : '처음 연락을 주신 뒤로'} 지금까지 문의하신 건이 해결되지 않은 채 남아 있습니다.`,
    ],
    repeat_contact: [
      ({ date }) => `${date ? `${date} 이후 ` : ''}같은 문제로 여러 번 연락을 주셔야 했습니다.`,
      ({ date }) => `${e(date)}처음 연락 주셨을 때 해결되었어야 할 일인데, 여러 차례 번거롭게 해 드렸습니다.`,
      ({ date }) => `${e(date)}상황을 설명해 주셨을 때 한 번에 해결해 드렸어야 했습니다.`,
    ],
    poor_service: [
      ({ date }) => `${e(date)}문의하신 건에 대한 저희의 대응은 결코 충분하지 않았습니다.`,
      ({ date }) => `${e(date)}연락을 주셨을 때 세심하고 정중한 응대를 받으셨어야 했지만 그러지 못했습니다.`,
      ({ date }) => `${e(date)}받으신 응대는 저희가 스스로 정한 기준에 크게 못 미쳤습니다.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `결제와 관련된 일에는 빠르고 명확한 안내가 필요한데, ${date ? `${date}에 주신 문의에 ` : ''}그렇게 해 드리지 못했습니다.`,
      ({ date }) =>
        `${e(date)}주신 요금 관련 문의는 간단히 해결될 수 있었는데, 저희가 불필요하게 어렵게 만들었습니다.`,
      ({ date }) => `${e(date)}결제 건으로 연락 주셨을 때 곧바로 명확한 답변을 드렸어야 했습니다.`,
    ],
    product_failure: [
      ({ date }) =>
        `${date ? `${date}부터 ` : ''}제품이 기대대로 작동하지 않는 것만으로도 불편하셨을 텐데, 저희 지원이 오히려 부담을 더해 드렸습니다.`,
      ({ date }) => `${e(date)}제품 문제를 알려 주시며 신속한 도움을 기대하셨을 것입니다.`,
      ({ date }) =>
        `평소 사용하시는 제품이 ${e(date)}제대로 작동하지 않았을 때, 저희가 더 빠르고 정확하게 도와드렸어야 했습니다.`,
    ],
    other: [
      ({ date }) => `${e(date)}있었던 일은 고객님께서 저희에게 기대하실 수 있는 모습이 아니었습니다.`,
      ({ date }) => `${e(date)}요청하신 건을 마땅히 처리해야 할 방식으로 처리하지 못했습니다.`,
      ({ date }) =>
        `${date ? `${date}의 ` : ''}문의 내용을 다시 살펴보니, 저희가 제대로 대응하지 못한 것이 분명합니다.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `연락을 받으시기까지 ${amount} 기다리셔야 했습니다.`,
      ({ amount }) => `누구도 저희 연락을 ${amount} 기다려서는 안 됩니다.`,
      ({ amount }) => `저희가 회신하기까지 ${amount} 걸렸습니다.`,
      ({ amount }) => `${amount} 아무 소식도 전해 드리지 못했습니다.`,
    ],
    contacts: [
      ({ amount }) => `이 일로 모두 ${amount} 연락을 주셔야 했습니다.`,
      ({ amount }) => `한 번이면 충분했을 일인데, ${amount} 연락을 주시게 했습니다.`,
      ({ amount }) => `진전이 있기까지 ${amount} 문의를 주셨습니다.`,
    ],
    reopens: [
      ({ amount }) => `저희가 너무 일찍 종료 처리하는 바람에 문의가 ${amount} 다시 열렸습니다.`,
      ({ amount }) => `해결되지 않은 건을 해결된 것으로 처리해, 문의가 ${amount} 재접수되었습니다.`,
      ({ amount }) => `문의가 ${amount} 다시 열렸다는 것은 저희가 너무 서둘러 종결했다는 뜻입니다.`,
    ],
  },
  // Direct quotation takes 라고/라는 after the closing mark whatever the last syllable.
  quote: [
    ({ quoted }) => `${quoted}라고 하신 말씀을 무겁게 받아들이고 있습니다.`,
    ({ quoted }) => `보내 주신 메시지를 꼼꼼히 읽었습니다. 특히 ${quoted}라는 말씀이 마음에 남습니다.`,
    ({ quoted }) => `${quoted}라고 적어 주신 내용을 읽고, 얼마나 불편하셨을지 깊이 느꼈습니다.`,
  ],
  reaction: {
    churn: [
      '이번 일로 저희에 대한 신뢰가 흔들리셨으리라 생각합니다. 말만으로 그 신뢰를 되찾을 수 없다는 것도 잘 알고 있습니다.',
      '저희와의 거래를 재고하고 계신다는 점 잘 알고 있습니다. 붙잡기보다는 앞으로의 대응으로 달라진 모습을 보여 드리겠습니다.',
      '저희를 향한 믿음이 흔들리신 것은 당연합니다. 그 믿음을 되찾는 것은 저희의 몫입니다.',
    ],
    escalation: [
      '이 건은 제가 직접 맡아 책임지고 처리하겠습니다.',
      '요청하신 대로 이 건을 상급 책임자에게도 공유했으며, 함께 대응하고 있습니다.',
      '이 건은 이제 제가 직접 담당하며, 팀 책임자에게도 보고했습니다.',
    ],
    legal: [
      '법적 조치를 검토하고 계신다는 말씀 잘 알겠습니다. 이는 당연히 고객님의 권리이며, 저희는 우선 고객님과 직접 원만히 해결하고자 합니다.',
      '법적 조치에 관한 말씀을 확인했습니다. 이 건의 사실관계를 정리하여 면밀히 검토하고 있습니다.',
      '법적 조치를 언급하신 마음을 이해합니다. 사실관계를 정확히 확인하고 명확한 답변을 드리는 것을 최우선으로 하겠습니다.',
    ],
    repeat: [
      '이 일로 다시 연락을 주시는 일은 없었어야 했습니다.',
      '답변을 재촉하셔야 했던 상황은 결코 있어서는 안 되는 일입니다.',
      '한 번의 연락으로 해결되었어야 할 일입니다.',
    ],
    polite: [
      '그럼에도 끝까지 정중하게 말씀해 주셔서 감사하고도 송구한 마음입니다.',
      '너그럽게 말씀해 주신 배려에 깊이 감사드립니다. 그래서 더욱 제대로 해결해 드리고 싶습니다.',
      '인내심을 갖고 친절하게 기다려 주셔서 진심으로 감사드립니다.',
    ],
    frustration: [
      '화가 나시는 것이 당연합니다.',
      '불만을 느끼시는 것도 충분히 이해합니다.',
      '제가 고객님의 입장이었어도 똑같이 느꼈을 것입니다.',
    ],
    rating: [
      '솔직한 평가를 남겨 주셔서 감사합니다. 저희가 무엇을 고쳐야 하는지 알 수 있었습니다.',
      '남겨 주신 평가를 확인했으며, 그 평가는 타당합니다.',
      '주신 평가를 겸허히 받아들이고 있습니다.',
    ],
  },
  commitment: [
    '앞으로 이 건은 제가 직접 맡아, 완전히 해결될 때까지 책임지고 챙기겠습니다.',
    '오늘 이 건을 최우선으로 처리하고, 모든 것이 정리될 때까지 끝까지 함께하겠습니다.',
    '앞으로는 제가 고객님의 담당 창구가 되어, 확실히 해결해 드리겠습니다.',
    '더 이상 기다리시지 않도록 신속하고 확실하게 바로잡겠습니다.',
  ],
  followUp: [
    '늦어도 영업일 기준 1일 이내에 진행 상황을 알려 드리겠습니다.',
    '진전이 있는 대로 바로 연락드리겠으며, 늦어도 내일 중에는 소식을 전해 드리겠습니다.',
    '해결된 뒤에도 다시 연락드려, 모든 것이 정상적으로 작동하는지 확인하겠습니다.',
  ],
  closing: ['감사합니다.', '다시 한번 진심으로 사과드립니다.', '앞으로 더 나은 모습으로 보답하겠습니다.'],
  signature: (agentName) => (agentName ? `${agentName} 드림` : '고객지원팀 드림'),
  duration,
  times,
}
