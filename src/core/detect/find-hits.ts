/**
 * Finds the lexicon phrases in a normalised comment by walking the flat trie (trie.ts). Why a trie and not
 * Intl.Segmenter or a regex: see matcher.ts.
 */
import type { Script } from './lexicon/types'
import type { Hit } from './matcher'
import { childOf, isLatinWordChar, type CompiledEntry, type FlatTrie, type NodeEntries } from './trie'

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
export function findLatin(trie: FlatTrie, text: string): Hit[] {
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
export function findAnywhere(trie: FlatTrie, text: string, script: Script): Hit[] {
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
