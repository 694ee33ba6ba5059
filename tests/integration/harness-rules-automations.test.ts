import { describe, expect, it } from 'vitest'
import { MAX_AUTOMATION_UPDATES_PER_TICKET } from '../../harness/fake-zendesk/rules/automation-runs'
import { fakeAccount, manualClock } from './harness-test-helpers'

/**
 * Automations on the account's clock: each hour the clock moves, every active automation runs over every
 * non-closed ticket; one that nullifies itself fires once, one that does not (possible only as a test-only
 * rule: the installer refuses it) fires every hour, up to Zendesk's 100 updates per ticket. Triggers run
 * after an automation's update.
 */

const HOUR = 3_600_000
const open = { field: 'status', operator: 'less_than', value: 'closed' }
const has = (tag: string) => ({ field: 'current_tags', operator: 'includes', value: tag })
const quietFor = (hours: number) => ({ field: 'updated_at', operator: 'greater_than', value: String(hours) })
const email = ['requester_id', 'Reminder for #{{ticket.id}}', 'Hello {{ticket.requester.first_name}}']

function account(rules: Record<string, unknown>) {
  const clock = manualClock()
  const setup = fakeAccount({ clock: clock.clock, requirements: rules })
  const { store } = setup.zendesk
  const tag = (ticketId: number, tags: string[]) =>
    setup.call('PUT', `/api/v2/tickets/${ticketId}/tags.json`, { tags })
  const sent = (ticketId: number) => store.rules.notifications.list(ticketId)
  return { ...setup, store, tag, sent }
}

describe('automations', () => {
  it('fire once when they nullify themselves, at the first hourly run past the condition', () => {
    const { store, tag, sent } = account({
      automations: {
        remind: {
          title: 'Remind after 3 quiet hours',
          conditions: { all: [open, has('remind_me'), quietFor(2)] },
          actions: [
            { field: 'remove_tags', value: 'remind_me' },
            { field: 'notification_user', value: email },
          ],
        },
      },
    })
    tag(4214, ['remind_me'])
    const start = store.clock().getTime()
    expect(store.rules.advance(2)).toEqual([])
    expect(sent(4214)).toHaveLength(0)
    const runs = store.rules.advance(1)
    expect(runs).toEqual([
      {
        at: new Date(start + 3 * HOUR).toISOString().replace('.000', ''),
        automationId: store.requirements.remind?.requirement_id,
        title: 'Remind after 3 quiet hours',
        ticketIds: [4214],
      },
    ])
    expect(sent(4214)).toHaveLength(1)
    expect(store.getTicket(4214).tags).not.toContain('remind_me')
    store.rules.advance(48)
    expect(sent(4214)).toHaveLength(1)
  })

  it('fire every hour while their conditions hold when they do not nullify (a test-only rule), up to 100 times', () => {
    const { store, tag, sent } = account({})
    // The installer refuses this rule (it only emails); put it in the rule book directly.
    store.rules.book.addRule(
      'automation',
      {
        rawTitle: 'Spam the requester',
        description: null,
        active: true,
        position: undefined,
        conditions: {
          all: [open, has('spam_me'), { field: 'updated_at', operator: 'greater_than', value: '0' }],
          any: [],
        },
        actions: [{ field: 'notification_user', value: email }],
      },
      '2026-03-01T00:00:00Z',
    )
    tag(4214, ['spam_me'])
    store.rules.advance(5)
    expect(sent(4214)).toHaveLength(5)
    // Emailing is not a change of the ticket's data: updated_at stays, so the condition keeps holding.
    store.rules.advance(MAX_AUTOMATION_UPDATES_PER_TICKET + 10)
    expect(sent(4214)).toHaveLength(MAX_AUTOMATION_UPDATES_PER_TICKET)
  })

  it('skip closed tickets, and leave an audit by the system user marked with the rule', () => {
    const { store, tag } = account({
      automations: {
        close: {
          title: 'Close after a day',
          conditions: {
            all: [
              { field: 'status', operator: 'is', value: 'solved' },
              { field: 'SOLVED', operator: 'greater_than', value: '23' },
            ],
          },
          actions: [{ field: 'status', value: 'closed' }],
        },
      },
    })
    tag(4208, ['any'])
    const runs = store.rules.advance(24)
    expect(runs.flatMap((run) => run.ticketIds)).toEqual(expect.arrayContaining([4201, 4208]))
    expect(runs.flatMap((run) => run.ticketIds)).not.toContain(4101)
    expect(store.getTicket(4208).status).toBe('closed')
    const audit = store.getAudits(4208).at(-1)
    expect(audit).toMatchObject({
      author_id: -1,
      via: {
        channel: 'rule',
        source: { from: { title: 'Close after a day', deleted: false }, rel: 'automation' },
      },
    })
    expect(audit?.events).toEqual([
      expect.objectContaining({
        type: 'Change',
        field_name: 'status',
        value: 'closed',
        previous_value: 'solved',
      }),
    ])
    // Closed now: later runs pass it by.
    expect(store.rules.advance(24).flatMap((run) => run.ticketIds)).toEqual([])
  })

  it('set the triggers off when they change a ticket', () => {
    const { store, tag } = account({
      automations: {
        nudge: {
          title: 'Nudge',
          conditions: { all: [open, has('waiting'), quietFor(0)] },
          actions: [
            { field: 'remove_tags', value: 'waiting' },
            { field: 'current_tags', value: 'nudged' },
          ],
        },
      },
      triggers: {
        seen: {
          title: 'Seen the nudge',
          conditions: { all: [has('nudged')] },
          actions: [{ field: 'current_tags', value: 'seen' }],
        },
      },
    })
    tag(4214, ['waiting'])
    store.rules.advance(1)
    expect(store.getTicket(4214).tags).toEqual(expect.arrayContaining(['nudged', 'seen']))
    expect(store.changes.ruleFirings(4214).map((firing) => [firing.type, firing.title])).toEqual([
      ['automation', 'Nudge'],
      ['trigger', 'Seen the nudge'],
    ])
    // The automation's update moved updated_at to the run's time; the trigger's joined it.
    expect(store.getTicket(4214).updated_at).toBe(store.changes.ruleFirings(4214)[0]?.at)
  })
})
