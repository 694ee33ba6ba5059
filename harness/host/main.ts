import './styles.css'
import { ChangesFeed } from './changes-feed'
import { harnessClient, type StaffUser } from './harness-client'
import { loadHostSettings, saveHostSettings, type HostSettings } from './host-settings'
import { setPageParam } from './page-url'
import { installRecorder } from './recorder'
import { RulesController } from './rules-controller'
import { installImpactNav } from './nav-bar-mount'
import { mountSidebar } from './sidebar-mount'
import { TicketFollower } from './ticket-follower'
import { TicketList } from './ticket-list'
import { followUpdate, syncOpenTicket } from './ticket-updates'
import { renderConversation } from './ui/conversation'
import { el } from './ui/dom'
import { installLeftTabs } from './ui/left-tabs'
import { renderSettingsPanel } from './ui/settings-panel'
import { showToast } from './ui/toasts'
import { draftFrom, submittedUpdate, type TicketDraft, type WorkspaceData } from './workspace-data'
import { ViewsController } from './views-controller'
import type { ZafHost } from './zaf/zaf-host'

/**
 * The harness page: a simplified Zendesk agent workspace. Ticket list or views | conversation + ticket form
 * (and the customer's rating) | 320px app sidebar, with "What the app changed" and agent/app settings below
 * the sidebar; the account's clock in the header; app modals open over the page.
 */

/** The follow-up date field's requirement identifier (requirements.json). */
const FOLLOW_UP_REQUIREMENT = 'turnaround_follow_up'

let resolveReady: () => void = () => undefined
const recorder = installRecorder(new Promise<void>((resolve) => (resolveReady = resolve)))

const regions = {
  agent: document.getElementById('current-agent') as HTMLElement,
  workspace: document.getElementById('workspace') as HTMLElement,
  leftTabs: document.getElementById('left-tabs') as HTMLElement,
  picker: document.getElementById('ticket-picker') as HTMLElement,
  views: document.getElementById('views') as HTMLElement,
  clock: document.getElementById('clock') as HTMLElement,
  clockRuns: document.getElementById('clock-runs') as HTMLElement,
  conversation: document.getElementById('conversation') as HTMLElement,
  sidebar: document.getElementById('app-sidebar') as HTMLElement,
  changes: document.getElementById('changes') as HTMLElement,
  settings: document.getElementById('settings') as HTMLElement,
  toasts: document.getElementById('toasts') as HTMLElement,
  modals: document.getElementById('modal-layer') as HTMLElement,
}

interface State {
  appRoot: string
  staff: StaffUser[]
  ticketId: number | null
  data: WorkspaceData | null
  draft: TicketDraft | null
  host: ZafHost | null
  follower: TicketFollower | null
  settings: HostSettings
}

const params = new URLSearchParams(window.location.search)
const state: State = {
  appRoot: '',
  staff: [],
  ticketId: null,
  data: null,
  draft: null,
  host: null,
  follower: null,
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

const ticketList = new TicketList(regions.picker, (id) => void openTicket(id))
const changesFeed = new ChangesFeed(regions.changes, { followUpField, nameOf, recorder })
const views = new ViewsController(
  {
    container: regions.views,
    recorder,
    openTicketId: () => state.ticketId,
    openTicket: (id) => void openTicket(id),
  },
  params.get('view'),
)
const rules = new RulesController({
  regions,
  recorder,
  views,
  openTicketId: () => state.ticketId,
  openTicket: (id) => void openTicket(id),
  refreshWorkspace: () => refreshWorkspace(),
  refreshTicketList: () => ticketList.refresh(),
  clockMoved: () => {
    renderTicket()
    changesFeed.redraw()
  },
})

function renderAgent(): void {
  const user = state.data?.currentUser
  recorder.agent = user ? { id: user.id, name: user.name } : null
  regions.agent.textContent = user ? `Signed in as ${user.name} (${user.role})` : ''
}

function renderTicket(): void {
  if (!state.data || !state.draft) return
  rules.showTicket(state.data)
  renderConversation(
    regions.conversation,
    state.data,
    state.draft,
    { onDraftEdited: () => renderTicket(), onSubmit: () => void submitTicket() },
    rules.rating.element,
  )
}

const updates = { state, recorder, renderTicket }

/**
 * After the account changed outside this page's Submit (the clock, a rating): follow the open ticket (the
 * app gets `ticket.updated` if it changed), then the changes panel's notifications and the ticket list.
 */
async function refreshWorkspace(): Promise<void> {
  await state.follower?.poll()
  await syncOpenTicket(updates)
  await Promise.all([ticketList.refresh(), changesFeed.refreshNotifications()])
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

/** Opening a ticket tab: fresh workspace data, a new app instance, and following the ticket. */
async function openTicket(ticketId: number): Promise<void> {
  state.follower?.stop()
  state.ticketId = ticketId
  setPageParam('ticket', String(ticketId))
  ticketList.select(ticketId)
  views.render()
  changesFeed.open(ticketId)
  state.data = await harnessClient.workspace(ticketId)
  state.draft = draftFrom(state.data)
  renderAgent()
  renderTicket()
  mountApp()
  state.follower = new TicketFollower(ticketId, state.data.ticket.updated_at, {
    fetchChanges: (id) => harnessClient.changes(id),
    // A moved change log means the account changed: the lists and views may have too.
    onChanges: (changes) => {
      if (changesFeed.showChanges(changes)) void Promise.all([ticketList.refresh(), views.refresh()])
    },
    onUpdatedElsewhere: (updater) => followUpdate(updates, ticketId, updater),
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
  // View titles are read in the agent's language.
  if (localeChanged) await views.refresh()
}

/** This browser acts as another agent: a new session, the harness locale for them, the ticket reopened. */
async function actAs(userId: number): Promise<void> {
  await harnessClient.actAs(userId)
  await harnessClient.setAgentLocale(state.settings.locale)
  setPageParam('agent', String(userId))
  if (state.ticketId !== null) await openTicket(state.ticketId)
  // Which views exist, and their titles, depend on who reads them.
  await views.refresh()
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
  installLeftTabs(
    { tabs: regions.leftTabs, tickets: regions.picker, views: regions.views, workspace: regions.workspace },
    params.get('tab') === 'views' ? 'views' : 'tickets',
  )
  await Promise.all([ticketList.refresh(), rules.start()])
  const requested = Number(params.get('ticket'))
  const first = ticketList.tickets.find((ticket) => ticket.id === requested) ?? ticketList.tickets[0]
  if (first) await openTicket(first.id)
  renderSettings()
  installImpactNav(
    {
      topbar: document.querySelector('.topbar') as HTMLElement,
      modalLayer: regions.modals,
      appRoot: () => state.appRoot,
      settings: () => state.settings,
      recorder,
      workspace: () => state.data,
      draft: () => state.draft,
      onNotify: (message, kind, ms) => showToast(regions.toasts, message, kind, ms),
    },
    params.get('nav') === 'impact',
  )
  resolveReady()
}

start().catch((error: unknown) => {
  console.error('harness: failed to start', error)
  regions.conversation.replaceChildren(
    el('p', { className: 'error', text: `Harness failed to start: ${String(error)}` }),
  )
})
