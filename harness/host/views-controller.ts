import { harnessClient, loaded } from './harness-client'
import { setPageParam } from './page-url'
import type { HarnessGlobal } from './recorder'
import type { Loaded, ViewsAnswer } from './rules-types'
import { renderViewsPanel } from './ui/views-panel'

/**
 * The Views tab's data: every view with its rows from `GET /__harness/views`, the selected view (the first
 * until the reviewer picks one), and the open ticket's row marked. Re-rendered only when something shown
 * changed. The picked view is kept in the address (`?view=ID`). A server without the endpoint is asked once
 * per page load.
 */

export interface ViewsDependencies {
  container: HTMLElement
  recorder: HarnessGlobal
  openTicketId(): number | null
  openTicket(ticketId: number): void
}

export class ViewsController {
  private views: Loaded<ViewsAnswer> = { state: 'loading' }
  private selectedViewId: string | null
  private renderedKey = ''

  constructor(
    private readonly deps: ViewsDependencies,
    initialViewId: string | null = null,
  ) {
    this.selectedViewId = initialViewId
  }

  async refresh(): Promise<void> {
    if (this.views.state === 'unavailable') return
    const answer = await loaded(harnessClient.views(), 'Views')
    const { rules } = this.deps.recorder
    rules.viewsLoads += 1
    rules.endpoints.views = answer.state
    // A failed reload keeps the views last read on screen.
    if (!(answer.state === 'failed' && this.views.state === 'loaded')) this.views = answer
    this.render()
  }

  /** Another ticket is open: its row in the selected view is the marked one. */
  render(): void {
    const openTicketId = this.deps.openTicketId()
    const selectedViewId = this.selected()
    const key = JSON.stringify([this.views, selectedViewId, openTicketId])
    if (key === this.renderedKey) return
    this.renderedKey = key
    renderViewsPanel(
      this.deps.container,
      { views: this.views, selectedViewId, openTicketId },
      {
        onSelectView: (id) => {
          this.selectedViewId = id
          setPageParam('view', id)
          this.render()
        },
        onOpenTicket: (id) => this.deps.openTicket(id),
      },
    )
  }

  /** The picked view while it exists, else the first one. */
  private selected(): string | null {
    if (this.views.state !== 'loaded') return this.selectedViewId
    const ids = this.views.value.views.map((view) => String(view.id))
    if (this.selectedViewId !== null && ids.includes(this.selectedViewId)) return this.selectedViewId
    return ids[0] ?? null
  }
}
