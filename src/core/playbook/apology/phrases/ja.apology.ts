/**
 * Japanese. Business-mail register: 丁寧語 throughout, 謙譲語 for what we do (申し上げます, いたします,
 * 差し上げる) and 尊敬語 for the customer. The mail opens with the name line, a set greeting and, when the
 * agent is known, a self-introduction, as Japanese support mail does. Family name + 様 when the name is
 * written family-first in kanji with a space; otherwise the full name + 様 (no guessed split). The body
 * says お客様 throughout, which is natural even after the name line.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

/** Counters: 分, 時間, 日間, 週間 ("3日間"); with a qualifier the 間 goes ("3日以上", "3日近く"). */
const UNITS: Readonly<Record<DurationUnit, readonly [exact: string, qualified: string]>> = {
  minute: ['分', '分'],
  hour: ['時間', '時間'],
  day: ['日間', '日'],
  week: ['週間', '週間'],
}

function duration({ count, unit, approx }: Duration): string {
  const [exact, qualified] = UNITS[unit]
  if (approx === 'over') return `${count}${qualified}以上`
  if (approx === 'almost') return `${count}${qualified}近く`
  // "1日間" is stiff; a single day is "1日".
  return count === 1 && unit === 'day' ? '1日' : `${count}${exact}`
}

const times = (count: number) => `${count}回`

const SALUTATIONS = [
  'いつもご利用いただき、誠にありがとうございます。',
  '平素より格別のご愛顧を賜り、厚く御礼申し上げます。',
  'お問い合わせいただき、ありがとうございます。',
] as const
const intro = (agent: string | null) => (agent ? `カスタマーサポートの${agent}でございます。` : '')
const greet = (name: string, salutation: string, agent: string | null) =>
  `${name}\n\n${salutation}${intro(agent)}`

const ni = (date: string | null) => (date ? `${date}に` : '')
const no = (date: string | null) => (date ? `${date}の` : '')

