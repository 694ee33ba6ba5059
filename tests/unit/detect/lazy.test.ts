import { describe, expect, it } from 'vitest'
import { assess as assessEager } from '../../../src/core/detect'
import { assess, languagesFor, loadedLanguages, loadLexicons } from '../../../src/core/detect/lazy'
import { ticket } from './ticket'

describe('on-demand lexicons (browser entry)', () => {
  const ja = ticket('ja', ['何度も問い合わせていますが、返事がありません。本当にがっかりです。'])

  it('reads nothing before its lexicons are loaded, then matches the eager build', async () => {
    expect(assess(ja).reasons).toEqual([])
    expect(languagesFor(ja)).toEqual(['ja'])
    await loadLexicons(languagesFor(ja))
    expect(loadedLanguages()).toEqual(['ja'])
    expect(assess(ja)).toEqual(assessEager(ja))
  })

  it('a Latin ticket loads the languages it is written in, not all six, and matches the eager build', async () => {
    // The requester's locale is often the account default: the text decides too.
    const es = ticket('en', ['Llevo una semana esperando y nadie me contesta. Es una vergüenza, de verdad.'])
    expect(languagesFor(es)).toEqual(['en', 'es'])
    await loadLexicons(languagesFor(es))
    expect(loadedLanguages().sort()).toEqual(['en', 'es', 'ja'])
    expect(assess(es)).toEqual(assessEager(es))
    expect(assess(es).negative).toBe(true)
  })

  it('Latin text too short to name its language brings every Latin lexicon', async () => {
    const short = ticket('ja', ['Refund??'])
    expect(languagesFor(short)).toEqual(['en', 'de', 'es', 'fr', 'pt', 'nb', 'ja'])
    await loadLexicons(languagesFor(short))
    const pt = ticket('pt-BR', ['Péssimo atendimento, vou reclamar no Procon.'])
    expect(assess(pt)).toEqual(assessEager(pt))
  })
})
