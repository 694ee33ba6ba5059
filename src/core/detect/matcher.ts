/**
 * Compiles lexicons into one phrase trie per script group (all Latin languages share one), whose nodes hold the
 * lexicon entries behind each phrase. Compiled once per lexicon set, reused for every comment.
 * Why a trie and not Intl.Segmenter: segmentation costs 30–46 µs per comment. Walking the trie in plain code
 * beats a sticky regex per word start: most words fail after a character or two, and a regex call costs more
 * than that before it reads a single character.
 */
import type { LangCode, Lexicon, PhraseWeights, Script } from './lexicon/types'
import { normalize } from './normalize'

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

/** Word characters of normalised Latin text (diacritics are folded, so nearly all are ASCII). */
const isLatinWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f)
const isJaStemChar = (c: number): boolean => (c >= 0x3041 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)
const isKoStemChar = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3
const isThStemChar = (c: number): boolean => c >= 0x0e00 && c <= 0x0e7f
/** What may follow a stem ("disappoint*"): the rest of the word. Branches, not a table of functions: one call site. */
const isStemChar = (script: Script, c: number): boolean =>
  script === 'latin'
    ? isLatinWordChar(c)
    : script === 'ja'
      ? isJaStemChar(c)
      : script === 'ko'
        ? isKoStemChar(c)
        : isThStemChar(c)
const LETTER_BEFORE = /[\p{L}\p{M}\p{N}]/u

/** Every compiled entry has all these fields, in this order: one object shape for the code that reads hits. */
interface CompiledEntry extends Entry {
  negatedInside: boolean
  /** `^` phrases (ja/ko/th): only at the start of a word. */
  wordStart: boolean
  /**
   * A short ja entry that opens with kana (しみ, いや) is the tail of a word after a kanji (楽しみ, 嫌): not there.
   * A short ko entry (고소, 하자) inside an eojeol is part of another word (주문하자마자): only at its start.
   */
  notAfter: ((c: number) => boolean) | undefined
}

const isKanji = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3
/** Thai vowels written before their consonant (เ แ โ ใ ไ): a match may not start right after one. */
const isThaiLeadingVowel = (c: number): boolean => c >= 0x0e40 && c <= 0x0e44
/** Thai vowels and tone marks written after their consonant: a match may not end right before one. */
const isThaiFollowingMark = (c: number): boolean =>
  c === 0x0e30 ||
  c === 0x0e31 ||
  c === 0x0e32 ||
  c === 0x0e33 ||
  (c >= 0x0e34 && c <= 0x0e3a) ||
  (c >= 0x0e47 && c <= 0x0e4e)
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
    ['shield', list(lexicon.notInside ?? [])],
  ]
}

/** The entries of one normalised phrase text, as a phrase (`exact`) and as a stem. */
interface KeyEntries {
  exact: CompiledEntry[] | null
  stem: CompiledEntry[] | null
}

/** What a hit at a node yields: the phrase ending there, or its stem plus the rest of a word. */
interface NodeEntries {
  exact: readonly CompiledEntry[] | null
  stem: readonly CompiledEntry[] | null
  /** The same lists without `^` entries, for a hit right after a letter; null when the key has no `^` entry. */
  exactAfterLetter: readonly CompiledEntry[] | null
  stemAfterLetter: readonly CompiledEntry[] | null
  /**
   * A word that ends exactly at a key that is both a phrase and a stem ("warte" as a topic and "warte*" as a
   * complaint) is both: exact entries first, so they win a role both have. Null unless the key has both.
   */
  both: readonly CompiledEntry[] | null
  bothAfterLetter: readonly CompiledEntry[] | null
  /** Some entry has a `notAfter` rule (short ja/ko entries only). */
  notAfter: boolean
}

