import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { runRecovery } from '../../src/core/recovery/transaction'
import type { RecoveryPort } from '../../src/core/recovery/port'
import {
  RECOVERY_FIELD_IDENTIFIERS,
  type RecoveryFieldIds,
} from '../../src/helpdesk/zendesk/recovery/field-ids'
import { LEDGER_OBJECT_KEY, ZendeskLedgerStore } from '../../src/helpdesk/zendesk/recovery/ledger-store'
import { ZendeskTicketStore } from '../../src/helpdesk/zendesk/recovery/ticket-store'
import { BASE, FAULT_KINDS, fakeZendeskOverMsw } from '../support/fake-zendesk-msw'
import { makePlan } from '../unit/recovery/fixtures'

/**
 * The whole Start-recovery transaction over HTTP: the Zendesk adapter's real requests (fetch + API token),
 * intercepted by msw and answered by the harness's fake Zendesk (its rules: safe_update 409s, custom object
 * upserts, ULID record ids). Faults are injected in msw at every step: 429 (persistent), 500, a timeout (before
 * and after the write applied), a 409, and a malformed body (before and after the write applied). After each,
 * the ticket and the ledger are consistent, and a retry completes with exactly one note and one record.
 */
const TICKET = 4201
const EUR_POLICY = {
  currency: 'EUR',
  perTicketCap: { amountMinor: 5000, currency: 'EUR' },
  perAgentMonthly: { amountMinor: 10_000, currency: 'EUR' },
  approvalThreshold: { amountMinor: 3000, currency: 'EUR' },
  allowedGestures: ['credit', 'gift', 'refund', 'free_shipping', 'replacement'] as const,
}

const fake = fakeZendeskOverMsw()
const { server, forward } = fake
let zendesk: ReturnType<typeof fake.zendesk>
let agentId = 0
const faults = { push: fake.inject }
beforeEach(() => {
  zendesk = fake.zendesk()
  agentId = fake.userId()
})

function port(): RecoveryPort {
  const http = fake.http()
  const ids = Object.fromEntries(
    Object.entries(RECOVERY_FIELD_IDENTIFIERS).map(([name, identifier]) => [
      name,
      String(zendesk.store.requirements[identifier]!.requirement_id),
    ]),
  ) as unknown as RecoveryFieldIds
  const tickets = new ZendeskTicketStore(http, ids, 'EUR')
  return {
    readTicket: (id) => tickets.readTicket(id),
    updateTicket: (id, patch, version) => tickets.updateTicket(id, patch, version),
    ledger: new ZendeskLedgerStore(http),
  }
}

const noteText = (key: string) => `Turnaround: recovery started (${key})`
const notesWith = (key: string) =>
  zendesk.store.getComments(TICKET).filter((comment) => !comment.public && comment.body.includes(key))
const recordsWith = (key: string) =>
  zendesk.store.records.list(LEDGER_OBJECT_KEY).filter((record) => record.external_id === key)
const ticketField = (identifier: string) => {
  const id = Number(zendesk.store.requirements[identifier]!.requirement_id)
  return zendesk.store.getTicket(TICKET).custom_fields.find((field) => field.id === id)?.value ?? null
}

async function start(key: string) {
  const plan = makePlan({
    ticketId: String(TICKET),
    operationKey: key,
    agent: { id: String(agentId), name: 'Alex Morgan' },
  })
  return runRecovery(plan, port(), { policy: EUR_POLICY, note: noteText(key) })
}

function expectConsistent(key: string) {
  const notes = notesWith(key).length
  const records = recordsWith(key).length
  expect(notes).toBeLessThanOrEqual(1)
  expect(records).toBeLessThanOrEqual(1)
  // The ticket never shows a recovery the ledger does not have.
  if (notes === 1) {
    expect(ticketField('turnaround_recovery_id')).toBe(key)
    expect(records).toBe(1)
  } else {
    expect(ticketField('turnaround_recovery_id')).toBeNull()
  }
}

