import { describe, expect, it } from 'vitest'
import { packLexiconFile } from '../../../scripts/lexicon-pack'
import { de } from '../../../src/core/detect/lexicon/de'
import { en } from '../../../src/core/detect/lexicon/en'
import { es } from '../../../src/core/detect/lexicon/es'
import { fr } from '../../../src/core/detect/lexicon/fr'
import { ja } from '../../../src/core/detect/lexicon/ja'
import { ko } from '../../../src/core/detect/lexicon/ko'
import { nb } from '../../../src/core/detect/lexicon/nb'
import { unpackLexicon } from '../../../src/core/detect/lexicon/packed'
import { pt } from '../../../src/core/detect/lexicon/pt'
import { th } from '../../../src/core/detect/lexicon/th'

const lexicons = { en, de, es, fr, pt, nb, ja, ko, th }
const LANGS = Object.keys(lexicons) as Array<keyof typeof lexicons>

describe('packed lexicons (the sidebar build)', () => {
  it.each(LANGS)('%s unpacks to its module, keys in the same order', async (lang) => {
    const { name, packed } = await packLexiconFile(`src/core/detect/lexicon/${lang}.ts`)
    expect(name).toBe(lang)
    const unpacked = unpackLexicon(packed)
    // JSON keeps key order: the order phrases reach the matcher is part of the lexicon.
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(lexicons[lang]))
  })

  it('expands cross products innermost first, as x() does, and keeps a phrase first place and last weight', () => {
    const lexicon = unpackLexicon(
      'lang:en\nnegative=2:a|{b|{c>d}>e}|f;1:a\npositive[g|{h>i|j}\nnegators.pre[\nnegators.post[k',
    )
    expect(lexicon.negative).toEqual({ a: 1, 'b e': 2, 'c d e': 2, f: 2 })
    expect(Object.keys(lexicon.negative)).toEqual(['a', 'b e', 'c d e', 'f'])
    expect(lexicon.positive).toEqual(['g', 'h i', 'h j'])
    expect(lexicon.negators).toEqual({ pre: [], post: ['k'] })
  })

  it('reaches the language chunks packed (vitest.config.ts uses the build plugin, so lazy.ts is tested packed)', async () => {
    const chunk = await import('../../../src/core/detect/languages/de')
    expect(typeof chunk.lexicon).toBe('string')
    expect(unpackLexicon(chunk.lexicon as unknown as string)).toEqual(de)
  })

  it('stops the build when a lexicon is one the format cannot carry', async () => {
    await expect(packLexiconFile('src/core/detect/lexicon/types.ts')).rejects.toThrow(/exports one lexicon/)
  })
})
