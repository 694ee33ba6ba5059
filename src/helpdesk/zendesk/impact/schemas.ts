import * as z from 'zod/mini'

/**
 * `GET /api/v2/search/export` with `filter[type]=ticket`: each result is the ticket as the Tickets API
 * serialises it (about fifty keys). Only what the impact page reads is checked and kept: a stripping object
 * validates a page of 1,000 tickets ~10× faster than one that copies every other key along.
 */
export const searchTicketSchema = z.object({
  id: z.number(),
  created_at: z.string(),
  requester_id: z.nullish(z.number()),
  tags: z.optional(z.array(z.string())),
  satisfaction_rating: z.nullish(z.object({ score: z.nullish(z.string()) })),
})
export type SearchTicket = z.infer<typeof searchTicketSchema>

export const searchExportPageSchema = z.looseObject({
  results: z.array(searchTicketSchema),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.nullish(z.string()) }),
})

/** `GET /api/v2/search/count`. */
export const searchCountSchema = z.looseObject({ count: z.number() })
