import type { Evidence } from './types'

type Quote = Extract<Evidence, { kind: 'quote' }>

/** Where a quote comes from, as the CLI writes it: `subject`, `CSAT comment` or `comment 3 #id`. */
export function quoteLocation(e: Quote): string {
  return e.field === 'subject'
    ? 'subject'
    : e.field === 'csat_comment'
      ? 'CSAT comment'
      : `comment ${e.commentIndex}${e.commentId ? ` #${e.commentId}` : ''}`
}

/** One line for the CLI and logs: `"quote" (comment 3)` or the fact itself. */
export function evidenceToString(e: Evidence): string {
  if (e.kind === 'fact') return e.text
  return `"${e.text}" (${quoteLocation(e)})`
}
