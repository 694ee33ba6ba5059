import type { Loaded, ViewSummary, ViewsAnswer } from '../rules-types'
import { clear, el } from './dom'

/**
 * The Views tab of the left column, as Zendesk lists views: every view's title (as the signed-in agent reads
 * it) with its ticket count; the selected view's tickets as a table with the view's own columns. A row
 * opens its ticket.
 */

export interface ViewsPanelHandlers {
  onSelectView(viewId: string): void
  onOpenTicket(ticketId: number): void
}

export interface ViewsPanelState {
  views: Loaded<ViewsAnswer>
  selectedViewId: string | null
  openTicketId: number | null
}

function viewButton(view: ViewSummary, selected: boolean, handlers: ViewsPanelHandlers): HTMLElement {
  const id = String(view.id)
  const button = el(
    'button',
    {
      className: `view-item${selected ? ' selected' : ''}`,
      attrs: {
        type: 'button',
        'data-testid': 'view-item',
        'data-view-id': id,
        'aria-pressed': String(selected),
      },
    },
    [
      el('span', { className: 'view-title', text: view.title }),
      el('span', {
        className: 'view-count',
        text: String(view.count),
        attrs: { 'data-testid': 'view-count' },
      }),
    ],
  )
  // The placeholder form, when the agent sees a rendered one (dynamic content), for whoever set it up.
  if (view.rawTitle && view.rawTitle !== view.title) button.title = view.rawTitle
  button.addEventListener('click', () => handlers.onSelectView(id))
  return el('li', {}, [button])
}

/** Status and ID lead every row, as in Zendesk's view tables, unless the view lists them itself. */
function leadingColumns(view: ViewSummary): { status: boolean; id: boolean } {
  const ids = new Set(view.columns.map((column) => column.id))
  return { status: !ids.has('status'), id: !ids.has('nice_id') && !ids.has('id') }
}

function rowCells(view: ViewSummary, row: ViewSummary['rows'][number]): HTMLElement[] {
  const lead = leadingColumns(view)
  return [
    lead.status
      ? el('td', {}, [el('span', { className: `status status-${row.status}`, text: row.status })])
      : null,
    lead.id ? el('td', { text: `#${row.ticketId}` }) : null,
    ...view.columns.map((column) => el('td', { text: row.values[column.id] ?? '' })),
  ].filter((cell): cell is HTMLTableCellElement => cell !== null)
}

function viewTable(
  view: ViewSummary,
  openTicketId: number | null,
  handlers: ViewsPanelHandlers,
): HTMLElement {
  if (!view.rows.length) {
    return el('p', {
      className: 'muted',
      attrs: { 'data-testid': 'view-empty' },
      text: 'No tickets in this view.',
    })
  }
  const lead = leadingColumns(view)
  const head = el('tr', {}, [
    lead.status ? el('th', { text: 'Status' }) : null,
    lead.id ? el('th', { text: 'ID' }) : null,
    ...view.columns.map((column) => el('th', { text: column.title, attrs: { 'data-column-id': column.id } })),
  ])
  const body = el('tbody')
  for (const row of view.rows) {
    const tr = el(
      'tr',
      {
        className: `view-row${row.ticketId === openTicketId ? ' selected' : ''}`,
        attrs: {
          'data-testid': 'view-row',
          'data-view-ticket-id': String(row.ticketId),
          tabindex: '0',
          title: `Open #${row.ticketId}`,
        },
      },
      rowCells(view, row),
    )
    tr.addEventListener('click', () => handlers.onOpenTicket(row.ticketId))
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') handlers.onOpenTicket(row.ticketId)
    })
    body.append(tr)
  }
  const more =
    view.rows.length < view.count
      ? el('p', { className: 'muted', text: `Showing ${view.rows.length} of ${view.count}.` })
      : null
  return el('div', { className: 'view-table-wrap' }, [
    el('table', { className: 'view-table', attrs: { 'data-testid': 'view-table' } }, [
      el('thead', {}, [head]),
      body,
    ]),
    more,
  ])
}

export function renderViewsPanel(
  container: HTMLElement,
  state: ViewsPanelState,
  handlers: ViewsPanelHandlers,
): void {
  clear(container)
  container.append(el('h2', { text: 'Views' }))
  const { views } = state
  if (views.state !== 'loaded') {
    const text = views.state === 'loading' ? 'Loading views…' : views.message
    container.append(
      el('p', {
        className: views.state === 'failed' ? 'error' : 'muted',
        attrs: { 'data-testid': 'views-status' },
        text,
      }),
    )
    return
  }
  if (!views.value.views.length) {
    container.append(
      el('p', { className: 'muted', attrs: { 'data-testid': 'views-status' }, text: 'No views.' }),
    )
    return
  }
  const selected = views.value.views.find((view) => String(view.id) === state.selectedViewId) ?? null
  container.append(
    el(
      'ul',
      { className: 'view-list', attrs: { 'data-testid': 'views-list' } },
      views.value.views.map((view) => viewButton(view, view === selected, handlers)),
    ),
  )
  if (selected) {
    container.append(
      el('h3', { className: 'view-heading', text: `${selected.title} (${selected.count})` }),
      viewTable(selected, state.openTicketId, handlers),
    )
  }
}
