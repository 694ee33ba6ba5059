import { ACCOUNT_LOCALES } from './locales'
import { API_BASE } from './records'
import type { Route } from './route-context'

/**
 * `GET /api/v2/locales`: "the translation locales that are available for the account" (Allowed For: Anyone),
 * in the shape of Zendesk's example (id, url, locale, name, created_at, updated_at).
 */

const AT = '2020-01-06T09:00:00Z'

const listLocales: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/locales$/,
  handle: () => ({
    body: {
      locales: ACCOUNT_LOCALES.map((locale) => ({
        url: `${API_BASE}/locales/${locale.locale}.json`,
        id: locale.id,
        locale: locale.locale,
        name: locale.name,
        created_at: AT,
        updated_at: AT,
      })),
    },
  }),
}

export const localeRoutes: Route[] = [listLocales]
