import * as z from 'zod/mini'

/**
 * Shapes of the REST answers the recovery reads and writes: one ticket with its custom fields, and the
 * ledger's custom object records. Loose objects: real payloads carry more keys than we read.
 */

const id = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value) => String(value)),
)

/** Zendesk sends field values as strings, numbers, booleans or null depending on the field type. */
const fieldValue = z.nullish(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))

export const ticketWithFieldsSchema = z.looseObject({
  ticket: z.looseObject({
    id,
    status: z.string(),
    updated_at: z.string(),
    custom_fields: z.array(z.looseObject({ id, value: fieldValue })),
  }),
})
export type TicketWithFields = z.infer<typeof ticketWithFieldsSchema>['ticket']

export const customObjectRecordSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  external_id: z.nullish(z.string()),
  created_at: z.string(),
  created_by_user_id: z.nullish(z.union([z.string(), z.number()])),
  custom_object_fields: z.record(z.string(), fieldValue),
})
export type CustomObjectRecord = z.infer<typeof customObjectRecordSchema>

export const recordEnvelopeSchema = z.looseObject({ custom_object_record: customObjectRecordSchema })

export const recordsPageSchema = z.looseObject({
  custom_object_records: z.array(customObjectRecordSchema),
  meta: z.looseObject({
    has_more: z.boolean(),
    after_cursor: z.nullish(z.string()),
  }),
})
