import type { HarnessGlobal } from '../recorder'
import { removeFrom } from '../recorder'
import type { TicketDraft, WorkspaceData } from '../workspace-data'
import { proxyZafRequest, type ZafRequestMessage } from './api-proxy'
import { AppInstance, type InstanceEnvironment } from './app-instance'
import { runPageAction } from './form-actions'
import { answerGet, answerSet } from './get-set'
import { InstanceRegistry } from './instance-registry'
import { ModalInstances } from './modal-instances'
import type { ZafObjectOptions } from './zaf-objects'
import {
  clientError,
  invokeCalls,
  parseIncoming,
  summarise,
  type IncomingMessage,
  type ZafError,
} from './zaf-wire'

/**
 * The Zendesk side of the ZAF postMessage protocol (zendesk_app_framework_sdk lib/client.js) for one open
 * ticket: the sidebar instance and any modals it opens. Handshake → `zaf.app.registered`, an answer to
 * every get/set/invoke id (sent to the frame that asked), `request:<n>` proxying, per-client event
 * subscriptions, `iframe.trigger` routing between instances, events and save hooks. Accepts messages only
 * from its instances' own windows on the app's origin.
 */

export interface ZafHostOptions {
  appOrigin: string
  /** The app origin's root URL, which modal paths (`assets/modal.html`) resolve against. */
  appRoot: string
  ticketId: number
  settings: Record<string, unknown>
  recorder: HarnessGlobal
  /** Where modal overlays go. */
  modalLayer: HTMLElement
  workspace(): WorkspaceData
  draft: TicketDraft
  objectOptions(): ZafObjectOptions
  onDraftChanged(): void
  onNotify(message: string, kind: string, durationMs: number): void
  onAppRequestSettled(): void
}

export class ZafHost {
  private readonly registry = new InstanceRegistry()
  private readonly modals: ModalInstances
  private readonly env: InstanceEnvironment
  private readonly listener = (event: MessageEvent) => this.receive(event)

  constructor(private readonly options: ZafHostOptions) {
    this.env = { appOrigin: options.appOrigin, ticketId: options.ticketId, recorder: options.recorder }
    this.modals = new ModalInstances({
      registry: this.registry,
      env: this.env,
      appRoot: options.appRoot,
      layer: options.modalLayer,
      colorScheme: () => options.objectOptions().colorScheme,
    })
  }

  start(): void {
    window.addEventListener('message', this.listener)
  }

  dispose(): void {
    window.removeEventListener('message', this.listener)
    this.modals.closeAll('ticket-closed')
    for (const instance of this.registry.all()) this.registry.remove(instance.guid)?.dispose()
  }

  /** Adds the ticket sidebar instance; its iframe's `src` is set by the caller after this. */
  addSidebar(iframe: HTMLIFrameElement, guid: string): void {
    this.registry.add(new AppInstance(guid, 'ticket_sidebar', iframe, this.env))
  }

  /** Adds a nav_bar instance (the app's page in the main pane, host/nav-bar-mount.ts). */
  addNavBar(iframe: HTMLIFrameElement, guid: string): void {
    this.registry.add(new AppInstance(guid, 'nav_bar', iframe, this.env))
  }

  /** A framework event for the ticket, to every instance that listens on its own client. */
  emit(name: string, data?: unknown): string[] {
    return this.registry.broadcast(name, data)
  }

  /** Runs a save hook on every instance that registered it; the first cancellation wins. */
  async runHook(name: string): Promise<string | null> {
    const answers = await Promise.all(this.registry.all().map((instance) => instance.runHook(name)))
    return answers.find((answer) => answer !== null) ?? null
  }

  private get recorder(): HarnessGlobal {
    return this.options.recorder
  }

  private receive(event: MessageEvent): void {
    if (event.origin !== this.options.appOrigin) return
    const frame = this.registry.bySource(event.source)
    if (!frame) return
    const message = parseIncoming(event.data)
    if (!message) return
    this.recorder.messages.push({
      direction: 'in',
      at: Date.now(),
      key: message.key,
      id: message.id,
      request: message.request,
      summary: summarise(message),
      frameGuid: frame.guid,
      instanceGuid: message.instanceGuid,
    })
    const target = message.instanceGuid ?? frame.guid
    const { key, id, request } = message

    if (id !== undefined && request) return this.answerCall(frame, target, message)
    if (!key) return
    if (key === 'iframe.handshake') return this.register(frame)
    if (/^request:\d+$/.test(key))
      return void this.proxy(frame, key, (message.message ?? {}) as ZafRequestMessage)
    const subscription = /^iframe\.(on|off):(.+)$/.exec(key)
    if (subscription?.[2]) {
      const count = (message.message as { subscriberCount?: unknown } | undefined)?.subscriberCount
      return frame.setSubscription(target, subscription[2], typeof count === 'number' ? count : 0)
    }
    const trigger = /^iframe\.trigger:(.+)$/.exec(key)
    if (trigger?.[1]) return this.trigger(frame, target, trigger[1], message.message)
    const reply = /^iframe\.reply:(.+)$/.exec(key)
    if (reply?.[1]) frame.resolveHook(reply[1], message.raw.error)
    // The CDN build's `__track__` / `session.live` are only logged (above).
  }

