/** Command-line parsing for `turnaround`: small enough not to need a dependency. */
import type { Sensitivity } from '../core/detect'

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan' }
  | { kind: 'assess'; file: string | null; sensitivity: Sensitivity; slaMinutes: number | undefined }

export class UsageError extends Error {}

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high']

export const HELP = `Usage: turnaround <command> [options]

Commands:
  assess [FILE]   Read ticket snapshots as JSON Lines from FILE (or stdin when FILE is missing or "-")
                  and write one JSON line per ticket: {"id","negative","severity","level","reasons"}.
  scan            Not available yet.

Options:
  --sensitivity low|normal|high   How readily a ticket is called negative (default: normal)
  --sla <minutes>                 Reply SLA for wait signals (default: 240)
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 all lines assessed, 1 some lines were malformed (see stderr), 2 usage or I/O error.
Input format: docs/ticket-snapshot.md, section "CLI input (JSON Lines)".`

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv]
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) return { kind: 'help' }
  if (args.includes('-v') || args.includes('--version')) return { kind: 'version' }
  const command = args.shift()
  if (command === 'scan') return { kind: 'scan' }
  if (command !== 'assess') throw new UsageError(`unknown command "${command ?? ''}" (try --help)`)

  let file: string | null = null
  let sensitivity: Sensitivity = 'normal'
  let slaMinutes: number | undefined
  while (args.length > 0) {
    const arg = args.shift() ?? ''
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg]
    const value = (): string => {
      const v = inline ?? args.shift()
      if (v === undefined) throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (flag === '--sensitivity') {
      const v = value()
      if (!SENSITIVITIES.includes(v as Sensitivity))
        throw new UsageError(`--sensitivity must be low, normal or high (got "${v}")`)
      sensitivity = v as Sensitivity
    } else if (flag === '--sla') {
      const v = value()
      const n = Number(v)
      if (!Number.isFinite(n) || n <= 0)
        throw new UsageError(`--sla must be a positive number of minutes (got "${v}")`)
      slaMinutes = n
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}" (try --help)`)
    } else if (file === null) {
      file = arg === '-' ? null : arg
    } else {
      throw new UsageError(`only one input file is accepted (got "${file}" and "${arg}")`)
    }
  }
  return { kind: 'assess', file, sensitivity, slaMinutes }
}
