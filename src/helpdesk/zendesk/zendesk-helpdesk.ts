import { HelpdeskError } from '../errors'
import type { HttpClient, QueryValue } from '../http/types'
import { parseBoundary } from '../parse'
import type { Agent, HelpdeskPort, TicketContext } from '../ports'
import type { ConfirmModalBridge, RecoveryConnection } from '../recovery-ports'
import { parseAppSettings } from '../settings'
import {
  ZAF_TICKET_PATHS,
  commentsPageSchema,
  showTicketSchema,
  ticketListSchema,
  zafTicketSchema,
  type ZafTicketFields,
} from './schemas'
import { buildSnapshot, normaliseLocale } from './snapshot'
import type { ZafClient, ZafMetadata } from './zaf-types'

/** How many of the requester's tickets to read: this one is normally among the most recently updated. */
const REQUESTER_TICKETS_PAGE = 25
/** The newest comments matter most; older ones beyond this are not read. */
const COMMENTS_PAGE = 100

export const zendeskPaths = {
  comments: (ticketId: string) => `/api/v2/tickets/${ticketId}/comments.json`,
  requestedTickets: (userId: string) => `/api/v2/users/${userId}/tickets/requested.json`,
  ticket: (ticketId: string) => `/api/v2/tickets/${ticketId}.json`,
}

/**
 * Zendesk Support behind the HelpdeskPort. Reads use ZAF `client.get` for what the agent's page already
 * holds and two REST calls for the rest: comments (with timestamps and public flags, which the ZAF
 * comment objects lack) and the requester's tickets with `metric_sets` sideloaded — which also carries
 * this ticket's CSAT (REST-only) and metrics, so no third call is needed in the common case.
 */
export class ZendeskHelpdesk implements HelpdeskPort {
  constructor(
    private readonly client: ZafClient,
    private readonly http: HttpClient,
    private readonly metadata: ZafMetadata,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async readTicketContext(): Promise<TicketContext> {
    const settings = parseAppSettings(this.metadata.settings)
    const fields = await this.readZafFields()
    const ticketId = fields['ticket.id']
    const requesterId = fields['ticket.requester'].id

    const [comments, requested] = await Promise.all([
      this.getJson(zendeskPaths.comments(ticketId), commentsPageSchema, {
        include: 'users',
        sort_order: 'desc',
        'page[size]': COMMENTS_PAGE,
      }),
      this.getJson(zendeskPaths.requestedTickets(requesterId), ticketListSchema, {
        include: 'metric_sets',
        sort_by: 'updated_at',
        sort_order: 'desc',
        per_page: REQUESTER_TICKETS_PAGE,
      }),
    ])

    let restTicket = requested.tickets.find((ticket) => ticket.id === ticketId)
    let metricSet = requested.metric_sets?.find((set) => set.ticket_id === ticketId)
    if (!restTicket) {
      const shown = await this.getJson(zendeskPaths.ticket(ticketId), showTicketSchema, {
        include: 'metric_sets',
      })
      restTicket = shown.ticket
      metricSet = shown.metric_sets?.find((set) => set.ticket_id === ticketId)
    }

    const snapshot = buildSnapshot({
      fields,
      comments,
      restTicket,
      metricSet,
      requesterTickets: requested.tickets,
    })
    const currentUser = fields.currentUser
    const agent: Agent = {
      id: currentUser.id,
      name: currentUser.name,
      locale: normaliseLocale(currentUser.locale),
      ...(currentUser.role !== undefined ? { role: String(currentUser.role) } : {}),
    }
    return { snapshot, agent, settings, readAt: this.now().toISOString() }
  }

  async readAgentLocale(): Promise<string> {
    const result = await this.client.get('currentUser.locale')
    const locale = result['currentUser.locale']
    return normaliseLocale(typeof locale === 'string' ? locale : null)
  }

  async resize(heightPx: number): Promise<void> {
    await this.client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` })
  }

  async openRecovery(): Promise<RecoveryConnection> {
    // A dynamic import: the recovery adapter is its own chunk, fetched after the sidebar's first render.
    const { openZendeskRecovery } = await import('./recovery/open')
    return openZendeskRecovery(this.client, this.http, this.metadata.settings)
  }

  async openConfirmModal(): Promise<ConfirmModalBridge> {
    const { modalBridge } = await import('./recovery/confirm-modal')
    return modalBridge(this.client)
  }

  private async readZafFields(): Promise<ZafTicketFields> {
    const source = 'ZAF client.get(ticket)'
    let raw: Awaited<ReturnType<ZafClient['get']>>
    try {
      raw = await this.client.get([...ZAF_TICKET_PATHS])
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new HelpdeskError(
        'network',
        `Zendesk did not answer ${source}: ${message}`,
        { source },
        { cause: error },
      )
    }
    const failed = Object.entries(raw.errors ?? {})
    if (failed.length > 0) {
      const problem = failed.map(([path, error]) => `${path}: ${error.message}`).join('; ')
      throw new HelpdeskError('malformed_response', `Zendesk could not give ${problem}`, { source, problem })
    }
    return parseBoundary(zafTicketSchema, raw, source)
  }

  private async getJson<T>(
    path: string,
    schema: Parameters<typeof parseBoundary<T>>[0],
    query: Record<string, QueryValue>,
  ): Promise<T> {
    const response = await this.http.request({ method: 'GET', path, query })
    return parseBoundary(schema, response.data, `GET ${path}`)
  }
}
