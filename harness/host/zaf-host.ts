import { proxyZafRequest, type ZafRequestMessage } from './api-proxy'
import { removeFrom, type HarnessGlobal } from './recorder'
import { buildZafTree, resolvePath, type ZafObjectOptions } from './zaf-objects'
import type { TicketDraft, WorkspaceData } from './workspace-data'

/**
 * The Zendesk side of the ZAF postMessage protocol (zendesk_app_framework_sdk lib/client.js): handshake →
 * `zaf.app.registered`, answers to every get/set/invoke id, `request:<n>` proxying, event subscriptions,
 * events and hooks. Accepts messages only from its own iframe's window and the app's origin.
 */

export interface ZafHostOptions {
  iframe: HTMLIFrameElement
  appOrigin: string
  appGuid: string
  ticketId: number
  settings: Record<string, unknown>
  recorder: HarnessGlobal
  workspace(): WorkspaceData
  draft: TicketDraft
  objectOptions(): ZafObjectOptions
  onDraftChanged(): void
  onNotify(message: string, kind: string, durationMs: number): void
  onAppRequestSettled(): void
}

type ZafError = { message: string; name: string }
type Incoming = Record<string, unknown>

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved']
const PRIORITIES = ['low', 'normal', 'high', 'urgent', '-']
const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/

function clientError(message: string, name = 'ClientError'): ZafError {
  return { message, name }
}

function asTags(value: unknown): string[] | null {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || !list.every((tag) => typeof tag === 'string')) return null
  return list.map((tag) => tag.trim().toLowerCase()).filter(Boolean)
}

