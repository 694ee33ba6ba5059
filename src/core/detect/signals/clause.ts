/**
 * Where sentences and clauses end in a normalised text, as char-code tests: they run on every char between two
 * hits, where a regex call per char (or per slice) cost more than the test itself.
 */

/** . ! ? 。 ！ ？ and a line break. */
export const isSentenceEnd = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f
export const isQuestionMark = (c: number): boolean => c === 63 || c === 0xff1f
/** A sentence end, ; : or 、. */
export const isClauseBreak = (c: number): boolean => isSentenceEnd(c) || c === 59 || c === 58 || c === 0x3001
/** . ! ? ; : , and a line break. */
export const isLatinClauseBreak = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 10

/** Whether text[from, to) holds a break, without slicing. */
export function hasBreak(text: string, from: number, to: number, isBreak: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true
  return false
}

/** Words strictly between two offsets of a normalised text (spaces are single there). */
export function wordsBetween(text: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) === 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Whether a clause break (or the end of the text) follows `at`, spaces aside. */
export function closesClause(text: string, at: number): boolean {
  let k = at
  while (k < text.length && text.charCodeAt(k) === 32) k++
  return k >= text.length || isLatinClauseBreak(text.charCodeAt(k))
}

/** Where the sentence holding `at` starts. */
export function sentenceStart(text: string, at: number): number {
  let i = at
  while (i > 0 && !isSentenceEnd(text.charCodeAt(i - 1))) i--
  return i
}

/** Whether the sentence holding [start, end) ends with a question mark. */
export function inQuestion(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSentenceEnd(c)) return isQuestionMark(c)
  }
  return false
}
