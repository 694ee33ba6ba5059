/**
 * Irony without a known praise word (signals/ironic.ts): exclamatives in a failure context, eagerness with words
 * in between, thanks for a third or later repeat — with calm look-alikes (sincere exclamatives after a fix, a
 * calm "what a" question, thanks for a "third-party" guide). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said } from './ticket'

const sarcastic = (locale: string, text: string) =>
  assess(said(locale, text)).reasons.some((r) => r.params?.cue === 'sarcasm')
const negative = (locale: string, text: string) => assess(said(locale, text)).negative

describe('thanks for a third or later repeat is sarcasm', () => {
  it.each([
    ['en', 'Thanks a lot for the fifth reminder that my claim is under review.'],
    ['fr', 'Merci pour la quatrième lettre type qui ne répond à rien.'],
    ['es', 'Gracias por el tercer correo automático de la semana.'],
    ['pt', 'Obrigado pela quarta mensagem automática igual às outras.'],
    ['de', 'Danke für die dritte Standardantwort in Folge.'],
    ['nb', 'Takk for den femte automatiske e-posten.'],
    ['ja', '3回目の自動返信メール、ありがとうございます。'],
    ['ko', '세 번째 똑같은 안내 문자 감사합니다.'],
    ['th', 'ขอบคุณสำหรับข้อความอัตโนมัติฉบับที่ห้านะคะ'],
  ])('%s: %s', (locale, text) => {
    expect(sarcastic(locale, text)).toBe(true)
    expect(negative(locale, text)).toBe(true)
  })

  it.each([
    ['en', 'Thanks for the second copy of the invoice.'],
    ['fr', 'Merci pour la deuxième facture, tout est en ordre.'],
    ['de', 'Danke für die zweite Rechnung, alles gut.'],
    ['ja', '2つ目の質問へのご回答、ありがとうございました。'],
    ['ko', '두 번째 안내 감사합니다.'],
  ])('calm %s: %s', (locale, text) => {
    expect(sarcastic(locale, text)).toBe(false)
    expect(negative(locale, text)).toBe(false)
  })
})

describe('an exclamative or eagerness with a gap, beside a failure, is sarcasm', () => {
  it.each([
    ['en', 'What a surprise. The parcel is late again.'],
    ['fr', 'Quelle efficacité ! Mon colis est encore en retard.'],
    ['es', 'Qué puntualidad la suya. El técnico no vino otra vez.'],
    ['pt', 'Que rapidez! O técnico não veio de novo.'],
    ['de', 'Was für ein Tempo! Schon wieder ist das Paket verspätet.'],
    ['nb', 'For en service! Pakken er forsinket igjen.'],
    ['fr', "J'ai tellement hâte d'entendre l'excuse de cette fois, le technicien n'est encore pas venu."],
    [
      'en',
      'I cannot really wait to hear the excuse this time. The engineer cancelled again and I am still without heating.',
    ],
    ['pt', 'Mal posso mesmo esperar pela desculpa, o técnico não veio de novo.'],
  ])('%s: %s', (locale, text) => {
    expect(sarcastic(locale, text)).toBe(true)
  })

  it.each([
    ['en', 'What a nice surprise! It works now, thank you.'],
    ['en', 'What a lovely bouquet. Thank you so much!'],
    ['fr', 'Quelle bonne nouvelle ! Tout fonctionne, merci.'],
    ['es', '¡Qué rapidez! Ya funciona, muchas gracias.'],
    ['pt', 'Que bom! Já está resolvido, obrigado.'],
    ['de', 'Was für ein Service! Das Paket kam schon heute, danke.'],
    ['nb', 'For en service! Alt ordnet på en dag, takk.'],
    ['fr', "J'ai vraiment hâte de recevoir le canapé, merci pour la confirmation."],
    ['en', 'What a beautiful table. Could you tell me if it also comes in oak?'],
  ])('calm %s: %s', (locale, text) => {
    expect(sarcastic(locale, text)).toBe(false)
    expect(negative(locale, text)).toBe(false)
  })
})
