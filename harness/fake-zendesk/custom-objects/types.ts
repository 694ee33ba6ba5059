/**
 * Custom objects v2 records as Zendesk serialises them (Ticketing OpenAPI `CustomObject`,
 * `CustomObjectField`, `CustomObjectRecord`): string ULID record ids, string user ids, values by field key.
 */

export type CustomObjectFieldType =
  'text' | 'textarea' | 'integer' | 'decimal' | 'checkbox' | 'date' | 'dropdown' | 'lookup'

export const CUSTOM_OBJECT_FIELD_TYPES: readonly CustomObjectFieldType[] = [
  'text',
  'textarea',
  'integer',
  'decimal',
  'checkbox',
  'date',
  'dropdown',
  'lookup',
]

export interface ZendeskCustomObject {
  url: string
  key: string
  title: string
  raw_title: string
  title_pluralized: string
  raw_title_pluralized: string
  description: string
  raw_description: string
  include_in_list_view: boolean
  allows_photos: boolean
  allows_attachments: boolean
  created_at: string
  updated_at: string
  created_by_user_id: string
  updated_by_user_id: string
}

export interface ZendeskCustomObjectFieldOption {
  id: number
  name: string
  raw_name: string
  value: string
  position: number
}

export interface ZendeskCustomObjectField {
  url: string
  id: number
  key: string
  type: CustomObjectFieldType
  title: string
  raw_title: string
  description: string
  raw_description: string
  position: number
  active: boolean
  required: boolean
  system: boolean
  regexp_for_validation: string | null
  created_at: string
  updated_at: string
  custom_field_options?: ZendeskCustomObjectFieldOption[]
  relationship_target_type?: string
  relationship_filter?: unknown
}

export type RecordFieldValue = string | number | boolean

export interface ZendeskCustomObjectRecord {
  url: string
  id: string
  name: string
  external_id: string | null
  custom_object_key: string
  /** Only the fields that hold a value (ASSUMPTION: Zendesk's examples omit unset fields). */
  custom_object_fields: Record<string, RecordFieldValue>
  created_at: string
  updated_at: string
  created_by_user_id: string
  updated_by_user_id: string
  photo: null
}

/** Record scopes of an Enterprise custom role (`configuration.custom_objects.{key}.scopes`). */
export type RecordScope = 'read' | 'create' | 'update' | 'delete'
export const RECORD_SCOPES: readonly RecordScope[] = ['read', 'create', 'update', 'delete']
