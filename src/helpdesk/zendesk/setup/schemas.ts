import * as z from 'zod/mini'

/** The parts of Zendesk's business-rule, dynamic-content, locale and group payloads the setup pass reads. */

const id = z.union([z.number(), z.string()])

const condition = z.looseObject({ field: z.string(), operator: z.optional(z.string()), value: z.unknown() })

export const viewSchema = z.looseObject({
  id,
  title: z.string(),
  // The stored title: `title` is rendered for the reader, so a `{{dc.…}}` title shows only here.
  raw_title: z.optional(z.string()),
  // Views answer their columns under `execution` ({id, title} each; custom fields by numeric id).
  execution: z.looseObject({
    columns: z.array(z.looseObject({ id })),
    sort_by: z.nullish(z.string()),
    sort_order: z.nullish(z.string()),
    group_by: z.nullish(z.string()),
    group_order: z.nullish(z.string()),
  }),
})
export const viewsSchema = z.looseObject({ views: z.array(viewSchema) })
export type ZendeskView = z.infer<typeof viewSchema>

export const actionSchema = z.looseObject({ field: z.string(), value: z.unknown() })
export type RuleAction = z.infer<typeof actionSchema>
export const triggerSchema = z.looseObject({
  trigger: z.looseObject({
    id,
    title: z.string(),
    actions: z.array(actionSchema),
    conditions: z.optional(z.looseObject({ all: z.optional(z.array(condition)) })),
  }),
})

export const dynamicContentSchema = z.looseObject({
  items: z.array(z.looseObject({ id, name: z.string(), placeholder: z.string() })),
  next_page: z.nullish(z.string()),
})

export const localesSchema = z.looseObject({
  locales: z.array(z.looseObject({ id: z.number(), locale: z.string() })),
})

export const groupsSchema = z.looseObject({
  groups: z.array(z.looseObject({ id, name: z.string() })),
  next_page: z.nullish(z.string()),
})
