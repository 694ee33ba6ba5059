/**
 * Compiles lexicons into one phrase trie per script group (all Latin languages share one), whose nodes hold the
 * lexicon entries behind each phrase. Compiled once per lexicon set, reused for every comment.
 * Why a trie and not Intl.Segmenter: segmentation costs 30–46 µs per comment. Walking the trie in plain code
 * beats a sticky regex per word start: most words fail after a character or two, and a regex call costs more
 * than that before it reads a single character.
 */
import type { LangCode, Lexicon, PhraseWeights, Script } from './lexicon/types'
import { findAnywhere, findLatin } from './find-hits'
import { normalize } from './normalize'
import { buildTrie, childOf, entriesOf, isLatinWordChar, type CompiledEntry, type KeyEntries } from './trie'

export type Role =
  | 'negative'
  | 'positive'
  | 'politeness'
  | 'profanity'
  | 'sarcasm'
  | 'praise'
  | 'intensifier'
  | 'negPre'
  | 'negPost'
  | 'contrast'
  | 'resolution'
  | 'escalation'
  | 'churn'
  | 'legal'
  | 'public'
  | 'repeat'
  | 'chasing'
  | 'billing'
  | 'product'
  | 'service'
  | 'slow'
  | 'waitBefore'
  | 'waitAfter'
  | 'unitLong'
  | 'unitShort'
  | 'conditional'
  | 'expected'
  | 'turn'
  | 'shortfall'
  | 'met'
  | 'ownChange'
  | 'softener'
  | 'rhetorical'
  | 'eager'
  | 'apology'
  | 'asking'
  | 'colour'
  | 'restrictive'
  | 'shield'

export interface Entry {
  lang: LangCode
  role: Role
  weight: number
  /** Collision-prone: counts only when the comment reads as `lang`. */
  ownLanguageOnly: boolean
  /**
   * The phrase opens with its language's negator ("no funciona", "sans aucun", "aucune réponse"): the negation
   * is part of the complaint, so a negator before it does not cancel it (negative concord: "sin ninguna").
   */
  negatedInside?: boolean
}

export interface Hit {
  start: number
  end: number
  entries: readonly Entry[]
}

export interface Matcher {
  script: Script
  langs: readonly LangCode[]
  find(text: string): Hit[]
  /** Per language, the normalised words that may stand between a wait lead and its unit. */
  waitNumbers: ReadonlyMap<LangCode, ReadonlySet<string>>
  /** Normalised clause openers of all its languages (one or two words each). */
  clauseOpeners: ReadonlySet<string>
}

/**
 * Counts the whole words of a normalised Latin text that mark each language (function words); index k of the
 * result is the k-th language given to compileMarkers.
 */
export type MarkerCounter = (text: string) => Int32Array

const isKanji = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3
/** Roles whose short ja/ko entries are content words, not endings or particles (negators, contrast, turns are). */
const CONTENT_ROLES: ReadonlySet<Role> = new Set<Role>([
  'negative',
  'positive',
  'politeness',
  'profanity',
  'praise',
  'escalation',
  'churn',
  'legal',
  'public',
  'repeat',
  'billing',
  'product',
  'service',
])
/** Up to this many characters, a ja/ko content entry may be part of a longer word. */
const SHORT_ENTRY = 2
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f

/** The substring rule for one compiled entry (see CompiledEntry.notAfter), or undefined. */
function notAfterFor(script: Script, role: Role, text: string): ((c: number) => boolean) | undefined {
  if (!CONTENT_ROLES.has(role) || text.length > SHORT_ENTRY + 1) return undefined
  if (script === 'ja' && isHiragana(text.charCodeAt(0))) return isKanji
  if (script === 'ko' && text.length <= SHORT_ENTRY) return isHangul
  return undefined
}

interface ParsedPhrase {
  text: string
  stem: boolean
  wordStart: boolean
  ownLanguageOnly: boolean
}

