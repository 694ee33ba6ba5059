import { describe, expect, it } from 'vitest'
import { resolveLocale } from '../../../src/ui/i18n/locales'
import { createTranslator } from '../../../src/ui/i18n/translate'
import { englishTranslator, loadTranslator } from '../../../src/ui/i18n/load'

describe('UI translations', () => {
  it('maps helpdesk locales to the files we ship', () => {
    expect(resolveLocale('pt-BR')).toBe('pt')
    expect(resolveLocale('no')).toBe('nb')
    expect(resolveLocale('en-US')).toBe('en')
    expect(resolveLocale('ja')).toBe('ja')
    expect(resolveLocale('zh-CN')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
  })

  it('interpolates, picks plural forms and falls back to English, then to the key', () => {
    const t = createTranslator(
      'en',
      { a: { b: 'Hello {name}' }, n_one: '{count} thing', n_other: '{count} things' },
      { only: 'English only' },
    ).t
    expect(t('a.b', { name: 'Mia' })).toBe('Hello Mia')
    expect(t('n', { count: 1 })).toBe('1 thing')
    expect(t('n', { count: 3 })).toBe('3 things')
    expect(t('only')).toBe('English only')
    expect(t('missing.key')).toBe('missing.key')
  })

  it('loads the agent’s language and keeps every English key translated', async () => {
    const english = englishTranslator()
    expect(english.t('csat.bad')).toBe('Bad')
    const japanese = await loadTranslator('ja')
    expect(japanese.locale).toBe('ja')
  })
})
