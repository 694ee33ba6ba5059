/** The fake Zendesk Support back end: pure TypeScript, usable from the harness server and from tests. */
export {
  FakeZendesk,
  createFakeZendesk,
  type ApiRequest,
  type ApiResponse,
  type FakeZendeskOptions,
} from './api'
export { FakeZendeskStore, type TicketUpdate } from './store'
export type { ChangeRecord, ScheduledFollowUp } from './change-log'
export { MALFORMED_BODY, type FaultSpec } from './faults'
export { FOLLOW_UP_DUE_FIELD_ID, RECOVERY_STATE_FIELD_ID, RECOVERY_STATE_OPTIONS } from './ticket-fields'
export { seedData } from './seed'
export type * from './types'
