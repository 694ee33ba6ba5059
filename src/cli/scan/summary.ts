/** The scan's closing lines on stderr: what was read, found and written, and what it cost in requests. */
import type { ScanSourceStats } from '../../helpdesk/zendesk/export/scan-source'
import type { ScanState } from './state'

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z')
const n = (value: number) => value.toLocaleString('en-US')

export function summarize(state: ScanState, stats: ScanSourceStats): string {
  const { counts, mode } = state
  const written =
    mode === 'tag'
      ? `${n(counts.tagged)} tagged, ${n(counts.raced)} got a recovery status meanwhile, ` +
        `${n(counts.closed)} closed, ${n(counts.refused)} refused by Zendesk`
      : mode === 'dry_run'
        ? `${n(counts.wouldTag)} would be tagged, ${n(counts.closed)} closed (cannot be)`
        : 'listed; add --tag to tag them'
  const requests = stats.ticketPages + stats.eventPages + stats.conversationReads + stats.userLookups
  return [
    `turnaround: ${iso(state.window.start)} → ${iso(state.window.end)}: ${n(counts.read)} tickets read, ` +
      `${n(counts.assessed)} assessed, ${n(counts.flagged)} need recovery (${written}), ` +
      `${n(counts.handled)} already had a recovery status, ${n(counts.unreadable)} unreadable`,
    `turnaround: this run asked for ${n(requests)} reads: ${n(stats.ticketPages)} ticket-export pages, ` +
      `${n(stats.eventPages)} ticket-event pages, ${n(stats.conversationReads)} single conversations, ` +
      `${n(stats.userLookups)} user lookups`,
  ].join('\n')
}
