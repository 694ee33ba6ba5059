import { createFakeZendesk, type FakeZendesk, type FakeZendeskOptions } from '../../harness/fake-zendesk'

/** Shared set-up for the fake Zendesk tests: an account and a `call` that goes through the whole pipeline. */

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions on JSON

export interface Call {
  status: number
  headers: Record<string, string>
  body: string
  json: () => Json
}

export function fakeAccount(options: FakeZendeskOptions = {}) {
  const zendesk = createFakeZendesk(options)
  const call = (
    method: string,
    path: string,
    body?: unknown,
    userId: number | null = zendesk.store.currentUserId,
  ): Call => {
    const response = zendesk.handleApiRequest({ method, path, body, userId: userId ?? undefined })
    return { ...response, json: () => JSON.parse(response.body) as Json }
  }
  return { zendesk, call }
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-03-02T10:00:00Z')) {
  let now = start
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) }
}

export function userByName(zendesk: FakeZendesk, name: string): number {
  const user = zendesk.store.listUsers().find((candidate) => candidate.name === name)
  if (!user) throw new Error(`no user ${name}`)
  return user.id
}
