import './styles.css'
import { harnessClient } from './harness-client'
import { loadHostSettings, parseSettingsJson, saveHostSettings, type HostSettings } from './host-settings'
import { installRecorder, resetForInstance } from './recorder'
import { renderChangesPanel } from './ui/changes-panel'
import { renderConversation } from './ui/conversation'
import { el } from './ui/dom'
import { renderSettingsPanel } from './ui/settings-panel'
import { renderTicketPicker } from './ui/ticket-picker'
import { showToast } from './ui/toasts'
import { draftFrom, type TicketDraft, type TicketSummary, type WorkspaceData } from './workspace-data'
import { ZafHost } from './zaf-host'

/**
 * The harness page: a simplified Zendesk agent workspace. Ticket list | conversation + ticket form |
 * 320px app sidebar, with "What the app changed" and agent/app settings below the sidebar.
 */

/** The sidebar iframe's height before the app's first `resize`. */
const DEFAULT_IFRAME_HEIGHT = '200px'
const CHANGES_REFRESH_MS = 3000

let resolveReady: () => void = () => undefined
const recorder = installRecorder(new Promise<void>((resolve) => (resolveReady = resolve)))

const regions = {
  picker: document.getElementById('ticket-picker') as HTMLElement,
  conversation: document.getElementById('conversation') as HTMLElement,
  sidebar: document.getElementById('app-sidebar') as HTMLElement,
  changes: document.getElementById('changes') as HTMLElement,
  settings: document.getElementById('settings') as HTMLElement,
  toasts: document.getElementById('toasts') as HTMLElement,
}

interface State {
  appOrigin: string
  tickets: TicketSummary[]
  ticketId: number | null
  data: WorkspaceData | null
  draft: TicketDraft | null
  host: ZafHost | null
  settings: HostSettings
}

const params = new URLSearchParams(window.location.search)
const state: State = {
  appOrigin: '',
  tickets: [],
  ticketId: null,
  data: null,
  draft: null,
  host: null,
  settings: loadHostSettings(params),
}

async function refreshChanges(): Promise<void> {
  if (state.ticketId === null) return
  try {
    renderChangesPanel(regions.changes, await harnessClient.changes(state.ticketId))
  } catch (error) {
    console.warn('harness: could not load changes', error)
  }
}

function renderTicket(): void {
  if (!state.data || !state.draft) return
  renderConversation(regions.conversation, state.data, state.draft, {
    onDraftEdited: () => renderTicket(),
    onSubmit: () => void submitTicket(),
  })
}

function mountApp(): void {
  if (!state.data || !state.draft || state.ticketId === null) return
  state.host?.dispose()
  regions.sidebar.replaceChildren()
  const appGuid = crypto.randomUUID()
  const src = new URL('assets/index.html', state.appOrigin)
  src.searchParams.set('origin', window.location.origin)
  src.searchParams.set('app_guid', appGuid)
  src.searchParams.set('colorScheme', state.settings.colorScheme)
  const iframe = el('iframe', {
    className: 'app-iframe',
    attrs: {
      title: 'Turnaround',
      name: `app_Turnaround_ticket_sidebar_${appGuid}`,
      sandbox:
        'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads',
    },
  })
  iframe.style.height = DEFAULT_IFRAME_HEIGHT
  resetForInstance(recorder, {
    guid: appGuid,
    ticketId: state.ticketId,
    createdAt: Date.now(),
    registeredAt: null,
    iframeLoadedAt: null,
    height: DEFAULT_IFRAME_HEIGHT,
  })
  iframe.addEventListener('load', () => {
    if (recorder.instance?.guid === appGuid) recorder.instance.iframeLoadedAt = Date.now()
  })
  const draft = state.draft
  state.host = new ZafHost({
    iframe,
    appOrigin: state.appOrigin.replace(/\/$/, ''),
    appGuid,
    ticketId: state.ticketId,
    settings: parseSettingsJson(state.settings.settingsJson) ?? {},
    recorder,
    workspace: () => state.data as WorkspaceData,
    draft,
    objectOptions: () => ({ colorScheme: state.settings.colorScheme, dateFormat: state.settings.dateFormat }),
    onDraftChanged: () => renderTicket(),
    onNotify: (message, kind, ms) => showToast(regions.toasts, message, kind, ms),
    onAppRequestSettled: () => void refreshChanges(),
  })
  state.host.start()
  iframe.src = src.toString()
  regions.sidebar.append(el('div', { className: 'app-title', text: 'Apps · Turnaround' }), iframe)
}

