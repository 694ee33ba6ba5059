import { resolveLocale } from './locales'
import { createTranslator, type Messages, type Translator } from './translate'
// Only the `ui` section: `app` (Zendesk's admin strings) stays out of the sidebar's entry.
import { ui as englishUi } from '../../../translations/en.json'

// One lazily loaded chunk per language: the agent only downloads their own strings.
const loaders = import.meta.glob<Messages>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  {
    import: 'ui',
  },
)

const fallback = englishUi as Messages

export async function loadTranslator(agentLocale: string | null | undefined): Promise<Translator> {
  const locale = resolveLocale(agentLocale)
  if (locale === 'en') return createTranslator('en', fallback, fallback)
  const load = loaders[`../../../translations/${locale}.json`]
  try {
    const messages = load ? await load() : fallback
    return createTranslator(locale, messages, fallback)
  } catch (error) {
    console.warn(`Turnaround: could not load the ${locale} strings, using English`, error)
    return createTranslator('en', fallback, fallback)
  }
}

/** English, synchronously: for errors that happen before the agent's locale is known. */
export const englishTranslator = (): Translator => createTranslator('en', fallback, fallback)
