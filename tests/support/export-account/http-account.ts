/**
 * The generated account as a real local HTTP server, fast enough for 100,000 tickets: nothing is stored
 * but sorted indexes (typed arrays); each page is generated when asked. Read-only: the ticket export, the
 * ticket-event export with comment_events, single conversations and users/show_many, with Zendesk's
 * shapes and basic-auth check. Used by the scan bench (throughput, peak RSS) and the memory test.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  commentEventJson,
  commentJson,
  metricSetJson,
  statusEventJson,
  ticketJson,
  userJson,
} from './payloads'
import {
  AGENTS,
  FIRST_TICKET_ID,
  NIGHT_SHIFT,
  localeOfRequester,
  planTicket,
  type AccountSpec,
  type TicketPlan,
} from './plan'

export interface HttpAccount {
  url: string
  requests: Record<'tickets' | 'events' | 'comments' | 'users', number>
  close(): Promise<void>
}

interface Indexes {
  /** Ticket indexes in export order (generated_timestamp, id). */
  order: Uint32Array
  generated: Float64Array
  eventTicket: Uint32Array
  /** Comment number, or 255 for the status change. */
  eventComment: Uint8Array
  eventTime: Float64Array
}

function buildIndexes(spec: AccountSpec): Indexes {
  const generated = new Float64Array(spec.tickets)
  const times: number[] = []
  const tickets: number[] = []
  const comments: number[] = []
  for (let index = 0; index < spec.tickets; index++) {
    const plan = planTicket(index, spec)
    generated[index] = plan.generated
    plan.comments.forEach((comment, number) => {
      times.push(comment.time)
      tickets.push(index)
      comments.push(number)
    })
    if (plan.generated > (plan.comments.at(-1)?.time ?? 0)) {
      times.push(plan.generated)
      tickets.push(index)
      comments.push(255)
    }
  }
  const order = Uint32Array.from({ length: spec.tickets }, (_, i) => i).sort(
    (a, b) => (generated[a] as number) - (generated[b] as number) || a - b,
  )
  const byTime = Uint32Array.from({ length: times.length }, (_, i) => i).sort(
    (a, b) => (times[a] as number) - (times[b] as number) || a - b,
  )
  return {
    order,
    generated,
    eventTicket: Uint32Array.from(byTime, (i) => tickets[i] as number),
    eventComment: Uint8Array.from(byTime, (i) => comments[i] as number),
    eventTime: Float64Array.from(byTime, (i) => times[i] as number),
  }
}

/** First position whose value is >= target (the arrays are sorted ascending). */
function lowerBound(length: number, valueAt: (i: number) => number, target: number): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (valueAt(middle) < target) low = middle + 1
    else high = middle
  }
  return low
}

export interface HttpAccountOptions {
  pageSize?: number
  /**
   * Serialise every page a scan from `spec.since` will ask for before listening, so serving is a copy of
   * bytes: a benchmark then measures the scan, not this fake generating JSON on the same two cores.
   */
  prebuild?: boolean
}

