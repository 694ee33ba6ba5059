import { forbidden } from '../errors'
import type { ZendeskUser } from '../types'
import { RECORD_SCOPES, type RecordScope } from './types'

/**
 * Who may do what with custom objects, as Zendesk decides it:
 *  - objects and fields: anyone staff may read them; creating, changing or deleting them is admins only;
 *  - records: agents and admins have read, create, update and delete (the fixed defaults of non-Enterprise
 *    plans); end users get 403 (no object here is configured for end users);
 *  - a harness control narrows one agent's record scopes on one object, like an Enterprise custom role's
 *    `configuration.custom_objects: {key: {scopes: ["read"]}}`.
 * The 403 body is Zendesk's generic Forbidden (ASSUMPTION: not documented for custom objects).
 */
export class CustomObjectPermissions {
  private readonly restricted = new Map<string, Set<RecordScope>>()

  private static slot(userId: number, objectKey: string): string {
    return `${userId}:${objectKey}`
  }

  /** Sets (or with null, lifts) an agent's record scopes for one object. */
  restrict(user: ZendeskUser, objectKey: string, scopes: readonly string[] | null): RecordScope[] | null {
    const slot = CustomObjectPermissions.slot(user.id, objectKey)
    if (scopes === null) {
      this.restricted.delete(slot)
      return null
    }
    if (user.role !== 'agent')
      throw new Error('only agents have custom roles; admins always have every scope')
    const unknown = scopes.filter((scope) => !RECORD_SCOPES.includes(scope as RecordScope))
    if (unknown.length)
      throw new Error(`unknown scope(s) ${unknown.join(', ')} (allowed: ${RECORD_SCOPES.join(', ')})`)
    if (scopes.length > 0 && !scopes.includes('read')) {
      throw new Error('"read" is required if any other scope is given (as in Zendesk custom roles)')
    }
    const granted = new Set(scopes as RecordScope[])
    this.restricted.set(slot, granted)
    return [...granted]
  }

  scopesOf(user: ZendeskUser, objectKey: string): RecordScope[] {
    if (user.role === 'end-user') return []
    const restricted = this.restricted.get(CustomObjectPermissions.slot(user.id, objectKey))
    return restricted && user.role === 'agent' ? [...restricted] : [...RECORD_SCOPES]
  }

  assertRecordAccess(user: ZendeskUser, objectKey: string, scope: RecordScope): void {
    if (!this.scopesOf(user, objectKey).includes(scope)) throw forbidden()
  }

  assertCanReadDefinitions(user: ZendeskUser): void {
    if (user.role === 'end-user') throw forbidden()
  }

  assertCanChangeDefinitions(user: ZendeskUser): void {
    if (user.role !== 'admin') throw forbidden()
  }
}