/**
 * The trie flattened into one Int32Array, nodes in depth-first order, so a chain of characters sits in a few
 * cache lines. A node at offset o: [o] = index into `entries` or −1; [o+1] says how its children are stored:
 * - n ≥ 0: n (code, offset) pairs sorted by code, scanned in order (most nodes have one or two children);
 * - −span (down to −65536): a dense table, [o+2] = first code, then `span` offsets (−1 = none);
 * - −(HASHED + mask): a hash table of mask + 1 (code, offset) slots (code −1 = empty), probed linearly from
 *   code & mask — for many children spread over a wide range, like the first characters of Japanese phrases.
 */
interface FlatTrie {
  nodes: Int32Array
  entries: NodeEntries[]
}

/** Children that are this many or more, within a span this many times their number, become a dense table. */
const DENSE_MIN_CHILDREN = 6
const DENSE_MAX_SPREAD = 8
/** This many children or more, spread too wide for a dense table, go in a hash table. */
const HASHED_MIN_CHILDREN = 12
/** Above any dense span (code units are below 0x10000). */
const HASHED = 0x20000
/** How a node stores its children. */
const PAIRS = 0
const DENSE = 1
const HASH = 2

const hasWordStart = (list: readonly CompiledEntry[] | null): boolean =>
  list?.some((e) => e.wordStart) ?? false
const hasNotAfter = (list: readonly CompiledEntry[] | null): boolean =>
  list?.some((e) => e.notAfter !== undefined) ?? false

/**
 * Writes the trie of the keys of `byKey` straight from the sorted key list (a node is a run of keys sharing a
 * prefix), so building it allocates no node objects: a trie of Map nodes left megabytes of garbage at start-up.
 */
function buildTrie(byKey: ReadonlyMap<string, KeyEntries>): FlatTrie {
  // Default sort compares UTF-16 code units, the order the trie walks; a key sorts before its extensions.
  const keys = [...byKey.keys()].sort()
  // Written into a typed array grown by doubling: this runs once per lexicon set, mostly before the JIT has
  // warmed up, where a push per word costs far more than a store.
  let words = new Int32Array(1024)
  let size = 0
  /** Room for `count` more words, filled with −1 (no entry, no child). */
  const reserve = (count: number): number => {
    const at = size
    if (size + count > words.length) {
      let capacity = words.length * 2
      while (capacity < size + count) capacity *= 2
      const grown = new Int32Array(capacity)
      grown.set(words.subarray(0, size))
      words = grown
    }
    words.fill(-1, size, size + count)
    size += count
    return at
  }
  const entries: NodeEntries[] = []
  /** The index of the key's NodeEntries for a node's first word, or −1. */
  const entryIndex = (own: KeyEntries | undefined): number => {
    if (!own) return -1
    const withWordStart = hasWordStart(own.exact) || hasWordStart(own.stem)
    const both = own.exact && own.stem ? [...own.exact, ...own.stem] : null
    const notWordStart = (list: readonly CompiledEntry[] | null): CompiledEntry[] | null =>
      withWordStart && list ? list.filter((e) => !e.wordStart) : null
    entries.push({
      exact: own.exact,
      stem: own.stem,
      exactAfterLetter: notWordStart(own.exact),
      stemAfterLetter: notWordStart(own.stem),
      both,
      bothAfterLetter: notWordStart(both),
      notAfter: hasNotAfter(own.exact) || hasNotAfter(own.stem),
    })
    return entries.length - 1
  }
  /** The node for the prefix of length `depth` shared by keys[from, to). */
  const write = (from: number, to: number, depth: number): number => {
    const key = keys[from] as string
    if (to - from === 1 && key.length > depth) {
      // The tail of one key (most of a lexicon's nodes): a chain of one-child nodes, written in one loop.
      const at = reserve(4 * (key.length - depth) + 2)
      let node = at
      for (let d = depth; d < key.length; d++, node += 4) {
        words[node + 1] = 1
        words[node + 2] = key.charCodeAt(d)
        words[node + 3] = node + 4
      }
      words[node] = entryIndex(byKey.get(key))
      words[node + 1] = 0
      return at
    }
    const own = key.length === depth ? byKey.get(keys[from++] as string) : undefined
    // Children are the runs of keys with the same next char: count them first, then lay out their slots.
    let count = 0
    let first = -1
    let last = -1
    for (let k = from; k < to; k++) {
      const code = (keys[k] as string).charCodeAt(depth)
      if (code !== last) {
        count++
        if (first < 0) first = code
        last = code
      }
    }
    const span = last - first + 1
    const layout =
      count >= DENSE_MIN_CHILDREN && span <= DENSE_MAX_SPREAD * count
        ? DENSE
        : count >= HASHED_MIN_CHILDREN
          ? HASH
          : PAIRS
    let hashSize = 1
    while (hashSize < 2 * count) hashSize *= 2
    const mask = hashSize - 1
    const slots = layout === DENSE ? span : layout === HASH ? 2 * hashSize : 2 * count
    const at = reserve((layout === DENSE ? 3 : 2) + slots)
    words[at] = entryIndex(own)
    if (layout === DENSE) {
      words[at + 1] = -span
      words[at + 2] = first
    } else words[at + 1] = layout === HASH ? -(HASHED + mask) : count
    const table = at + (layout === DENSE ? 3 : 2)
    for (let k = from, child = 0; k < to; child++) {
      const code = (keys[k] as string).charCodeAt(depth)
      let end = k + 1
      while (end < to && (keys[end] as string).charCodeAt(depth) === code) end++
      let slot: number
      if (layout === DENSE) slot = table + code - first
      else if (layout === HASH) {
        let probe = code & mask
        while (words[table + 2 * probe] !== -1) probe = (probe + 1) & mask
        words[table + 2 * probe] = code
        slot = table + 2 * probe + 1
      } else {
        words[table + 2 * child] = code
        slot = table + 2 * child + 1
      }
      // Not `words[slot] = write(…)`: writing the child may grow (replace) the array.
      const offset = write(k, end, depth + 1)
      words[slot] = offset
      k = end
    }
    return at
  }
  if (keys.length > 0) write(0, keys.length, 0)
  else {
    reserve(2)
    words[1] = 0
  }
  return { nodes: words.slice(0, size), entries }
}