export const ja: PhraseBank = {
  lang: 'ja',
  sentenceJoiner: '',
  quoteMarks: ['「', '」'],
  fullStop: '。',
  quoteMaxChars: 80,
  lengthBudget: { unit: 'chars', max: 450 },
  echoMotifs: [
    ['ご連絡をいただ', 'ご連絡いただ'],
    ['拝読', '拝見'],
    ['申し訳', 'お詫び', '失礼いたしました', '遺憾'],
    ['迷惑', 'ご不便', 'お手数', 'お手間', 'ご負担'],
    ['お待たせ', 'お待ち', '遅れ', '時間をかけ', '要して'],
    ['信頼'],
    ['責任'],
    ['このたび'],
    ['心より', '深く'],
    ['担当'],
    ['誠に'],
    ['あってはならない'],
    ['受け止め'],
    ['最優先'],
    ['確実に'],
    ['一度'],
    ['丁寧'],
  ],
  address: (name) => {
    if (name.family !== null) return `${name.family}様`
    // A name in Latin letters reads better with a space before 様: "Anna Schmidt 様".
    return /[\p{Script=Latin}\d]$/u.test(name.full) ? `${name.full} 様` : `${name.full}様`
  },
  greeting: {
    named: [
      ({ name, agent }) => greet(name, SALUTATIONS[0], agent),
      ({ name, agent }) => greet(name, SALUTATIONS[1], agent),
      ({ name, agent }) => greet(name, SALUTATIONS[2], agent),
    ],
    nameless: [
      ({ agent }) => greet('お客様', SALUTATIONS[0], agent),
      ({ agent }) => greet('お客様', SALUTATIONS[1], agent),
      ({ agent }) => greet('お客様', SALUTATIONS[2], agent),
    ],
  },
  opener: {
    low: [
      'このたびはご不便をおかけし、申し訳ございません。',
      'お手数をおかけしてしまい、失礼いたしました。',
      'ご迷惑をおかけしましたこと、お詫び申し上げます。',
    ],
    medium: [
      'このたびは、ご期待に沿えない対応となり、誠に申し訳ございません。',
      'ご不快な思いをおかけしましたこと、心よりお詫び申し上げます。',
      '本来あるべき対応ができておらず、大変申し訳ございませんでした。',
    ],
    high: [
      'このたびは多大なるご迷惑をおかけし、誠に申し訳ございません。すべては弊社の不手際によるものであり、責任を痛感しております。',
      'まずは心より深くお詫び申し上げます。お客様に非は一切なく、原因は弊社の対応にございます。',
      '私どもの至らなさにより、大変なご迷惑とご心労をおかけいたしました。担当者として、心より深くお詫び申し上げます。',
    ],
    measured: [
      'このたびのお問い合わせへの対応について、お詫び申し上げます。経緯を丁寧に確認させていただきます。',
      'ご指摘の内容を明確にお伝えいただき、ありがとうございます。弊社のサービスがご期待に沿えなかったことをお詫び申し上げます。',
      '本件の対応が適切でなかったことを遺憾に存じます。改めて経緯を確認し、お客様と誠実に向き合ってまいります。',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `${ni(date)}お問い合わせをいただいたにもかかわらず、速やかにご返信できず、長らくお待たせしてしまいました。`,
      ({ date }) =>
        `${ni(date)}いただいたご連絡には本来すぐにお返事を差し上げるべきところ、対応が大幅に遅れてしまいました。`,
      ({ date }) =>
        `${date ? `${date}付けの` : ''}お問い合わせへのご回答に、あまりにも時間をかけてしまいました。`,
    ],
    unresolved_issue: [
      ({ date }) => `${ni(date)}ご相談いただいた問題が、いまだ解決に至っておりません。`,
      ({ date }) =>
        `${ni(date)}解決を求めてご連絡くださったにもかかわらず、現在も解決策をご提示できておりません。`,
      ({ date }) =>
        `${date ? `${date}から` : '最初のご連絡から'}今日まで、お問い合わせの件が未解決のままとなっております。`,
    ],
    repeat_contact: [
      ({ date }) => `${date ? `${date}以降、` : ''}同じ件で何度もご連絡をいただく事態となってしまいました。`,
      ({ date }) => `${no(date)}最初のご連絡で解決すべきところ、何度もお手間を取らせてしまいました。`,
      ({ date }) => `${ni(date)}状況をご説明いただいた時点で、一度で解決すべき内容でした。`,
    ],
    poor_service: [
      ({ date }) => `${no(date)}お問い合わせに対する弊社の対応は、決して十分なものではございませんでした。`,
      ({ date }) =>
        `${ni(date)}ご連絡をいただいた際、本来であれば丁寧かつ誠実に対応すべきところ、それができておりませんでした。`,
      ({ date }) => `${ni(date)}お客様が受けられた対応は、弊社が定める水準を大きく下回るものでした。`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `お支払いに関することは迅速かつ明確なご案内が欠かせませんが、${date ? `${date}のご連絡に対し、` : ''}それができておりませんでした。`,
      ({ date }) =>
        `${ni(date)}いただいたご請求に関するお問い合わせは本来すぐに解決できるはずのものでしたが、弊社の不手際により、必要以上にお手間を取らせてしまいました。`,
      ({ date }) =>
        `${ni(date)}お支払いについてご連絡いただいた際、すぐに明確なご回答を差し上げるべきでした。`,
    ],
    product_failure: [
      ({ date }) =>
        `${date ? `${date}以降、` : ''}製品が期待どおりに動作しない状況だけでもご不便なところ、弊社のサポートがさらにご負担を増やしてしまいました。`,
      ({ date }) =>
        `${ni(date)}製品に関する問題をご連絡いただき、迅速なサポートを期待してくださっていたことと存じます。`,
      ({ date }) =>
        `日頃お使いの製品が${ni(date)}正常に動作しなくなった際、本来であればより迅速かつ的確にお手伝いすべきでした。`,
    ],
    other: [
      ({ date }) =>
        `${date ? `${date}の件` : '今回の件'}は、お客様にご期待いただく対応とは程遠いものでした。`,
      ({ date }) => `${ni(date)}いただいたご依頼に、適切に対応できておりませんでした。`,
      ({ date }) =>
        `${no(date)}お問い合わせの経緯を確認いたしましたところ、弊社の対応に至らない点があったことは明らかです。`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `ご回答まで${amount}もお待たせしてしまったことは、あってはならないことです。`,
      ({ amount }) => `お返事を差し上げるまでに、${amount}を要してしまいました。`,
      ({ amount }) => `${amount}もの間、お返事をお待ちいただいたことになります。`,
      ({ amount }) => `${amount}にわたり、弊社からご連絡を差し上げられないままでございました。`,
    ],
    contacts: [
      ({ amount }) => `この件で${amount}もご連絡をいただくことになってしまいました。`,
      ({ amount }) => `一度で済むはずのところ、合計${amount}もご連絡をいただきました。`,
      ({ amount }) => `進展があるまでに、${amount}にわたってお問い合わせいただいております。`,
    ],
    reopens: [
      ({ amount }) =>
        `弊社が早まって対応を完了としてしまったため、お問い合わせを${amount}再開していただくことになりました。`,
      ({ amount }) => `解決していない状態で完了扱いとしてしまい、お問い合わせが${amount}再開されました。`,
      ({ amount }) =>
        `お問い合わせが${amount}再開されたことは、弊社が解決を確認しないまま対応を終えていた証左です。`,
    ],
  },
  // The quote sits inside the sentence, so the sentence's own 。 ends it (quotedEnd is not used).
  quote: [
    ({ quoted }) => `${quoted}とのお言葉を、重く受け止めております。`,
    ({ quoted }) => `いただいたメッセージを拝読し、${quoted}というお言葉に、事の重大さを痛感いたしました。`,
    ({ quoted }) => `${quoted}とのご連絡を拝読し、ご不満はもっともだと存じます。`,
  ],
  reaction: {
    churn: [
      '今回の件で、弊社への信頼を損ねてしまったことと存じます。お言葉だけで信頼を取り戻せるとは考えておりません。',
      '弊社とのお取引の見直しをご検討とのこと、承知いたしました。お引き止めするのではなく、今後の対応で改善をお示しできればと存じます。',
      '弊社への信頼が揺らいでしまったのは当然のことと存じます。信頼を取り戻すのは、私どもの責任です。',
    ],
    escalation: [
      '本件は私が責任を持って担当させていただきます。',
      'ご要望のとおり、本件は上席者にも共有し、私とともに対応にあたっております。',
      '本件は私が直接引き継ぎ、責任者にも報告済みでございます。',
    ],
    legal: [
      '法的措置をご検討中とのこと、承知いたしました。もちろんお客様の正当な権利でございますが、まずは直接ご相談のうえ解決させていただければ幸いです。',
      '法的な対応についてのお申し出を承りました。本件の事実関係を整理し、適切に確認を進めております。',
      '法的措置に言及されたお気持ちは理解いたします。まずは事実関係を丁寧に確認し、明確なご回答を差し上げることを最優先といたします。',
    ],
    repeat: [
      '本来であれば、再度ご連絡をいただく必要はございませんでした。',
      'お客様に催促のご連絡をさせてしまったことは、あってはならないことです。',
      '一度のご連絡で解決すべきところでした。',
    ],
    polite: [
      'それにもかかわらず、終始丁寧にご連絡くださり、恐縮しております。',
      '穏やかにお伝えいただいたお心遣いに、深く感謝申し上げます。',
      '寛大なお言葉をいただき、大変ありがたく存じます。だからこそ、きちんと対応させていただきます。',
    ],
    frustration: [
      'お怒りはごもっともでございます。',
      'ご不満に思われるのは当然のことと存じます。',
      '私がお客様の立場でも、同じように感じたことと存じます。',
    ],
    rating: [
      '率直な評価をお寄せいただき、ありがとうございます。改善すべき点を知る大切な機会となりました。',
      'いただいた評価を拝見いたしました。ご指摘のとおりでございます。',
      'ご評価の内容を真摯に受け止めております。',
    ],
  },
  commitment: [
    '今後は私が責任を持って本件を担当し、完全に解決するまで対応いたします。',
    '本件を最優先で対応し、すべてが解決するまで責任を持って見届けます。',
    '今後のご連絡窓口は私が務めさせていただき、確実に解決へと導いてまいります。',
    'これ以上お待たせすることのないよう、速やかに、そして確実に解決いたします。',
  ],
  followUp: [
    '遅くとも1営業日以内に、進捗をご報告いたします。',
    '進展があり次第、すぐにご連絡いたします。遅くとも明日中にはご報告申し上げます。',
    '解決後にも改めてご連絡し、問題なくご利用いただけているかを確認させていただきます。',
  ],
  closing: [
    '今後ともどうぞよろしくお願い申し上げます。',
    '引き続きどうぞよろしくお願いいたします。',
    '何卒よろしくお願い申し上げます。',
  ],
  signature: (agentName) => (agentName ? `カスタマーサポート ${agentName}` : 'カスタマーサポート'),
  duration,
  times,
}
