import type { ModalCloseReason, ModalRecord } from '../recorder'
import { openModalOverlay, type ModalOverlay } from '../ui/modal-overlay'
import { AppInstance, type InstanceEnvironment } from './app-instance'
import { appPageUrl, createAppIframe } from './app-frame'
import type { InstanceRegistry } from './instance-registry'
import { clientError, type ZafError } from './zaf-wire'

/**
 * Modal instances (`invoke('instances.create', { location: 'modal', url, size })`): a new iframe of the
 * app in an overlay, registered like the sidebar but with `location: 'modal'`. Destroying one (the app's
 * `invoke('destroy')`, the overlay's close button or Escape) sends `modal.close`, tagged with the modal's
 * guid, to the clients other frames bound to it with `client.instance(modalGuid)` and subscribed.
 */

export interface ModalDependencies {
  registry: InstanceRegistry
  env: InstanceEnvironment
  appRoot: string
  layer: HTMLElement
  colorScheme(): 'light' | 'dark'
}

/** The size when the app asks for none (Zendesk's own default is not documented; an assumption). */
const DEFAULT_SIZE = { width: '600px', height: '400px' }
const CSS_LENGTH = /^\d+(\.\d+)?(px|%|vw|vh|em|rem)?$/

function cssLength(value: unknown, fallback: string): string | null {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return `${value}px`
  if (typeof value !== 'string' || !CSS_LENGTH.test(value.trim())) return null
  const text = value.trim()
  return /\d$/.test(text) ? `${text}px` : text
}

interface ModalRequest {
  url: string
  size: { width: string; height: string }
}

function parseRequest(arg: unknown): ModalRequest | string {
  const options = (typeof arg === 'object' && arg !== null ? arg : {}) as Record<string, unknown>
  if (options.location !== 'modal') {
    return `instances.create: the harness opens location "modal" only (got "${String(options.location)}")`
  }
  if (typeof options.url !== 'string' || options.url.trim() === '') return 'instances.create needs a url'
  const size = (typeof options.size === 'object' && options.size !== null ? options.size : {}) as Record<
    string,
    unknown
  >
  const width = cssLength(size.width, DEFAULT_SIZE.width)
  const height = cssLength(size.height, DEFAULT_SIZE.height)
  if (!width || !height) return `instances.create: invalid size ${JSON.stringify(options.size)}`
  return { url: options.url, size: { width, height } }
}

export class ModalInstances {
  private readonly overlays = new Map<string, ModalOverlay>()

  constructor(private readonly deps: ModalDependencies) {}

  /** Opens a modal for `opener`; resolves the invoke with the new instance's context. */
  create(opener: AppInstance, arg: unknown): { value: Array<Record<string, unknown>> } | { error: ZafError } {
    const request = parseRequest(arg)
    if (typeof request === 'string') return { error: clientError(request) }
    const guid = crypto.randomUUID()
    const spec = {
      appRoot: this.deps.appRoot,
      url: request.url,
      guid,
      location: 'modal' as const,
      colorScheme: this.deps.colorScheme(),
    }
    const page = appPageUrl(spec)
    if (!page) return { error: clientError(`instances.create: ${request.url} is not on the app's origin`) }
    const iframe = createAppIframe(spec, 'app-modal-iframe')
    const instance = new AppInstance(guid, 'modal', iframe, this.deps.env)
    this.deps.registry.add(instance)
    const overlay = openModalOverlay(this.deps.layer, {
      title: 'Turnaround',
      iframe,
      size: request.size,
      onCloseRequested: (reason) => this.close(guid, reason),
    })
    this.overlays.set(guid, overlay)
    iframe.src = page.toString()
    const record: ModalRecord = {
      guid,
      openedBy: opener.guid,
      url: page.pathname,
      size: request.size,
      openedAt: Date.now(),
      registeredAt: null,
      closedAt: null,
      closedBy: null,
      closeNotified: [],
    }
    this.deps.env.recorder.modals.push(record)
    // The instances sample app listens for this on other instances (demo_apps instances_sample_app).
    this.deps.registry.broadcast('instance.created', instance.context())
    return { value: [instance.context()] }
  }

  isModal(guid: string): boolean {
    return this.overlays.has(guid)
  }

  markRegistered(guid: string): void {
    const record = this.deps.env.recorder.modals.find((modal) => modal.guid === guid)
    if (record) record.registeredAt = Date.now()
  }

  /** Destroys a modal instance; returns false when `guid` is not an open modal. */
  close(guid: string, reason: ModalCloseReason): boolean {
    const overlay = this.overlays.get(guid)
    if (!overlay) return false
    this.overlays.delete(guid)
    overlay.remove()
    this.deps.registry.remove(guid)?.dispose()
    const notified =
      reason === 'ticket-closed' ? [] : this.deps.registry.fireOn(guid, 'modal.close', undefined, guid)
    const record = this.deps.env.recorder.modals.find((modal) => modal.guid === guid)
    if (record) {
      record.closedAt = Date.now()
      record.closedBy = reason
      record.closeNotified = notified
    }
    return true
  }

  closeAll(reason: ModalCloseReason): void {
    for (const guid of [...this.overlays.keys()]) this.close(guid, reason)
  }
}