export async function startHttpAccount(
  spec: AccountSpec,
  credentials: { email: string; token: string },
  options: HttpAccountOptions = {},
): Promise<HttpAccount> {
  const pageSize = options.pageSize ?? 1000
  const indexes = buildIndexes(spec)
  const authorization = `Basic ${Buffer.from(`${credentials.email}/token:${credentials.token}`).toString('base64')}`
  const requests = { tickets: 0, events: 0, comments: 0, users: 0 }
  const visibleUntil = spec.now - 60
  const ticketCount = lowerBound(
    spec.tickets,
    (i) => indexes.generated[indexes.order[i] as number] as number,
    visibleUntil,
  )
  const eventCount = lowerBound(indexes.eventTime.length, (i) => indexes.eventTime[i] as number, visibleUntil)
  let base = ''
  const cache = new Map<number, TicketPlan>()
  const plan = (index: number): TicketPlan => {
    let found = cache.get(index)
    if (!found) {
      if (cache.size > 4_000) cache.clear()
      found = planTicket(index, spec)
      cache.set(index, found)
    }
    return found
  }
  const live = (p: TicketPlan) => ({
    plan: p,
    tags: p.tags,
    status: p.status,
    updatedAt: p.generated,
    generated: p.generated,
  })

  const ticketStart = (url: URL): number => {
    const cursor = url.searchParams.get('cursor')
    return cursor
      ? Number(Buffer.from(cursor, 'base64').toString('utf8'))
      : lowerBound(
          ticketCount,
          (i) => indexes.generated[indexes.order[i] as number] as number,
          Number(url.searchParams.get('start_time')),
        )
  }
  const ticketPage = (start: number) => {
    const end = Math.min(ticketCount, start + pageSize)
    const plans = Array.from({ length: end - start }, (_, i) => plan(indexes.order[start + i] as number))
    const users = new Set(plans.flatMap((p) => [p.requesterId, p.assigneeId]))
    const afterCursor = Buffer.from(String(end)).toString('base64')
    return {
      tickets: plans.map((p) => ticketJson(live(p), base)),
      after_url: `${base}/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}`,
      after_cursor: afterCursor,
      before_url: null,
      before_cursor: null,
      end_of_stream: end >= ticketCount,
      users: [...users].map((id) => userJson(id, base, id >= 800_000 ? localeOfRequester(id) : 'en-US')),
      metric_sets: plans.map(metricSetJson),
    }
  }

  const eventStart = (startTime: number): number =>
    lowerBound(eventCount, (i) => indexes.eventTime[i] as number, startTime)
  const eventPage = (start: number, startTime: number) => {
    const end = Math.min(eventCount, start + pageSize)
    const events = []
    for (let i = start; i < end; i++) {
      const p = plan(indexes.eventTicket[i] as number)
      const number = indexes.eventComment[i] as number
      events.push(
        number === 255 ? statusEventJson(p) : commentEventJson(p, p.comments[number]!, number === 0),
      )
    }
    const endTime =
      end > start ? (indexes.eventTime[end - 1] as number) : Math.max(startTime, visibleUntil - 1)
    return {
      ticket_events: events,
      next_page: `${base}/api/v2/incremental/ticket_events.json?start_time=${endTime}`,
      count: events.length,
      end_time: endTime,
      end_of_stream: end >= eventCount,
    }
  }

  const conversation = (ticketId: number) => {
    const p = planTicket(ticketId - FIRST_TICKET_ID, spec)
    const authors = new Set(p.comments.map((comment) => comment.authorId))
    return {
      comments: [...p.comments].reverse().map(commentJson),
      users: [...authors].map((id) => userJson(id, base, id >= 800_000 ? localeOfRequester(id) : 'en-US')),
      meta: { has_more: false, after_cursor: null, before_cursor: null },
    }
  }

  const showMany = (url: URL) => {
    const staff = new Set([...AGENTS, NIGHT_SHIFT].map((agent) => agent.id))
    const ids = (url.searchParams.get('ids') ?? '').split(',').map(Number)
    return { users: ids.filter((id) => staff.has(id) || id >= 800_000).map((id) => userJson(id, base)) }
  }

  const ticketCache = new Map<number, Buffer>()
  const eventCache = new Map<number, Buffer>()
  const conversationCache = new Map<number, Buffer>()
  const json = (body: unknown) => Buffer.from(JSON.stringify(body))
  const cached = (cache: Map<number, Buffer>, key: number, build: () => unknown): Buffer =>
    cache.get(key) ?? json(build())

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base)
    const send = (status: number, body: Buffer) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
      })
      response.end(body)
    }
    if (request.headers.authorization !== authorization) {
      return send(401, json({ error: "Couldn't authenticate you" }))
    }
    const comments = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname)
    if (url.pathname === '/api/v2/incremental/tickets/cursor.json') {
      requests.tickets++
      const start = ticketStart(url)
      return send(
        200,
        cached(ticketCache, start, () => ticketPage(start)),
      )
    }
    if (url.pathname === '/api/v2/incremental/ticket_events.json') {
      requests.events++
      const startTime = Number(url.searchParams.get('start_time'))
      const start = eventStart(startTime)
      return send(
        200,
        cached(eventCache, start, () => eventPage(start, startTime)),
      )
    }
    if (url.pathname === '/api/v2/users/show_many.json') {
      requests.users++
      return send(200, json(showMany(url)))
    }
    if (comments) {
      requests.comments++
      const id = Number(comments[1])
      return send(
        200,
        cached(conversationCache, id, () => conversation(id)),
      )
    }
    return send(404, json({ error: 'InvalidEndpoint', description: 'Not found' }))
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (options.prebuild) {
    for (let start = 0; start < ticketCount; start += pageSize)
      ticketCache.set(start, json(ticketPage(start)))
    for (let startTime = spec.since, last = -1; ;) {
      const start = eventStart(startTime)
      if (start === last || start >= eventCount) break
      eventCache.set(start, json(eventPage(start, startTime)))
      const end = Math.min(eventCount, start + pageSize)
      startTime = indexes.eventTime[end - 1] as number
      last = start
    }
    for (let index = 0; index < spec.tickets; index++) {
      const p = planTicket(index, spec)
      if (p.created < spec.since) conversationCache.set(p.id, json(conversation(p.id)))
    }
  }
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