const STEPS = [
  { name: 'check_ticket', method: 'GET', path: /^\/api\/v2\/tickets\/\d+\.json$/ },
  { name: 'record_spend', method: 'PATCH', path: /\/custom_objects\/turnaround_ledger\/records$/ },
  { name: 'check_budget', method: 'GET', path: /\/custom_objects\/turnaround_ledger\/records$/ },
  { name: 'update_ticket', method: 'PUT', path: /^\/api\/v2\/tickets\/\d+\.json$/ },
] as const
const KINDS = FAULT_KINDS

describe('Start recovery over Zendesk’s REST API', () => {
  it('applies fields, tags, one note and one ledger record in four requests, leaving other tags alone', async () => {
    const before = zendesk.store.getTicket(TICKET).tags
    const outcome = await start('ta-4201-happy')
    expect(outcome.ok).toBe(true)
    expect(notesWith('ta-4201-happy')).toHaveLength(1)
    expect(recordsWith('ta-4201-happy')).toHaveLength(1)
    const tags = zendesk.store.getTicket(TICKET).tags
    expect(tags).toEqual(
      expect.arrayContaining([...before, 'turnaround_active', 'turnaround_gesture_credit']),
    )
    expect(ticketField('turnaround_amount')).toBe('20.00')
    expect(ticketField('turnaround_follow_up')).toBe('2026-12-14')
    expect(recordsWith('ta-4201-happy')[0]!.custom_object_fields).toMatchObject({
      entry_kind: 'spend',
      amount_minor: 2000,
      currency: 'EUR',
      gesture: 'credit',
      month: '2026-12',
    })
  })

  for (const step of STEPS) {
    for (const kind of KINDS) {
      it(`${kind} at ${step.name}: consistent afterwards, and Retry finishes with no duplicates`, async () => {
        const key = `ta-4201-${step.name}-${kind}`
        faults.push({ method: step.method, path: step.path, kind, times: kind === '429' ? 3 : 1 })
        const first = await start(key)
        // A 409 on the ticket update is the stale-write guard at work: re-read, re-apply, done.
        expect(first.ok).toBe(kind === '409' && step.name === 'update_ticket')
        expectConsistent(key)
        if (!first.ok) expect(first.failure).toMatchObject({ kind: 'port', step: step.name })
        const retry = await start(key)
        expect(retry.ok).toBe(true)
        expect(notesWith(key)).toHaveLength(1)
        expect(recordsWith(key)).toHaveLength(1)
        expect(ticketField('turnaround_status')).toBe('turnaround_active')
      })
    }
  }

  it('a single 429 is waited out by the HTTP layer: no failure at all', async () => {
    faults.push({ method: 'PUT', path: STEPS[3].path, kind: '429', times: 1 })
    expect((await start('ta-4201-one-429')).ok).toBe(true)
  })

  it('a real 409 (another agent saved the ticket meanwhile) re-reads and keeps their change', async () => {
    const sofia = zendesk.store.listUsers().find((user) => user.name.startsWith('Sofia'))!
    server.use(
      http.get(`${BASE}/api/v2/custom_objects/${LEDGER_OBJECT_KEY}/records`, async ({ request }) => {
        const url = new URL(request.url)
        // Between our budget check and our update, Sofia changes the priority from the agent workspace.
        zendesk.handleApiRequest({
          method: 'PUT',
          path: `/api/v2/tickets/${TICKET}.json`,
          body: JSON.stringify({ ticket: { priority: 'urgent' } }),
          userId: sofia.id,
        })
        const result = forward('GET', url, '')
        return new HttpResponse(result.body, { status: result.status, headers: result.headers })
      }),
    )
    const outcome = await start('ta-4201-race')
    expect(outcome.ok).toBe(true)
    expect(zendesk.store.getTicket(TICKET).priority).toBe('urgent')
    expect(notesWith('ta-4201-race')).toHaveLength(1)
  })
})
