import { createContext, useContext, type ReactNode } from 'react'
import type { Translator } from './translate'
import { englishTranslator } from './load'

const I18nContext = createContext<Translator | null>(null)

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
}

/** The agent's translator; English outside a provider so a stray component still renders. */
export function useI18n(): Translator {
  return useContext(I18nContext) ?? englishTranslator()
}
