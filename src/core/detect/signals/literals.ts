/**
 * Which of several sets of literals a text holds, ignoring case, in one pass: the cheap test before a costly
 * pattern. One case-insensitive regex finds every literal (irregexp scans a plain alternation at about the cost
 * of a bare loop over the chars), instead of one test per set — those cost ~10% of assess on ordinary comments.
 *
 * A literal that opens with a-z or 0-9 counts only where a word starts (after a char outside A-Z, a-z, 0-9 and
 * _, as \b reads it): the caller's patterns hold it there. Case is ignored as /i does (not /iu). Three chars
 * read differently by /i, /iu and toLowerCase() send the text to one plain /i test per set instead, exactly the
 * tests this replaces: U+212A KELVIN SIGN (lower case "k", matched by /k/iu but not /k/i), U+017F LONG S (/s/iu
 * matches it, lower case does not) and U+0130 (lower case is two chars, so offsets would shift).
 * tests/unit/detect/literals.test.ts checks that agreement char by char.
 */

/** What one pass found: bit k of `found` is set when some literal of set k occurs in the text. */
export interface LiteralScan {
  found: number
  /** The three chars above are absent: lower case marks where a case-insensitive (/iu) literal may start. */
  plain: boolean
}

/** At most 31 sets; literals are non-empty and lower case. */
export type LiteralTest = (text: string) => LiteralScan

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const opensWord = (literal: string): boolean => /^[a-z0-9]/.test(literal)
const ODD_CASE = ['\u212a', '\u017f', '\u0130']
const ODD = -1

export function literalSets(sets: ReadonlyArray<readonly string[]>): LiteralTest {
  const own = new Map<string, number>()
  sets.forEach((list, k) => {
    for (const literal of list) own.set(literal, (own.get(literal) ?? 0) | (1 << k))
  })
  // At one position the alternation reports one literal, the longest (listed first): it stands for the
  // literals that are its prefixes too.
  const literals = [...own.keys()].sort((a, b) => b.length - a.length)
  const bitsOf = new Map<string, number>(ODD_CASE.map((c) => [c.toLowerCase(), ODD]))
  for (const literal of literals) {
    let bits = 0
    for (const [short, set] of own) if (literal.startsWith(short)) bits |= set
    bitsOf.set(literal, bits)
  }
  // One lookbehind for all word literals: one per alternative made the scan five times slower.
  const words = literals.filter(opensWord).map(escape).join('|')
  const others = literals.filter((l) => !opensWord(l)).map(escape)
  const any = new RegExp(
    [...(words ? [`(?<![a-z0-9_])(?:${words})`] : []), ...others, ...ODD_CASE].join('|'),
    'gi',
  )
  const regexes = sets.map((list) => new RegExp(list.map(escape).join('|'), 'i'))
  const byRegex = (text: string): LiteralScan => {
    let found = 0
    for (let k = 0; k < regexes.length; k++) if ((regexes[k] as RegExp).test(text)) found |= 1 << k
    return { found, plain: false }
  }

  return (text) => {
    let found = 0
    any.lastIndex = 0
    for (let m = any.exec(text); m !== null; m = any.exec(text)) {
      const bits = bitsOf.get(m[0].toLowerCase()) ?? ODD
      if (bits === ODD) return byRegex(text)
      found |= bits
      any.lastIndex = m.index + 1 // literals may overlap
    }
    return { found, plain: true }
  }
}
