import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSnapshot } from '../../../src/cli/snapshot-check'
import { snapshotSchema } from '../../../src/cli/snapshot-schema'

/** A value that is usually of the right kind, sometimes of another: each field can make a line fail. */
const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 60, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, '', 0, -1, 1.5, 'x', true, [], {}) },
  )

/** Mostly `valid`, sometimes an edge case of the same kind that the schema may or may not take. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: edge })

const date = mostly(
  fc.oneof(
    fc.constantFrom(
      '2025-03-03T09:00:00Z',
      '2025-03-03T09:00:00.123Z',
      '2025-03-03T09:00:00.1234567+05:30',
      '2024-02-29T23:59:59-08:00',
      '2000-02-29T00:00:00Z',
    ),
    fc
      .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
  // Not dates to zod: no seconds, hour 24, month 13, 29 February of a common year, lower-case z, no zone…
  fc.constantFrom(
    '2025-03-03T09:00Z',
    '2025-03-03T24:00:00Z',
    '2025-13-03T09:00:00Z',
    '2023-02-29T09:00:00Z',
    '1900-02-29T09:00:00Z',
    '2025-03-03T09:00:00z',
    '2025-03-03T09:00:00',
    '2025-03-03T09:00:00+24:00',
    '2025-04-31T09:00:00Z',
    '+012025-03-03T09:00:00Z',
  ),
)
const id = mostly(
  fc.oneof(fc.string({ minLength: 1 }), fc.nat()),
  fc.oneof(fc.constant(''), fc.double(), fc.constant(Infinity)),
)
const word = (values: readonly string[]) => mostly(fc.constantFrom(...values), fc.string({ maxLength: 3 }))

const comment = fc.record(
  {
    id: maybe(id),
    author: maybe(word(['customer', 'agent', 'system', 'Customer'])),
    body: maybe(fc.string()),
    createdAt: maybe(date),
    public: maybe(fc.boolean()),
    extra: fc.anything(),
  },
  { requiredKeys: ['author', 'body', 'createdAt'] },
)
const csat = fc.record(
  {
    score: maybe(word(['good', 'bad', 'offered', 'unoffered'])),
    comment: maybe(fc.option(fc.string())),
    reason: maybe(fc.option(fc.string())),
    createdAt: maybe(date),
    updatedAt: maybe(date),
    previousScore: maybe(fc.option(word(['good', 'bad']))),
  },
  { requiredKeys: ['score'] },
)
const person = fc.record(
  {
    id: maybe(id),
    name: maybe(fc.string()),
    email: maybe(fc.option(fc.string())),
    locale: maybe(fc.string()),
  },
  { requiredKeys: ['id', 'name'] },
)
const count = mostly(fc.nat(), fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 60), fc.constant(-0)))
const minutes = fc.option(mostly(fc.nat(), fc.oneof(fc.double(), fc.constant(-0), fc.constant(-1))))
const metrics = fc.record(
  {
    reopens: maybe(count),
    replies: maybe(count),
    firstReplyMinutes: maybe(minutes),
    firstResolutionMinutes: maybe(minutes),
    fullResolutionMinutes: maybe(minutes),
    requesterWaitMinutes: maybe(minutes),
    agentWaitMinutes: maybe(minutes),
    onHoldMinutes: maybe(minutes),
    groupStations: maybe(count),
    assigneeStations: maybe(count),
  },
  { requiredKeys: [] },
)
const statuses = ['new', 'open', 'pending', 'hold', 'solved', 'closed']
const earlier = fc.record(
  {
    id: maybe(id),
    subject: maybe(fc.string()),
    status: maybe(word(statuses)),
    createdAt: maybe(date),
    updatedAt: maybe(date),
    csat: maybe(fc.option(csat)),
  },
  { requiredKeys: ['id', 'subject', 'status', 'createdAt', 'csat'] },
)
const snapshot = fc.record(
  {
    id: maybe(id),
    locale: maybe(fc.string({ maxLength: 5 })),
    channel: maybe(word(['email', 'web', 'twitter', 'other'])),
    subject: maybe(fc.string()),
    status: maybe(word(statuses)),
    createdAt: maybe(date),
    updatedAt: maybe(date),
    tags: maybe(fc.array(maybe(fc.string()), { maxLength: 3 })),
    comments: maybe(fc.array(comment, { maxLength: 4 })),
    csat: maybe(fc.option(csat)),
    priority: maybe(fc.option(word(['low', 'normal', 'high', 'urgent']))),
    requester: maybe(person),
    assignee: maybe(fc.option(person)),
    metrics: maybe(fc.option(metrics)),
    history: maybe(fc.array(earlier, { maxLength: 2 })),
    nativeSentiment: maybe(fc.option(word(['negative', 'very_positive']))),
    source: maybe(word(['zendesk', 'freshdesk', 'file'])),
    exportField: fc.anything(),
  },
  { requiredKeys: ['id', 'locale', 'channel', 'status', 'createdAt', 'comments'] },
)

/** As JSON.parse would give it: no undefined values, no -0 surprises beyond what JSON carries. */
const asParsedJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null')

describe('readSnapshot (the fast path of the assess input check)', () => {
  it('accepts exactly the lines the zod schema accepts, with the same data', () => {
    let accepted = 0
    fc.assert(
      fc.property(snapshot, (raw) => {
        const json = asParsedJson(raw)
        const expected = snapshotSchema.safeParse(json)
        const fast = readSnapshot(structuredClone(json))
        if (expected.success) {
          accepted++
          expect(fast).toEqual(expected.data)
        } else expect(fast).toBeNull()
      }),
      { numRuns: 1000 },
    )
    // The generator must reach both outcomes for the property to say anything.
    expect(accepted).toBeGreaterThan(40)
  }, 60_000)

  it('changes nothing in a line it rejects, so the schema reports on what was read', () => {
    const line = {
      id: 7,
      locale: 'en',
      channel: 'email',
      status: 'open',
      createdAt: 'yesterday',
      comments: [],
    }
    const copy = structuredClone(line)
    expect(readSnapshot(copy)).toBeNull()
    expect(copy).toEqual(line)
  })

  it('applies the defaults and turns numeric ids into strings', () => {
    const line = {
      id: 42,
      locale: 'de',
      channel: 'web',
      status: 'new',
      createdAt: '2025-03-03T09:00:00+01:00',
      comments: [{ id: 1, author: 'customer', body: 'Hallo', createdAt: '2025-03-03T09:00:00Z' }],
      history: [{ id: 9, subject: 'x', status: 'solved', createdAt: '2025-01-01T00:00:00Z', csat: null }],
    }
    expect(readSnapshot(line)).toMatchObject({
      id: '42',
      subject: '',
      tags: [],
      csat: null,
      comments: [{ id: '1' }],
      history: [{ id: '9' }],
    })
  })
})
