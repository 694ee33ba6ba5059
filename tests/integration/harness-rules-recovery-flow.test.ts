import { describe, expect, it } from 'vitest'
import { fakeAccount, manualClock, type Json } from './harness-test-helpers'

/**
 * The app's own requirements.json at work in the fake account: the follow-up automations, the rating
 * triggers and the views, driven the way the app and the requester drive them.
 */

function account() {
  const clock = manualClock()
  const setup = fakeAccount({ clock: clock.clock })
  const { store } = setup.zendesk
  const fieldId = (identifier: string) => store.requirements[identifier]?.requirement_id as number
  const fieldValue = (ticketId: number, identifier: string) =>
    store.getTicket(ticketId).custom_fields.find((field) => field.id === fieldId(identifier))?.value
  /** What the app does when it starts a recovery on a badly rated ticket with a 3-day follow-up. */
  const startRecovery = (ticketId: number) =>
    setup.call('PUT', `/api/v2/tickets/${ticketId}/tags.json`, {
      tags: ['turnaround_active', 'turnaround_followup_3d', 'turnaround_before_bad'],
    })
  return { ...setup, store, clock, fieldValue, startRecovery }
}

describe('the follow-up survey automations', () => {
  it('email the requester exactly once, after three quiet days, with the placeholders filled', () => {
    const { store, startRecovery, fieldValue } = account()
    expect(startRecovery(4201).status).toBe(200)
    expect(fieldValue(4201, 'turnaround_follow_up_state')).toBe('turnaround_followup_3d')
    expect(fieldValue(4201, 'turnaround_status')).toBe('turnaround_active')

    store.rules.advance(48)
    expect(store.rules.notifications.list(4201)).toHaveLength(0)

    const runs = store.rules.advance(24)
    expect(runs.map((run) => [run.title, run.ticketIds])).toEqual([
      ['Turnaround: follow-up survey after 3 quiet days', [4201]],
    ])
    const sent = store.rules.notifications.list(4201)
    expect(sent).toHaveLength(1)
    const [email] = sent
    const requester = store.getUser(store.getTicket(4201).requester_id)
    const assignee = store.getUser(store.getTicket(4201).assignee_id as number)
    expect(email?.to).toEqual([{ id: requester.id, name: requester.name, email: requester.email }])
    expect(email?.rule).toMatchObject({
      type: 'automation',
      title: 'Turnaround: follow-up survey after 3 quiet days',
    })
    expect(email?.subject).toBe('How do you feel about it now? (#4201)')
    expect(email?.body).toContain(`Hello ${requester.name.split(' ')[0]},`)
    expect(email?.body).toContain(`"${store.getTicket(4201).subject}" (#4201)`)
    expect(email?.body).toContain(`Thank you for telling us,\n${assignee.name}`)
    // The account uses legacy CSAT: the rating section renders, the updated-CSAT one is blank.
    expect(email?.body).toMatch(
      /Good, I'm satisfied: https:\/\/harness\.zendesk\.com\/requests\/4201\/satisfaction\/new\/\w+\?locale=1&intention=16/,
    )
    expect(email?.body).not.toContain('{{')

    expect(store.getTicket(4201).tags).toContain('turnaround_followup_sent')
    expect(store.getTicket(4201).tags).not.toContain('turnaround_followup_3d')
    expect(fieldValue(4201, 'turnaround_follow_up_state')).toBe('turnaround_followup_sent')

    store.rules.advance(24 * 10)
    expect(store.rules.notifications.list(4201)).toHaveLength(1)
  })
})

