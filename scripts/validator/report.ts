import type { Issue, ValidationResult } from './issues'

function formatIssue(severity: 'error' | 'warning', issue: Issue): string {
  return `${severity.padEnd(7)} ${issue.code}  ${issue.file}: ${issue.message}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** One line per issue, errors first, then a one-line summary. */
export function formatReport(result: ValidationResult, dir: string): string {
  const lines = [
    ...result.errors.map((issue) => formatIssue('error', issue)),
    ...result.warnings.map((issue) => formatIssue('warning', issue)),
  ]
  const verdict = result.errors.length === 0 ? 'passes' : 'FAILS'
  lines.push(
    `${dir} ${verdict} Zendesk's app package rules: ${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}.`,
  )
  return lines.join('\n')
}
