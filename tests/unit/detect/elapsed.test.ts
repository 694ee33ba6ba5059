/**
 * A wait counted in days (signals/elapsed.ts): "day N of my/since/without", and the ja/ko/th copula forms; calm
 * look-alikes are days of a trial or trip, and the first two days. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said } from './ticket'

const waitOf = (locale: string, text: string) =>
  assess(said(locale, text)).reasons.find((r) => r.params?.cue === 'wait')

describe('a wait counted in days', () => {
  it.each([
    ['en', 'Day 6 of my broadband outage, nobody has called.'],
    ['fr', 'Jour 11 sans chauffage dans l’appartement.'],
    ['es', 'Día 7 sin línea fija en casa.'],
    ['pt', 'Dia 8 sem internet em casa.'],
    ['de', 'Tag 5 ohne warmes Wasser in der Wohnung.'],
    ['nb', 'Dag 4 uten strøm i hytta.'],
    ['ja', '修理を依頼してから6日目になりますが、連絡がありません。'],
    ['ko', '배송 조회가 멈춘 지 5일째인데요, 확인 부탁드립니다.'],
    ['th', 'รอช่างมาซ่อมวันที่ 5 แล้วค่ะ'],
  ])('%s: %s', (locale, text) => {
    expect(waitOf(locale, text)).toBeDefined()
  })

  it.each([
    ['en', 'Day 10 of my trial and I love it, thanks!'],
    ['en', 'Day 2 of my new plan, all good.'],
    ['fr', 'Jour 4 de mon séjour, tout se passe bien, merci.'],
    ['de', 'Tag 3 meines Urlaubs, alles bestens.'],
    ['ja', '旅行の3日目に使いました。とても便利でした。'],
    ['ko', '운동 시작한 지 2일째인데 재미있어요.'],
  ])('calm %s: %s', (locale, text) => {
    expect(waitOf(locale, text)).toBeUndefined()
    expect(assess(said(locale, text)).negative).toBe(false)
  })
})
