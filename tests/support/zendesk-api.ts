import { http, HttpResponse, type HttpHandler } from 'msw'
import incremental from '../fixtures/zendesk-api/incremental_tickets.json'
import metricsFixture from '../fixtures/zendesk-api/ticket_metrics.json'
import usersFixture from '../fixtures/zendesk-api/users.json'

/**
 * A small Zendesk account for msw, built on the published example payloads in tests/fixtures
 * (copied from shared/fixtures/zendesk-api): the same keys, with our own values.
 */
export const API_BASE = 'https://acme.zendesk.com'
export const TICKET_ID = 35436
export const REQUESTER_ID = 20978392
export const AGENT_ID = 235323

const exampleTicket = incremental.tickets[0]!
const exampleUser = usersFixture.users[0]!

export const requester = {
  ...exampleUser,
  id: REQUESTER_ID,
  name: '佐藤 花子',
  email: 'hanako@example.jp',
  locale: 'ja',
}
export const agent = {
  ...exampleUser,
  id: AGENT_ID,
  name: 'Alex Agent',
  email: 'alex@acme.test',
  role: 'agent',
  locale: 'en-US',
}

export const currentTicket = {
  ...exampleTicket,
  id: TICKET_ID,
  subject: '注文した商品が届きません',
  status: 'open',
  priority: 'high',
  requester_id: REQUESTER_ID,
  assignee_id: AGENT_ID,
  created_at: '2026-11-20T09:00:00Z',
  updated_at: '2026-11-22T10:00:00Z',
  tags: ['shipping'],
  via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
  satisfaction_rating: {
    id: 991,
    score: 'bad',
    comment: '何度も連絡したのに返事が遅すぎます',
    reason: 'The issue took too long to resolve',
  },
}

export const earlierTickets = [
  {
    ...currentTicket,
    id: 35001,
    subject: '返品について',
    status: 'closed',
    created_at: '2026-09-01T09:00:00Z',
    updated_at: '2026-09-03T09:00:00Z',
    satisfaction_rating: { id: 801, score: 'bad', comment: '対応が遅い' },
  },
  {
    ...currentTicket,
    id: 34001,
    subject: '請求書の確認',
    status: 'closed',
    created_at: '2026-06-01T09:00:00Z',
    updated_at: '2026-06-02T09:00:00Z',
    satisfaction_rating: { id: 701, score: 'good', comment: null },
  },
]

export const metricSet = {
  ...metricsFixture.ticket_metric,
  ticket_id: TICKET_ID,
  reopens: 2,
  replies: 3,
  reply_time_in_minutes: { calendar: 600, business: 300 },
  requester_wait_time_in_minutes: { calendar: 1900, business: 900 },
}

const comment = (id: number, authorId: number, text: string, createdAt: string, isPublic = true) => ({
  id,
  type: 'Comment',
  author_id: authorId,
  body: text,
  html_body: `<div class="zd-comment"><p>${text}</p></div>`,
  plain_body: text,
  public: isPublic,
  attachments: [],
  audit_id: id + 1,
  via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
  created_at: createdAt,
  metadata: { system: {}, custom: {} },
})

export const comments = [
  comment(1, REQUESTER_ID, '注文した商品がまだ届きません。確認していただけますか。', '2026-11-20T09:00:00Z'),
  comment(2, AGENT_ID, 'ご連絡ありがとうございます。確認いたします。', '2026-11-20T19:00:00Z'),
  comment(3, AGENT_ID, 'Carrier says the parcel is lost.', '2026-11-20T19:05:00Z', false),
  comment(
    4,
    REQUESTER_ID,
    '三回目の連絡です。いつになったら届きますか。本当に困っています。',
    '2026-11-22T10:00:00Z',
  ),
]

export const handlers: HttpHandler[] = [
  http.get(`${API_BASE}/api/v2/tickets/:id/comments.json`, ({ request }) => {
    const url = new URL(request.url)
    const ordered = url.searchParams.get('sort_order') === 'desc' ? [...comments].reverse() : comments
    return HttpResponse.json({
      comments: ordered,
      users: [requester, agent].map(({ id, name, role, email, locale }) => ({
        id,
        name,
        role,
        email,
        locale,
      })),
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { next: null, prev: null },
    })
  }),
  http.get(`${API_BASE}/api/v2/users/:id/tickets/requested.json`, () =>
    HttpResponse.json({
      tickets: [currentTicket, ...earlierTickets],
      metric_sets: [metricSet],
      next_page: null,
      previous_page: null,
      count: 3,
    }),
  ),
  http.get(`${API_BASE}/api/v2/tickets/:id.json`, () =>
    HttpResponse.json({ ticket: currentTicket, metric_sets: [metricSet] }),
  ),
]

/** What `client.get` answers for the ticket, in ZAF's camelCase shapes. */
export const zafTicketData = {
  'ticket.id': TICKET_ID,
  'ticket.subject': currentTicket.subject,
  'ticket.status': 'open',
  'ticket.priority': 'high',
  'ticket.tags': ['shipping'],
  'ticket.via': { channel: 'email', source: { from: {}, to: {}, rel: null } },
  'ticket.createdAt': 'Fri Nov 20 2026 10:00:00 GMT+0100 (Central European Standard Time)',
  'ticket.updatedAt': '2026-11-22T10:00:00Z',
  'ticket.requester': {
    id: REQUESTER_ID,
    name: requester.name,
    email: requester.email,
    locale: 'ja',
    role: 'end-user',
    tags: [],
  },
  'ticket.assignee': {
    user: { id: AGENT_ID, name: agent.name, role: 'agent' },
    group: { id: 1, name: 'Support' },
  },
  currentUser: { id: AGENT_ID, name: agent.name, email: agent.email, locale: 'en-US', role: 'agent' },
  'currentUser.locale': 'en-US',
}
