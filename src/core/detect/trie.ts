/**
 * The flat phrase trie the matcher walks: built once per lexicon set from the normalised phrase keys, read for
 * every comment (find-hits.ts). Its nodes hold the compiled lexicon entries behind each phrase.
 */
import type { Entry } from './matcher'

/** Word characters of normalised Latin text (diacritics are folded, so nearly all are ASCII). */
export const isLatinWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f)

/** Every compiled entry has all these fields, in this order: one object shape for the code that reads hits. */
export interface CompiledEntry extends Entry {
  negatedInside: boolean
  /** `^` phrases (ja/ko/th): only at the start of a word. */
  wordStart: boolean
  /**
   * A short ja entry that opens with kana (しみ, いや) is the tail of a word after a kanji (楽しみ, 嫌): not there.
   * A short ko entry (고소, 하자) inside an eojeol is part of another word (주문하자마자): only at its start.
   */
  notAfter: ((c: number) => boolean) | undefined
}

/** The entries of one normalised phrase text, as a phrase (`exact`) and as a stem. */
export interface KeyEntries {
  exact: CompiledEntry[] | null
  stem: CompiledEntry[] | null
}

/** What a hit at a node yields: the phrase ending there, or its stem plus the rest of a word. */
export interface NodeEntries {
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
export interface FlatTrie {
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
export function buildTrie(byKey: ReadonlyMap<string, KeyEntries>): FlatTrie {
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
export function childOf(nodes: Int32Array, node: number, code: number): number {
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
export function entriesOf(byKey: Map<string, KeyEntries>, key: string): KeyEntries {
  let found = byKey.get(key)
  if (!found) byKey.set(key, (found = { exact: null, stem: null }))
  return found
}
