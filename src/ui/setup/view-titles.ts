import type { ViewTitles } from '../../helpdesk/recovery-ports'
import type { Messages } from '../i18n/translate'

// Every language's strings, loaded only when an admin finishes the setup: the views' names in each language.
const languages = import.meta.glob<Messages>('../../../translations/*.json', { import: 'ui' })

export async function loadViewTitles(): Promise<ViewTitles> {
  const entries = await Promise.all(
    Object.entries(languages).map(async ([path, load]) => {
      const language = /([\w-]+)\.json$/.exec(path)?.[1] ?? path
      const setup = (await load()).setup as Messages | undefined
      const titles = (setup?.viewTitle ?? {}) as Record<string, string>
      return [language, titles] as const
    }),
  )
  return Object.fromEntries(entries)
}
