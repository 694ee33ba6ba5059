import * as z from 'zod/mini'

/**
 * `GET /api/v2/search/export` with `filter[type]=ticket`: each result is the ticket as the Tickets API
 * serialises it (tags, custom_fields and the embedded satisfaction rating included). Only what the impact
 * page reads is required.
 */
export const searchTicketSchema = z.looseObject({
  id: z.number(),
  created_at: z.string(),
  requester_id: z.nullish(z.number()),
  tags: z.optional(z.array(z.string())),
  satisfaction_rating: z.nullish(z.looseObject({ score: z.nullish(z.string()) })),
  custom_fields: z.optional(z.array(z.looseObject({ id: z.number(), value: z.unknown() }))),
})
export type SearchTicket = z.infer<typeof searchTicketSchema>

export const searchExportPageSchema = z.looseObject({
  results: z.array(searchTicketSchema),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.nullish(z.string()) }),
})

/** `GET /api/v2/search/count`. */
export const searchCountSchema = z.looseObject({ count: z.number() })
