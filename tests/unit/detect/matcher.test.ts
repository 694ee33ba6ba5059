import { describe, expect, it } from 'vitest'
import { w, words } from '../../../src/core/detect/lexicon/build'
import type { Lexicon } from '../../../src/core/detect/lexicon/types'
import { compileMatcher } from '../../../src/core/detect/matcher'

/** A lexicon with nothing in it but what a test puts there. */
function lexicon(parts: Partial<Lexicon>): Lexicon {
  const none = {}
  return {
    lang: 'de',
    script: 'latin',
    negative: none,
    positive: [],
    politeness: none,
    profanity: [],
    sarcasm: [],
    praise: [],
    intensifiers: none,
    negators: { pre: [], post: [] },
    contrast: [],
    resolution: none,
    intents: { escalation: none, churn: none, legal: none, public: none, repeat: none, chasing: none },
    topics: { billing: [], product: [], service: [], slow: [] },
    ...parts,
  }
}

const rolesAt = (matcher: ReturnType<typeof compileMatcher>, text: string): string[][] =>
  matcher.find(text).map((hit) => hit.entries.map((e) => `${e.role}:${text.slice(hit.start, hit.end)}`))

describe('phrase matcher', () => {
  const matcher = compileMatcher('latin', [
    lexicon({
      negative: w(1, 'warte*'),
      topics: { billing: [], product: [], service: [], slow: words('warte') },
    }),
  ])

  it('gives a word ending exactly at a key both the phrase and the stem entries', () => {
    expect(rolesAt(matcher, 'ich warte')).toEqual([['slow:warte', 'negative:warte']])
  })

  it('gives a longer word only the stem entries', () => {
    expect(rolesAt(matcher, 'wir warten')).toEqual([['negative:warten']])
  })

  it('keeps word boundaries: a phrase inside a word is no hit', () => {
    const exactOnly = compileMatcher('latin', [lexicon({ negative: w(1, 'mal') })])
    expect(rolesAt(exactOnly, 'normal')).toEqual([])
    expect(rolesAt(exactOnly, 'malo')).toEqual([])
    expect(rolesAt(exactOnly, 'muy mal.')).toEqual([['negative:mal']])
  })
})
