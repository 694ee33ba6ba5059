/**
 * A minimal Zendesk host for jsdom tests of the REAL ZAF SDK: it stands in for `window.parent`, receives
 * what the SDK posts, and answers with message events the SDK accepts (right origin, right source).
 * REST requests (`request:<n>`) are forwarded with fetch to `apiBase`, where msw answers them.
 */
export interface FakeHostOptions {
  origin: string
  appGuid: string
  settings: Record<string, unknown>
  ticketId: number
  /** Answers for `client.get` paths; a missing path gets a per-path error, as in Zendesk. */
  data: Record<string, unknown>
  apiBase: string
}

type Message = { id?: number; request?: string; params?: unknown; key?: string; message?: unknown }

export class FakeZafHost {
  readonly received: Message[] = []
  readonly invocations: Array<{ name: string; args: unknown[] }> = []
  readonly requests: Array<Record<string, unknown>> = []

  constructor(private readonly options: FakeHostOptions) {}

  /** Makes this host the window's parent; call before `ZAFClient.init()`. */
  install(): void {
    Object.defineProperty(window, 'parent', { configurable: true, value: this })
  }

  /** What the SDK calls: `window.parent.postMessage(json, origin)`. */
  postMessage(raw: unknown, targetOrigin: string): void {
    if (targetOrigin !== this.options.origin)
      throw new Error(`SDK posted to unexpected origin ${targetOrigin}`)
    const message = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Message
    this.received.push(message)
    queueMicrotask(() => void this.handle(message))
  }

  private send(data: unknown): void {
    const event = new Event('message')
    Object.defineProperties(event, {
      data: { value: JSON.stringify(data) },
      origin: { value: this.options.origin },
      source: { value: this },
    })
    window.dispatchEvent(event)
  }

  private async handle(message: Message): Promise<void> {
    if (message.key === 'iframe.handshake') {
      this.send({
        key: 'zaf.app.registered',
        message: {
          metadata: {
            appId: 1,
            installationId: 2,
            name: 'Turnaround',
            version: '0.1.0',
            settings: this.options.settings,
          },
          context: {
            product: 'support',
            location: 'ticket_sidebar',
            instanceGuid: this.options.appGuid,
            account: { subdomain: 'acme' },
            ticketId: this.options.ticketId,
          },
        },
      })
      return
    }
    if (message.request === 'get' && Array.isArray(message.params)) {
      const result: Record<string, unknown> = { errors: {} }
      for (const path of message.params as string[]) {
        if (path in this.options.data) result[path] = this.options.data[path]
        else
          (result.errors as Record<string, unknown>)[path] = {
            message: 'Could not find path',
            name: 'PathError',
          }
      }
      this.send({ id: message.id, result })
      return
    }
    if (message.request === 'invoke') {
      for (const [name, args] of Object.entries(message.params as Record<string, unknown[]>)) {
        this.invocations.push({ name, args })
      }
      this.send({ id: message.id, result: { errors: {} } })
      return
    }
    if (message.id !== undefined) {
      this.send({ id: message.id, error: { message: `${message.request} is not emulated`, name: 'Error' } })
      return
    }
    if (message.key?.startsWith('request:'))
      await this.forwardRequest(message.key, message.message as Record<string, unknown>)
  }

  private async forwardRequest(key: string, options: Record<string, unknown>): Promise<void> {
    this.requests.push(options)
    const response = await fetch(`${this.options.apiBase}${String(options.url)}`, {
      method: String(options.type ?? 'GET'),
      headers: options.contentType ? { 'Content-Type': String(options.contentType) } : {},
      body: typeof options.data === 'string' ? options.data : undefined,
    })
    const responseText = await response.text()
    let responseJSON: unknown
    try {
      responseJSON = JSON.parse(responseText)
    } catch {
      responseJSON = undefined
    }
    const headers = Object.fromEntries(response.headers.entries())
    const xhr = {
      status: response.status,
      statusText: response.statusText,
      responseText,
      responseJSON,
      headers,
    }
    if (response.ok) {
      const args = options.httpCompleteResponse ? [xhr] : [responseJSON ?? responseText, 'success', xhr]
      this.send({ key: `zaf.${key}.done`, message: { responseArgs: args } })
    } else {
      this.send({ key: `zaf.${key}.fail`, message: { responseArgs: [xhr] } })
    }
  }
}