  private register(instance: AppInstance): void {
    instance.post({
      key: 'zaf.app.registered',
      message: {
        metadata: {
          appId: 0,
          installationId: 360_000_123_456,
          name: 'Turnaround',
          version: '0.1.0',
          settings: { title: 'Turnaround', ...this.options.settings },
        },
        context: instance.context(),
      },
    })
    instance.registered = true
    if (this.recorder.instance?.guid === instance.guid) this.recorder.instance.registeredAt = Date.now()
    this.modals.markRegistered(instance.guid)
    instance.deliver('app.activated', { firstLoad: true })
  }

  /** `client.trigger` / `client.instance(guid).trigger`: fired on instance `on` (see InstanceRegistry). */
  private trigger(frame: AppInstance, on: string, name: string, data: unknown): void {
    const deliveredTo = this.registry.find(on) ? this.registry.fireOn(on, name, data) : []
    this.recorder.triggers.push({ at: Date.now(), name, from: frame.guid, on, deliveredTo })
  }

  /** get/set/invoke: answered to the asking frame, untagged (the SDK settles promises by id alone). */
  private answerCall(frame: AppInstance, targetGuid: string, message: IncomingMessage): void {
    const id = message.id as number
    this.recorder.pending.ids.push(id)
    let reply: Record<string, unknown>
    const target = this.registry.find(targetGuid)
    try {
      if (!target)
        reply = { id, error: clientError(`Could not find instance "${targetGuid}"`, 'APIUnavailable') }
      else if (message.request === 'get') reply = { id, result: answerGet(message.params, this.formAccess()) }
      else if (message.request === 'set') reply = { id, result: this.set(message.params) }
      else if (message.request === 'invoke') reply = this.invoke(id, frame, target, message.params)
      else reply = { id, error: clientError(`Unknown request type "${message.request}"`, 'APIUnavailable') }
    } catch (error) {
      reply = { id, error: clientError(error instanceof Error ? error.message : String(error)) }
    }
    frame.post(reply)
    removeFrom(this.recorder.pending.ids, id)
  }

  private formAccess() {
    return {
      workspace: this.options.workspace,
      draft: this.options.draft,
      objectOptions: this.options.objectOptions,
      instances: () => this.registry.all(),
    }
  }

  private set(params: unknown): Record<string, unknown> {
    const outcome = answerSet(params, this.options.draft)
    if (outcome.changed) this.options.onDraftChanged()
    for (const [name, value] of outcome.events) this.emit(name, value)
    return outcome.reply
  }

  private invoke(
    id: number,
    frame: AppInstance,
    target: AppInstance,
    params: unknown,
  ): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    const errors: Record<string, ZafError> = {}
    for (const [name, args] of invokeCalls(params)) {
      if (name === 'instances.create') {
        const created = this.modals.create(target, args[0])
        if ('error' in created) errors[name] = created.error
        else result[name] = created.value
        continue
      }
      if (name === 'destroy') {
        if (!this.modals.close(target.guid, 'app')) {
          errors[name] = clientError('destroy: only modal instances can be destroyed in the harness')
        }
        continue
      }
      const outcome = runPageAction(name, args, {
        draft: this.options.draft,
        recorder: this.recorder,
        target,
        caller: frame,
        onDraftChanged: this.options.onDraftChanged,
        onNotify: this.options.onNotify,
        broadcast: (event, data) => void this.emit(event, data),
      })
      if (outcome === 'unknown') {
        return { id, error: clientError(`Could not find handler for action: "${name}"`, 'APIUnavailable') }
      }
      if (outcome) errors[name] = outcome
    }
    return { id, result: { ...result, errors } }
  }

  private async proxy(frame: AppInstance, key: string, options: ZafRequestMessage): Promise<void> {
    const record = {
      key,
      url: options.url ?? '',
      method: (options.type ?? 'GET').toUpperCase(),
      at: Date.now(),
      status: null as number | null,
      attempts: 0,
      doneAt: null as number | null,
      instanceGuid: frame.guid,
    }
    this.recorder.requests.push(record)
    this.recorder.pending.requests.push(key)
    const outcome = await proxyZafRequest(options)
    record.status = outcome.response.status
    record.attempts = outcome.attempts
    record.doneAt = Date.now()
    frame.post({
      key: `zaf.${key}.${outcome.ok ? 'done' : 'fail'}`,
      message: { responseArgs: outcome.responseArgs },
    })
    removeFrom(this.recorder.pending.requests, key)
    this.options.onAppRequestSettled()
  }
}
