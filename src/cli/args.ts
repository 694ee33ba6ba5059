/** Command-line parsing for `turnaround`: small enough not to need a dependency. */
import type { Sensitivity } from '../core/detect'

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan'; argv: string[] }
  | { kind: 'assess'; file: string | null; sensitivity: Sensitivity; slaMinutes: number | undefined }

export class UsageError extends Error {}

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high']

export const HELP = `Usage: turnaround <command> [options]

Commands:
  assess [FILE]   Read ticket snapshots as JSON Lines from FILE (or stdin when FILE is missing or "-")
                  and write one JSON line per ticket: {"id","negative","severity","level","reasons"}.
  scan            Read the tickets that changed in a Zendesk account since a time (incremental exports,
                  admin API token), assess each, and print — or with --tag, tag turnaround_needed — those
                  that need recovery and carry no recovery status yet. Resumable (docs/scan.md).

Options (both commands):
  --sensitivity low|normal|high   How readily a ticket is called negative (default: normal)
  --sla <minutes>                 Reply SLA for wait signals (default: 240)
  -h, --help                      Show this help
  -v, --version                   Show the version

assess: exit codes 0 all lines assessed, 1 some lines were malformed (see stderr), 2 usage or I/O error.
Input format: docs/ticket-snapshot.md, section "CLI input (JSON Lines)".

scan --subdomain NAME --email EMAIL --token-env VAR --since WHEN [options]
  --subdomain NAME     The account: acme for acme.zendesk.com
  --url URL            Another base URL instead, e.g. http://localhost:4567 (the harness of npm start);
                       plain http only to this machine
  --email EMAIL        An admin's email (the incremental exports are admin-only)
  --token-env VAR      The NAME of the environment variable holding that admin's API token; the token is
                       never an argument and never printed
  --since WHEN         Start of the window: 30m, 12h, 7d, 2w, or a UTC date/time (2025-03-01, 2025-03-01T09:00Z)
  --tag                Tag those that need recovery with turnaround_needed (safe update, add-only)
  --dry-run            Say what --tag would tag; write nothing to Zendesk
  --out FILE           Write the JSON lines to FILE instead of stdout (exactly once per ticket, even resumed)
  --state FILE         Where progress is saved (default .turnaround-scan-<account>.json); running the same
                       command again resumes an interrupted scan, or scans what changed since a finished one
  Output: one JSON line per ticket that needs recovery:
    {"id","action":"listed|would_tag|tagged|already_handled|not_tagged","level","severity","reasons",…}
  Progress goes to stderr (a live line on a terminal; only warnings and a summary otherwise).
  Exit codes: 0 done, 1 done but some tickets unreadable or refused, 2 usage, 3 stopped by an error
  (resumable), 130 stopped by Ctrl+C (resumable).`

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv]
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) return { kind: 'help' }
  if (args.includes('-v') || args.includes('--version')) return { kind: 'version' }
  const command = args.shift()
  if (command === 'scan') return { kind: 'scan', argv: args }
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
