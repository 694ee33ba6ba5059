import { describe, expect, it } from 'vitest'
import { FIRST_INSTALLED_FIELD_ID } from '../../harness/fake-zendesk/ticket-fields'
import { fakeAccount, manualClock, type Json } from './harness-test-helpers'

/**
 * Triggers in the fake account: Zendesk's cycle after every update (position order, at most once each,
 * start over after a change, "changed" against the ticket before the update), their changes recorded as
 * the rule's, in the update's own audit, and drop-downs and tags moving together whoever changes them.
 */

const STAGE = FIRST_INSTALLED_FIELD_ID
const stageField = {
  stage: {
    type: 'tagger',
    title: 'Stage',
    custom_field_options: [
      { name: 'One', value: 'stage_one' },
      { name: 'Two', value: 'stage_two' },
    ],
  },
}

const has = (tag: string) => ({ field: 'current_tags', operator: 'includes', value: tag })
const add = (tags: string) => ({ field: 'current_tags', value: tags })
const remove = (tags: string) => ({ field: 'remove_tags', value: tags })

function account(triggers: Record<string, unknown>) {
  const clock = manualClock()
  const setup = fakeAccount({ clock: clock.clock, requirements: { ticket_fields: stageField, triggers } })
  const addTags = (ticketId: number, tags: string[]) =>
    setup.call('PUT', `/api/v2/tickets/${ticketId}/tags.json`, { tags })
  const firings = (ticketId: number) =>
    setup.zendesk.store.changes.ruleFirings(ticketId).map((firing) => firing.title)
  return { ...setup, clock, addTags, firings }
}

describe('trigger cycle', () => {
  it('runs in position order and starts over after a trigger changes the ticket', () => {
    const { addTags, firings, zendesk } = account({
      second: { title: 'B→C', position: 1, conditions: { all: [has('b')] }, actions: [add('c')] },
      first: { title: 'A→B', position: 2, conditions: { all: [has('a')] }, actions: [add('b')] },
    })
    addTags(4202, ['a'])
    // A→B fires (B→C did not hold yet); the cycle starts over and B→C now holds.
    expect(firings(4202)).toEqual(['A→B', 'B→C'])
    expect(zendesk.store.getTicket(4202).tags).toEqual(expect.arrayContaining(['a', 'b', 'c']))
  })

  it('orders triggers of equal position by id', () => {
    const { addTags, firings } = account({
      one: { title: 'one', position: 1, conditions: { all: [has('go')] }, actions: [add('one')] },
      two: { title: 'two', position: 1, conditions: { all: [has('go')] }, actions: [add('two')] },
    })
    addTags(4202, ['go'])
    expect(firings(4202)).toEqual(['one', 'two'])
  })

  it('fires each trigger at most once per cycle, so two triggers undoing each other stop', () => {
    const { addTags, firings, zendesk } = account({
      toY: { title: 'x→y', conditions: { all: [has('start')] }, actions: [remove('x'), add('y')] },
      toX: { title: 'y→x', conditions: { all: [has('y')] }, actions: [remove('y'), add('x')] },
    })
    addTags(4202, ['start'])
    expect(firings(4202)).toEqual(['x→y', 'y→x'])
    expect(zendesk.store.getTicket(4202).tags).toContain('x')
    expect(zendesk.store.getTicket(4202).tags).not.toContain('y')
    // The next update is a new cycle: both may fire again.
    addTags(4202, ['again'])
    expect(firings(4202)).toEqual(['x→y', 'y→x', 'x→y', 'y→x'])
  })

  it('compares "changed", "changed to" and "changed from" with the ticket before the update', () => {
    const { addTags, call, firings } = account({
      solve: {
        title: 'solve',
        position: 1,
        conditions: { all: [has('solve_me')] },
        actions: [{ field: 'status', value: 'solved' }],
      },
      solvedNow: {
        title: 'changed to solved',
        position: 2,
        conditions: { all: [{ field: 'status', operator: 'value', value: 'solved' }] },
        actions: [add('was_solved')],
      },
      fromOpen: {
        title: 'changed from open',
        position: 3,
        conditions: { all: [{ field: 'status', operator: 'value_previous', value: 'open' }] },
        actions: [add('left_open')],
      },
      unchanged: {
        title: 'status not changed',
        position: 4,
        conditions: { all: [{ field: 'status', operator: 'not_changed', value: '' }, has('probe')] },
        actions: [add('same_status')],
      },
    })
    expect(call('GET', '/api/v2/tickets/4202.json').json().ticket.status).toBe('open')
    addTags(4202, ['solve_me', 'probe'])
    // "solve" changed the status inside the cycle: later triggers still see open → solved.
    expect(firings(4202)).toEqual(['solve', 'changed to solved', 'changed from open'])
    // A later update starts from the ticket as the last cycle left it: the status did not change in it.
    // ("solve" holds again and fires, changing nothing.)
    addTags(4202, ['another'])
    expect(firings(4202).slice(3)).toEqual(['solve', 'status not changed'])
  })

  it('runs after REST updates by the app and the agent page, and answers with the ticket triggers left', () => {
    const { call, zendesk } = account({
      mark: {
        title: 'mark',
        conditions: { all: [{ field: 'priority', operator: 'value', value: 'low' }] },
        actions: [add('hot')],
      },
    })
    expect(zendesk.store.getTicket(4202).priority).not.toBe('low')
    const response = call('PUT', '/api/v2/tickets/4202.json', { ticket: { priority: 'low' } })
    expect(response.status).toBe(200)
    const { ticket, audit } = response.json()
    expect(ticket.tags).toContain('hot')
    // The trigger's change sits in the update's own audit, marked as the rule's.
    const tagEvent = audit.events.find((event: Json) => event.field_name === 'tags')
    expect(tagEvent.via).toEqual({
      channel: 'rule',
      source: {
        from: { id: zendesk.store.requirements.mark?.requirement_id, title: 'mark', deleted: false },
        to: {},
        rel: 'trigger',
      },
    })
    expect(audit.via.channel).toBe('api')
    const [firing] = zendesk.store.changes.forTicket(4202).filter((change) => change.rule)
    expect(firing).toMatchObject({
      authorId: -1,
      auditId: audit.id,
      tagsAdded: ['hot'],
      rule: { type: 'trigger' },
    })
    expect(firing?.via?.source.rel).toBe('trigger')
  })

  it('compares current_user with whoever updated', () => {
    const { call, zendesk } = account({
      mine: {
        title: 'mine',
        conditions: { all: [{ field: 'assignee_id', operator: 'is', value: 'current_user' }, has('ping')] },
        actions: [add('pong')],
      },
    })
    const ticket = zendesk.store.getTicket(4201)
    call('PUT', '/api/v2/tickets/4201/tags.json', { tags: ['ping'] }, ticket.assignee_id)
    expect(zendesk.store.getTicket(4201).tags).toContain('pong')
    call(
      'PUT',
      '/api/v2/tickets/4203/tags.json',
      { tags: ['ping'] },
      ticket.assignee_id === 361_000_000_001 ? 361_000_000_002 : 361_000_000_001,
    )
    expect(zendesk.store.getTicket(4203).tags).not.toContain('pong')
  })
})

