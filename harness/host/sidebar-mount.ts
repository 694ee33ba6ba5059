import { parseSettingsJson, type HostSettings } from './host-settings'
import { resetForInstance, type HarnessGlobal } from './recorder'
import { el } from './ui/dom'
import type { TicketDraft, WorkspaceData } from './workspace-data'
import { appPageUrl, createAppIframe } from './zaf/app-frame'
import { ZafHost } from './zaf/zaf-host'

/**
 * Starts the app in the ticket sidebar: a new instance (new guid, fresh recorder), its ZAF host, and the
 * iframe on the manifest's location URL (`assets/index.html`).
 */

/** The sidebar iframe's height before the app's first `resize`. */
const DEFAULT_IFRAME_HEIGHT = '200px'
const SIDEBAR_URL = 'assets/index.html'

export interface SidebarDependencies {
  container: HTMLElement
  modalLayer: HTMLElement
  appRoot: string
  ticketId: number
  settings: HostSettings
  recorder: HarnessGlobal
  workspace(): WorkspaceData
  draft: TicketDraft
  onDraftChanged(): void
  onNotify(message: string, kind: string, durationMs: number): void
  onAppRequestSettled(): void
}

export function mountSidebar(deps: SidebarDependencies): ZafHost {
  deps.container.replaceChildren()
  const guid = crypto.randomUUID()
  const spec = {
    appRoot: deps.appRoot,
    url: SIDEBAR_URL,
    guid,
    location: 'ticket_sidebar' as const,
    colorScheme: deps.settings.colorScheme,
  }
  const iframe = createAppIframe(spec, 'app-iframe')
  iframe.style.height = DEFAULT_IFRAME_HEIGHT
  resetForInstance(deps.recorder, {
    guid,
    ticketId: deps.ticketId,
    createdAt: Date.now(),
    registeredAt: null,
    iframeLoadedAt: null,
    height: DEFAULT_IFRAME_HEIGHT,
  })
  iframe.addEventListener('load', () => {
    if (deps.recorder.instance?.guid === guid) deps.recorder.instance.iframeLoadedAt = Date.now()
  })
  const host = new ZafHost({
    appOrigin: new URL(deps.appRoot).origin,
    appRoot: deps.appRoot,
    ticketId: deps.ticketId,
    settings: parseSettingsJson(deps.settings.settingsJson) ?? {},
    recorder: deps.recorder,
    modalLayer: deps.modalLayer,
    workspace: deps.workspace,
    draft: deps.draft,
    objectOptions: () => ({ colorScheme: deps.settings.colorScheme, dateFormat: deps.settings.dateFormat }),
    onDraftChanged: deps.onDraftChanged,
    onNotify: deps.onNotify,
    onAppRequestSettled: deps.onAppRequestSettled,
  })
  host.addSidebar(iframe, guid)
  host.start()
  deps.container.append(el('div', { className: 'app-title', text: 'Apps · Turnaround' }), iframe)
  iframe.src = appPageUrl(spec)?.toString() ?? 'about:blank'
  return host
}
