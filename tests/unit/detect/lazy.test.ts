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

  it('a Latin locale loads the whole Latin group', async () => {
    await loadLexicons(['pt-BR'])
    expect(loadedLanguages()).toEqual(expect.arrayContaining(['en', 'de', 'es', 'fr', 'pt', 'nb']))
    const pt = ticket('pt', ['Péssimo atendimento, vou reclamar no Procon.'])
    expect(assess(pt)).toEqual(assessEager(pt))
  })
})