/** Offset of the child of the node at `node` for `code`, or −1. */
function childOf(nodes: Int32Array, node: number, code: number): number {
  const kind = nodes[node + 1] as number
  if (kind >= 0) {
    for (let k = node + 2, end = k + 2 * kind; k < end; k += 2) {
      const c = nodes[k] as number
      if (c === code) return nodes[k + 1] as number
      if (c > code) break
    }
    return -1
  }
  if (kind > -HASHED) {
    const index = code - (nodes[node + 2] as number)
    return index >= 0 && index < -kind ? (nodes[node + 3 + index] as number) : -1
  }
  const mask = -kind - HASHED
  for (let slot = code & mask; ; slot = (slot + 1) & mask) {
    const c = nodes[node + 2 + 2 * slot] as number
    if (c === code) return nodes[node + 3 + 2 * slot] as number
    if (c === -1) return -1
  }
}

/** The entries of `key`, added on first use. */
function entriesOf(byKey: Map<string, KeyEntries>, key: string): KeyEntries {
  let found = byKey.get(key)
  if (!found) byKey.set(key, (found = { exact: null, stem: null }))
  return found
}

/**
 * Walks the trie from each position where a phrase may start (a word start in Latin text). At one position the
 * longest phrase wins, unless it fails the word-boundary check (Latin), in which case the next shorter one is
 * tried; a stem takes the rest of the word. This is what a regex alternation of the phrases, factored as a
 * trie with longer continuations first, would match — without a regex call per word.
 */
/** A Thai match that starts after a leading vowel or ends before a following one cuts a syllable in two. */
function thaiSplitsSyllable(text: string, start: number, end: number): boolean {
  return (
    (start > 0 && isThaiLeadingVowel(text.charCodeAt(start - 1))) ||
    (end < text.length && isThaiFollowingMark(text.charCodeAt(end)))
  )
}

/** What matchAt returns for a shield: a span read as a word of its own, where nothing fires. */
const SHIELD: readonly CompiledEntry[] = []

