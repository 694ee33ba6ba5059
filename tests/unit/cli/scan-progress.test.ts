import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createProgress } from '../../../src/cli/scan/progress'
import { emptyCounts } from '../../../src/cli/scan/state'

function stream(tty: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY: tty, columns: 200 })
  let text = ''
  out.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return { out, text: () => text }
}

describe('scan progress on stderr', () => {
  it('draws one live line on a terminal: counts, rate, the export time reached, and why it waits', () => {
    const { out, text } = stream(true)
    let now = 0
    const progress = createProgress(out, 'tag', () => now)
    progress.update(emptyCounts(), null)
    now = 2_000
    progress.update(
      { ...emptyCounts(), read: 3_000, assessed: 2_900, flagged: 120, tagged: 100 },
      '2026-03-05T10:00:00.000Z',
    )
    expect(text()).toContain(
      'scan: read 3000 · assessed 2900 · flagged 120 · tagged 100 · 1500 tickets/s · at 2026-03-05T10:00:00Z',
    )
    progress.waiting("Zendesk's rate limit (Retry-After)", 42)
    expect(text()).toContain("waiting 42 s: Zendesk's rate limit (Retry-After)")
    expect(text().startsWith('\r\x1b[2K')).toBe(true)
  })

  it('stays quiet when stderr is not a terminal, except for warnings', () => {
    const { out, text } = stream(false)
    const progress = createProgress(out, 'list', () => 5_000)
    progress.update({ ...emptyCounts(), read: 10 }, null)
    progress.waiting('retry', 4)
    expect(text()).toBe('')
    progress.notice('ticket 7 skipped: deleted or no longer visible')
    progress.finish()
    expect(text()).toBe('turnaround: ticket 7 skipped: deleted or no longer visible\n')
  })
})
