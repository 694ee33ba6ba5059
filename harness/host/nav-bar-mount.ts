import './nav-bar.css'
import type { HostSettings } from './host-settings'
import { parseSettingsJson } from './host-settings'
import { setPageParam } from './page-url'
import type { HarnessGlobal } from './recorder'
import { el } from './ui/dom'
import type { TicketDraft, WorkspaceData } from './workspace-data'
import { appPageUrl, createAppIframe } from './zaf/app-frame'
import { ZafHost } from './zaf/zaf-host'

/**
 * The app's nav_bar location: a "Turnaround impact" button in the header opens the app's page over the main
 * pane, as Zendesk does when an agent clicks an app's icon in the left nav bar. It is a separate app instance
 * (location `nav_bar`, no ticket) with its own ZAF host; `?nav=impact` opens it with the page.
 */

const NAV_BAR_URL = 'assets/index.html'

export interface NavBarDependencies {
  topbar: HTMLElement
  modalLayer: HTMLElement
  appRoot: () => string
  settings: () => HostSettings
  recorder: HarnessGlobal
  /** The signed-in agent's workspace data (who they are, their groups); null before any is loaded. */
  workspace: () => WorkspaceData | null
  draft: () => TicketDraft | null
  onNotify(message: string, kind: string, durationMs: number): void
}

export function installImpactNav(
  deps: NavBarDependencies,
  openNow: boolean,
): { open(): void; close(): void } {
  let host: ZafHost | null = null
  const pane = el('section', {
    className: 'nav-pane',
    attrs: { 'data-testid': 'nav-pane', 'aria-label': 'Turnaround impact (nav_bar)' },
  })
  pane.hidden = true
  const slot = el('div', { className: 'nav-slot' })
  const back = el('button', {
    className: 'nav-back',
    text: '← Back to the tickets',
    attrs: { type: 'button' },
  })
  pane.append(
    el('div', { className: 'nav-head' }, [el('strong', { text: 'Apps · Turnaround impact' }), back]),
    slot,
  )
  document.body.append(pane)

  const button = el('button', {
    className: 'nav-open',
    text: 'Turnaround impact',
    attrs: { type: 'button', 'data-testid': 'open-impact', title: 'The app in Zendesk’s nav bar' },
  })
  deps.topbar.insertBefore(button, deps.topbar.querySelector('#current-agent'))

  function close(): void {
    host?.dispose()
    host = null
    slot.replaceChildren()
    pane.hidden = true
    button.setAttribute('aria-pressed', 'false')
    setPageParam('nav', null)
  }

  function open(): void {
    const workspace = deps.workspace()
    const draft = deps.draft()
    if (!workspace || !draft)
      return deps.onNotify('Open a ticket first: the harness signs in through it.', 'error', 4000)
    close()
    const settings = deps.settings()
    const guid = crypto.randomUUID()
    const spec = {
      appRoot: deps.appRoot(),
      url: NAV_BAR_URL,
      guid,
      location: 'nav_bar' as const,
      colorScheme: settings.colorScheme,
    }
    const iframe = createAppIframe(spec, 'app-nav-iframe')
    host = new ZafHost({
      appOrigin: new URL(spec.appRoot).origin,
      appRoot: spec.appRoot,
      ticketId: workspace.ticket.id,
      settings: parseSettingsJson(settings.settingsJson) ?? {},
      recorder: deps.recorder,
      modalLayer: deps.modalLayer,
      workspace: () => deps.workspace() ?? workspace,
      draft,
      objectOptions: () => ({ colorScheme: settings.colorScheme, dateFormat: settings.dateFormat }),
      onDraftChanged: () => undefined,
      onNotify: deps.onNotify,
      onAppRequestSettled: () => undefined,
    })
    host.addNavBar(iframe, guid)
    host.start()
    slot.append(iframe)
    iframe.src = appPageUrl(spec)?.toString() ?? 'about:blank'
    pane.hidden = false
    button.setAttribute('aria-pressed', 'true')
    setPageParam('nav', 'impact')
  }

  button.addEventListener('click', open)
  back.addEventListener('click', close)
  if (openNow) open()
  return { open, close }
}