/** Opening a ticket tab: fresh workspace data and a new app instance. */
async function openTicket(ticketId: number): Promise<void> {
  state.ticketId = ticketId
  const url = new URL(window.location.href)
  url.searchParams.set('ticket', String(ticketId))
  window.history.replaceState(null, '', url)
  renderTicketPicker(regions.picker, state.tickets, ticketId, (id) => void openTicket(id))
  state.data = await harnessClient.workspace(ticketId)
  state.draft = draftFrom(state.data)
  renderTicket()
  mountApp()
  await refreshChanges()
}

/** The agent's Submit: the `ticket.save` hook first (the app may cancel), then one ticket update. */
async function submitTicket(): Promise<void> {
  const { data, draft, host, ticketId } = state
  if (!data || !draft || ticketId === null) return
  const veto = host ? await host.runHook('ticket.save') : null
  if (veto) {
    showToast(regions.toasts, `Save cancelled by the app: ${veto}`, 'error', 6000)
    return
  }
  const ticket: Record<string, unknown> = {
    status: draft.status,
    priority: draft.priority,
    tags: draft.tags,
    custom_fields: [...draft.customFields].map(([id, value]) => ({ id, value })),
  }
  if (draft.commentText.trim()) {
    ticket.comment = { body: draft.commentText, public: draft.commentType === 'publicReply' }
  }
  try {
    await harnessClient.saveTicket(ticketId, ticket)
    host?.emit('ticket.submit.done')
  } catch (error) {
    host?.emit('ticket.submit.fail')
    showToast(regions.toasts, error instanceof Error ? error.message : String(error), 'error', 6000)
  }
  state.data = await harnessClient.workspace(ticketId)
  Object.assign(draft, draftFrom(state.data))
  renderTicket()
  await refreshChanges()
}

async function applySettings(next: HostSettings): Promise<void> {
  const localeChanged = next.locale !== state.settings.locale
  const schemeChanged = next.colorScheme !== state.settings.colorScheme
  state.settings = next
  saveHostSettings(next)
  if (localeChanged) await harnessClient.setAgentLocale(next.locale)
  if (schemeChanged) state.host?.emit('colorScheme.changed', next.colorScheme)
  if (state.ticketId !== null) await openTicket(state.ticketId)
}

function renderSettings(): void {
  renderSettingsPanel(regions.settings, state.settings, {
    onApply: (next) => void applySettings(next).then(renderSettings),
    onReloadApp: () => mountApp(),
  })
}

async function start(): Promise<void> {
  const config = await harnessClient.config()
  state.appOrigin = config.appUrl
  await harnessClient.setAgentLocale(state.settings.locale)
  state.tickets = (await harnessClient.tickets()).tickets
  renderSettings()
  const requested = Number(params.get('ticket'))
  const first = state.tickets.find((ticket) => ticket.id === requested) ?? state.tickets[0]
  if (first) await openTicket(first.id)
  setInterval(() => void refreshChanges(), CHANGES_REFRESH_MS)
  resolveReady()
}

start().catch((error: unknown) => {
  console.error('harness: failed to start', error)
  regions.conversation.replaceChildren(
    el('p', { className: 'error', text: `Harness failed to start: ${String(error)}` }),
  )
})
