/**
 * Round 5 constructions and word classes, each with calm look-alikes: a colour that differs from the one
 * expected, delivery and "included" classes, softened reports whose failure is a shortfall or a negated
 * statement, the customer's apology for their own tone, indirect questions, and substring shields. Sentences
 * written for these tests (by error class, not copied from any eval set).
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said, ticket } from './ticket'

const reasonsOf = (locale: string, text: string) => assess(said(locale, text)).reasons
const cueOf = (locale: string, text: string, cue: string) =>
  reasonsOf(locale, text).find((r) => r.params?.cue === cue)
const negative = (locale: string, text: string) => assess(said(locale, text)).negative

describe('a colour other than the one expected is a shortfall', () => {
  it.each([
    ['en', 'I ordered the armchair in mustard. The one delivered on Tuesday is a dull grey.'],
    ['de', 'Ich habe die Jacke in Dunkelblau bestellt, geliefert wurde sie in Schwarz.'],
    ['es', 'Encargué la mochila en verde y me entregaron una de color gris.'],
    ['fr', "J'avais commandé la lampe en jaune, et on m'a livré un modèle blanc."],
    ['pt', 'Encomendei a toalha em azul marinho e chegaram duas em rosa.'],
    ['nb', 'Jeg bestilte jakken i grønn, men det lå en brun jakke i pakken.'],
    ['ja', 'ネイビーのセーターを注文したのですが、届いたのはベージュでした。'],
    ['ko', '아이보리 색상으로 주문했는데 받아 보니 회색이었어요.'],
    ['th', 'สั่งกระเป๋าสีชมพูไว้ แต่ได้รับเป็นสีน้ำตาลค่ะ'],
  ])('%s: polite disappointment (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')?.code).toBe('polite_disappointment')
    expect(negative(locale, text)).toBe(true)
  })

  it.each([
    ['en', 'I ordered the armchair in mustard. The mustard one arrived today and it looks lovely.'],
    ['de', 'Ich habe die Jacke in Schwarz bestellt, geliefert wurde sie pünktlich, in Schwarz. Danke!'],
    ['es', 'Encargué la mochila en verde y me llegó en verde, tal cual. ¡Gracias!'],
    ['fr', "J'avais commandé la lampe en jaune : on m'a livré exactement celle-là. Merci !"],
    ['pt', 'Encomendei a toalha azul e chegou hoje, azul como na foto. Obrigada!'],
    ['nb', 'Jeg bestilte jakken i grønn, og den kom i dag. Takk!'],
    ['ja', 'ネイビーのセーターを注文しました。届いたのはネイビーで、イメージ通りでした。'],
    ['ko', '회색으로 주문했는데 회색 그대로 잘 받았어요. 감사합니다.'],
    ['th', 'สั่งกระเป๋าสีชมพูไว้ ได้รับแล้วค่ะ สีชมพูตามที่ขอเลย ขอบคุณค่ะ'],
  ])('%s: the colour expected, named again, is calm (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')).toBeUndefined()
    expect(negative(locale, text)).toBe(false)
  })

  it('asks about a colour without complaining', () => {
    expect(negative('en', 'I ordered the sofa in grey. Does it also come in green, and could I swap?')).toBe(
      false,
    )
  })
})

describe('delivery, seating and "included" as halves of an unmet expectation', () => {
  it.each([
    [
      'en',
      'The advert said delivery and assembly were included, but we were charged an extra fee at the door.',
    ],
    ['de', 'Laut Angebot war der Aufbau inklusive, trotzdem wurde uns ein Aufpreis berechnet.'],
    ['es', 'Me habían dicho que la instalación estaba incluida, pero luego me aplicaron un recargo.'],
    ['fr', "On m'avait dit que l'installation était comprise, mais j'ai payé un supplément sur place."],
    ['pt', 'Garantiram que a montagem estava incluída, mas cobraram uma taxa extra no dia.'],
    ['nb', 'Vi fikk beskjed om at monteringen var inkludert, men ble belastet et tilleggsgebyr.'],
    ['ja', '設置費は料金に含まれると聞いていたのですが、当日になって別途費用を請求されました。'],
    ['ko', '설치비가 포함되어 있다고 들었는데, 막상 설치 날 추가 요금을 내라고 하셨어요.'],
  ])('%s: "included", then charged extra (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')?.code).toBe('polite_disappointment')
  })

  it.each([
    ['en', 'Is assembly included in the price, or is there an extra fee?'],
    ['es', '¿La instalación está incluida o hay algún cargo adicional?'],
    ['fr', "L'installation est-elle comprise, ou y a-t-il un supplément ?"],
    ['de', 'Ist der Aufbau inklusive, oder kostet das einen Aufpreis?'],
    ['pt', 'A montagem está incluída ou tem taxa extra?'],
  ])('%s: a question about what is included stays calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })

  it.each([
    [
      'en',
      'We booked seats with a view, and on board we were seated by the big window as booked. Lovely trip.',
    ],
    ['de', 'Wir hatten Plätze mit Tisch reserviert und saßen an Bord genau dort. Danke!'],
    ['nb', 'Vi kjøpte plass ved vinduet, og om bord satt vi akkurat der som bestilt. Takk!'],
  ])('%s: seated as booked is calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })
})

describe('softened reports: a shortfall or a negated statement is the failure', () => {
  it.each([
    ['en', 'Not urgent at all, but the spare key we paid for never arrived with the rest of the order.'],
    ['de', 'Nichts Dramatisches: In der Lieferung fehlten die zwei Schrauben für die Halterung.'],
    ['es', 'No es urgente: en el pedido faltaban las dos tapas de los táperes.'],
    ['fr', "Rien de grave, mais je n'ai jamais reçu la notice de montage."],
    ['pt', 'Nada grave, apenas para vosso conhecimento: faltavam dois parafusos na caixa.'],
    ['nb', 'Ingen krise, men det manglet to skruer i esken.'],
    ['ja', '大したことではないのですが、箱の中にネジが二本足りませんでした。'],
    ['ko', '별거 아니라서 환불은 필요 없는데, 주문한 소스 하나가 빠져 있었어요.'],
  ])('%s: polite disappointment (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'softened')?.code).toBe('polite_disappointment')
  })

  it.each([
    ['en', 'Sorry to bother you! Just so you know, the new filter fits perfectly. No need to reply.'],
    ['de', 'Nur zur Info: Das Paket ist angekommen, alles bestens. Keine Antwort nötig, danke!'],
    ['es', 'Solo para que lo sepan: el técnico vino sin retraso y todo funciona. ¡Gracias!'],
    ['fr', 'Juste pour info, le colis est bien arrivé sans aucun problème. Merci beaucoup !'],
    ['pt', 'Só para avisar que a encomenda chegou sem problema nenhum. Obrigado!'],
    ['nb', 'Bare til info: pakken kom i dag uten problemer. Takk!'],
    ['ja', '念のためご報告です。交換品が届き、問題なく使えています。ありがとうございました。'],
    ['ko', '참고로 말씀드리면 교환품 잘 받았고 아무 문제 없어요. 감사합니다.'],
    ['th', 'แจ้งให้ทราบค่ะ ได้รับของแล้ว ไม่มีปัญหาอะไรเลย ขอบคุณค่ะ'],
  ])('%s: a softener in a thank-you with a neutral negator is calm (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'softened')).toBeUndefined()
    expect(negative(locale, text)).toBe(false)
  })

  it.each([
    ['en', 'No rush at all — do you know whether the store is open on Sunday?'],
    ['es', 'Sin prisa: si el paquete no llega el lunes, ¿puedo recogerlo en tienda?'],
    ['fr', 'Pas urgent : si je ne suis pas là, le livreur peut-il laisser le colis chez le voisin ?'],
  ])('%s: a softener beside a question or a hypothetical is calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })
})

describe("the customer's apology for their own tone or repeat contact, in a thank-you", () => {
  const resolvedAfterAnger = (locale: string, first: string, last: string) =>
    assess(ticket(locale, [first, 'agent: Done, it should work now.', last])).negative

  it.each([
    [
      'en',
      'My card has been blocked for two days and nobody answers. Ridiculous!',
      'It works now, thank you. Sorry for the angry message earlier, it was a stressful week.',
    ],
    [
      'es',
      'Llevo dos días sin poder pagar con la tarjeta. ¡Es una vergüenza!',
      'Ya funciona, gracias. Perdona por el tono de ayer, estaba muy agobiado.',
    ],
    [
      'de',
      'Seit zwei Tagen ist meine Karte gesperrt, eine Frechheit!',
      'Jetzt geht es wieder, danke! Entschuldigung für den Ton gestern, ich war gestresst.',
    ],
    [
      'fr',
      "Ma carte est bloquée depuis deux jours, c'est inadmissible !",
      "Ça marche, merci ! Désolé pour le ton d'hier, j'étais à bout.",
    ],
    [
      'pt',
      'Meu cartão está bloqueado há dois dias, que absurdo!',
      'Agora funcionou, obrigado! Desculpe pelo tom de ontem, estava muito estressado.',
    ],
    [
      'nb',
      'Kortet mitt har vært sperret i to dager, helt håpløst!',
      'Nå virker det, takk! Beklager at jeg var sur i går, det var en stressende dag.',
    ],
    [
      'ko',
      '카드가 이틀째 정지돼 있어요. 정말 화가 나네요.',
      '이제 잘 됩니다. 어제는 화내서 죄송했어요. 감사합니다.',
    ],
    [
      'ja',
      'カードが二日間使えません。本当に困っています。',
      '使えるようになりました。昨日は取り乱してしまい失礼しました。ありがとうございました。',
    ],
  ])('%s: resolved, not negative (%s)', (locale, first, last) => {
    expect(resolvedAfterAnger(locale, first, last)).toBe(false)
  })

  it.each([
    ['en', 'Sorry to write again, but the card is still blocked and nobody has called me.'],
    ['de', 'Entschuldigung, dass ich mich schon wieder melde, aber die Karte ist immer noch gesperrt.'],
    ['es', 'Perdona por escribir otra vez, pero la tarjeta sigue bloqueada.'],
  ])('%s: an apology followed by "but" and the failure still complains (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(true)
  })

  it.each([
    [
      'en',
      'Sorry to bother you again! The replacement came this morning and works perfectly. Have a nice day.',
    ],
    ['de', 'Entschuldigung, dass ich mich schon wieder melde: Das Ersatzteil ist da und alles läuft. Danke!'],
    ['pt', 'Desculpe incomodar outra vez! A peça chegou e está tudo a funcionar. Obrigado!'],
  ])('%s: "sorry to write again" in a thank-you is calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })
})

describe('indirect questions read as asking', () => {
  it.each([
    ['en', 'I would like to know how to cancel my plan and whether there is a fee for cancelling early.'],
    ['pt', 'Gostaria de saber como cancelo o plano e se há multa por cancelar antes do prazo.'],
    ['es', 'Quería saber cómo dar de baja la suscripción y si hay penalización por cancelar antes.'],
    ['fr', "J'aimerais savoir comment résilier mon abonnement et s'il y a des frais de résiliation."],
    ['de', 'Ich wüsste gern, wie ich meinen Vertrag kündige und ob dabei Gebühren anfallen.'],
    ['nb', 'Jeg lurer på hvordan jeg sier opp abonnementet, og om det koster noe å si opp før tiden.'],
    ['ko', '구독을 해지하려면 어떻게 해야 하는지, 위약금이 있는지 궁금합니다.'],
  ])('%s: a churn word in an indirect question stays calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })

  it('a stated decision still counts', () => {
    expect(
      negative('pt', 'Depois de três semanas sem internet, vou cancelar o contrato e mudar de operadora.'),
    ).toBe(true)
  })
})

describe('substring shields for ordinary words', () => {
  it.each([
    ['ja', '荷物は最低限にしたいので、寝袋だけレンタルできますか。'],
    ['ja', '最低料金はいくらからでしょうか。'],
    ['th', 'นวดเสร็จแล้วหายปวดหลังเลยค่ะ ขอบคุณมากค่ะ'],
    ['ko', '할머니께서 거동이 불편하셔서 1층 객실로 부탁드려요.'],
  ])('%s: calm (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(false)
  })

  it.each([
    ['ja', '対応が最低でした。二度と利用しません。'],
    ['th', 'ของหายระหว่างขนส่ง ยังไม่มีใครติดต่อกลับเลยค่ะ'],
    ['ko', '앱이 너무 불편하고 고객센터도 연결이 안 돼요.'],
  ])('%s: the complaint word outside the shield still counts (%s)', (locale, text) => {
    expect(negative(locale, text)).toBe(true)
  })
})
