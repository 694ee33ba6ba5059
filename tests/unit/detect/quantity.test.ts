/**
 * A quantity other than the one expected (signals/quantity.ts): the same unit with a different number after an
 * expectation and a turn (the turn is the existing class; the number is the new shortfall). Calm look-alikes: the same number again, a question comparing two sizes, dates.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said } from './ticket'

const unmet = (locale: string, text: string) =>
  assess(said(locale, text)).reasons.find((r) => r.params?.cue === 'unmet_expectation')
const negative = (locale: string, text: string) => assess(said(locale, text)).negative

describe('a different number of the same unit is a shortfall', () => {
  it.each([
    ['en', 'I ordered the 200 cm curtains. The ones delivered yesterday are 150 cm.'],
    ['de', 'Ich habe den Schreibtisch mit 140 cm bestellt, geliefert wurde einer mit 120 cm.'],
    ['es', 'Contraté la tarifa de 600 Mbps y en la práctica tengo 80 Mbps.'],
    ['fr', "J'avais réservé un massage de 90 minutes, il a finalement duré 50 minutes."],
    ['pt', 'Comprei o conjunto de 12 peças e chegaram 8 peças.'],
    ['nb', 'Jeg bestilte gardiner på 240 cm, men fikk 180 cm.'],
    ['ja', '200センチのカーテンを注文しましたが、届いたのは150センチでした。'],
    ['ko', '3인분 세트로 주문했는데 받아 보니 2인분이었어요.'],
    ['th', 'สั่งโต๊ะขนาด 120 ซม แต่ได้รับเป็น 90 ซม ค่ะ'],
  ])('%s: %s', (locale, text) => {
    expect(unmet(locale, text)?.code).toBe('polite_disappointment')
    expect(negative(locale, text)).toBe(true)
  })

  it.each([
    ['en', 'I ordered the 200 cm curtains. The pair that came yesterday is 200 cm, lovely.'],
    ['en', 'I ordered the 140 cm desk; would the 160 cm one fit better? Can I switch?'],
    ['de', 'Ich habe den Schreibtisch mit 140 cm bestellt, geliefert wurde er pünktlich. Danke!'],
    ['es', 'Contraté la tarifa de 600 Mbps el 3 de mayo y llegó el router el 9 de mayo. Todo bien.'],
    ['fr', "J'avais réservé un massage de 90 minutes : parfait, merci."],
    ['pt', 'Comprei o conjunto de 12 peças. Vocês têm também o de 8 peças?'],
    ['ja', '200センチのカーテンを注文しました。届いたのも200センチで、ぴったりでした。'],
    ['ko', '3인분 세트로 주문했는데 3인분 그대로 잘 받았어요. 감사합니다.'],
  ])('calm %s: %s', (locale, text) => {
    expect(unmet(locale, text)).toBeUndefined()
    expect(negative(locale, text)).toBe(false)
  })
})