describe('drop-downs and tags move together, whoever changes them', () => {
  it('a rule adding an option’s tag sets the drop-down; removing it clears it', () => {
    const { addTags, zendesk } = account({
      set: { title: 'set', conditions: { all: [has('go')] }, actions: [add('stage_one')] },
      clear: { title: 'clear', conditions: { all: [has('stop')] }, actions: [remove('stage_one')] },
    })
    const stage = () => zendesk.store.getTicket(4202).custom_fields.find((field) => field.id === STAGE)?.value
    addTags(4202, ['go'])
    expect(stage()).toBe('stage_one')
    expect(zendesk.store.changes.ruleFirings(4202)[0]?.fields).toEqual([
      { id: STAGE, title: 'Stage', from: null, to: 'stage_one' },
    ])
    addTags(4202, ['stop'])
    expect(stage()).toBeNull()
  })

  it('a rule setting the drop-down swaps the option tags', () => {
    const { addTags, zendesk } = account({
      two: {
        title: 'two',
        conditions: { all: [has('next')] },
        actions: [{ field: `custom_fields_${STAGE}`, value: 'stage_two' }],
      },
    })
    addTags(4202, ['stage_one'])
    expect(zendesk.store.getTicket(4202).custom_fields.find((field) => field.id === STAGE)?.value).toBe(
      'stage_one',
    )
    addTags(4202, ['next'])
    const ticket = zendesk.store.getTicket(4202)
    expect(ticket.tags).toContain('stage_two')
    expect(ticket.tags).not.toContain('stage_one')
    expect(ticket.custom_fields.find((field) => field.id === STAGE)?.value).toBe('stage_two')
  })

  it('a tag for another option of a set drop-down takes its place (the tags endpoint, too)', () => {
    const { addTags, zendesk } = account({})
    addTags(4202, ['stage_one'])
    addTags(4202, ['stage_two'])
    const ticket = zendesk.store.getTicket(4202)
    expect(ticket.custom_fields.find((field) => field.id === STAGE)?.value).toBe('stage_two')
    expect(ticket.tags).not.toContain('stage_one')
    expect(ticket.fields).toEqual(ticket.custom_fields)
  })

  it('set_tags replaces every tag and clears drop-downs whose tag went', () => {
    const { addTags, zendesk } = account({
      reset: {
        title: 'reset',
        conditions: { all: [has('reset')] },
        actions: [{ field: 'set_tags', value: 'fresh' }],
      },
    })
    addTags(4202, ['stage_one'])
    addTags(4202, ['reset'])
    const ticket = zendesk.store.getTicket(4202)
    expect(ticket.tags).toEqual(['fresh'])
    expect(ticket.custom_fields.find((field) => field.id === STAGE)?.value).toBeNull()
  })
})
