import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said } from './ticket'

const codes = (locale: string, text: string): string[] =>
  assess(said(locale, text)).reasons.map((r) => r.code)

describe('negation', () => {
  it.each([
    ['en', 'Not bad at all, it does the job.'],
    ['nb', 'Det er ikke dårlig, egentlig.'],
    ['ja', '悪くないと思います。'],
    ['ko', '나쁘지 않다고 생각해요.'],
    ['th', 'ก็ไม่แย่นะครับ'],
    ['de', 'Das ist gar nicht schlecht.'],
    ['fr', "Ce n'est pas mauvais du tout."],
    ['pt', 'Não é ruim, funciona.'],
    ['es', 'No es malo, la verdad.'],
  ])('%s: a negated complaint word is not negative (%s)', (locale, text) => {
    expect(codes(locale, text)).not.toContain('negative_sentiment')
  })

  it.each([
    ['en', 'I am not happy with this at all.'],
    ['nb', 'Jeg er ikke fornøyd med svaret.'],
    ['ja', 'この対応には満足していません。'],
    ['ko', '서비스가 좋지 않아요.'],
    ['th', 'บริการไม่ดีเลย'],
    ['de', 'Ich bin nicht zufrieden.'],
    ['fr', 'Je ne suis pas satisfait.'],
    ['pt', 'Não estou satisfeito.'],
    ['es', 'No estoy contento con el servicio.'],
  ])('%s: a negated positive word is negative (%s)', (locale, text) => {
    const reason = assess(said(locale, text)).reasons.find((r) => r.code === 'negative_sentiment')
    expect(reason?.params?.negated).toBe(1)
  })

  it('negates the nearest word only in Japanese (不具合が直らない stays a complaint)', () => {
    expect(codes('ja', '不具合が直らないです')).toContain('negative_sentiment')
  })

  it('does not let Portuguese "no" (in the) negate what follows', () => {
    expect(codes('pt', 'Vou reclamar no Procon se não resolverem.')).toContain('legal_threat')
  })
})

