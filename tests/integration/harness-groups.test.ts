import { describe, expect, it } from 'vitest'
import { fakeAccount, userByName, type Json } from './harness-test-helpers'

/** Groups and memberships in Zendesk's shapes, and the seeded team lead. */

const SUPPORT = 360_000_777_001

describe('fake Zendesk: groups', () => {
  it('lists the seeded groups', () => {
    const { call } = fakeAccount()
    const response = call('GET', '/api/v2/groups.json').json()
    expect(response.groups.map((group: Json) => [group.id, group.name])).toEqual([
      [SUPPORT, 'Support'],
      [360_000_777_002, 'Team leads'],
    ])
    expect(response.groups[0]).toEqual({
      url: `https://harness.zendesk.com/api/v2/groups/${SUPPORT}.json`,
      id: SUPPORT,
      name: 'Support',
      description: expect.any(String),
      is_public: true,
      default: true,
      deleted: false,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    })
    expect(response).toMatchObject({ next_page: null, previous_page: null, count: 2 })
    const cursor = call('GET', '/api/v2/groups.json?page[size]=1').json()
    expect(cursor.groups).toHaveLength(1)
    expect(cursor.meta.has_more).toBe(true)
  })

  it("answers a user's groups and memberships, with 'me' for the signed-in agent", () => {
    const { zendesk, call } = fakeAccount()
    const priya = userByName(zendesk, 'Priya Raman')
    expect(zendesk.store.getUser(priya)).toMatchObject({ role: 'agent', locale: 'en-US' })
    const groups = call('GET', `/api/v2/users/${priya}/groups.json`).json().groups as Json[]
    expect(groups.map((group) => group.name)).toEqual(['Support', 'Team leads'])
    const memberships = call('GET', `/api/v2/users/${priya}/group_memberships.json`, undefined, priya).json()
      .group_memberships as Json[]
    expect(memberships).toEqual([
      expect.objectContaining({ user_id: priya, group_id: SUPPORT, default: true, id: expect.any(Number) }),
      expect.objectContaining({ user_id: priya, group_id: 360_000_777_002, default: false }),
    ])
    const mine = call('GET', '/api/v2/users/me/groups.json').json().groups as Json[]
    expect(mine.map((group) => group.name)).toEqual(['Support'])
    const lena = userByName(zendesk, 'Lena Hartmann')
    const all = call('GET', '/api/v2/group_memberships.json').json().group_memberships as Json[]
    expect(all.filter((membership) => membership.group_id === SUPPORT).map((m) => m.user_id)).toContain(lena)
    expect(all.filter((membership) => membership.group_id === 360_000_777_002).map((m) => m.user_id)).toEqual(
      [priya],
    )
    expect(call('GET', '/api/v2/users/1/groups.json').status).toBe(404)
  })

  it('refuses end users (403)', () => {
    const { zendesk, call } = fakeAccount()
    const customer = zendesk.store.getTicket(4201).requester_id
    expect(call('GET', '/api/v2/groups.json', undefined, customer).status).toBe(403)
    expect(call('GET', '/api/v2/group_memberships.json', undefined, customer).status).toBe(403)
  })
})
