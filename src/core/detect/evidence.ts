import type { Evidence } from './types'

/** One line for the CLI and logs: `"quote" (comment 3)` or the fact itself. */
export function evidenceToString(e: Evidence): string {
  if (e.kind === 'fact') return e.text
  const where =
    e.field === 'subject'
      ? 'subject'
      : e.field === 'csat_comment'
        ? 'CSAT comment'
        : `comment ${e.commentIndex}${e.commentId ? ` #${e.commentId}` : ''}`
  return `"${e.text}" (${where})`
}
