import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseArgs } from '../../../src/cli/args'
import { runCli } from '../../../src/cli/run'

const snapshot = (id: string, body: string): Record<string, unknown> => ({
  id,
  locale: 'en',
  channel: 'email',
  subject: 'Order',
  status: 'open',
  createdAt: '2025-03-03T09:00:00Z',
  tags: [],
  comments: [
    { author: 'customer', body, createdAt: '2025-03-03T09:00:00Z' },
    { author: 'agent', body: 'Looking into it.', createdAt: '2025-03-03T09:30:00Z' },
  ],
  csat: null,
  someExportField: { ignored: true },
})

const LINES = [
  JSON.stringify(snapshot('a-1', 'This is unacceptable, third time I write. I want a manager.')),
  '{"id": "broken", "locale": ',
  JSON.stringify({
    ...snapshot('a-3', 'Hi'),
    comments: [{ author: 'robot', body: 'x', createdAt: 'yesterday' }],
  }),
  '',
  JSON.stringify({
    ...snapshot('a-5', 'Where can I download my invoice?'),
    priority: 'low',
    metrics: { reopens: 0 },
  }),
]

async function run(argv: string[], stdinText = ''): Promise<{ code: number; out: string[]; err: string[] }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (d: Buffer) => out.push(d.toString()))
  stderr.on('data', (d: Buffer) => err.push(d.toString()))
  const code = await runCli(argv, { stdin: Readable.from([stdinText]), stdout, stderr })
  const lines = (chunks: string[]): string[] => chunks.join('').split('\n').filter(Boolean)
  return { code, out: lines(out), err: lines(err) }
}

describe('turnaround assess', () => {
  let dir = ''
  let file = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'turnaround-cli-'))
    file = join(dir, 'tickets.jsonl')
    await writeFile(file, `${LINES.join('\n')}\n`)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('assesses every valid line, reports the bad ones by line number and field, exits 1', async () => {
    const { code, out, err } = await run(['assess', file])
    expect(code).toBe(1)
    const results = out.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(results.map((r) => r.id)).toEqual(['a-1', 'a-5'])
    expect(results[0]).toMatchObject({ negative: true, level: expect.stringMatching(/recover|urgent/) })
    expect(Object.keys(results[0] ?? {})).toEqual(['id', 'negative', 'severity', 'level', 'reasons'])
    const reasons = results[0]?.reasons as Array<{ code: string; evidence: string }>
    expect(reasons.map((r) => r.code)).toContain('escalation_request')
    expect(reasons.every((r) => typeof r.evidence === 'string')).toBe(true)
    expect(results[1]).toMatchObject({ negative: false, level: 'none', reasons: [] })

    expect(err[0]).toMatch(/^turnaround: line 2: invalid JSON/)
    expect(err[1]).toMatch(
      /^turnaround: line 3 \(ticket a-3\): comments\[0\]\.author: .*comments\[0\]\.createdAt/,
    )
    expect(err.at(-1)).toBe('turnaround: 2 line(s) failed, 2 assessed')
  })

  it('reads stdin when the file is "-" or missing, and exits 0 when every line is valid', async () => {
    const valid = `${LINES[0]}\n${LINES[4]}\n`
    for (const argv of [['assess'], ['assess', '-']]) {
      const { code, out, err } = await run(argv, valid)
      expect(code).toBe(0)
      expect(out).toHaveLength(2)
      expect(err).toEqual([])
    }
  })

  it('applies --sensitivity and --sla', async () => {
    const waiting = JSON.stringify({
      ...snapshot('w', 'Any news?'),
      comments: [],
      updatedAt: '2025-03-03T19:00:00Z',
    })
    const withComment = JSON.stringify({
      ...JSON.parse(waiting),
      comments: [{ author: 'customer', body: 'Any news on my order?', createdAt: '2025-03-03T09:00:00Z' }],
    })
    const normal = await run(['assess'], withComment)
    const longSla = await run(['assess', '--sla', '1000'], withComment)
    expect(JSON.parse(normal.out[0] ?? '{}').reasons.map((r: { code: string }) => r.code)).toContain(
      'long_reply_gap',
    )
    expect(JSON.parse(longSla.out[0] ?? '{}').reasons.map((r: { code: string }) => r.code)).not.toContain(
      'long_reply_gap',
    )
    const high = await run(['assess', '--sensitivity=high'], LINES[0])
    expect(JSON.parse(high.out[0] ?? '{}').level).toBe('urgent')
  })

  it('writes each result exactly as JSON.stringify would, and reads \\r\\n line endings', async () => {
    const quoted = JSON.stringify(
      snapshot(
        'q-"1"',
        'This is "unacceptable" \\ third time I write.\nI want a manager!!! 本当に困っています',
      ),
    )
    const { code, out } = await run(['assess'], `${quoted}\r\n${LINES[4]}\r\n`)
    expect(code).toBe(0)
    expect(out).toHaveLength(2)
    for (const line of out) expect(JSON.stringify(JSON.parse(line))).toBe(line)
    expect(JSON.parse(out[0] ?? '{}').reasons.length).toBeGreaterThan(0)
  })

  it('fails with exit code 2 on a missing file or bad options', async () => {
    expect((await run(['assess', join(dir, 'nope.jsonl')])).code).toBe(2)
    const bad = await run(['assess', '--sensitivity', 'extreme'])
    expect(bad.code).toBe(2)
    expect(bad.err[0]).toMatch(/--sensitivity must be low, normal or high/)
  })

  it('prints help and version', async () => {
    expect((await run(['--help'])).out[0]).toMatch(/^Usage: turnaround/)
    expect((await run(['--version'])).out[0]).toMatch(/^\d+\.\d+\.\d+$/)
    expect((await run(['scan'])).code).toBe(2)
  })
})

describe('parseArgs', () => {
  it('parses the assess options', () => {
    expect(parseArgs(['assess', 'x.jsonl', '--sla', '60', '--sensitivity', 'low'])).toEqual({
      kind: 'assess',
      file: 'x.jsonl',
      sensitivity: 'low',
      slaMinutes: 60,
    })
    expect(() => parseArgs(['assess', 'a', 'b'])).toThrow(/only one input file/)
    expect(() => parseArgs(['frobnicate'])).toThrow(/unknown command/)
  })
})
