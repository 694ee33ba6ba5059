/**
 * Progress on stderr. On a terminal: one line rewritten a few times a second (tickets read, assessed,
 * flagged, tagged, tickets/s, and the export time reached), plus why it waits when it waits. Elsewhere (a
 * log file, cron): quiet except warnings and the final summary, so logs stay readable.
 */
import type { Writable } from 'node:stream'
import type { ScanCounts, ScanMode } from './state'

export interface ProgressReporter {
  update(counts: ScanCounts, cursorTime: string | null): void
  /** A pause we did not choose (rate limit, retry after a 5xx): shown on a terminal only. */
  waiting(reason: string, seconds: number): void
  /** A warning worth keeping in a log: always printed, on its own line. */
  notice(message: string): void
  /** Clears the progress line; the caller prints the summary. */
  finish(): void
}

const REFRESH_MS = 250

export function createProgress(
  stream: Writable & { isTTY?: boolean; columns?: number },
  mode: ScanMode,
  now: () => number = Date.now,
): ProgressReporter {
  const tty = stream.isTTY === true
  const startedAt = now()
  let firstRead: number | null = null
  let lastDraw = 0
  let shown = false
  let lastLine = ''
  let wait: { reason: string; until: number } | null = null

  const clear = () => {
    if (tty && shown) stream.write('\r\x1b[2K')
    shown = false
  }
  const draw = (line: string) => {
    const width = Math.max(40, (stream.columns || 120) - 1)
    stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`)
    shown = true
  }

  return {
    update(counts, cursorTime) {
      firstRead ??= counts.read
      const at = now()
      if (!tty || at - lastDraw < REFRESH_MS) return
      lastDraw = at
      const seconds = Math.max(0.001, (at - startedAt) / 1000)
      const rate = Math.round((counts.read - firstRead) / seconds)
      const written =
        mode === 'tag'
          ? `tagged ${counts.tagged}`
          : mode === 'dry_run'
            ? `would tag ${counts.wouldTag}`
            : null
      const parts = [
        `scan: read ${counts.read}`,
        `assessed ${counts.assessed}`,
        `flagged ${counts.flagged}`,
        ...(written ? [written] : []),
        `${rate} tickets/s`,
        cursorTime ? `at ${cursorTime.replace(/\.\d{3}Z$/, 'Z')}` : 'starting',
      ]
      const waiting =
        wait && wait.until > at ? ` · waiting ${Math.ceil((wait.until - at) / 1000)} s: ${wait.reason}` : ''
      lastLine = parts.join(' · ') + waiting
      draw(lastLine)
    },
    waiting(reason, seconds) {
      wait = { reason, until: now() + seconds * 1000 }
      if (tty) draw(`${lastLine || 'scan: starting'} · waiting ${Math.ceil(seconds)} s: ${reason}`)
    },
    notice(message) {
      clear()
      stream.write(`turnaround: ${message}\n`)
      if (tty && lastLine) draw(lastLine)
    },
    finish: clear,
  }
}
