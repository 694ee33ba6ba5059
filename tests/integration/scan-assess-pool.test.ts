import { afterEach, describe, expect, it } from 'vitest'
import { AssessPool, AssessThreadError } from '../../src/cli/scan/assess-pool'
import { inlineAssessor, verdictOf } from '../../src/cli/scan/verdict'
import type { TicketSnapshot } from '../../src/core/model'

const ANGRY = [
  'This is the third time I am writing. Nobody answers and the order still has not arrived.',
  'Unacceptable. I want a refund now, your service is terrible.',
  'Das ist eine Frechheit, ich warte seit zwei Wochen auf eine Antwort!',
]
const CALM = [
  'Thanks, that fixed it!',
  'Could you tell me when the store opens?',
  'Merci beaucoup, tout est réglé.',
]

function snapshot(n: number): TicketSnapshot {
  const texts = n % 2 === 0 ? ANGRY : CALM
  const start = Date.UTC(2026, 10, 1) + n * 60_000
  return {
    id: String(1_000 + n),
    locale: n % 3 === 0 ? 'de' : 'en',
    channel: 'email',
    subject: n % 2 === 0 ? 'Still waiting' : 'Question',
    status: 'open',
    createdAt: new Date(start).toISOString(),
    tags: [],
    csat: null,
    comments: texts.slice(0, 1 + (n % 3)).map((body, i) => ({
      id: `${n}-${i}`,
      author: i === 1 && n % 4 === 1 ? 'agent' : 'customer',
      body,
      public: true,
      createdAt: new Date(start + i * 3_600_000 * (n % 5)).toISOString(),
    })),
  }
}

const snapshots = Array.from({ length: 40 }, (_, n) => snapshot(n))
const options = { sensitivity: 'normal' as const }

let pool: AssessPool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

describe('the thread assessing a scan’s tickets', () => {
  it('gives the verdicts this thread gives, in order, over batches sent at once', async () => {
    pool = new AssessPool()
    const batches = await Promise.all([
      pool.assess(snapshots.slice(0, 25), options),
      pool.assess(snapshots.slice(25), options),
    ])
    const expected = snapshots.map((s) => verdictOf(s, options))
    expect(batches.flat()).toEqual(expected)
    expect(await inlineAssessor.assess(snapshots, options)).toEqual(expected)
    // The test can fail: some tickets need recovery, some do not.
    expect(new Set(expected.map((v) => v.negative))).toEqual(new Set([true, false]))
  })

  it('fails the batches it held with a named error when it dies, and the next batch starts a new thread', async () => {
    const prelude = `const port = require('node:worker_threads').parentPort
      const post = port.postMessage.bind(port)
      let batches = 0
      port.postMessage = (message) => (++batches === 2 ? process.exit(5) : post(message))`
    pool = new AssessPool({ prelude })
    const first = pool.assess(snapshots.slice(0, 10), options)
    const second = pool.assess(snapshots.slice(10, 20), options)
    const third = pool.assess(snapshots.slice(20, 30), options)
    expect(await first).toEqual(snapshots.slice(0, 10).map((s) => verdictOf(s, options)))
    await expect(second).rejects.toThrow(AssessThreadError)
    await expect(third).rejects.toThrow('the thread assessing tickets stopped: it exited with code 5')
    expect(await pool.assess(snapshots.slice(30), options)).toEqual(
      snapshots.slice(30).map((s) => verdictOf(s, options)),
    )
  })

  it('refuses work once closed', async () => {
    pool = new AssessPool()
    await pool.close()
    await expect(pool.assess(snapshots, options)).rejects.toThrow(
      'the thread assessing tickets stopped: the scan is ending',
    )
  })
})
