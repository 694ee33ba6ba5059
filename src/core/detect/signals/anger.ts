/**
 * Script-independent anger cues: shouting in capitals (Latin script only), runs of !! / ?! (half- or full-width),
 * and angry emoji or emoticons. Each is a small weight: never enough alone to call a ticket negative.
 */
import type { NormalizedText } from '../normalize'
import { ANGER } from '../weights'
import type { TextHit } from './findings'

const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu
const LATIN_WORD = /(?<![\p{L}\p{N}])\p{Script=Latin}{3,}(?![\p{L}\p{N}])/gu
const PUNCTUATION = /[!！]{2,}|[?？][!！]+|[!！][?？]+|[?？]{3,}/u
const ANGRY = /😡|🤬|😠|💢|👎|😤|🖕|🙄|😒|💩|ㅡㅡ|ㅗ|\(怒\)|（怒）|>:\(|>:-\(/u

// Cheap pre-checks without unicode mode: most comments have no capitals run, no "!!" and no emoji at all.
const CAPS_RUN = /[A-Z\u00c0-\u00de]{3}/
const MAYBE_PUNCTUATION = /[!！?？]{2}/
const MAYBE_ANGRY = /[\ud83d\ud83e]|ㅡㅡ|ㅗ|怒|>:/
/** Any of the three: most comments have none, and one scan costs less than three. */
const MAYBE_ANY = new RegExp(`${CAPS_RUN.source}|${MAYBE_PUNCTUATION.source}|${MAYBE_ANGRY.source}`)

function capsShout(text: string): TextHit | null {
  if (!CAPS_RUN.test(text)) return null
  let latin = 0
  for (const _ of text.matchAll(LATIN_WORD)) latin++
  if (latin < ANGER.capsMinWords) return null
  const caps = [...text.matchAll(CAPS_WORD)]
  if (caps.length < ANGER.capsMinWords || caps.length / latin < ANGER.capsShare) return null
  const first = caps[0]
  const last = caps[caps.length - 1]
  if (!first || !last) return null
  const start = first.index
  const end = Math.min(last.index + last[0].length, start + 80)
  return { code: 'anger_cues', weight: ANGER.caps, start, end, params: { cue: 'caps' } }
}

export function findAngerCues(text: string, norm: NormalizedText): TextHit[] {
  const cues: TextHit[] = []
  if (!MAYBE_ANY.test(text)) return cues
  if (norm.scripts.latin >= 8) {
    const caps = capsShout(text)
    if (caps) cues.push(caps)
  }
  const punctuation = MAYBE_PUNCTUATION.test(text) ? PUNCTUATION.exec(text) : null
  if (punctuation) {
    // Quote the clause the marks close, so the evidence reads as the customer's words.
    const clauseStart = Math.max(0, text.lastIndexOf('\n', punctuation.index) + 1, punctuation.index - 60)
    cues.push({
      code: 'anger_cues',
      weight: ANGER.punctuation,
      start: clauseStart,
      end: punctuation.index + punctuation[0].length,
      params: { cue: 'punctuation' },
    })
  }
  const emoji = MAYBE_ANGRY.test(text) ? ANGRY.exec(text) : null
  if (emoji) {
    cues.push({
      code: 'anger_cues',
      weight: ANGER.emoji,
      start: emoji.index,
      end: emoji.index + emoji[0].length,
      params: { cue: 'emoji' },
    })
  }
  return cues
}
