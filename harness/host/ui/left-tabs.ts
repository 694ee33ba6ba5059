import { setPageParam } from '../page-url'
import { el } from './dom'

/**
 * The left column's two tabs, Tickets and Views. The Views tab widens the column (a view is a table), so
 * the workspace grid gets a class for it. The chosen tab is kept in the address (`?tab=views`).
 */

export type LeftTab = 'tickets' | 'views'

export interface LeftTabRegions {
  tabs: HTMLElement
  tickets: HTMLElement
  views: HTMLElement
  workspace: HTMLElement
}

export function installLeftTabs(regions: LeftTabRegions, initial: LeftTab): void {
  const buttons = new Map<LeftTab, HTMLButtonElement>()
  const select = (tab: LeftTab) => {
    for (const [name, button] of buttons) {
      button.setAttribute('aria-selected', String(name === tab))
      button.classList.toggle('selected', name === tab)
    }
    regions.tickets.hidden = tab !== 'tickets'
    regions.views.hidden = tab !== 'views'
    regions.workspace.classList.toggle('views-open', tab === 'views')
  }
  const choose = (tab: LeftTab) => {
    select(tab)
    setPageParam('tab', tab === 'views' ? 'views' : null)
  }
  for (const [tab, label] of [
    ['tickets', 'Tickets'],
    ['views', 'Views'],
  ] as const) {
    const button = el('button', {
      className: 'left-tab',
      text: label,
      attrs: { type: 'button', role: 'tab', 'data-testid': `left-tab-${tab}` },
    })
    button.addEventListener('click', () => choose(tab))
    buttons.set(tab, button)
  }
  regions.tabs.replaceChildren(...buttons.values())
  select(initial)
}
