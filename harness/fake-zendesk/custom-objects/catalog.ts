import { recordNotFound } from '../errors'
import { IdSequence } from '../ids'
import {
  buildCustomObject,
  buildCustomObjectField,
  DefinitionError,
  standardFields,
  type DefinitionContext,
} from './definitions'
import type { ZendeskCustomObject, ZendeskCustomObjectField } from './types'

interface CatalogEntry {
  object: ZendeskCustomObject
  standard: ZendeskCustomObjectField[]
  fields: ZendeskCustomObjectField[]
}

/** The account's custom objects and their fields (the definitions; records live in CustomObjectRecords). */
export class CustomObjectCatalog {
  private readonly entries = new Map<string, CatalogEntry>()
  /** Field and option ids, shaped like a real account's (e.g. 4398096842879). */
  readonly fieldIds = new IdSequence(17_954_208_310_001)
  readonly optionIds = new IdSequence(17_954_209_520_001)

  context(at: string, userId: number): DefinitionContext {
    return { at, userId, fieldIds: this.fieldIds, optionIds: this.optionIds }
  }

  addObject(input: unknown, context: DefinitionContext): ZendeskCustomObject {
    const object = buildCustomObject(input, context)
    if (this.entries.has(object.key))
      throw new DefinitionError(`custom object "${object.key}" already exists`)
    this.entries.set(object.key, {
      object,
      standard: standardFields(object.key, context.at, this.fieldIds),
      fields: [],
    })
    return structuredClone(object)
  }

  addField(objectKey: string, input: unknown, context: DefinitionContext): ZendeskCustomObjectField {
    const entry = this.entries.get(objectKey)
    if (!entry)
      throw new DefinitionError(
        `field "${String((input as { key?: unknown })?.key)}": no object "${objectKey}"`,
      )
    const field = buildCustomObjectField(objectKey, input, entry.fields, context)
    entry.fields.push(field)
    return structuredClone(field)
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** 404 RecordNotFound for an unknown key, as Zendesk answers `/custom_objects/{unknown}`. */
  object(key: string): ZendeskCustomObject {
    const entry = this.entries.get(key)
    if (!entry) throw recordNotFound()
    return structuredClone(entry.object)
  }

  listObjects(): ZendeskCustomObject[] {
    return [...this.entries.values()].map((entry) => structuredClone(entry.object))
  }

  /** The object's own fields (the ones records carry under `custom_object_fields`). */
  fields(key: string): ZendeskCustomObjectField[] {
    const entry = this.entries.get(key)
    if (!entry) throw recordNotFound()
    return structuredClone(entry.fields)
  }

  /** What `GET /custom_objects/{key}/fields` lists: the standard fields first, then the object's own. */
  listedFields(key: string): ZendeskCustomObjectField[] {
    const entry = this.entries.get(key)
    if (!entry) throw recordNotFound()
    return structuredClone([...entry.standard, ...entry.fields])
  }

  updateObject(
    key: string,
    changes: Partial<ZendeskCustomObject>,
    at: string,
    userId: number,
  ): ZendeskCustomObject {
    const entry = this.entries.get(key)
    if (!entry) throw recordNotFound()
    Object.assign(entry.object, changes, { updated_at: at, updated_by_user_id: String(userId) })
    return structuredClone(entry.object)
  }

  removeObject(key: string): void {
    if (!this.entries.delete(key)) throw recordNotFound()
  }

  /** Removes a field by key or id; returns its key. */
  removeField(objectKey: string, keyOrId: string): string {
    const entry = this.entries.get(objectKey)
    const field = entry?.fields.find(
      (candidate) => candidate.key === keyOrId || String(candidate.id) === keyOrId,
    )
    if (!entry || !field) throw recordNotFound()
    entry.fields = entry.fields.filter((candidate) => candidate !== field)
    return field.key
  }
}
