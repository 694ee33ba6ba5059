/**
 * A lexicon as the sidebar downloads it: one string instead of a module of `...w(2, '…')` calls. The build packs
 * each language chunk's lexicon (vite.config.ts, `packedLexicons`; scripts/lexicon-pack.ts writes and checks the
 * string) and lazy.ts unpacks it once, when the language loads. Without the call syntax the de chunk is ~0.4 KB gz
 * smaller; the eager build (CLI, tests) keeps reading the lexicon modules themselves.
 *
 * Format: sections separated by a newline, each a key path and a kind —
 * - `path:text` a string field (`lang:de`),
 * - `path[a|b|c` a phrase list (`negators.pre[nicht|kein`),
 * - `path=2:a|b;1.5:c` phrase weights, as groups of one weight in the lexicon's order (`intents.churn=1:kündig*`).
 * `{heads>tails}` anywhere stands for `x(heads, tails)` of build.ts (every "head tail"), expanded innermost first;
 * the cross products are why the string is packed from the lexicon's source and not from its expanded phrases.
 * A phrase's weight is set in order, so a phrase written twice keeps its first place and its last weight, as the
 * spread `...w()` groups do.
 */
import { x } from './build'
import type { Lexicon } from './types'

export type PackedLexicon = string

/** A cross product with none inside it. */
const INNERMOST_CROSS = /\{([^{}>]*)>([^{}]*)\}/g
/** Where a section's key path ends and its kind begins. */
const PATH_END = /[^\w.]/

const cross = (_: string, heads: string, tails: string): string => x(heads, tails)

/** Each pass expands the innermost cross products; the first pass that changes nothing ends it. */
function expandCrosses(packed: string): string {
  let text = packed
  for (;;) {
    const next = text.replace(INNERMOST_CROSS, cross)
    if (next === text) return text
    text = next
  }
}

function sectionValue(kind: string | undefined, body: string): unknown {
  if (kind === ':') return body
  if (kind === '[') return body === '' ? [] : body.split('|')
  const weights: Record<string, number> = {}
  if (body === '') return weights
  for (const group of body.split(';')) {
    const colon = group.indexOf(':')
    const weight = Number(group.slice(0, colon))
    for (const phrase of group.slice(colon + 1).split('|')) weights[phrase] = weight
  }
  return weights
}

export function unpackLexicon(packed: PackedLexicon): Lexicon {
  const lexicon: Record<string, unknown> = {}
  for (const section of expandCrosses(packed).split('\n')) {
    const end = section.search(PATH_END)
    const path = section.slice(0, end).split('.')
    const last = path.pop() as string
    let target = lexicon
    for (const key of path) target = (target[key] ??= {}) as Record<string, unknown>
    target[last] = sectionValue(section[end], section.slice(end + 1))
  }
  return lexicon as unknown as Lexicon
}