/**
 * The phrase that starts at `i` (with SHIELD entries for a shield), or null. The deepest node where a phrase
 * may end wins: a stem (it takes the rest of the word), or a phrase followed by a word boundary (Latin) — what
 * a regex of the phrases would pick after backtracking.
 */
function matchAt(trie: FlatTrie, text: string, i: number, script: Script): Hit | null {
  const nodes = trie.nodes
  const length = text.length
  const latin = script === 'latin'
  let node = childOf(nodes, 0, text.charCodeAt(i))
  if (node < 0) return null
  let best: NodeEntries | null = null
  let keyEnd = 0
  for (let at = i + 1; ; at++) {
    const next = at < length ? text.charCodeAt(at) : -1
    const id = nodes[node] as number
    if (id >= 0) {
      const info = trie.entries[id] as NodeEntries
      if (info.stem !== null || !latin || !isLatinWordChar(next)) {
        best = info
        keyEnd = at
      }
    }
    if (next < 0) break
    // Most nodes deep in a phrase have one child: compare it in place.
    node =
      nodes[node + 1] === 1
        ? nodes[node + 2] === next
          ? (nodes[node + 3] as number)
          : -1
        : childOf(nodes, node, next)
    if (node < 0) break
  }
  if (best === null) return null
  let end = keyEnd
  let entries: readonly CompiledEntry[] | null = best.exact
  if (best.stem !== null) {
    while (end < length && isStemChar(script, text.charCodeAt(end))) end++
    entries = end > keyEnd || entries === null ? best.stem : best.both
  }
  // `^` entries need a word start; a phrase extended by a stem is never one of them.
  if (end === keyEnd && i > 0 && (best.exactAfterLetter !== null || best.stemAfterLetter !== null)) {
    if (LETTER_BEFORE.test(text[i - 1] ?? '')) {
      entries =
        entries === best.exact
          ? best.exactAfterLetter
          : entries === best.stem
            ? best.stemAfterLetter
            : best.bothAfterLetter
    }
  }
  if (entries === null || entries.length === 0) return null
  if (script === 'th' && thaiSplitsSyllable(text, i, end)) return null
  if (i > 0 && best.notAfter && entries.some((e) => e.notAfter)) {
    const before = text.charCodeAt(i - 1)
    entries = entries.filter((e) => !e.notAfter?.(before))
    if (entries.length === 0) return null
  }
  // A shield (an ordinary word holding a short entry, `notInside`) is read as a word of its own: nothing fires.
  return { start: i, end, entries: entries.length === 1 && entries[0]?.role === 'shield' ? SHIELD : entries }
}

/** The first position from `from` on that follows a char that is not a word char: where a Latin phrase may start. */
function nextWordStart(text: string, from: number): number {
  let p = from
  while (p < text.length && isLatinWordChar(text.charCodeAt(p))) p++
  return p + 1
}

/**
 * Latin text: phrases start at the start of the text and after any char that is not a word char (a space, a
 * punctuation mark), so each word is walked from its first letter only.
 */
function findLatin(trie: FlatTrie, text: string): Hit[] {
  const hits: Hit[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    const hit = matchAt(trie, text, i, 'latin')
    if (hit === null) {
      i = isLatinWordChar(text.charCodeAt(i)) ? nextWordStart(text, i + 1) : i + 1
      continue
    }
    // After a shield the next start is found as if from its first char.
    const shield = hit.entries === SHIELD
    if (!shield) hits.push(hit)
    i = isLatinWordChar(text.charCodeAt(shield ? i : hit.end - 1)) ? nextWordStart(text, hit.end) : hit.end
  }
  return hits
}

/** Japanese, Korean and Thai text: a phrase may start anywhere. */
function findAnywhere(trie: FlatTrie, text: string, script: Script): Hit[] {
  const hits: Hit[] = []
  const length = text.length
  for (let i = 0; i < length; i++) {
    const hit = matchAt(trie, text, i, script)
    if (hit === null) continue
    if (hit.entries !== SHIELD) hits.push(hit)
    i = hit.end - 1
  }
  return hits
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
