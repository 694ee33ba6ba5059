import './styles.css'
import { harnessClient, type StaffUser } from './harness-client'
import { loadHostSettings, saveHostSettings, type HostSettings } from './host-settings'
import { installRecorder } from './recorder'
import { mountSidebar } from './sidebar-mount'
import { TicketFollower, type TicketUpdater } from './ticket-follower'
import { renderChangesPanel, type ChangesResponse } from './ui/changes-panel'
import { renderConversation } from './ui/conversation'
import { el } from './ui/dom'
import { renderSettingsPanel } from './ui/settings-panel'
import { renderTicketPicker } from './ui/ticket-picker'
import { showToast } from './ui/toasts'
import {
  draftFrom,
  mergeSavedIntoDraft,
  submittedUpdate,
  type TicketDraft,
  type TicketSummary,
  type WorkspaceData,
} from './workspace-data'
import type { ZafHost } from './zaf/zaf-host'

/**
 * The harness page: a simplified Zendesk agent workspace. Ticket list | conversation + ticket form |
 * 320px app sidebar, with "What the app changed" and agent/app settings below the sidebar; app modals
 * open over the page.
 */

/** The follow-up date field's requirement identifier (requirements.json). */
const FOLLOW_UP_REQUIREMENT = 'turnaround_follow_up'

let resolveReady: () => void = () => undefined
const recorder = installRecorder(new Promise<void>((resolve) => (resolveReady = resolve)))

const regions = {
  agent: document.getElementById('current-agent') as HTMLElement,
  picker: document.getElementById('ticket-picker') as HTMLElement,
  conversation: document.getElementById('conversation') as HTMLElement,
  sidebar: document.getElementById('app-sidebar') as HTMLElement,
  changes: document.getElementById('changes') as HTMLElement,
  settings: document.getElementById('settings') as HTMLElement,
  toasts: document.getElementById('toasts') as HTMLElement,
  modals: document.getElementById('modal-layer') as HTMLElement,
}

interface State {
  appRoot: string
  tickets: TicketSummary[]
  staff: StaffUser[]
  ticketId: number | null
  data: WorkspaceData | null
  draft: TicketDraft | null
  host: ZafHost | null
  follower: TicketFollower | null
  /** The last changes answer rendered, to skip identical re-renders. */
  changesText: string
  settings: HostSettings
}

const params = new URLSearchParams(window.location.search)
const state: State = {
  appRoot: '',
  tickets: [],
  staff: [],
  ticketId: null,
  data: null,
  draft: null,
  host: null,
  follower: null,
  changesText: '',
  settings: loadHostSettings(params),
}

function nameOf(userId: number | string): string {
  const id = Number(userId)
  const known = state.staff.find((user) => user.id === id) ?? state.data?.users.find((user) => user.id === id)
  return known?.name ?? `user ${String(userId)}`
}

function followUpField(): { id: number; title: string } | null {
  const requirement = state.data?.requirements?.[FOLLOW_UP_REQUIREMENT]
  if (!requirement) return null
  const id = Number(requirement.requirement_id)
  const field = state.data?.ticketFields.find((candidate) => candidate.id === id)
  return { id, title: field?.title ?? FOLLOW_UP_REQUIREMENT }
}

function renderChanges(changes: ChangesResponse): void {
  const text = JSON.stringify(changes)
  if (text === state.changesText) return
  state.changesText = text
  renderChangesPanel(regions.changes, changes, { followUpField: followUpField(), nameOf })
}

function renderAgent(): void {
  const user = state.data?.currentUser
  recorder.agent = user ? { id: user.id, name: user.name } : null
  regions.agent.textContent = user ? `Signed in as ${user.name} (${user.role})` : ''
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
  state.host = mountSidebar({
    container: regions.sidebar,
    modalLayer: regions.modals,
    appRoot: state.appRoot,
    ticketId: state.ticketId,
    settings: state.settings,
    recorder,
    workspace: () => state.data as WorkspaceData,
    draft: state.draft,
    onDraftChanged: () => renderTicket(),
    onNotify: (message, kind, ms) => showToast(regions.toasts, message, kind, ms),
    onAppRequestSettled: () => void state.follower?.poll(),
  })
}

/**
 * The ticket was saved elsewhere (another agent, an API client, the app's own REST writes): fresh data
 * merged into the form under the agent's unsaved edits, and `ticket.updated` to the app instances.
 */
