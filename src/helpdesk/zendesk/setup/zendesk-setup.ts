import type { HttpClient } from '../../http/types'
import { parseBoundary } from '../../parse'
import type { RecoveryFieldIds } from '../recovery/field-ids'
import { resolveRequirementIds } from '../requirement-ids'
import type { AccountSetup, ViewTitles } from '../../recovery-ports'
import type { ZafClient } from '../zaf-types'
import { FLAG_TRIGGER_IDENTIFIER, VIEW_IDENTIFIERS, VIEW_KEYS, type ViewKey } from './identifiers'
import { planSetup, type SetupPlan, type SetupTask } from './setup-plan'
import {
  dynamicContentSchema,
  groupsSchema,
  localesSchema,
  triggerSchema,
  viewsSchema,
  type ZendeskView,
} from './schemas'

/** Maps a Zendesk locale code ("en-US", "no", "pt-BR") to one of the languages of ViewTitles. */
export type LanguageOfLocale = (locale: string) => string

/** "https://acme.zendesk.com/api/v2/x.json?page=2" → "/api/v2/x.json?page=2": the HTTP layer adds the host. */
const pathOf = (url: string): string => {
  const parsed = new URL(url, 'https://account.invalid')
  return parsed.pathname + parsed.search
}

const IDENTIFIERS = { ...VIEW_IDENTIFIERS, flag: FLAG_TRIGGER_IDENTIFIER }

/**
 * Finishes what an installation cannot: requirements.json may not refer to the fields it creates, nor to a group
 * named in the settings, and apps cannot ship dynamic content. An admin runs it from the sidebar; it reads the
 * account first and writes only what is missing, so it is safe to run again after a failure.
 */
export class ZendeskSetup implements AccountSetup {
  constructor(
    private readonly client: Pick<ZafClient, 'get'>,
    private readonly http: HttpClient,
    private readonly fieldIds: RecoveryFieldIds,
    private readonly teamLeadGroup: string | null,
  ) {}

  /** Five reads: the views (one request), the trigger, dynamic content, groups. */
  async check(): Promise<SetupPlan> {
    const ids = await resolveRequirementIds(this.client, IDENTIFIERS, 'views and trigger')
    const [views, trigger, contentItems, group] = await Promise.all([
      this.readViews(ids),
      this.getJson(`/api/v2/triggers/${ids.flag}.json`, triggerSchema),
      this.readContentItemNames(),
      this.resolveGroup(),
    ])
    const { severity, gesture, amount, followUpDate } = this.fieldIds
    return planSetup({
      views,
      flagTrigger: { id: String(trigger.trigger.id), actions: trigger.trigger.actions },
      contentItems,
      teamLeadGroup: group,
      columnFieldIds: [severity, gesture, amount, followUpDate],
    })
  }

  /** Runs what is still missing in order, reporting each; stops at the first failure (what was done stays done). */
  async run(
    titles: ViewTitles,
    languageOf: LanguageOfLocale,
    onProgress: (progress: { done: number; total: number; task: SetupTask }) => void,
  ): Promise<void> {
    const { tasks } = await this.check()
    const locales = tasks.some((task) => task.kind === 'title_item') ? await this.readLocales() : []
    for (const [index, task] of tasks.entries()) {
      onProgress({ done: index, total: tasks.length, task })
      await this.apply(task, titles, locales, languageOf)
    }
    const last = tasks.at(-1)
    if (last) onProgress({ done: tasks.length, total: tasks.length, task: last })
  }

  private async apply(
    task: SetupTask,
    titles: ViewTitles,
    locales: Array<{ id: number; locale: string }>,
    languageOf: LanguageOfLocale,
  ): Promise<void> {
    switch (task.kind) {
      case 'columns':
        await this.put(`/api/v2/views/${task.viewId}.json`, { view: { output: task.output } })
        return
      case 'alert_group':
        await this.put(`/api/v2/triggers/${task.triggerId}.json`, { trigger: { actions: task.actions } })
        return
      case 'view_title':
        await this.put(`/api/v2/views/${task.viewId}.json`, { view: { title: task.title } })
        return
      case 'title_item': {
        const english = titles.en?.[task.view] ?? task.name
        const englishLocale = locales.find((candidate) => languageOf(candidate.locale) === 'en')
        const variants = locales.map((locale) => ({
          locale_id: locale.id,
          default: locale === englishLocale,
          content: titles[languageOf(locale.locale)]?.[task.view] ?? english,
        }))
        // Zendesk needs exactly one default variant: English when the account has it, else its first locale
        // (en-US, id 1, when the account lists none).
        if (!variants.length) variants.push({ locale_id: 1, default: true, content: english })
        if (!variants.some((variant) => variant.default)) variants[0]!.default = true
        const defaultLocale = variants.find((variant) => variant.default)?.locale_id ?? 1
        await this.http.request({
          method: 'POST',
          path: '/api/v2/dynamic_content/items.json',
          body: { item: { name: task.name, default_locale_id: defaultLocale, variants } },
        })
        return
      }
    }
  }

  private async readViews(ids: Readonly<Record<ViewKey, string>>): Promise<Record<ViewKey, ZendeskView>> {
    const path = '/api/v2/views/show_many.json'
    const response = await this.http.request({
      method: 'GET',
      path,
      query: { ids: VIEW_KEYS.map((key) => ids[key]).join(',') },
    })
    const { views } = parseBoundary(viewsSchema, response.data, `GET ${path}`)
    const byId = new Map(views.map((view) => [String(view.id), view]))
    const found = {} as Record<ViewKey, ZendeskView>
    for (const key of VIEW_KEYS) {
      const view = byId.get(ids[key])
      if (!view) throw new Error(`The view "${VIEW_IDENTIFIERS[key]}" (id ${ids[key]}) was deleted`)
      found[key] = view
    }
    return found
  }

  private async readContentItemNames(): Promise<Set<string>> {
    const names = new Set<string>()
    let path: string | null = '/api/v2/dynamic_content/items.json'
    // Follow next_page: an account may hold many items. Bounded so a looping cursor cannot hang the sidebar.
    for (let page = 0; path && page < 20; page++) {
      const body: { items: Array<{ name: string }>; next_page?: string | null } = await this.getJson(
        path,
        dynamicContentSchema,
      )
      for (const item of body.items) names.add(item.name)
      path = body.next_page ? pathOf(body.next_page) : null
    }
    return names
  }

  private async resolveGroup(): Promise<{ id: string; name: string } | null> {
    const wanted = this.teamLeadGroup?.trim().toLowerCase()
    if (!wanted) return null
    const { groups } = await this.getJson('/api/v2/groups.json', groupsSchema)
    const group = groups.find(
      (candidate) => String(candidate.id) === wanted || candidate.name.trim().toLowerCase() === wanted,
    )
    return group ? { id: String(group.id), name: group.name } : null
  }

  private async readLocales(): Promise<Array<{ id: number; locale: string }>> {
    return (await this.getJson('/api/v2/locales.json', localesSchema)).locales
  }

  private async getJson<T>(path: string, schema: Parameters<typeof parseBoundary<T>>[0]): Promise<T> {
    const [bare, query] = path.split('?')
    const response = await this.http.request({
      method: 'GET',
      path: bare!,
      ...(query ? { query: Object.fromEntries(new URLSearchParams(query)) } : {}),
    })
    return parseBoundary(schema, response.data, `GET ${bare}`)
  }

  private async put(path: string, body: unknown): Promise<void> {
    await this.http.request({ method: 'PUT', path, body })
  }
}
