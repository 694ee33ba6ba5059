/**
 * The output line of `turnaround assess` for one ticket, byte for byte what JSON.stringify writes for
 * `{"id","negative","severity","level","reasons":[{"code","evidence"}]}` with evidence as evidenceToString
 * gives it. Built by hand because a ticket has about ten reasons and JSON.stringify per string (plus the
 * evidence string it quotes) was a few per cent of a whole `assess` process.
 */
import { evidenceToString, quoteLocation, type Assessment, type Evidence } from '../core/detect'

/**
 * Chars JSON.stringify does not write as they are: the quote, the backslash, control chars and surrogates
 * (a lone one is escaped; a string with a pair simply takes the JSON.stringify path).
 */
// eslint-disable-next-line no-control-regex -- control chars are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

/** `JSON.stringify(text)`: the text in quotes when nothing in it needs escaping. */
export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`
}

/**
 * `JSON.stringify(evidenceToString(e))`. A quote's string opens and ends with a quote mark, which JSON
 * writes as \": when its text and comment id need no other escape, the JSON is assembled directly.
 */
export function evidenceJson(e: Evidence): string {
  if (e.kind === 'fact') return jsonString(e.text)
  if (NEEDS_ESCAPE.test(e.text) || (e.commentId !== undefined && NEEDS_ESCAPE.test(e.commentId)))
    return JSON.stringify(evidenceToString(e))
  return `"\\"${e.text}\\" (${quoteLocation(e)})"`
}

/** `{"code":"…","evidence":` for each reason code seen so far: the codes are a short fixed list. */
const reasonOpenings = new Map<string, string>()

function reasonOpening(code: string): string {
  let opening = reasonOpenings.get(code)
  if (opening === undefined) {
    opening = `{"code":${JSON.stringify(code)},"evidence":`
    reasonOpenings.set(code, opening)
  }
  return opening
}

/** One line of output, with its line break. */
export function outputLine(id: string, assessment: Assessment): string {
  let reasons = ''
  for (const r of assessment.reasons) {
    if (reasons !== '') reasons += ','
    reasons += `${reasonOpening(r.code)}${evidenceJson(r.evidence)}}`
  }
  return (
    `{"id":${jsonString(id)},"negative":${assessment.negative},"severity":${assessment.severity},` +
    `"level":${jsonString(assessment.level)},"reasons":[${reasons}]}\n`
  )
}
