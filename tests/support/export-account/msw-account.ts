/**
 * The generated account served with msw, as Zendesk serves it: the cursor-based ticket export (sorted by
 * generated_timestamp, the most recent minute left out), the time-based ticket-event export (the events of
 * a page's last second come again on the next page), single conversations, `users/show_many`, single
 * tickets and the tags endpoint with safe_update (409 on a stale stamp; a write moves the ticket to the end
 * of the export, as Zendesk's generated_timestamp does). Every request is counted, and a test can answer any
 * request itself (429, 500, abort) through `intercept`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import {
  closedTicketError,
  commentEventJson,
  commentJson,
  metricSetJson,
  statusEventJson,
  ticketJson,
  userJson,
  updateConflictError,
  type LiveTicket,
} from './payloads'
import { AGENTS, NIGHT_SHIFT, localeOfRequester, planTicket, type AccountSpec, type TicketPlan } from './plan'

export type RequestKind = 'tickets' | 'events' | 'comments' | 'users' | 'ticket' | 'tags'

export interface AccountOptions {
  base: string
  email: string
  token: string
  ticketPageSize?: number
  eventPageSize?: number
  /** The export keeps serving tickets as they were (no move on write): tests the safe-update guard alone. */
  staleExport?: boolean
}

interface EventRef {
  time: number
  plan: TicketPlan
  /** -1: the status change at the ticket's last update. */
  comment: number
}

type Interceptor = (
  kind: RequestKind,
  count: number,
  request: Request,
) => Response | undefined | Promise<Response | undefined>

export class FakeExportAccount {
  readonly live = new Map<number, LiveTicket>()
  readonly requests: Record<RequestKind, number> = {
    tickets: 0,
    events: 0,
    comments: 0,
    users: 0,
    ticket: 0,
    tags: 0,
  }
  /** Tag writes Zendesk applied, per ticket id. */
  readonly tagWrites = new Map<number, number>()
  /** Tickets an agent starts recovering just before our write arrives (a race). */
  readonly raceOnTag = new Set<number>()
  /** Tag requests (by count) that are applied but answered with a 500: the client cannot know it landed. */
  readonly loseTagAnswers = new Set<number>()
  intercept: Interceptor | null = null
  clock: number
  private order: LiveTicket[]
  private readonly events: EventRef[]
  private readonly authorization: string

  constructor(
    readonly spec: AccountSpec,
    readonly options: AccountOptions,
  ) {
    this.clock = spec.now
    this.authorization = `Basic ${Buffer.from(`${options.email}/token:${options.token}`, 'utf8').toString('base64')}`
    const plans = Array.from({ length: spec.tickets }, (_, index) => planTicket(index, spec))
    for (const plan of plans) {
      this.live.set(plan.id, {
        plan,
        tags: [...plan.tags],
        status: plan.status,
        updatedAt: plan.generated,
        generated: plan.generated,
      })
    }
    this.order = [...this.live.values()].sort(byGenerated)
    this.events = plans
      .flatMap((plan): EventRef[] => [
        ...plan.comments.map((comment, index) => ({ time: comment.time, plan, comment: index })),
        ...(plan.generated > (plan.comments.at(-1)?.time ?? 0)
          ? [{ time: plan.generated, plan, comment: -1 }]
          : []),
      ])
      .sort((a, b) => a.time - b.time || a.plan.id - b.plan.id || a.comment - b.comment)
  }

  plans(): TicketPlan[] {
    return [...this.live.values()].map((live) => live.plan)
  }

  handlers(): HttpHandler[] {
    const base = this.options.base
    return [
      http.get(`${base}/api/v2/incremental/tickets/cursor.json`, (info) =>
        this.serve('tickets', info.request, () => this.ticketPage(new URL(info.request.url))),
      ),
      http.get(`${base}/api/v2/incremental/ticket_events.json`, (info) =>
        this.serve('events', info.request, () => this.eventPage(new URL(info.request.url))),
      ),
      http.get(`${base}/api/v2/tickets/:id/comments.json`, (info) =>
        this.serve('comments', info.request, () => this.comments(Number(info.params.id))),
      ),
      http.get(`${base}/api/v2/users/show_many.json`, (info) =>
        this.serve('users', info.request, () => this.showMany(new URL(info.request.url))),
      ),
      http.get(`${base}/api/v2/tickets/:id.json`, (info) =>
        this.serve('ticket', info.request, () => this.showTicket(Number(info.params.id))),
      ),
      http.put(`${base}/api/v2/tickets/:id/tags.json`, (info) =>
        this.serve('tags', info.request, async () =>
          this.addTags(Number(info.params.id), (await info.request.json()) as Record<string, unknown>),
        ),
      ),
    ]
  }

  private async serve(
    kind: RequestKind,
    request: Request,
    answer: () => Response | Promise<Response>,
  ): Promise<Response> {
    this.requests[kind]++
    if (request.headers.get('authorization') !== this.authorization) {
      return HttpResponse.json({ error: "Couldn't authenticate you" }, { status: 401 })
    }
    const intercepted = await this.intercept?.(kind, this.requests[kind], request)
    return intercepted ?? answer()
  }

