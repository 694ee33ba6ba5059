/** The fake Zendesk Support back end: pure TypeScript, usable from the harness server and from tests. */
export {
  FakeZendesk,
  createFakeZendesk,
  type ApiRequest,
  type ApiResponse,
  type FakeZendeskOptions,
} from './api'
export { FakeZendeskStore, type TicketUpdate } from './store'
export type { ChangeRecord, RecordChange, RuleFiring, ScheduledFollowUp } from './change-log'
export { MALFORMED_BODY, type FaultSpec } from './faults'
export { PRODUCT_AREA_FIELD_ID } from './ticket-fields'
export { DEFAULT_REQUIREMENTS_PATH, installRequirements, readRequirementsFile } from './requirements/install'
export {
  RequirementInstallError,
  type InstalledRequirement,
  type InstalledRequirements,
} from './requirements/installer'
export type { ZendeskGroup, ZendeskGroupMembership } from './groups'
export { AccountClock } from './account-clock'
export type { AutomationRun } from './rules/automation-runs'
export type { Recipient, SentNotification } from './rules/notifications'
export type { DynamicContentItem } from './rules/dynamic-content'
export type * from './custom-objects/types'
export { seedData } from './seed'
export { seedHistory, type HistoryOptions } from './history/seed-history'
export type * from './types'
