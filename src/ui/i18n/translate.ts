/** Nested UI strings as they sit under `ui` in translations/<locale>.json. */
export type Messages = { [key: string]: string | Messages }

export type Params = Record<string, string | number>

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  )
}

export interface Translator {
  locale: string
  t(key: string, params?: Params): string
}

/**
 * Looks a key up in the agent's language, then English, then shows the key itself: a missing string
 * never crashes the sidebar. A `count` param selects `<key>_one`/`<key>_other` by the language's plural rules.
 */
export function createTranslator(locale: string, messages: Messages, fallback: Messages): Translator {
  const plural = new Intl.PluralRules(locale)
  const find = (key: string) => lookup(messages, key) ?? lookup(fallback, key)
  return {
    locale,
    t(key, params = {}) {
      let template: string | undefined
      if (typeof params.count === 'number') {
        template = find(`${key}_${plural.select(params.count)}`) ?? find(`${key}_other`)
      }
      template ??= find(key)
      return template === undefined ? key : interpolate(template, params)
    },
  }
}
