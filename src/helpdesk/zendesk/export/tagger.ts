import { isHelpdeskError, type HelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import type { RecoveryTagger, TagOutcome } from '../../scan-ports'
import { RECOVERY_STATUS_TAGS } from '../recovery/field-mapping'
import { parseExport, tagsResponseSchema, ticketStampSchema } from './schemas'

const STATUS_TAGS = new Set(Object.values(RECOVERY_STATUS_TAGS))
/** Tries of the write after a conflict or an unknown outcome, before the ticket is reported as refused. */
const MAX_WRITES = 3

const tagsPath = (ticketId: string) => `/api/v2/tickets/${ticketId}/tags.json`
const ticketPath = (ticketId: string) => `/api/v2/tickets/${ticketId}.json`

/**
 * Adds `turnaround_needed` through `PUT /api/v2/tickets/{id}/tags.json`, which only adds (the ticket's other
 * tags are untouched), with `safe_update` and the `updated_at` we assessed: if anyone changed the ticket
 * since, Zendesk answers 409 and nothing is written. Then the ticket is read again: if it now carries a
 * recovery status, someone is on it and we leave it; otherwise we write again with the new stamp. A write
 * whose answer was lost (timeout, 5xx) is settled the same way, by reading before writing again, so a ticket
 * is never tagged twice.
 */
export class ZendeskTagger implements RecoveryTagger {
  readonly tag = RECOVERY_STATUS_TAGS.needed

  constructor(
    private readonly http: HttpClient,
    private readonly retry: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
  ) {}

  async tagNeeded(ticketId: string, updatedStamp: string): Promise<TagOutcome> {
    let stamp = updatedStamp
    for (let write = 1; ; write++) {
      try {
        const response = await this.http.request({
          method: 'PUT',
          path: tagsPath(ticketId),
          body: { tags: [this.tag], safe_update: true, updated_stamp: stamp },
        })
        const { tags } = parseExport(tagsResponseSchema, response.data, `PUT ${tagsPath(ticketId)}`)
        if (!tags.includes(this.tag)) return { kind: 'refused', problem: 'Zendesk did not keep the tag' }
        return { kind: 'tagged' }
      } catch (error) {
        if (!isHelpdeskError(error)) throw error
        const refused = refusal(error)
        if (refused) return refused
        if (!unsettled(error)) throw error
        // After a lost answer our own write may have landed; after a 409 the tag is someone else's.
        const current = await this.readTicket(ticketId, error.code !== 'conflict')
        if (current.kind !== 'open') return current.outcome
        if (write >= MAX_WRITES) {
          return { kind: 'refused', problem: `still changing after ${MAX_WRITES} tries (${error.message})` }
        }
        stamp = current.updatedAt
      }
    }
  }

  async statusTagOf(ticketId: string): Promise<string | null> {
    const path = ticketPath(ticketId)
    try {
      const response = await this.retry(() => this.http.request({ method: 'GET', path }))
      const { ticket } = parseExport(ticketStampSchema, response.data, `GET ${path}`)
      return ticket.tags.find((tag) => STATUS_TAGS.has(tag)) ?? null
    } catch (error) {
      if (isHelpdeskError(error) && error.code === 'not_found') return null
      throw error
    }
  }

  /** The ticket as it is now: handled by someone (or by our own earlier write), closed, or still open to tag. */
  private async readTicket(
    ticketId: string,
    mayBeOurs: boolean,
  ): Promise<{ kind: 'open'; updatedAt: string } | { kind: 'settled'; outcome: TagOutcome }> {
    const path = ticketPath(ticketId)
    let data: unknown
    try {
      data = (await this.retry(() => this.http.request({ method: 'GET', path }))).data
    } catch (error) {
      const refused = isHelpdeskError(error) ? refusal(error) : null
      if (refused) return { kind: 'settled', outcome: refused }
      throw error
    }
    const { ticket } = parseExport(ticketStampSchema, data, `GET ${path}`)
    const statusTag = ticket.tags.find((tag) => STATUS_TAGS.has(tag))
    if (statusTag === this.tag && mayBeOurs) return { kind: 'settled', outcome: { kind: 'tagged' } }
    if (statusTag) return { kind: 'settled', outcome: { kind: 'already_handled', statusTag } }
    if (ticket.status === 'closed') {
      return { kind: 'settled', outcome: { kind: 'refused', problem: 'the ticket is closed' } }
    }
    return { kind: 'open', updatedAt: ticket.updated_at }
  }
}

/** 409 (changed under us) and lost answers: the ticket must be read before any new write. */
function unsettled(error: HelpdeskError): boolean {
  return error.code === 'conflict' || error.code === 'network' || error.code === 'server'
}

/** Answers about this ticket alone (deleted, closed, invalid): reported, and the scan goes on. */
function refusal(error: HelpdeskError): TagOutcome | null {
  if (error.code === 'not_found') return { kind: 'refused', problem: 'the ticket no longer exists' }
  const status = error.details.status ?? 0
  if (error.code === 'unexpected' && status >= 400 && status < 500) {
    return { kind: 'refused', problem: error.details.problem ?? error.message }
  }
  return null
}
