/**
 * The impact page's strings (`ui.impact`), loaded with the page rather than with the sidebar: see
 * scripts/translation-sections.ts. English is in the page's chunk; another language is one more small chunk.
 */
import english from '../../../translations/en.json?impact'
import { createTranslator, type Messages, type Translator } from '../i18n/translate'

const sections = import.meta.glob<Messages>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  { query: '?impact', import: 'default' },
)

const PREFIX = 'impact.'

/**
 * The section itself from the build; the whole file where the build's plugin does not run (unit tests load
 * translation files as plain JSON).
 */
function sectionOf(module: Messages): Messages {
  const ui = module.ui
  if (typeof ui === 'object' && typeof ui.impact === 'object') return ui.impact
  return module
}

/** `impact.*` keys from the section (the viewer's language, then English); every other key from `base`. */
export function withSection(base: Translator, own: Messages, fallback: Messages): Translator {
  const section = createTranslator(base.locale, { impact: own }, { impact: fallback })
  return {
    locale: base.locale,
    t: (key, params) => (key.startsWith(PREFIX) ? section.t(key, params) : base.t(key, params)),
  }
}

export async function withImpactStrings(base: Translator): Promise<Translator> {
  const fallback = sectionOf(english as Messages)
  const load = base.locale === 'en' ? undefined : sections[`../../../translations/${base.locale}.json`]
  let own = fallback
  try {
    if (load) own = sectionOf(await load())
  } catch (error) {
    console.warn(`Turnaround: could not load the ${base.locale} impact strings, using English`, error)
  }
  return withSection(base, own, fallback)
}
