/**
 * A generated Zendesk account for `turnaround scan` tests and the scan bench: ticket i is a pure function
 * of i, so thousands of tickets cost no fixture files and every run sees the same account. The mix covers
 * what the scan must get right: angry and calm conversations in three languages, tickets created before
 * the window whose angry comment is older than the window (only their full conversation shows it), a bad
 * rating on a calm conversation, tickets someone is already recovering, closed tickets, and an agent who
 * comments without being assigned (so the export's user sideload does not name them).
 */

export interface AccountSpec {
  tickets: number
  /** Unix seconds: the scan's window start. */
  since: number
  /** Unix seconds: the account's clock when the scan starts. */
  now: number
  /** A tenth of the tickets created before the window (default); false: every ticket inside it. */
  older?: boolean
}

export interface PlannedComment {
  id: number
  authorId: number
  /** Unix seconds. */
  time: number
  body: string
  public: boolean
}

export type TicketKind = 'angry' | 'calm' | 'old_angry' | 'old_calm' | 'rated_bad'

export interface TicketPlan {
  index: number
  id: number
  kind: TicketKind
  created: number
  /** generated_timestamp: the ticket's last change. */
  generated: number
  requesterId: number
  assigneeId: number
  subject: string
  status: 'open' | 'solved' | 'closed'
  tags: string[]
  locale: string
  comments: PlannedComment[]
  csat: 'bad' | null
}

export const AGENTS = [
  { id: 7001, name: 'Alex Agent' },
  { id: 7002, name: 'Sofia Lindqvist' },
  { id: 7003, name: 'Kenji Watanabe' },
  { id: 7004, name: 'Lena Hartmann' },
]
/** Comments on angry tickets, never assigned: only `show_many` tells the scan this is an agent. */
export const NIGHT_SHIFT = { id: 7005, name: 'Night Shift' }
export const REQUESTER_COUNT = 997
export const requesterId = (index: number) => 800_000 + (index % REQUESTER_COUNT)
export const FIRST_TICKET_ID = 10_000

const MINUTE = 60
const DAY = 86_400

type Lines = { angry: string; calmAsk: string; calmThanks: string; agent: string[] }
const LANGUAGES: Record<string, Lines> = {
  en: {
    angry:
      'This is unacceptable. It is the third time I write and nobody fixes it. I want to speak to a manager.',
    calmAsk: 'Hi, how do I change the billing address on my account?',
    calmThanks: 'Thanks, that worked!',
    agent: ['Thanks for reaching out, I am looking into it.', 'You can change it under Settings › Billing.'],
  },
  de: {
    angry:
      'Das ist eine Frechheit. Ich schreibe schon zum dritten Mal und niemand hilft mir. Ich will einen Vorgesetzten sprechen.',
    calmAsk: 'Hallo, wie ändere ich die Rechnungsadresse in meinem Konto?',
    calmThanks: 'Danke, hat funktioniert!',
    agent: [
      'Danke für Ihre Nachricht, ich sehe mir das an.',
      'Sie finden das unter Einstellungen › Abrechnung.',
    ],
  },
  ja: {
    angry:
      'もう三回目の問い合わせです。誰も対応してくれません。本当にひどい対応です。責任者を出してください。',
    calmAsk: 'こんにちは。請求先住所の変更方法を教えてください。',
    calmThanks: 'できました。ありがとうございます！',
    agent: ['お問い合わせありがとうございます。確認いたします。', '設定の請求画面から変更できます。'],
  },
}
const LOCALES = ['en', 'de', 'ja'] as const

/** Each customer writes in one language (the requester's locale, which the snapshot takes). */
export function localeOfRequester(userId: number): string {
  return LOCALES[(userId - 800_000) % LOCALES.length] ?? 'en'
}

export function kindOf(index: number, older = true): TicketKind {
  if (index % 10 === 3 && older) return index % 20 === 3 ? 'old_angry' : 'old_calm'
  if (index % 10 === 0 || index % 10 === 4 || index % 10 === 7) return 'angry'
  if (index % 23 === 1) return 'rated_bad'
  return 'calm'
}

export function planTicket(index: number, spec: AccountSpec): TicketPlan {
  const kind = kindOf(index, spec.older)
  const locale = localeOfRequester(requesterId(index))
  const lines = LANGUAGES[locale] as Lines
  const requester = requesterId(index)
  const agent = (AGENTS[index % AGENTS.length] as { id: number }).id
  const span = spec.now - MINUTE - spec.since
  const minute = (seconds: number) => Math.floor(seconds / MINUTE) * MINUTE
  const old = kind === 'old_angry' || kind === 'old_calm'
  const created = old
    ? minute(spec.since - 20 * DAY - ((index * 7919) % DAY))
    : minute(spec.since + ((index + 0.5) * span * 0.8) / spec.tickets)
  const gap = (((index * 31) % 50) + 5) * MINUTE
  const id = FIRST_TICKET_ID + index
  let commentId = 900_000_000 + index * 10
  const comment = (authorId: number, time: number, body: string, isPublic = true): PlannedComment => ({
    id: commentId++,
    authorId,
    time,
    body,
    public: isPublic,
  })

  let comments: PlannedComment[]
  if (kind === 'angry') {
    comments = [
      comment(requester, created, `Order ${id}: ${lines.calmAsk}`),
      comment(agent, created + gap, lines.agent[0] as string),
      comment(requester, created + 2 * gap, lines.angry),
      comment(NIGHT_SHIFT.id, created + 3 * gap, lines.agent[0] as string),
    ]
  } else if (kind === 'old_angry' || kind === 'old_calm') {
    // The first two comments are older than the window; the last two are inside it.
    const inside = minute(spec.since + ((index + 0.5) * span * 0.8) / spec.tickets)
    comments = [
      comment(requester, created, kind === 'old_angry' ? lines.angry : lines.calmAsk),
      comment(agent, created + gap, lines.agent[1] as string),
      comment(agent, inside, lines.agent[0] as string, false),
      comment(agent, inside + gap, lines.agent[1] as string),
    ]
  } else {
    comments = [
      comment(requester, created, lines.calmAsk),
      comment(agent, created + gap, lines.agent[1] as string),
      comment(requester, created + 2 * gap, lines.calmThanks),
    ]
  }
  const last = (comments.at(-1) as PlannedComment).time
  const handled = index % 17 === 0
  return {
    index,
    id,
    kind,
    created,
    generated: last + (index % 3),
    requesterId: requester,
    assigneeId: agent,
    subject: `Order ${id}`,
    status: index % 19 === 0 ? 'closed' : index % 2 === 0 ? 'open' : 'solved',
    tags: handled ? ['vip', 'turnaround_active'] : ['vip'],
    locale,
    comments,
    csat: kind === 'rated_bad' ? 'bad' : null,
  }
}

export const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z')
