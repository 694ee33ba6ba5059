import { harnessClient } from './harness-client'
import { renderTicketPicker } from './ui/ticket-picker'
import type { TicketSummary } from './workspace-data'

/**
 * The left column's ticket list: loaded at start and again whenever the account may have changed
 * (statuses, ratings and the order move with every update); re-rendered only when it differs.
 */
export class TicketList {
  tickets: TicketSummary[] = []
  private text = ''
  private selectedId: number | null = null

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (ticketId: number) => void,
  ) {}

  async refresh(): Promise<void> {
    const tickets = (await harnessClient.tickets()).tickets
    const text = JSON.stringify(tickets)
    if (text === this.text) return
    this.text = text
    this.tickets = tickets
    this.render()
  }

  select(ticketId: number): void {
    this.selectedId = ticketId
    this.render()
  }

  private render(): void {
    renderTicketPicker(this.container, this.tickets, this.selectedId, this.onSelect)
  }
}
