import type { StaffUser } from '../harness-client'
import { AGENT_LOCALES, parseSettingsJson, type HostSettings } from '../host-settings'
import { clear, el } from './dom'

export interface SettingsHandlers {
  onApply(next: HostSettings): void
  onReloadApp(): void
  /** Act as another staff member (this browser's session). */
  onActAs(userId: number): void
}

export interface AgentChoice {
  staff: StaffUser[]
  currentId: number | null
}

/** "Act as": the staff list; changing it signs this browser in as that agent and reopens the ticket. */
function agentSelector(agents: AgentChoice, handlers: SettingsHandlers): HTMLElement | null {
  if (!agents.staff.length) return null
  const select = el(
    'select',
    { attrs: { id: 'act-as', 'aria-label': 'Act as agent' } },
    agents.staff.map((user) =>
      el('option', { text: `${user.name} (${user.role})`, attrs: { value: String(user.id) } }),
    ),
  )
  if (agents.currentId !== null) select.value = String(agents.currentId)
  select.addEventListener('change', () => handlers.onActAs(Number(select.value)))
  return el('label', { text: 'Act as ' }, [select])
}

/** Agent & app settings: who to act as, locale, installation settings JSON (invalid values allowed), colour scheme. */
export function renderSettingsPanel(
  container: HTMLElement,
  current: HostSettings,
  handlers: SettingsHandlers,
  agents: AgentChoice,
): void {
  clear(container)
  const locale = el(
    'select',
    { attrs: { id: 'agent-locale', 'aria-label': 'Agent locale' } },
    AGENT_LOCALES.map((value) => el('option', { text: value, attrs: { value } })),
  )
  locale.value = current.locale
  const scheme = el('select', { attrs: { id: 'color-scheme', 'aria-label': 'Colour scheme' } }, [
    el('option', { text: 'light', attrs: { value: 'light' } }),
    el('option', { text: 'dark', attrs: { value: 'dark' } }),
  ])
  scheme.value = current.colorScheme
  const dates = el('select', { attrs: { id: 'zaf-dates', 'aria-label': 'ZAF date format' } }, [
    el('option', { text: 'Date.toString() (as a real dump shows)', attrs: { value: 'date-string' } }),
    el('option', { text: 'ISO-8601', attrs: { value: 'iso' } }),
  ])
  dates.value = current.dateFormat
  const settingsText = el('textarea', { attrs: { id: 'app-settings', rows: '5', spellcheck: 'false' } })
  settingsText.value = current.settingsJson
  const problem = el('p', { className: 'error', attrs: { id: 'settings-problem' } })
  const apply = el('button', { text: 'Apply & reload app', attrs: { type: 'button', id: 'apply-settings' } })
  const reload = el('button', { text: 'Reload app', attrs: { type: 'button', id: 'reload-app' } })

  apply.addEventListener('click', () => {
    if (!parseSettingsJson(settingsText.value)) {
      problem.textContent =
        'Settings must be a JSON object (values may be invalid for the app, the JSON may not).'
      return
    }
    problem.textContent = ''
    handlers.onApply({
      locale: locale.value,
      settingsJson: settingsText.value,
      colorScheme: scheme.value === 'dark' ? 'dark' : 'light',
      dateFormat: dates.value === 'iso' ? 'iso' : 'date-string',
    })
  })
  reload.addEventListener('click', () => handlers.onReloadApp())

  container.append(
    el('h2', { text: 'Agent & app settings' }),
    agentSelector(agents, handlers) ?? '',
    el('label', { text: 'Agent locale ' }, [locale]),
    el('label', { text: 'Colour scheme ' }, [scheme]),
    el('label', { text: 'ZAF dates ' }, [dates]),
    el('label', {
      className: 'block',
      text: 'App settings (detection_sensitivity: low|normal|high, reply_sla_minutes)',
    }),
    settingsText,
    problem,
    el('div', { className: 'form-actions' }, [apply, reload]),
  )
}
