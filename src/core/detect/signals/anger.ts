/**
 * Script-independent anger cues: shouting in capitals (Latin script only), runs of !! / ?! (half- or full-width),
 * and angry emoji or emoticons. Each is a small weight: never enough alone to call a ticket negative.
 */
import type { NormalizedText } from '../normalize'
import { ANGER } from '../weights'
import type { TextHit } from './text'

const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu
const LATIN_WORD = /(?<![\p{L}\p{N}])\p{Script=Latin}{3,}(?![\p{L}\p{N}])/gu
const PUNCTUATION = /[!！]{2,}|[?？][!！]+|[!！][?？]+|[?？]{3,}/u
const ANGRY = /😡|🤬|😠|💢|👎|😤|🖕|🙄|😒|💩|ㅡㅡ|ㅗ|\(怒\)|（怒）|>:\(|>:-\(/u

// One cheap pass tells which cues are possible: most comments have no capitals run, no "!!" and no emoji at
// all, so the unicode-mode regexes below rarely run.
/** Three capitals in a row ([A-Z\u00c0-\u00de]{3}). */
const MAYBE_CAPS = 1
/** Two of ! ！ ? ？ in a row. */
const MAYBE_PUNCTUATION = 2
/** An emoji's lead surrogate (U+1F300–U+1FAFF), ㅡㅡ, ㅗ, 怒 or >: — what ANGRY may start with. */
const MAYBE_ANGRY = 4

function possibleCues(text: string): number {
  let found = 0
  let capitals = 0
  let marks = 0
  let prev = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) {
      if (++capitals >= 3) found |= MAYBE_CAPS
    } else capitals = 0
    if (c === 33 || c === 63 || c === 0xff01 || c === 0xff1f) {
      if (++marks >= 2) found |= MAYBE_PUNCTUATION
    } else marks = 0
    if (
      c === 0xd83d ||
      c === 0xd83e ||
      c === 0x3157 ||
      c === 0x6012 ||
      (c === 0x3161 && prev === 0x3161) ||
      (c === 58 && prev === 62)
    )
      found |= MAYBE_ANGRY
    prev = c
  }
  return found
}

function capsShout(text: string): TextHit | null {
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
  const possible = possibleCues(text)
  if (norm.scripts.latin >= 8 && possible & MAYBE_CAPS) {
    const caps = capsShout(text)
    if (caps) cues.push(caps)
  }
  const punctuation = possible & MAYBE_PUNCTUATION ? PUNCTUATION.exec(text) : null
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
  const emoji = possible & MAYBE_ANGRY ? ANGRY.exec(text) : null
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
