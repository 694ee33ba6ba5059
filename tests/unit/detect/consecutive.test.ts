/**
 * Consecutive customer messages read joined (signals/consecutive.ts): an expectation in one chat message and its
 * contradiction in the next, and sarcasm whose failure was told in the message before. Calm look-alikes: two
 * messages that agree, a follow-up question, and the same messages a day apart. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { ticket, type Line } from './ticket'

/** Customer messages `gapMs` apart, then a prompt agent reply. */
function chat(locale: string, first: string, second: string, gapMs = 20_000) {
  const t0 = Date.parse('2025-03-03T09:00:00Z')
  const at = (ms: number) => new Date(t0 + ms).toISOString()
  const lines: Line[] = [
    { body: first, createdAt: at(0), id: 'c0' },
    { body: second, createdAt: at(gapMs), id: 'c1' },
    { body: 'Thanks, looking.', author: 'agent', createdAt: at(gapMs + 60_000) },
  ]
  return assess(ticket(locale, lines))
}
const unmetAcross = (a: ReturnType<typeof chat>) =>
  a.reasons.find((r) => r.params?.cue === 'unmet_expectation' && r.evidence.text.includes('…'))

describe('an expectation in one message, its contradiction in the next', () => {
  it.each([
    ['en', 'hi, I ordered the trail shoes in size 44, blue', 'but the pair delivered today is black'],
    ['de', 'Hallo, ich habe die Matratze in 160 cm bestellt', 'Geliefert wurde aber eine mit 140 cm'],
    ['es', 'hola, pedí la chaqueta en talla M, color verde', 'pero me llegó una en gris'],
    ['fr', "bonjour, j'ai commandé le pull en bleu marine", 'mais on m’a livré un pull beige'],
    ['pt', 'oi, comprei o tênis em tamanho 40, na cor azul', 'mas chegou um preto'],
    ['nb', 'hei, jeg bestilte jakken i grønn', 'men det kom en brun jakke i dag'],
    ['ja', 'ネイビーのセーターを注文しました', 'でも届いたのはベージュでした'],
    ['ko', '아이보리 색상으로 주문했어요', '근데 받아 보니 회색이었어요'],
    ['th', 'สั่งกระเป๋าสีชมพูไว้ค่ะ', 'แต่ได้รับเป็นสีน้ำตาลค่ะ'],
  ])('%s: quotes both halves', (locale, first, second) => {
    const a = chat(locale, first, second)
    expect(unmetAcross(a)).toBeDefined()
    expect(a.negative).toBe(true)
  })

  it.each([
    [
      'en',
      'hi, I ordered the trail shoes in size 44, blue',
      'they came today, size 44 in blue, perfect, thanks!',
    ],
    ['de', 'Hallo, ich habe die Matratze in 160 cm bestellt', 'Sie kam heute an, passt genau. Danke!'],
    ['fr', "bonjour, j'ai commandé le pull en bleu marine", 'est-ce que je peux encore changer la taille ?'],
    ['nb', 'hei, jeg bestilte jakken i grønn', 'den kom i dag, takk!'],
    ['ja', 'ネイビーのセーターを注文しました', '今日届きました。ありがとうございます。'],
  ])('calm %s: two messages that agree or ask', (locale, first, second) => {
    const a = chat(locale, first, second)
    expect(unmetAcross(a)).toBeUndefined()
    expect(a.negative).toBe(false)
  })

  it('a day apart, the two messages are read alone', () => {
    const a = chat('nb', 'hei, jeg bestilte jakken i grønn', 'men det kom en brun jakke i dag', 86_400_000)
    expect(unmetAcross(a)).toBeUndefined()
  })
})

describe('sarcasm whose failure was told in the message before', () => {
  it.each([
    [
      'en',
      'the engineer cancelled again, still no heating',
      'Take your time. I really cannot wait to hear the excuse this week.',
    ],
    [
      'fr',
      'le technicien a annulé, encore une fois',
      "Prenez votre temps. J'ai tellement hâte d'entendre l'excuse de cette semaine.",
    ],
    ['pt', 'o técnico não veio de novo', 'pode ver com calma, mal posso mesmo esperar pela desculpa de hoje'],
  ])('%s', (locale, first, second) => {
    const a = chat(locale, first, second)
    expect(
      a.reasons.some(
        (r) => r.params?.cue === 'sarcasm' && r.evidence.kind === 'quote' && r.evidence.commentIndex === 1,
      ),
    ).toBe(true)
  })

  it.each([
    ['de', 'Bei meiner Lieferung fehlt ein Hemd.', 'Super, vielen Dank!'],
    [
      'en',
      'the engineer cancelled my appointment again',
      'Thanks, he is booked for tomorrow. I really cannot wait to have heating!',
    ],
    [
      'ja',
      '同じ料金が2回引き落とされています。',
      'もう返金していただけたんですね。早くて助かりました、ありがとうございます。',
    ],
  ])('calm %s: thanks after a fix', (locale, first, second) => {
    const a = chat(locale, first, second)
    expect(
      a.reasons.some(
        (r) => r.params?.cue === 'sarcasm' && r.evidence.kind === 'quote' && r.evidence.commentIndex === 1,
      ),
    ).toBe(false)
  })
})
