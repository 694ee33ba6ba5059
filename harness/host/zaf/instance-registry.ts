import type { AppInstance } from './app-instance'

/**
 * The app instances open on the ticket, and how events travel between them.
 *
 * A client in any frame is bound to one instance: a frame's own client to itself, `client.instance(guid)`
 * to `guid`. Every SDK message carries that binding as `instanceGuid` (lib/client.js `postMessage`,
 * `wrappedPostMessage`), so `iframe.on:<name>` says "this frame listens for <name> on instance X", and
 * `iframe.trigger:<name>` says "fire <name> on instance X". The host fires it on every client bound to X
 * that subscribed: X's own client (tag X: getMessageRecipient returns the main client for its own guid)
 * and the `client.instance(X)` children of other frames (tag X: their `_instanceClients[X]`). A frame is
 * only ever sent a tag it subscribed with, because getMessageRecipient throws for an unknown guid.
 */
export class InstanceRegistry {
  private readonly list: AppInstance[] = []

  add(instance: AppInstance): void {
    this.list.push(instance)
  }

  remove(guid: string): AppInstance | undefined {
    const index = this.list.findIndex((instance) => instance.guid === guid)
    return index >= 0 ? this.list.splice(index, 1)[0] : undefined
  }

  find(guid: string): AppInstance | undefined {
    return this.list.find((instance) => instance.guid === guid)
  }

  bySource(source: MessageEventSource | null): AppInstance | undefined {
    return this.list.find((instance) => instance.owns(source))
  }

  all(): AppInstance[] {
    return [...this.list]
  }

  /**
   * Fires `<name>` on instance `on`: delivered to each subscribed client bound to it, in every frame but
   * `exceptFrame`. Returns the guids of the frames it reached.
   */
  fireOn(on: string, name: string, data: unknown, exceptFrame?: string): string[] {
    const reached: string[] = []
    for (const frame of this.list) {
      if (frame.guid === exceptFrame || !frame.registered || !frame.isSubscribed(name, on)) continue
      frame.deliver(name, data, on)
      reached.push(frame.guid)
    }
    return reached
  }

  /** A framework event for the ticket (`ticket.updated`, `ticket.submit.done`…): every instance's own client. */
  broadcast(name: string, data?: unknown): string[] {
    const reached: string[] = []
    for (const instance of this.list) {
      if (!instance.registered || !instance.isSubscribed(name)) continue
      instance.deliver(name, data)
      reached.push(instance.guid)
    }
    return reached
  }
}
