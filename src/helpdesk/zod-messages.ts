import * as z from 'zod/mini'

/**
 * zod/mini ships without messages ("Invalid input"). Zod's English locale would add ~1.3 KB gz to the
 * sidebar; these few lines say the same for the checks our schemas use. Custom messages given in a
 * schema (see settings.ts) take precedence.
 */
function describeReceived(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return `expected ${issue.expected}, received ${describeReceived(issue.input)}`
      case 'invalid_value':
        return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
      case 'invalid_format':
        return `invalid ${issue.format}`
      case 'invalid_union':
        return 'matches none of the expected shapes'
      case 'too_small':
        return `must be at least ${String(issue.minimum)}`
      case 'too_big':
        return `must be at most ${String(issue.maximum)}`
      default:
        return 'invalid value'
    }
  },
})
