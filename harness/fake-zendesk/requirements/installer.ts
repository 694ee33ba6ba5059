import type { CustomObjectCatalog } from '../custom-objects/catalog'
import type { IdSequence } from '../ids'
import type { RuleBook } from '../rules/rule-book'
import type { ZendeskTicketField } from '../types'

/** What the app gets back for a requirement, as ZAF's `requirement:<identifier>` and the installation's requirements list say. */
export interface InstalledRequirement {
  requirement_id: number | string
  requirement_type: string
}

export type InstalledRequirements = Record<string, InstalledRequirement>

/** A requirements.json that cannot be installed: the app would fail to install in Zendesk too (or the fake lacks a feature). */
export class RequirementInstallError extends Error {
  constructor(message: string) {
    super(`requirements.json: ${message}`)
    this.name = 'RequirementInstallError'
  }
}

/** The account an installer writes into. */
export interface InstallTarget {
  at: string
  /** The admin installing the app (creator of objects and fields). */
  adminId: number
  ticketFields: ZendeskTicketField[]
  ticketFieldIds: IdSequence
  ticketFieldOptionIds: IdSequence
  customObjects: CustomObjectCatalog
  /** Triggers, automations and views. */
  rules: RuleBook
  /** Who a rule may notify: staff user ids and group ids of the account. */
  isStaff(userId: number): boolean
  groupExists(groupId: number): boolean
}

/** One requirement type (a top-level key of requirements.json), listed in install.ts. */
export interface RequirementInstaller {
  type: string
  /** Installs every entry of this type; returns identifier → requirement for the app's lookups. */
  install(spec: unknown, target: InstallTarget): Array<[string, InstalledRequirement]>
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
