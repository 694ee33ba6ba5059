import type { SnapshotComment, TicketSnapshot } from '../../../src/core/model'

const START = Date.parse('2025-03-03T09:00:00Z')

/** A comment line: "agent: …" or "note: …" (internal agent note) or plain text for the customer. */
export type Line = string | (Partial<SnapshotComment> & { body: string })

/** Builds a ticket whose comments are one hour apart (well inside the default 4 h SLA). */
export function ticket(locale: string, lines: Line[], extra: Partial<TicketSnapshot> = {}): TicketSnapshot {
  const comments: SnapshotComment[] = lines.map((line, i) => {
    const createdAt = new Date(START + i * 3_600_000).toISOString()
    if (typeof line !== 'string') return { author: 'customer', createdAt, ...line }
    if (line.startsWith('agent: ')) return { author: 'agent', body: line.slice(7), createdAt }
    if (line.startsWith('note: ')) return { author: 'agent', body: line.slice(6), createdAt, public: false }
    return { author: 'customer', body: line, createdAt, id: `c${i}` }
  })
  return {
    id: 't-1',
    locale,
    channel: 'email',
    subject: '',
    status: 'open',
    createdAt: new Date(START).toISOString(),
    tags: [],
    comments,
    csat: null,
    ...extra,
  }
}

/** A customer message followed by a prompt agent reply, so no wait signal interferes. */
export const said = (locale: string, text: string): TicketSnapshot =>
  ticket(locale, [text, 'agent: Thanks, looking.'])
