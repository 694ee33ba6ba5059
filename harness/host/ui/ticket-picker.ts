import type { TicketSummary } from '../workspace-data'
import { clear, el } from './dom'

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  th: 'ไทย',
  nb: 'Norsk',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
}

/** The left column: the seeded tickets, like a Zendesk view. */
export function renderTicketPicker(
  container: HTMLElement,
  tickets: TicketSummary[],
  selectedId: number | null,
  onSelect: (id: number) => void,
): void {
  clear(container)
  container.append(el('h2', { text: 'Tickets' }))
  const list = el('ul', { className: 'ticket-list' })
  for (const ticket of tickets) {
    const button = el(
      'button',
      {
        className: `ticket-item${ticket.id === selectedId ? ' selected' : ''}`,
        attrs: { 'data-ticket-id': String(ticket.id), type: 'button' },
      },
      [
        el('span', { className: 'ticket-subject', text: ticket.subject }),
        el('span', { className: 'ticket-meta' }, [
          el('span', { text: `#${ticket.id} · ${ticket.requester.name}` }),
          el('span', { className: `status status-${ticket.status}`, text: ticket.status }),
          el('span', { className: 'lang', text: LANGUAGE_NAMES[ticket.language] ?? ticket.language }),
          ticket.csat && ticket.csat !== 'unoffered'
            ? el('span', { className: `csat csat-${ticket.csat}`, text: `CSAT ${ticket.csat}` })
            : null,
        ]),
      ],
    )
    button.addEventListener('click', () => onSelect(ticket.id))
    list.append(el('li', {}, [button]))
  }
  container.append(list)
}
