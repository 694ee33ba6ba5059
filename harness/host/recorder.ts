/**
 * `window.__harness`: what tests and the bench read from the host page. Arrays are reset (in place)
 * when a new sidebar instance starts (a ticket is opened or the app reloaded), so they always describe
 * the current ticket's app instances.
 */

export interface RecordedRequest {
  key: string
  url: string
  method: string
  /** Epoch ms when the host received the app's `request:<n>` message. */
  at: number
  /** Final HTTP status (0 = not sent / network), null while in flight. */
  status: number | null
  attempts: number
  doneAt: number | null
  instanceGuid: string
}

export interface RecordedMessage {
  direction: 'in' | 'out'
  at: number
  key?: string
  id?: number
  request?: string
  summary?: string
  /** The app instance (frame) that sent or receives the message. */
  frameGuid?: string
  /** The message's own `instanceGuid` tag: which client inside that frame it came from or goes to. */
  instanceGuid?: string
}

export interface InstanceInfo {
  guid: string
  ticketId: number
  createdAt: number
  registeredAt: number | null
  iframeLoadedAt: number | null
  height: string | null
}

export type ModalCloseReason = 'app' | 'close-button' | 'escape' | 'ticket-closed'

export interface ModalRecord {
  guid: string
  /** The instance that called `instances.create`. */
  openedBy: string
  url: string
  size: { width: string; height: string }
  openedAt: number
  registeredAt: number | null
  closedAt: number | null
  closedBy: ModalCloseReason | null
  /** Instances that were sent `modal.close` (they had subscribed on an instance client for the modal). */
  closeNotified: string[]
}

export interface TriggerRecord {
  at: number
  name: string
  /** The frame that called `trigger`, and the instance whose client it called it on. */
  from: string
  on: string
  deliveredTo: string[]
}

export interface EditorInsertRecord {
  at: number
  action: 'ticket.editor.insert' | 'comment.appendHtml' | 'comment.appendText'
  /** What the app sent, and what reached the (plain-text) reply box. */
  input: string
  text: string
  frameGuid: string
}

export interface TicketUpdatedRecord {
  at: number
  ticketId: number
  updatedAt: string
  payload: unknown
  deliveredTo: string[]
}

/**
 * One thing the reviewer did to the account through the rules controls (move the clock, rate as the
 * customer). Wait for `doneAt`: by then the page has refreshed the open ticket (and told the app with
 * `ticket.updated` if it changed), the changes panel, the ticket list and the views.
 */
export interface RuleActionRecord {
  /** 1, 2, … in the order the actions started on this page. */
  id: number
  kind: 'clock' | 'rating'
  /** Epoch ms when the control was used. */
  at: number
  /** What was sent: the clock step (`{ hours }` or `{ days }`), or `{ ticketId, score, comment }`. */
  request: unknown
  /** Null while the request is in flight; then whether the server accepted it. */
  ok: boolean | null
  /** The server has no such endpoint (404 "no harness route"): the page shows "not available". */
  unavailable: boolean
  /** The server's answer when it accepted (`ClockAdvance` or `RatingAnswer`). */
  answer: unknown
  error: string | null
  /** Epoch ms when the page had refreshed after it (also after a failure); null until then. */
  doneAt: number | null
}

/** How a rules endpoint last answered the page ('unavailable': 404 "no harness route"). */
export type EndpointState = 'loading' | 'loaded' | 'unavailable' | 'failed'

export interface RulesRecord {
  actions: RuleActionRecord[]
  /** Loads of `GET /__harness/views` that finished (answered or not). */
  viewsLoads: number
  /** `GET /__harness/clock`, `/views` and `/notifications?ticket=` as last read. */
  endpoints: { clock: EndpointState; views: EndpointState; notifications: EndpointState }
}

export interface HarnessGlobal {
  requests: RecordedRequest[]
  messages: RecordedMessage[]
  /** ids of get/set/invoke calls not answered yet, and request keys still in flight. */
  pending: { ids: number[]; requests: string[] }
  /** The sidebar's own client subscriptions (event → subscriberCount). */
  subscriptions: Record<string, number>
  /** Every frame's subscriptions: frame guid → client (instance) guid → event → subscriberCount. */
  instanceSubscriptions: Record<string, Record<string, Record<string, number>>>
  notifications: Array<{ at: number; message: string; kind: string }>
  /** The sidebar instance. */
  instance: InstanceInfo | null
  modals: ModalRecord[]
  triggers: TriggerRecord[]
  editorInserts: EditorInsertRecord[]
  ticketUpdates: TicketUpdatedRecord[]
  /** The agent this browser acts as (from the workspace's currentUser). */
  agent: { id: number; name: string } | null
  /** The business-rules controls; kept across ticket switches (the account's clock is not per ticket). */
  rules: RulesRecord
  /** Resolves when the host page has loaded its ticket list and mounted the first app instance. */
  ready: Promise<void>
}

declare global {
  interface Window {
    __harness: HarnessGlobal
  }
}

export function installRecorder(ready: Promise<void>): HarnessGlobal {
  const harness: HarnessGlobal = {
    requests: [],
    messages: [],
    pending: { ids: [], requests: [] },
    subscriptions: {},
    instanceSubscriptions: {},
    notifications: [],
    instance: null,
    modals: [],
    triggers: [],
    editorInserts: [],
    ticketUpdates: [],
    agent: null,
    rules: {
      actions: [],
      viewsLoads: 0,
      endpoints: { clock: 'loading', views: 'loading', notifications: 'loading' },
    },
    ready,
  }
  window.__harness = harness
  return harness
}

function clearRecord(record: Record<string, unknown>): void {
  for (const key of Object.keys(record)) delete record[key]
}

export function resetForInstance(harness: HarnessGlobal, instance: InstanceInfo): void {
  harness.requests.length = 0
  harness.messages.length = 0
  harness.pending.ids.length = 0
  harness.pending.requests.length = 0
  harness.notifications.length = 0
  harness.modals.length = 0
  harness.triggers.length = 0
  harness.editorInserts.length = 0
  harness.ticketUpdates.length = 0
  clearRecord(harness.subscriptions)
  clearRecord(harness.instanceSubscriptions)
  harness.instance = instance
}

export function removeFrom<T>(list: T[], value: T): void {
  const index = list.indexOf(value)
  if (index >= 0) list.splice(index, 1)
}
