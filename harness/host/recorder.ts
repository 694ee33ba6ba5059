/**
 * `window.__harness`: what tests and the bench read from the host page. Arrays are reset (in place)
 * when a new app instance starts, so they always describe the current iframe.
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
}

export interface InstanceInfo {
  guid: string
  ticketId: number
  createdAt: number
  registeredAt: number | null
  iframeLoadedAt: number | null
  height: string | null
}

export interface HarnessGlobal {
  requests: RecordedRequest[]
  messages: RecordedMessage[]
  /** ids of get/set/invoke calls not answered yet, and request keys still in flight. */
  pending: { ids: number[]; requests: string[] }
  subscriptions: Record<string, number>
  notifications: Array<{ at: number; message: string; kind: string }>
  instance: InstanceInfo | null
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
    notifications: [],
    instance: null,
    ready,
  }
  window.__harness = harness
  return harness
}

export function resetForInstance(harness: HarnessGlobal, instance: InstanceInfo): void {
  harness.requests.length = 0
  harness.messages.length = 0
  harness.pending.ids.length = 0
  harness.pending.requests.length = 0
  harness.notifications.length = 0
  for (const key of Object.keys(harness.subscriptions)) delete harness.subscriptions[key]
  harness.instance = instance
}

export function removeFrom<T>(list: T[], value: T): void {
  const index = list.indexOf(value)
  if (index >= 0) list.splice(index, 1)
}
