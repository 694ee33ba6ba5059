import { describe, expect, it } from 'vitest'
import type { Lexicon } from '../../src/core/detect/lexicon/types'
import { en } from '../../src/core/detect/lexicon/en'
import {
  COMMITTED_WITH_MS,
  committedWith,
  isWrittenBlind,
  isLong,
  occursIn,
  phrasesOf,
  type LexiconPhrase,
} from '../../tests/eval/copied-phrases'
import { normalize } from '../../src/core/detect/normalize'

const phrase = (lang: Lexicon['lang'], raw: string): LexiconPhrase => {
  const stem = raw.endsWith('*')
  return { lang, raw, text: normalize(stem ? raw.slice(0, -1) : raw).text, stem }
}

describe('copied lexicon phrases', () => {
  it('counts 4+ words in Latin languages and 8+ letters (marks inside their letter) in ja/ko/th', () => {
    expect(isLong(phrase('en', 'speak to a manager'))).toBe(true)
    expect(isLong(phrase('en', 'speak to someone'))).toBe(false)
    expect(isLong(phrase('ja', 'ありがとうございます'))).toBe(true)
    expect(isLong(phrase('ja', 'がっかり'))).toBe(false)
    // ร้องเรียน is nine code points but seven letters: one word, not a phrase.
    expect(isLong(phrase('th', 'ร้องเรียน'))).toBe(false)
    expect(isLong(phrase('th', 'ไม่มีใครติดต่อกลับ'))).toBe(true)
  })

  it('finds Latin phrases as whole words only, stems as prefixes, ja/ko/th anywhere', () => {
    const text = normalize('Honestly, I want to speak to a managerial team… or speak to a manager.').text
    expect(occursIn(phrase('en', 'speak to a manager'), text)).toBe(true)
    expect(occursIn(phrase('en', 'want to speak to'), text)).toBe(true)
    expect(occursIn(phrase('en', 'a managerial team or'), normalize('x a managerialteam or').text)).toBe(
      false,
    )
    expect(occursIn(phrase('en', 'to speak to a manag*'), text)).toBe(true)
    expect(
      occursIn(phrase('ja', 'ありがとうございます'), normalize('本当にありがとうございますね').text),
    ).toBe(true)
  })

  it('reads every role of a lexicon, without its syntax characters', () => {
    const all = phrasesOf(en)
    expect(all.some((p) => p.raw === 'disappoint*' && p.text === 'disappoint' && p.stem)).toBe(true)
    expect(all.some((p) => p.raw === '~no' && p.text === 'no')).toBe(true)
    expect(all.some((p) => p.text === 'speak to a manager')).toBe(true)
  })

  it('counts an entry as committed with a ticket in the same session or after it, not long before', () => {
    const ticket = Date.parse('2026-11-23T10:47:46Z')
    expect(committedWith(ticket, ticket)).toBe(true)
    expect(committedWith(ticket + 3_600_000, ticket)).toBe(true)
    expect(committedWith(ticket - COMMITTED_WITH_MS + 1000, ticket)).toBe(true)
    expect(committedWith(ticket - COMMITTED_WITH_MS - 1000, ticket)).toBe(false)
  })

  it('counts an entry as copied from a blind ticket only when committed at or after it', () => {
    const ticket = Date.parse('2026-12-07T12:54:19Z')
    expect(isWrittenBlind('/x/tests/eval/blind-4/es.jsonl')).toBe(true)
    expect(isWrittenBlind('tests/eval/devset.jsonl')).toBe(false)
    expect(isWrittenBlind('tests/eval/blinder/es.jsonl')).toBe(false)
    expect(isWrittenBlind('tests/eval/train-b/ko.jsonl')).toBe(true)
    expect(isWrittenBlind('tests/eval/trains/ko.jsonl')).toBe(false)
    // Written ten minutes before a ticket whose author never saw the lexicons: no echo either way.
    expect(committedWith(ticket - 9 * 60_000, ticket, true)).toBe(false)
    expect(committedWith(ticket - 9 * 60_000, ticket, false)).toBe(true)
    expect(committedWith(ticket, ticket, true)).toBe(true)
    expect(committedWith(ticket + 60_000, ticket, true)).toBe(true)
  })
})