/** Phrase syntax (lexicon/types.ts): `~` own language only, `^` word start, trailing `*` stem. */
function parsePhrase(raw: string): ParsedPhrase | null {
  let phrase = raw.trim()
  const ownLanguageOnly = phrase.startsWith('~')
  if (ownLanguageOnly) phrase = phrase.slice(1)
  const wordStart = phrase.startsWith('^')
  if (wordStart) phrase = phrase.slice(1)
  const stem = phrase.endsWith('*')
  if (stem) phrase = phrase.slice(0, -1)
  // normalize() trims, but a trailing space is meaningful in "^안 " (the negator as a separate word).
  const text = normalize(phrase).text + (phrase.endsWith(' ') ? ' ' : '')
  return text.trim() === '' ? null : { text, stem, wordStart, ownLanguageOnly }
}

function rolesOf(lexicon: Lexicon): Array<[Role, PhraseWeights]> {
  const list = (items: readonly string[], weight = 1): PhraseWeights =>
    Object.fromEntries(items.map((item) => [item, weight]))
  return [
    ['negative', lexicon.negative],
    ['positive', list(lexicon.positive)],
    ['politeness', lexicon.politeness],
    ['profanity', list(lexicon.profanity)],
    ['sarcasm', list(lexicon.sarcasm)],
    ['praise', list(lexicon.praise)],
    ['intensifier', lexicon.intensifiers],
    ['negPre', list(lexicon.negators.pre)],
    ['negPost', list(lexicon.negators.post)],
    ['contrast', list(lexicon.contrast)],
    ['resolution', lexicon.resolution],
    ['escalation', lexicon.intents.escalation],
    ['churn', lexicon.intents.churn],
    ['legal', lexicon.intents.legal],
    ['public', lexicon.intents.public],
    ['repeat', lexicon.intents.repeat],
    ['chasing', lexicon.intents.chasing],
    ['billing', list(lexicon.topics.billing)],
    ['product', list(lexicon.topics.product)],
    ['service', list(lexicon.topics.service)],
    ['slow', list(lexicon.topics.slow)],
    ['waitBefore', lexicon.waits?.before ?? {}],
    ['waitAfter', lexicon.waits?.after ?? {}],
    ['unitLong', list(lexicon.waits?.long ?? [])],
    ['unitShort', list(lexicon.waits?.short ?? [])],
    ['conditional', list(lexicon.conditionals ?? [])],
    ['expected', list(lexicon.expectation?.stated ?? [])],
    ['turn', list(lexicon.expectation?.turn ?? [])],
    ['shortfall', list(lexicon.expectation?.shortfall ?? [])],
    ['met', list(lexicon.expectation?.met ?? [])],
    ['ownChange', list(lexicon.expectation?.ownChange ?? [])],
    ['softener', list(lexicon.softeners ?? [])],
    ['rhetorical', list(lexicon.rhetorical ?? [])],
    ['eager', list(lexicon.eager ?? [])],
    ['apology', list(lexicon.apologies ?? [])],
    ['asking', list(lexicon.asking ?? [])],
    ['colour', lexicon.expectation?.colours ?? {}],
    ['restrictive', list(lexicon.expectation?.restrictive ?? [])],
    ['shield', list(lexicon.notInside ?? [])],
  ]
}

/** Whether a normalised phrase starts with one of the negators, as a whole word (Latin) or a prefix. */
function opensWithNegator(text: string, negators: readonly string[], latin: boolean): boolean {
  return negators.some(
    (n) => text.length > n.length && text.startsWith(n) && (!latin || text[n.length] === ' '),
  )
}