async function followUpdate(ticketId: number, updater: TicketUpdater | null): Promise<void> {
  const fresh = await harnessClient.workspace(ticketId)
  if (state.ticketId !== ticketId || !state.data || !state.draft) return
  mergeSavedIntoDraft(state.data, fresh, state.draft)
  state.data = fresh
  renderTicket()
  // ASSUMPTION: Zendesk documents that ticket.updated passes the user who updated the ticket, not the
  // payload's exact shape; `{ updatedBy: { id, name } }` is the harness's reading of it.
  const payload = { updatedBy: updater }
  const deliveredTo = state.host?.emit('ticket.updated', payload) ?? []
  recorder.ticketUpdates.push({
    at: Date.now(),
    ticketId,
    updatedAt: fresh.ticket.updated_at,
    payload,
    deliveredTo,
  })
}

/** Opening a ticket tab: fresh workspace data, a new app instance, and following the ticket. */
async function openTicket(ticketId: number): Promise<void> {
  state.follower?.stop()
  state.ticketId = ticketId
  const url = new URL(window.location.href)
  url.searchParams.set('ticket', String(ticketId))
  window.history.replaceState(null, '', url)
  renderTicketPicker(regions.picker, state.tickets, ticketId, (id) => void openTicket(id))
  state.data = await harnessClient.workspace(ticketId)
  state.draft = draftFrom(state.data)
  state.changesText = ''
  renderAgent()
  renderTicket()
  mountApp()
  state.follower = new TicketFollower(ticketId, state.data.ticket.updated_at, {
    fetchChanges: (id) => harnessClient.changes(id),
    onChanges: renderChanges,
    onUpdatedElsewhere: (updater) => followUpdate(ticketId, updater),
  })
  state.follower.start()
}

/** The agent's Submit: the `ticket.save` hook first (the app may cancel), then one ticket update. */
async function submitTicket(): Promise<void> {
  const { data, draft, host, ticketId, follower } = state
  if (!data || !draft || ticketId === null) return
  follower?.beginOwnWrite()
  let audit: number | null = null
  let stamp: string | null = null
  try {
    const veto = host ? await host.runHook('ticket.save') : null
    if (veto) {
      showToast(regions.toasts, `Save cancelled by the app: ${veto}`, 'error', 6000)
      return
    }
    try {
      const saved = await harnessClient.saveTicket(ticketId, submittedUpdate(data, draft))
      audit = saved.audit?.id ?? null
      stamp = saved.ticket?.updated_at ?? null
      host?.emit('ticket.submit.done')
    } catch (error) {
      host?.emit('ticket.submit.fail')
      showToast(regions.toasts, error instanceof Error ? error.message : String(error), 'error', 6000)
    }
    state.data = await harnessClient.workspace(ticketId)
    Object.assign(draft, draftFrom(state.data))
    renderTicket()
  } finally {
    follower?.endOwnWrite(audit, stamp)
  }
  await follower?.poll()
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

/** This browser acts as another agent: a new session, the harness locale for them, the ticket reopened. */
async function actAs(userId: number): Promise<void> {
  await harnessClient.actAs(userId)
  await harnessClient.setAgentLocale(state.settings.locale)
  const url = new URL(window.location.href)
  url.searchParams.set('agent', String(userId))
  window.history.replaceState(null, '', url)
  if (state.ticketId !== null) await openTicket(state.ticketId)
  renderSettings()
}

function renderSettings(): void {
  renderSettingsPanel(
    regions.settings,
    state.settings,
    {
      onApply: (next) => void applySettings(next).then(renderSettings),
      onReloadApp: () => mountApp(),
      onActAs: (userId) =>
        void actAs(userId).catch((error: unknown) =>
          showToast(regions.toasts, `Could not act as ${nameOf(userId)}: ${String(error)}`, 'error', 6000),
        ),
    },
    { staff: state.staff, currentId: state.data?.currentUser.id ?? null },
  )
}

async function start(): Promise<void> {
  const config = await harnessClient.config()
  state.appRoot = config.appUrl
  state.staff = await harnessClient
    .users()
    .then((answer) => answer.users)
    .catch(() => [])
  const agent = params.get('agent')
  if (agent) await harnessClient.actAs(Number(agent))
  await harnessClient.setAgentLocale(state.settings.locale)
  state.tickets = (await harnessClient.tickets()).tickets
  const requested = Number(params.get('ticket'))
  const first = state.tickets.find((ticket) => ticket.id === requested) ?? state.tickets[0]
  if (first) await openTicket(first.id)
  renderSettings()
  resolveReady()
}

start().catch((error: unknown) => {
  console.error('harness: failed to start', error)
  regions.conversation.replaceChildren(
    el('p', { className: 'error', text: `Harness failed to start: ${String(error)}` }),
  )
})