function summarise(data: Incoming): string {
  const text = JSON.stringify(data.params ?? data.message ?? '')
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

export class ZafHost {
  private readonly hookWaiters = new Map<string, (error: string | null) => void>()
  private readonly listener = (event: MessageEvent) => this.receive(event)
  private registered = false

  constructor(private readonly options: ZafHostOptions) {}

  start(): void {
    window.addEventListener('message', this.listener)
  }

  dispose(): void {
    window.removeEventListener('message', this.listener)
    for (const resolve of this.hookWaiters.values()) resolve(null)
    this.hookWaiters.clear()
  }

  private get recorder(): HarnessGlobal {
    return this.options.recorder
  }

  private post(message: Record<string, unknown>): void {
    const target = this.options.iframe.contentWindow
    if (!target) return
    this.recorder.messages.push({
      direction: 'out',
      at: Date.now(),
      key: typeof message.key === 'string' ? message.key : undefined,
      id: typeof message.id === 'number' ? message.id : undefined,
    })
    target.postMessage(JSON.stringify(message), this.options.appOrigin)
  }

  /** Pushes a framework event (`zaf.<name>`) to the app, as Zendesk does. */
  emit(name: string, data?: unknown): void {
    if (this.registered) this.post({ key: `zaf.${name}`, message: data })
  }

  isSubscribed(name: string): boolean {
    return (this.recorder.subscriptions[name] ?? 0) > 0
  }

  /** Runs a save hook (`ticket.save`): resolves with the app's error message, or null to let the save go. */
  runHook(name: string, timeoutMs = 30_000): Promise<string | null> {
    if (!this.isSubscribed(name)) return Promise.resolve(null)
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

  private receive(event: MessageEvent): void {
    if (event.source !== this.options.iframe.contentWindow || event.origin !== this.options.appOrigin) return
    let data: unknown = event.data
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data)
      } catch {
        return
      }
    }
    if (typeof data !== 'object' || data === null) return
    const message = data as Incoming
    const key = typeof message.key === 'string' ? message.key : undefined
    const id = typeof message.id === 'number' ? message.id : undefined
    const request = typeof message.request === 'string' ? message.request : undefined
    this.recorder.messages.push({
      direction: 'in',
      at: Date.now(),
      key,
      id,
      request,
      summary: summarise(message),
    })

    if (id !== undefined && request) return this.answerCall(id, request, message.params)
    if (!key) return
    if (key === 'iframe.handshake') return this.register()
    if (/^request:\d+$/.test(key)) return void this.proxy(key, (message.message ?? {}) as ZafRequestMessage)
    const subscription = /^iframe\.(on|off):(.+)$/.exec(key)
    if (subscription?.[2]) {
      const count = (message.message as { subscriberCount?: unknown } | undefined)?.subscriberCount
      this.recorder.subscriptions[subscription[2]] = typeof count === 'number' ? count : 0
      return
    }
    const reply = /^iframe\.reply:(.+)$/.exec(key)
    if (reply?.[1]) {
      const error = (message.error as { msg?: unknown } | undefined)?.msg
      this.hookWaiters.get(reply[1])?.(error === undefined ? null : String(error || 'Cancelled by the app'))
    }
    // `iframe.trigger:*`, and the CDN build's `__track__` / `session.live`, are only logged (above).
  }

  private register(): void {
    const { settings, appGuid, ticketId } = this.options
    this.post({
      key: 'zaf.app.registered',
      message: {
        metadata: {
          appId: 0,
          installationId: 360_000_123_456,
          name: 'Turnaround',
          version: '0.1.0',
          settings: { title: 'Turnaround', ...settings },
        },
        context: {
          product: 'support',
          location: 'ticket_sidebar',
          instanceGuid: appGuid,
          account: { subdomain: 'harness' },
          ticketId,
        },
      },
    })
    this.registered = true
    if (this.recorder.instance) this.recorder.instance.registeredAt = Date.now()
    this.emit('app.activated', { firstLoad: true })
  }

  private answerCall(id: number, request: string, params: unknown): void {
    this.recorder.pending.ids.push(id)
    let reply: Record<string, unknown>
    try {
      if (request === 'get') reply = { id, result: this.get(params) }
      else if (request === 'set') reply = { id, result: this.set(params) }
      else if (request === 'invoke') reply = this.invoke(id, params)
      else reply = { id, error: clientError(`Unknown request type "${request}"`, 'APIUnavailable') }
    } catch (error) {
      reply = { id, error: clientError(error instanceof Error ? error.message : String(error)) }
    }
    this.post(reply)
    removeFrom(this.recorder.pending.ids, id)
  }

  private get(params: unknown): Record<string, unknown> {
    const paths = Array.isArray(params)
      ? params.filter((path): path is string => typeof path === 'string')
      : []
    const tree = buildZafTree(this.options.workspace(), this.options.draft, this.options.objectOptions())
    const result: Record<string, unknown> = {}
    const errors: Record<string, ZafError> = {}
    for (const path of paths) {
      const instance = /^instances\.(.+)$/.exec(path)
      if (instance) {
        if (instance[1] === this.options.appGuid) result[path] = this.context()
        else errors[path] = clientError(`Could not find instance "${instance[1]}"`, 'APIUnavailable')
        continue
      }
      const found = resolvePath(tree, this.options.draft, path)
      if (found.found) result[path] = found.value
      else errors[path] = clientError(`Could not find handler for: "${path}"`, 'APIUnavailable')
    }
    return { ...result, errors }
  }

  private context(): Record<string, unknown> {
    return {
      instanceGuid: this.options.appGuid,
      product: 'support',
      location: 'ticket_sidebar',
      account: { subdomain: 'harness' },
      ticketId: this.options.ticketId,
    }
  }

  private set(params: unknown): Record<string, unknown> {
    const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}
    const result: Record<string, unknown> = {}
    const errors: Record<string, ZafError> = {}
    const changedEvents: Array<[string, unknown]> = []
    const { draft } = this.options
    for (const [path, value] of Object.entries(values)) {
      const problem = this.applySet(path, value, draft)
      if (problem) {
        errors[path] = clientError(problem)
        continue
      }
      result[path] = value
      if (path.startsWith('ticket.')) changedEvents.push([`${path.replace(':', '.')}.changed`, value])
    }
    if (Object.keys(result).length) this.options.onDraftChanged()
    for (const [name, value] of changedEvents) if (this.isSubscribed(name)) this.emit(name, value)
    return { ...result, errors }
  }

  /** Applies one `set` to the ticket form; returns a problem description, or null. */
  private applySet(path: string, value: unknown, draft: TicketDraft): string | null {
    if (path === 'ticket.tags') {
      const tags = asTags(value)
      if (!tags) return 'ticket.tags expects an array of strings'
      draft.tags = [...new Set(tags)]
      return null
    }
    if (path === 'ticket.status') {
      if (typeof value !== 'string' || !STATUSES.includes(value))
        return `"${String(value)}" is not a valid status`
      draft.status = value
      return null
    }
    if (path === 'ticket.priority') {
      if (typeof value !== 'string' || !PRIORITIES.includes(value))
        return `"${String(value)}" is not a valid priority`
      draft.priority = value === '-' ? null : value
      return null
    }
    const customField = CUSTOM_FIELD.exec(path)
    if (customField) {
      const id = Number(customField[1])
      if (!draft.customFields.has(id)) return `Could not find handler for: "${path}"`
      draft.customFields.set(id, value)
      return null
    }
    if (path === 'comment.text') {
      if (typeof value !== 'string') return 'comment.text expects a string'
      draft.commentText = value
      return null
    }
    if (path === 'comment.type') {
      if (value !== 'publicReply' && value !== 'internalNote')
        return 'comment.type is publicReply or internalNote'
      draft.commentType = value
      return null
    }
    return `Could not find handler for: "${path}"`
  }

  private invoke(id: number, params: unknown): Record<string, unknown> {
    const calls = typeof params === 'object' && params !== null ? (params as Record<string, unknown[]>) : {}
    const result: Record<string, unknown> = {}
    const errors: Record<string, ZafError> = {}
    for (const [name, rawArgs] of Object.entries(calls)) {
      const args = Array.isArray(rawArgs) ? rawArgs : []
      switch (name) {
        case 'resize':
          this.resize(args[0])
          break
        case 'notify': {
          const [message, kind, duration] = args
          const ms =
            typeof duration === 'number' ? duration : (duration as { sticky?: boolean })?.sticky ? 0 : 5000
          this.options.onNotify(String(message ?? ''), typeof kind === 'string' ? kind : 'notice', ms)
          this.recorder.notifications.push({
            at: Date.now(),
            message: String(message ?? ''),
            kind: typeof kind === 'string' ? kind : 'notice',
          })
          break
        }
        case 'comment.appendText':
          this.options.draft.commentText += String(args[0] ?? '')
          this.options.onDraftChanged()
          break
        case 'ticket.tags.add':
        case 'ticket.tags.remove': {
          const tags = asTags(args[0])
          if (!tags) {
            errors[name] = clientError(`${name} expects a tag or an array of tags`)
            break
          }
          const draft = this.options.draft
          draft.tags =
            name === 'ticket.tags.add'
              ? [...new Set([...draft.tags, ...tags])]
              : draft.tags.filter((tag) => !tags.includes(tag))
          this.options.onDraftChanged()
          if (this.isSubscribed('ticket.tags.changed')) this.emit('ticket.tags.changed', draft.tags)
          break
        }
        case 'instances.create':
          errors[name] = clientError(
            'instances.create (modal/child instances) is not emulated by the harness',
            'NotEmulated',
          )
          break
        case 'track':
          // The CDN SDK's usage tracker (`invoke('track', {type})`): answered with an empty result.
          break
        case 'app.close':
        case 'app.hide':
        case 'app.show':
          break
        default:
          return { id, error: clientError(`Could not find handler for action: "${name}"`, 'APIUnavailable') }
      }
    }
    return { id, result: { ...result, errors } }
  }

  private resize(size: unknown): void {
    const { height } = (size ?? {}) as { height?: unknown; width?: unknown }
    if (height === undefined || height === null) return
    const css =
      typeof height === 'number' || /^\d+(\.\d+)?$/.test(String(height)) ? `${height}px` : String(height)
    this.options.iframe.style.height = css
    if (this.recorder.instance) this.recorder.instance.height = css
  }

  private async proxy(key: string, options: ZafRequestMessage): Promise<void> {
    const record = {
      key,
      url: options.url ?? '',
      method: (options.type ?? 'GET').toUpperCase(),
      at: Date.now(),
      status: null as number | null,
      attempts: 0,
      doneAt: null as number | null,
      instanceGuid: this.options.appGuid,
    }
    this.recorder.requests.push(record)
    this.recorder.pending.requests.push(key)
    const outcome = await proxyZafRequest(options)
    record.status = outcome.response.status
    record.attempts = outcome.attempts
    record.doneAt = Date.now()
    this.post({
      key: `zaf.${key}.${outcome.ok ? 'done' : 'fail'}`,
      message: { responseArgs: outcome.responseArgs },
    })
    removeFrom(this.recorder.pending.requests, key)
    this.options.onAppRequestSettled()
  }
}
