import type { IdSequence } from '../ids'
import { isAccountLocaleId } from '../locales'
import { API_BASE } from '../records'
import { isRecord } from './parse-definition'

/**
 * Dynamic content items (`/api/v2/dynamic_content/items`): one text in several languages, used as
 * `{{dc.<name>}}` in rule titles and notifications and rendered in the reader's language, or in the item's
 * default variant when it has none for that language. Apps cannot ship items in requirements.json (there is
 * no such requirement type); they create them with the API.
 */

export interface DynamicContentVariant {
  url: string
  id: number
  content: string
  locale_id: number
  outdated: boolean
  active: boolean
  default: boolean
  created_at: string
  updated_at: string
}

export interface DynamicContentItem {
  url: string
  id: number
  name: string
  placeholder: string
  default_locale_id: number
  outdated: boolean
  created_at: string
  updated_at: string
  variants: DynamicContentVariant[]
}

/** A create request Zendesk would refuse (422). */
export class DynamicContentError extends Error {
  constructor(
    readonly attribute: string,
    message: string,
  ) {
    super(message)
    this.name = 'DynamicContentError'
  }
}

/** "Automatically generated placeholder for the item, derived from name": "Snowboard Problem" → snowboard_problem. */
export function placeholderName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

interface VariantInput {
  locale_id: number
  content: string
  default: boolean
  active: boolean
}

function readVariants(raw: unknown, defaultLocaleId: number): VariantInput[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new DynamicContentError('variants', 'Variants: at least one variant is required')
  }
  const variants = raw.map((entry: unknown): VariantInput => {
    if (!isRecord(entry))
      throw new DynamicContentError('variants', 'Variants: each must be {locale_id, content}')
    const localeId = Number(entry.locale_id)
    if (!Number.isInteger(localeId) || !isAccountLocaleId(localeId)) {
      throw new DynamicContentError(
        'variants',
        `Variants: locale ${String(entry.locale_id)} is not active on the account`,
      )
    }
    if (typeof entry.content !== 'string' || !entry.content.trim()) {
      throw new DynamicContentError('variants', 'Variants: content cannot be blank')
    }
    return {
      locale_id: localeId,
      content: entry.content,
      default: entry.default === true,
      active: entry.active !== false,
    }
  })
  const locales = variants.map((variant) => variant.locale_id)
  if (new Set(locales).size !== locales.length) {
    throw new DynamicContentError('variants', 'Variants: one variant per locale')
  }
  if (!locales.includes(defaultLocaleId)) {
    throw new DynamicContentError(
      'default_locale_id',
      'Default locale: there is no variant in the default locale',
    )
  }
  const marked = variants.filter((variant) => variant.default)
  if (marked.length > 1 || (marked[0] && marked[0].locale_id !== defaultLocaleId)) {
    throw new DynamicContentError(
      'variants',
      'Variants: the default variant must be the one in the default locale',
    )
  }
  return variants.map((variant) => ({ ...variant, default: variant.locale_id === defaultLocaleId }))
}

export class DynamicContent {
  private readonly items: DynamicContentItem[] = []

  constructor(
    private readonly itemIds: IdSequence,
    private readonly variantIds: IdSequence,
  ) {}

  create(spec: unknown, at: string): DynamicContentItem {
    if (!isRecord(spec))
      throw new DynamicContentError('item', 'item must be {name, default_locale_id, variants}')
    const { name } = spec
    if (typeof name !== 'string' || !placeholderName(name))
      throw new DynamicContentError('name', 'Name: cannot be blank')
    const key = placeholderName(name)
    if (this.find(key)) throw new DynamicContentError('name', 'Name: has already been taken')
    const defaultLocaleId = Number(spec.default_locale_id)
    if (!Number.isInteger(defaultLocaleId) || !isAccountLocaleId(defaultLocaleId)) {
      throw new DynamicContentError('default_locale_id', 'Default locale: is not active on the account')
    }
    const id = this.itemIds.take()
    const url = `${API_BASE}/dynamic_content/items/${id}.json`
    const item: DynamicContentItem = {
      url,
      id,
      name,
      placeholder: `{{dc.${key}}}`,
      default_locale_id: defaultLocaleId,
      outdated: false,
      created_at: at,
      updated_at: at,
      variants: readVariants(spec.variants, defaultLocaleId).map((variant) => {
        const variantId = this.variantIds.take()
        return {
          url: `${API_BASE}/dynamic_content/items/${id}/variants/${variantId}.json`,
          id: variantId,
          ...variant,
          outdated: false,
          created_at: at,
          updated_at: at,
        }
      }),
    }
    this.items.push(item)
    return structuredClone(item)
  }

  list(): DynamicContentItem[] {
    return structuredClone(this.items)
  }

  /** The item whose placeholder is `{{dc.<key>}}`. */
  find(key: string): DynamicContentItem | undefined {
    return this.items.find((item) => item.placeholder === `{{dc.${key}}}`)
  }

  /** The text of `{{dc.<key>}}` for a reader's locale: their variant, else the default one. */
  text(key: string, localeId: number): string | undefined {
    const variants = this.find(key)?.variants.filter((variant) => variant.active) ?? []
    return (
      variants.find((variant) => variant.locale_id === localeId) ??
      variants.find((variant) => variant.default)
    )?.content
  }
}