describe('the rating triggers', () => {
  it('flag a bad rating on an unflagged ticket at once and email the ticket’s group', () => {
    const { store, call, fieldValue } = account()
    const ticket = store.getTicket(4214)
    expect(ticket.group_id).not.toBeNull()
    const { rating, ticket: rated } = store.rateTicket(4214, 'bad', null)
    expect(rating).toMatchObject({ score: 'bad', comment: null, id: expect.any(Number) })
    expect(rated.tags).toContain('turnaround_needed')
    expect(fieldValue(4214, 'turnaround_status')).toBe('turnaround_needed')
    const [email, ...more] = store.rules.notifications.list(4214)
    expect(more).toEqual([])
    const members = store.groups.membersOf(ticket.group_id as number)
    expect(email?.to.map((recipient) => recipient.id).sort()).toEqual([...members].sort())
    expect(email?.subject).toBe('Bad rating on #4214: recover the customer now')
    expect(email?.body).toContain(`Requester: ${store.getUser(ticket.requester_id).name}`)
    expect(email?.body).toContain('https://harness.zendesk.com/agent/tickets/4214')
    // The rating is the ticket's and the account's (the admin-only ratings list).
    const admin = store.listUsers().find((user) => user.role === 'admin')?.id
    const listed = call('GET', '/api/v2/satisfaction_ratings.json', undefined, admin).json()
      .satisfaction_ratings as Json[]
    expect(listed.find((entry) => entry.ticket_id === 4214)).toMatchObject({ score: 'bad', id: rating.id })
    expect(call('GET', '/api/v2/tickets/4214.json').json().ticket.satisfaction_rating).toEqual(rating)
  })

  it('flag a commented bad rating too, with the comment in the email', () => {
    const { store } = account()
    store.rateTicket(4204, 'bad', 'Still no refund.')
    expect(store.getTicket(4204).tags).toContain('turnaround_needed')
    const [email] = store.rules.notifications.list(4204)
    expect(email?.body).toContain('Comment: Still no refund.')
  })

  it('mark a good rating after a recovery of a bad one as recovered, and end the follow-up', () => {
    const { store, startRecovery, fieldValue } = account()
    startRecovery(4201)
    const { ticket } = store.rateTicket(4201, 'good', null)
    expect(ticket.tags).toEqual(
      expect.arrayContaining(['turnaround_recovered', 'turnaround_after_good', 'turnaround_after_changed']),
    )
    for (const gone of ['turnaround_active', 'turnaround_followup_3d', 'turnaround_needed']) {
      expect(ticket.tags).not.toContain(gone)
    }
    expect(fieldValue(4201, 'turnaround_status')).toBe('turnaround_recovered')
    expect(fieldValue(4201, 'turnaround_rating_after')).toBe('turnaround_after_good')
    expect(fieldValue(4201, 'turnaround_rating_change')).toBe('turnaround_after_changed')
    expect(fieldValue(4201, 'turnaround_follow_up_state')).toBeNull()
    expect(store.changes.ruleFirings(4201).map((firing) => firing.title)).toEqual([
      'Turnaround: good rating after recovery (changed rating)',
    ])
    // With the follow-up tag gone, the automation has nothing left to send.
    store.rules.advance(24 * 5)
    expect(store.rules.notifications.list(4201)).toHaveLength(0)
  })

  it('mark a bad rating after a recovery as not recovered, without flagging the ticket again', () => {
    const { store, startRecovery, fieldValue } = account()
    startRecovery(4201)
    store.rateTicket(4201, 'bad', null)
    expect(fieldValue(4201, 'turnaround_status')).toBe('turnaround_not_recovered')
    expect(store.getTicket(4201).tags).toEqual(
      expect.arrayContaining(['turnaround_after_bad', 'turnaround_after_changed']),
    )
    expect(store.changes.ruleFirings(4201).map((firing) => firing.title)).toEqual([
      'Turnaround: bad rating after recovery (changed rating)',
    ])
    expect(store.rules.notifications.list(4201)).toEqual([])
  })
})

describe('the Turnaround views', () => {
  it('list the tickets in each recovery state, newest update first', () => {
    const { store, call, clock, startRecovery } = account()
    store.rateTicket(4214, 'bad', null)
    clock.advance(60_000)
    store.rateTicket(4207, 'bad', null)
    startRecovery(4201)
    const views = call('GET', '/api/v2/views.json').json().views as Json[]
    const byTitle = Object.fromEntries(views.map((view) => [view.title, view.id]))
    const ticketsOf = (title: string) =>
      (call('GET', `/api/v2/views/${byTitle[title]}/tickets.json`).json().tickets as Json[]).map(
        (ticket) => ticket.id,
      )
    expect(ticketsOf('Turnaround: Needs recovery')).toEqual([4207, 4214])
    expect(ticketsOf('Turnaround: Recovery in progress')).toEqual([4201])
    expect(ticketsOf('Turnaround: Follow-up due')).toEqual([4201])
    expect(ticketsOf('Turnaround: Recovered')).toEqual([])
    const count = call('GET', `/api/v2/views/${byTitle['Turnaround: Needs recovery']}/count.json`).json()
    expect(count.view_count).toMatchObject({ value: 2, pretty: '2', fresh: true })
    store.rateTicket(4201, 'good', null)
    expect(ticketsOf('Turnaround: Recovered')).toEqual([4201])
    expect(ticketsOf('Turnaround: Recovery in progress')).toEqual([])
  })
})
