import type { HarnessGlobal } from '../recorder'

/**
 * One running app instance (one iframe: the ticket sidebar or a modal) as the host sees it: its context,
 * its registration, and the events each client inside it subscribed to. A frame can hold several clients:
 * its own (`instanceGuid` = its guid) and `client.instance(otherGuid)` children, which the SDK tags with
 * the other instance's guid.
 */

export type InstanceLocation = 'ticket_sidebar' | 'modal' | 'nav_bar'

export interface InstanceEnvironment {
  appOrigin: string
  ticketId: number
  recorder: HarnessGlobal
}

export const ACCOUNT = { subdomain: 'harness' }
const HOOK_TIMEOUT_MS = 30_000

export class AppInstance {
  registered = false
  private readonly hookWaiters = new Map<string, (error: string | null) => void>()

  constructor(
    readonly guid: string,
    readonly location: InstanceLocation,
    readonly iframe: HTMLIFrameElement,
    private readonly env: InstanceEnvironment,
  ) {}

  /** What `app.registered`, `get('instances')` and `instances.create` describe the instance with. */
  context(): Record<string, unknown> {
    return {
      instanceGuid: this.guid,
      product: 'support',
      location: this.location,
      account: ACCOUNT,
      // The nav bar is no ticket's: Zendesk gives it no ticket id.
      ...(this.location === 'nav_bar' ? {} : { ticketId: this.env.ticketId }),
    }
  }

  owns(source: MessageEventSource | null): boolean {
    return source !== null && source === this.iframe.contentWindow
  }

  post(message: Record<string, unknown>): void {
    const target = this.iframe.contentWindow
    if (!target) return
    this.env.recorder.messages.push({
      direction: 'out',
      at: Date.now(),
      key: typeof message.key === 'string' ? message.key : undefined,
      id: typeof message.id === 'number' ? message.id : undefined,
      frameGuid: this.guid,
      instanceGuid: typeof message.instanceGuid === 'string' ? message.instanceGuid : undefined,
    })
    target.postMessage(JSON.stringify(message), this.env.appOrigin)
  }

  /**
   * Pushes `zaf.<name>` to one client in this frame. The tag selects it (SDK getMessageRecipient): this
   * frame's guid → its own client; another guid → the child client it created with `client.instance()`.
   * The SDK throws on a tag it has no client for, so callers only tag guids this frame subscribed with.
   */
  deliver(name: string, data: unknown, clientGuid: string = this.guid): void {
    if (!this.registered) return
    const message: Record<string, unknown> = { key: `zaf.${name}`, message: data }
    if (clientGuid !== this.guid) message.instanceGuid = clientGuid
    this.post(message)
  }

  setSubscription(clientGuid: string, name: string, count: number): void {
    const frame = (this.env.recorder.instanceSubscriptions[this.guid] ??= {})
    const client = (frame[clientGuid] ??= {})
    client[name] = count
    if (this.location === 'ticket_sidebar' && clientGuid === this.guid) {
      this.env.recorder.subscriptions[name] = count
    }
  }

  isSubscribed(name: string, clientGuid: string = this.guid): boolean {
    return (this.env.recorder.instanceSubscriptions[this.guid]?.[clientGuid]?.[name] ?? 0) > 0
  }

  /** Runs a save hook (`ticket.save`): resolves with the app's error message, or null to let the save go. */
  runHook(name: string, timeoutMs = HOOK_TIMEOUT_MS): Promise<string | null> {
    if (!this.registered || !this.isSubscribed(name)) return Promise.resolve(null)
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish('The app did not answer in time'), timeoutMs)
      const finish = (error: string | null) => {
        clearTimeout(timer)
        this.hookWaiters.delete(name)
        resolve(error)
      }
      this.hookWaiters.set(name, finish)
      this.post({ key: `zaf.${name}`, needsReply: true })
    })
  }

  /** `iframe.reply:<name>`: `error.msg` present means the app cancelled (an empty message still cancels). */
  resolveHook(name: string, error: unknown): void {
    const message = (error as { msg?: unknown } | undefined)?.msg
    const waiter = this.hookWaiters.get(name)
    if (!waiter) return
    waiter(error === undefined ? null : String(message || 'Cancelled by the app'))
  }

  dispose(): void {
    for (const resolve of this.hookWaiters.values()) resolve(null)
    this.hookWaiters.clear()
    delete this.env.recorder.instanceSubscriptions[this.guid]
  }
}