describe('waits stated as a duration', () => {
  it.each([
    ['en', 'I have been waiting for two weeks for my refund.'],
    ['en', "It's been 12 days, and it's for a birthday present."],
    ['de', 'Ich warte seit drei Wochen auf meine Erstattung.'],
    ['fr', 'Ça fait trois semaines et je suis toujours sans remboursement.'],
  ])('%s: a lead, a number and a unit make a wait (%s)', (locale, text) => {
    const reasons = assess(said(locale, text)).reasons
    expect(reasons.map((r) => r.code)).toContain('negative_sentiment')
  })

  it.each([
    ['en', 'I have used your app for two years and I love it.'],
    ['de', 'Ich nutze die App seit drei Wochen und bin sehr zufrieden.'],
  ])('%s: a duration without a waiting lead is no complaint (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })

  it('weighs weeks more than days, and quotes the whole wait', () => {
    const weeks = assess(said('en', 'I have been waiting for two weeks.'))
    const days = assess(said('en', 'I have been waiting for two days.'))
    expect(weeks.severity).toBeGreaterThan(days.severity)
    const quotes = weeks.reasons.flatMap((r) => (r.evidence.kind === 'quote' ? [r.evidence.text] : []))
    expect(quotes.some((q) => q.includes('waiting for two weeks'))).toBe(true)
  })
})

describe('sarcasm beside a "fixed" word', () => {
  it('reads praise as sarcasm when the comment also carries a clear complaint', () => {
    const text = "Génial, j'ai bien reçu le colis… avec deux semaines de retard et la boîte écrasée."
    expect(codes('fr', text)).toContain('anger_cues')
  })

  it('keeps praise sincere when the fix is all the comment says', () => {
    expect(codes('fr', "Génial, j'ai bien reçu le colis, merci beaucoup !")).not.toContain('anger_cues')
  })
})

describe('hypotheticals', () => {
  it.each([
    ['en', 'If the item arrives damaged, can I return it for free?'],
    ['es', 'Si el producto llega roto, ¿cómo lo devuelvo?'],
    ['de', 'Falls das Gerät defekt ankommt, wie läuft die Rücksendung?'],
    ['pt', 'Se o produto chegar danificado, posso trocar?'],
    ['ja', 'もし商品が故障した場合、修理は無料ですか？'],
    ['th', 'ถ้าสินค้าชำรุดสามารถเปลี่ยนได้ภายในกี่วันคะ'],
  ])('%s: a complaint word after "if" in the same clause is no complaint (%s)', (locale, text) => {
    expect(codes(locale, text)).not.toContain('negative_sentiment')
  })

  it.each([
    ['en', 'If I could give zero stars I would, the service was terrible.'],
    ['es', 'Sí, llegó roto y nadie me contesta.'],
    ['fr', "C'est si lent, je suis vraiment déçu."],
  ])('%s: a real complaint beside a conditional-looking word still counts (%s)', (locale, text) => {
    expect(codes(locale, text)).toContain('negative_sentiment')
  })
})

describe('negation scope', () => {
  it.each([
    ['en', "I don't know why it's broken."],
    ['es', 'No sé por qué me cobraron dos veces este mes.'],
    ['de', 'Ich weiß nicht, warum Sie mir doppelt abgebucht haben.'],
  ])('%s: a new clause ("why", "and") ends a negation', (locale, text) => {
    expect(codes(locale, text)).toContain('negative_sentiment')
  })

  it.each([
    ['en', "It's not that bad."],
    ['es', 'No creo que sea malo.'],
  ])('%s: "that"/"que" does not end it', (locale, text) => {
    expect(codes(locale, text)).not.toContain('negative_sentiment')
  })
})

describe('intensifiers and contrast', () => {
  it('counts an intensifier after the word only where it closes the clause', () => {
    const boosted = assess(said('fr', "L'accueil n'était pas chaleureux du tout.")).severity
    const plain = assess(said('fr', "L'accueil n'était pas chaleureux.")).severity
    expect(boosted).toBeGreaterThan(plain)
    const calm = 'Ich nutze die App seit drei Wochen und bin sehr zufrieden.'
    expect(assess(said('de', calm)).negative).toBe(false)
  })

  const weightOf = (locale: string, text: string): number =>
    assess(said(locale, text)).reasons.find((r) => r.code === 'negative_sentiment')?.weight ?? 0

  it.each([
    ['en', 'I am disappointed.', 'I am really disappointed.'],
    ['ja', 'がっかりしました。', '本当にがっかりしました。'],
    ['ko', '실망했습니다.', '정말 실망했습니다.'],
    ['th', 'ผิดหวังครับ', 'ผิดหวังมากครับ'],
    ['es', 'Estoy decepcionado.', 'Estoy muy decepcionado.'],
  ])('%s: an intensifier raises the weight', (locale, plain, intense) => {
    expect(weightOf(locale, intense)).toBeGreaterThan(weightOf(locale, plain))
  })

  it('weighs the clause after "but" more than the one before', () => {
    const before = weightOf('en', 'The product is broken but the agent was nice.')
    const after = weightOf('en', 'The agent was nice but the product is broken.')
    expect(after).toBeGreaterThan(before)
  })
})

describe('politeness-wrapped disappointment', () => {
  it.each([
    ['ja', '大変お世話になっております。何度か問い合わせておりますが、正直なところ残念です。'],
    ['ko', '안녕하세요. 이번 응대는 조금 아쉽습니다. 기대했는데요.'],
    ['th', 'ขอแจ้งว่าไม่ค่อยพอใจกับบริการครั้งนี้ค่ะ น่าเสียดายมาก'],
    ['nb', 'Hei. Jeg er litt skuffet, og saken er fortsatt ikke løst.'],
  ])('%s: reads as negative', (locale, text) => {
    const a = assess(said(locale, text))
    expect(a.reasons.map((r) => r.code)).toContain('polite_disappointment')
    expect(a.negative).toBe(true)
  })
})

describe('intents in every language', () => {
  it.each([
    ['en', 'I want to speak to your manager.', 'escalation_request'],
    ['de', 'Ich möchte Ihren Vorgesetzten sprechen.', 'escalation_request'],
    ['ja', '責任者を出してください。', 'escalation_request'],
    ['ko', '책임자 연결해 주세요.', 'escalation_request'],
    ['th', 'ขอคุยกับหัวหน้าครับ', 'escalation_request'],
    ['fr', 'Je vais contacter un avocat.', 'legal_threat'],
    ['es', 'Voy a poner una denuncia en la OCU.', 'legal_threat'],
    ['pt', 'Vou abrir reclamação no Procon.', 'legal_threat'],
    ['nb', 'Jeg kontakter Forbrukerrådet.', 'legal_threat'],
    ['ko', '소비자원에 신고하겠습니다.', 'legal_threat'],
    ['en', 'I will leave a review on Trustpilot.', 'public_threat'],
    ['ja', 'SNSで拡散します。', 'public_threat'],
    ['en', 'This is the third time I write about this.', 'repeat_contact'],
    ['ja', '何度も連絡しています。', 'repeat_contact'],
    ['th', 'ติดต่อมาหลายครั้งแล้ว', 'repeat_contact'],
    ['es', 'Quiero darme de baja.', 'churn_threat'],
    ['nb', 'Jeg vil si opp avtalen.', 'churn_threat'],
  ])('%s: "%s" → %s', (locale, text, code) => {
    expect(codes(locale, text)).toContain(code)
  })
})

describe('the neutral question trap', () => {
  it.each([
    ['en', 'How do I cancel my subscription?'],
    ['ja', '解約の方法を教えてください。'],
    ['ko', '구독 취소는 어떻게 하나요?'],
    ['es', '¿Cómo puedo cancelar mi suscripción?'],
    ['de', 'Wie kann ich mein Abo kündigen?'],
  ])('%s: a bare churn question stays at watch at most', (locale, text) => {
    const a = assess(said(locale, text))
    expect(a.reasons.map((r) => r.code)).toContain('churn_threat')
    expect(['none', 'watch']).toContain(a.level)
    expect(a.negative).toBe(false)
  })

  it('a churn phrase with a second cue is negative', () => {
    const a = assess(said('en', 'This is useless. How do I cancel my subscription?'))
    expect(a.negative).toBe(true)
  })
})

describe('anger cues', () => {
  it('notices shouting, !!! and sarcasm', () => {
    const c = codes('en', 'THIS IS COMPLETELY BROKEN AGAIN!!! Thanks for nothing.')
    const cues = assess(said('en', 'THIS IS COMPLETELY BROKEN AGAIN!!! Thanks for nothing.'))
      .reasons.filter((r) => r.code === 'anger_cues')
      .map((r) => r.params?.cue)
    expect(c).toContain('anger_cues')
    expect(cues).toEqual(expect.arrayContaining(['caps', 'punctuation', 'sarcasm']))
  })

  it('does not count a lone acronym as shouting', () => {
    const cues = assess(
      said('en', 'The API returns an error when I call the URL from my app.'),
    ).reasons.filter((r) => r.code === 'anger_cues')
    expect(cues).toEqual([])
  })
})

describe('sarcasm from praise', () => {
  const sarcasm = (locale: string, text: string, channel: 'email' | 'twitter' = 'email'): boolean =>
    assess({ ...said(locale, text), channel }).reasons.some(
      (r) => r.code === 'anger_cues' && r.params?.cue === 'sarcasm',
    )

  it.each([
    ['en', 'Amazing job guys, "next day delivery" took two weeks 👏'],
    ['fr', 'Génial, la salle est encore fermée pour "maintenance".'],
    ['ko', '세 번째 지연이네요. 진짜 재능이시네요 👏 또 늦었어요'],
    ['th', 'บริการดีเยี่ยมจริงๆ ค่ะ รอสายชั่วโมงกว่าแล้วตัดสาย 555'],
  ])('%s: praise with irony markers is sarcasm', (locale, text) => {
    expect(sarcasm(locale, text)).toBe(true)
  })

  it('praise beside a complaint is sarcasm in a public post, and in an email when it opens the sentence', () => {
    const text = 'Magnifique lundi, train supprimé et 50 min de retard.'
    expect(sarcasm('fr', text, 'twitter')).toBe(true)
    expect(sarcasm('fr', text, 'email')).toBe(true)
    const sincere = 'Le conseiller était magnifique, mais le train a eu du retard.'
    expect(sarcasm('fr', sincere, 'email')).toBe(false)
  })

  it('sincere praise is not sarcasm, even with a clap', () => {
    expect(sarcasm('en', 'Amazing job, it works now! 👏')).toBe(false)
    expect(sarcasm('en', 'Great service, thank you 👏')).toBe(false)
    expect(assess(said('en', 'Great service, thank you 👏')).level).toBe('none')
  })
})

describe('intents that need a second cue', () => {
  it.each([
    ['en', 'My manager asked me to get a quote for 20 licences.'],
    ['en', 'Our lawyer needs the invoice in the firm’s name.'],
    ['es', 'Mi supervisora pregunta si hay descuento para sanitarios.'],
    ['ja', '上司から年払いへの切り替え方法を確認するよう言われました。'],
    ['th', 'หัวหน้าให้มาถามราคาสั่งจำนวนมากค่ะ'],
  ])('%s: a bare noun used neutrally is not negative', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })

  it.each([
    ['en', 'I am cancelling today and switching to a competitor.'],
    ['de', 'Hiermit kündige ich meinen Vertrag. Ich wechsle zu einem anderen Anbieter.'],
    ['fr', 'Je résilie mon abonnement et je passe chez un concurrent.'],
  ])('%s: a churn decision (not a question) is negative', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['en', 'Where can I find the complaints procedure for the consumer ombudsman?'],
    ['pt', 'As vossas lojas têm livro de reclamações?'],
  ])('%s: a question about a legal or public channel alone is not negative', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })
})