export function compileMatcher(script: Script, lexicons: readonly Lexicon[]): Matcher {
  const byKey = new Map<string, KeyEntries>()
  for (const lexicon of lexicons) {
    const negators = lexicon.negators.pre
      .map((n) => parsePhrase(n)?.text.trim() ?? '')
      .filter((n) => n !== '')
    for (const [role, phrases] of rolesOf(lexicon)) {
      const complaint =
        role !== 'negPre' && role !== 'negPost' && role !== 'positive' && role !== 'resolution'
      for (const [raw, weight] of Object.entries(phrases)) {
        const parsed = parsePhrase(raw)
        if (!parsed) continue
        const node = entriesOf(byKey, parsed.text)
        const entry: CompiledEntry = {
          lang: lexicon.lang,
          role,
          weight,
          ownLanguageOnly: parsed.ownLanguageOnly,
          negatedInside: complaint && opensWithNegator(parsed.text, negators, script === 'latin'),
          wordStart: parsed.wordStart,
          notAfter: notAfterFor(script, role, parsed.text),
        }
        if (parsed.stem) (node.stem ??= []).push(entry)
        else (node.exact ??= []).push(entry)
      }
    }
  }
  const trie = buildTrie(byKey)

  const waitNumbers = new Map<LangCode, ReadonlySet<string>>()
  for (const lexicon of lexicons) {
    if (!lexicon.waits) continue
    const set = new Set<string>()
    for (const phrase of lexicon.waits.numbers)
      for (const word of normalize(phrase).text.split(' ')) set.add(word)
    waitNumbers.set(lexicon.lang, set)
  }
  const clauseOpeners = new Set<string>()
  for (const lexicon of lexicons)
    for (const word of lexicon.clauseOpeners ?? []) clauseOpeners.add(normalize(word).text)
  return {
    script,
    langs: lexicons.map((lexicon) => lexicon.lang),
    find: script === 'latin' ? (text) => findLatin(trie, text) : (text) => findAnywhere(trie, text, script),
    waitNumbers,
    clauseOpeners,
  }
}

const MARKER_WORDS = 80
const MARKER_ENOUGH = 12

/** Latin function words as whole words; a word may mark several languages ("que", "en"). */
export function compileMarkers(markers: ReadonlyArray<readonly string[]>): MarkerCounter {
  const byKey = new Map<string, KeyEntries>()
  const masks: number[] = []
  markers.forEach((list, index) => {
    for (const marker of list) {
      const word = normalize(marker).text
      if (word === '') continue
      // The entry's weight carries the language index; the trie then stores one mask per word.
      const entry: CompiledEntry = {
        lang: 'en',
        role: 'negative',
        weight: index,
        ownLanguageOnly: false,
        negatedInside: false,
        wordStart: false,
        notAfter: undefined,
      }
      ;(entriesOf(byKey, word).exact ??= []).push(entry)
    }
  })
  const { nodes, entries } = buildTrie(byKey)
  for (const info of entries) masks.push((info.exact ?? []).reduce((mask, e) => mask | (1 << e.weight), 0))
  const languages = markers.length
  // Walks each word from its start; no Hit objects: this runs on every customer text. A language shows in its
  // first sentences, so the walk stops after MARKER_WORDS words or once a language has MARKER_ENOUGH markers.
  return (text) => {
    const counts = new Int32Array(languages)
    const length = text.length
    let i = 0
    let top = 0
    for (let word = 0; i < length && word < MARKER_WORDS && top < MARKER_ENOUGH; word++) {
      while (i < length && !isLatinWordChar(text.charCodeAt(i))) i++
      let node = 0
      let at = i
      while (at < length) {
        const code = text.charCodeAt(at)
        if (!isLatinWordChar(code)) break
        node = node >= 0 ? childOf(nodes, node, code) : -1
        at++
      }
      if (at > i && node >= 0) {
        const id = nodes[node] as number
        if (id >= 0) {
          const mask = masks[id] as number
          for (let k = 0; k < languages; k++) {
            if (mask & (1 << k)) top = Math.max(top, (counts[k] = (counts[k] as number) + 1))
          }
        }
      }
      i = at
    }
    return counts
  }
}
