/**
 * Round 4 constructions: unmet expectation, softened reports, sarcasm from rhetorical guesses and eagerness, and
 * the substring rule for scripts without spaces. Sentences written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said } from './ticket'

const reasonsOf = (locale: string, text: string) => assess(said(locale, text)).reasons
const cueOf = (locale: string, text: string, cue: string) =>
  reasonsOf(locale, text).find((r) => r.params?.cue === cue)

describe('unmet expectation: what was expected, then what happened', () => {
  it.each([
    [
      'en',
      'We reserved a quiet room at the back for our anniversary. On arrival they put us in a smaller room over the bar.',
    ],
    [
      'de',
      'Wir hatten ein Zimmer mit Balkon reserviert. Bei der Ankunft bekamen wir nur ein Zimmer zum Hof.',
    ],
    [
      'es',
      'Pedimos la mesa junto a la ventana para el cumpleaños de mi madre, pero nos dieron otra al lado de la cocina.',
    ],
    ['fr', "J'avais commandé le canapé en lin beige, mais j'ai reçu un modèle en velours gris."],
    ['pt', 'Paguei pela entrega expressa, mas a encomenda só chegou uma semana depois.'],
    ['nb', 'Vi bestilte rom med havutsikt, men fikk bare utsikt mot parkeringsplassen.'],
    ['ja', '窓側の席をお願いしていたのですが、実際には通路側の席しか用意されていませんでした。'],
    ['ko', '2인분으로 주문했는데 받아 보니 1인분밖에 안 되는 양이었어요.'],
    ['th', 'จองห้องวิวสวนไว้ แต่พอไปถึงได้ห้องติดถนนแทน'],
  ])('%s: polite disappointment, both halves quoted (%s)', (locale, text) => {
    const reason = cueOf(locale, text, 'unmet_expectation')
    expect(reason?.code).toBe('polite_disappointment')
    expect(reason?.evidence.text).toContain(' … ')
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['en', 'My laptop has been in your workshop for five weeks, whereas I was told it would take ten days.'],
    ['fr', "Vous m'avez facturé l'itinérance alors que mon forfait devait inclure l'Europe."],
    ['de', 'Wir hatten das Zimmer mit Whirlpool gebucht. Vor Ort war der Whirlpool außer Betrieb.'],
  ])('%s: what happened, then the expectation; or the booked thing out of order (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')).toBeDefined()
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['en', "We paid for the premium package and, honestly, that's not what we paid for."],
    ['fr', "Ce n'est pas la chambre que nous avions réservé."],
  ])('%s: "not what we paid for" on its own (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')).toBeDefined()
  })

  it.each([
    ['en', 'I booked the garden room for two nights in May. Is breakfast included, and can we park on site?'],
    [
      'en',
      'I ordered the grey sofa yesterday. However, I think the blue one might suit the room better. Could I swap?',
    ],
    ['en', 'We asked for a birthday candle on the dessert and that is exactly what we got. Thank you!'],
    ['de', 'Ich habe gestern die Jacke in M bestellt, würde aber doch lieber L nehmen. Geht das noch?'],
    ['es', 'Reservé una habitación doble para el viernes. ¿A qué hora es el check-in?'],
    ['nb', 'Vi bestilte bord ved vinduet, og fikk akkurat det vi ba om. Tusen takk!'],
    ['ja', 'お願いしていた通りのお部屋で、ゆっくり過ごせました。ありがとうございました。'],
    ['th', 'ขอห้องชั้นบนไว้ ก็ได้ตามที่ขอเลยค่ะ ขอบคุณมากค่ะ'],
  ])('%s: a booking mentioned, a met request or a change of plan is calm (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'unmet_expectation')).toBeUndefined()
    expect(assess(said(locale, text)).negative).toBe(false)
  })
})

describe('softened reports count only with a failure', () => {
  it.each([
    ['en', 'No big deal, but the parcel was left outside in the rain and the books got soaked.'],
    ['de', 'Keine große Sache, aber die Vase kam zerbrochen an.'],
    ['nb', 'Ingen stor sak, men pakken kom knust.'],
    ['ja', '大したことではないのですが、届いた箱が潰れていました。'],
    ['ko', '별건 아닌데 화분 흙이 다 쏟아져 있었어요.'],
    ['pt', 'Não quero fazer alarde, mas o estafeta deixou a encomenda na rua e a caixa ficou toda molhada.'],
  ])('%s: a softener beside a failure is polite disappointment (%s)', (locale, text) => {
    const reason = cueOf(locale, text, 'softened')
    expect(reason?.code).toBe('polite_disappointment')
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    [
      'en',
      'Sorry to bother you, this is not a big deal at all: just thought you should know the driver was lovely.',
    ],
    ['de', 'Nur zur Info: der Techniker war pünktlich und sehr freundlich. Danke!'],
    ['ja', '念のためお伝えしますが、配達員の方がとても丁寧でした。'],
  ])('%s: a softener alone, in a thank-you, is calm (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'softened')).toBeUndefined()
    expect(assess(said(locale, text)).negative).toBe(false)
  })
})

describe('sarcasm without a marker', () => {
  it.each([
    ['en', "I suppose 'express' means something else over there: nine days and still no parcel."],
    ['es', 'Supongo que "urgente" tiene otro significado en su empresa, porque llevo dos semanas esperando.'],
    ['fr', "Je suppose que « sous 48 h » veut dire autre chose chez vous : j'attends depuis trois semaines."],
    ['en', "We have been waiting three weeks for the engineer. Can't wait to hear tomorrow's excuse."],
  ])('%s: a rhetorical guess or eagerness beside a failure (%s)', (locale, text) => {
    expect(cueOf(locale, text, 'sarcasm')).toBeDefined()
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it('sincere thanks beside an hour on the phone is not sarcasm', () => {
    const text =
      'Huge thanks to Priya, who spent an hour on the phone with me setting it all up. Brilliant help.'
    expect(cueOf('en', text, 'sarcasm')).toBeUndefined()
  })
})

describe('short entries inside ordinary words (ja, ko, th)', () => {
  it.each([
    ['ja', '毎月届くのを楽しみにしています。次回もよろしくお願いします。'],
    ['ja', '泥汚れが驚くほど落ちて、家族で喜んでいます。'],
    ['ja', '担当の方はいらっしゃいますか。'],
    ['ko', '고소한 참기름 향이 정말 좋았어요.'],
    ['ko', '주문하자마자 다음 날 도착했어요.'],
    ['ko', '욕실 청소용품도 같이 구매하고 싶어요.'],
    ['ko', '주문 변경 또는 취소가 가능한가요? 최고급 원두로 바꾸고 싶어요.'],
    ['th', 'อาหารเช้าอร่อยมากค่ะ'],
    ['th', 'ย้ายบ้านเดือนหน้าค่ะ'],
    ['th', 'ไปเที่ยวปางช้างกับครอบครัวมาค่ะ'],
    ['th', 'ลำโพงเสียงดีมากค่ะ'],
  ])('%s: no complaint read inside a word (%s)', (locale, text) => {
    const a = assess(said(locale, text))
    expect(a.reasons.filter((r) => r.code === 'negative_sentiment' || r.code === 'legal_threat')).toEqual([])
    expect(a.negative).toBe(false)
  })

  it.each([
    ['ja', '箱にシミがついていました。'],
    ['ko', '고소하겠습니다. 변호사와 상의 중입니다.'],
    ['th', 'ส่งของช้ามากค่ะ'],
    ['th', 'บ้าไปแล้ว รอมาสามอาทิตย์'],
  ])('%s: the same entries still fire as words of their own (%s)', (locale, text) => {
    expect(assess(said(locale, text)).reasons.length).toBeGreaterThan(0)
  })
})