  private ticketPage(url: URL): Response {
    const size = Math.min(
      Number(url.searchParams.get('per_page') ?? 1000),
      1000,
      this.options.ticketPageSize ?? 1000,
    )
    const cursor = url.searchParams.get('cursor')
    const visible = this.order.filter((live) => live.generated < this.clock - 60)
    let start: number
    if (cursor) {
      const [time, id] = Buffer.from(cursor, 'base64').toString('utf8').split('||').map(Number) as [
        number,
        number,
      ]
      start = visible.findIndex(
        (live) => live.generated > time || (live.generated === time && live.plan.id > id),
      )
      if (start < 0) start = visible.length
    } else {
      const startTime = Number(url.searchParams.get('start_time'))
      if (!Number.isInteger(startTime) || startTime > this.clock - 60) {
        return HttpResponse.json(
          { error: 'InvalidValue', description: 'Too recent start_time' },
          { status: 422 },
        )
      }
      start = visible.findIndex((live) => live.generated >= startTime)
      if (start < 0) start = visible.length
    }
    const page = visible.slice(start, start + size)
    const last = page.at(-1) ?? (start > 0 ? visible[start - 1] : undefined)
    const afterCursor = last
      ? Buffer.from(`${last.generated}||${last.plan.id}`, 'utf8').toString('base64')
      : (cursor ?? Buffer.from(`${Number(url.searchParams.get('start_time')) - 1}||0`).toString('base64'))
    const base = this.options.base
    const includes = (url.searchParams.get('include') ?? '').split(',')
    const userIds = new Set(page.flatMap((live) => [live.plan.requesterId, live.plan.assigneeId]))
    return HttpResponse.json({
      // A stale export still shows each ticket as it was generated, whatever was written since.
      tickets: page.map((live) =>
        ticketJson(
          this.options.staleExport
            ? { ...live, tags: [...live.plan.tags], status: live.plan.status, updatedAt: live.plan.generated }
            : live,
          base,
        ),
      ),
      after_url: `${base}/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}`,
      after_cursor: afterCursor,
      before_url: null,
      before_cursor: null,
      end_of_stream: start + size >= visible.length,
      ...(includes.includes('users')
        ? { users: [...userIds].map((id) => userJson(id, base, this.localeOf(id))) }
        : {}),
      ...(includes.includes('metric_sets')
        ? { metric_sets: page.map((live) => metricSetJson(live.plan)) }
        : {}),
    })
  }

  private eventPage(url: URL): Response {
    const size = this.options.eventPageSize ?? 1000
    const startTime = Number(url.searchParams.get('start_time'))
    const visible = this.events.filter((event) => event.time < this.clock - 60)
    let start = visible.findIndex((event) => event.time >= startTime)
    if (start < 0) start = visible.length
    const page = visible.slice(start, start + size)
    const withComments = url.searchParams.get('include') === 'comment_events'
    const endTime = page.at(-1)?.time ?? Math.max(startTime, this.clock - 61)
    return HttpResponse.json({
      ticket_events: page.map((event) => {
        if (event.comment < 0) return statusEventJson(event.plan)
        const json = commentEventJson(event.plan, event.plan.comments[event.comment]!, event.comment === 0)
        // Without the sideload Zendesk only says that a comment was there.
        return withComments
          ? json
          : { ...json, child_events: [{ type: 'Comment', comment_present: true, comment_public: true }] }
      }),
      next_page: `${this.options.base}/api/v2/incremental/ticket_events.json?start_time=${endTime}`,
      count: page.length,
      end_time: endTime,
      end_of_stream: start + size >= visible.length,
    })
  }

  private comments(ticketId: number): Response {
    const live = this.live.get(ticketId)
    if (!live)
      return HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 })
    const comments = [...live.plan.comments].reverse().slice(0, 100)
    const authors = new Set(comments.map((comment) => comment.authorId))
    return HttpResponse.json({
      comments: comments.map(commentJson),
      users: [...authors].map((id) => userJson(id, this.options.base, this.localeOf(id))),
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { prev: null, next: null },
    })
  }

  private showMany(url: URL): Response {
    const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean).map(Number)
    const known = new Set([...AGENTS, NIGHT_SHIFT].map((agent) => agent.id))
    const users = ids
      .filter((id) => known.has(id) || id >= 800_000)
      .map((id) => userJson(id, this.options.base, this.localeOf(id)))
    return HttpResponse.json({ users, next_page: null, previous_page: null, count: users.length })
  }

  private showTicket(ticketId: number): Response {
    const live = this.live.get(ticketId)
    if (!live)
      return HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 })
    return HttpResponse.json({ ticket: ticketJson(live, this.options.base) })
  }

  private addTags(ticketId: number, body: Record<string, unknown>): Response {
    const live = this.live.get(ticketId)
    if (!live)
      return HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 })
    if (this.raceOnTag.delete(ticketId)) this.write(live, ['turnaround_active'])
    if (live.status === 'closed') return HttpResponse.json(closedTicketError(), { status: 422 })
    if (body.safe_update === true && Date.parse(String(body.updated_stamp)) !== live.updatedAt * 1000) {
      return HttpResponse.json(updateConflictError(), { status: 409 })
    }
    const tags = Array.isArray(body.tags) ? (body.tags as string[]) : []
    this.write(live, tags)
    this.tagWrites.set(ticketId, (this.tagWrites.get(ticketId) ?? 0) + 1)
    if (this.loseTagAnswers.delete(this.requests.tags)) {
      return HttpResponse.json({ error: 'InternalServerError' }, { status: 500 })
    }
    return HttpResponse.json({ tags: live.tags })
  }

  /** A change: new tags, a newer updated_at, and (unless the export is stale) the end of the export. */
  private write(live: LiveTicket, tags: string[]): void {
    this.clock++
    live.tags = [...new Set([...live.tags, ...tags])]
    live.updatedAt = this.clock
    if (this.options.staleExport) return
    live.generated = this.clock
    this.order = this.order.filter((other) => other !== live)
    this.order.push(live)
  }

  private localeOf(userId: number): string {
    return userId >= 800_000 ? localeOfRequester(userId) : 'en-US'
  }
}

function byGenerated(a: LiveTicket, b: LiveTicket): number {
  return a.generated - b.generated || a.plan.id - b.plan.id
}
