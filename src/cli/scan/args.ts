/**
 * `turnaround scan` options: the words on the command line become an object of strings and flags, and a
 * zod schema checks it, so every mistake is named with the option it concerns. The API token itself is
 * never an option: only the name of the environment variable that holds it.
 */
import * as z from 'zod'
import type { Sensitivity } from '../../core/detect'
import { describeIssues } from '../snapshot-schema'
import { resolveSince } from './since'

export interface ScanArgs {
  /** https://acme.zendesk.com, or the --url given (no trailing slash). */
  baseUrl: string
  /** What the state file's default name and the messages call the account: the subdomain or the URL's host. */
  account: string
  email: string
  tokenEnv: string
  /** Unix seconds. */
  since: number
  tag: boolean
  dryRun: boolean
  out: string | null
  state: string | null
  sensitivity: Sensitivity
  slaMinutes: number | undefined
}

export class ScanUsageError extends Error {}

const BOOLEAN_FLAGS = new Set(['tag', 'dry-run'])
const VALUE_FLAGS = new Set([
  'subdomain',
  'url',
  'email',
  'token-env',
  'since',
  'out',
  'state',
  'sensitivity',
  'sla',
])
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** `--name value`, `--name=value` and bare flags → { name: value | true }; anything else is refused. */
export function tokenize(argv: readonly string[]): Record<string, string | true> {
  const options: Record<string, string | true> = {}
  const args = [...argv]
  while (args.length > 0) {
    const arg = args.shift() ?? ''
    if (!arg.startsWith('--')) throw new ScanUsageError(`unexpected argument "${arg}" (try --help)`)
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (name in options) throw new ScanUsageError(`--${name} is given twice`)
    if (BOOLEAN_FLAGS.has(name)) {
      if (inline !== undefined) throw new ScanUsageError(`--${name} takes no value`)
      options[name] = true
    } else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? args.shift()
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new ScanUsageError(`--${name} needs a value`)
      }
      options[name] = value
    } else {
      throw new ScanUsageError(`unknown option "--${name}" for scan (try --help)`)
    }
  }
  return options
}

const baseUrlSchema = z.url({ protocol: /^https?$/ }).refine(
  (value) => {
    const url = new URL(value)
    return url.protocol === 'https:' || LOOPBACK.has(url.hostname)
  },
  { message: 'must be https (plain http only to this machine: localhost or 127.0.0.1)' },
)

const schema = (nowSeconds: number) =>
  z
    .object({
      subdomain: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,62}$/i, 'must be the account name, e.g. "acme" for acme.zendesk.com')
        .optional(),
      url: baseUrlSchema.optional(),
      // Not z.email(): Zendesk accepts internationalised addresses; the "/" would break `email/token:`.
      email: z.string({ error: 'is required' }).regex(/^[^\s@/]+@[^\s@/]+$/, 'must be an email address'),
      'token-env': z
        .string({ error: 'is required (the NAME of the environment variable holding the API token)' })
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name, e.g. ZENDESK_API_TOKEN'),
      since: z.string({ error: 'is required, e.g. --since 7d' }).transform((raw, context) => {
        const resolved = resolveSince(raw, nowSeconds)
        if (resolved.ok) return resolved.seconds
        context.addIssue({ code: 'custom', message: resolved.problem })
        return z.NEVER
      }),
      tag: z.literal(true).optional(),
      'dry-run': z.literal(true).optional(),
      out: z.string().min(1).optional(),
      state: z.string().min(1).optional(),
      sensitivity: z.enum(['low', 'normal', 'high']).default('normal'),
      sla: z.coerce.number().positive('must be a positive number of minutes').optional(),
    })
    .refine((options) => options.subdomain !== undefined || options.url !== undefined, {
      message: 'or --url is required (acme for acme.zendesk.com; http://localhost:4567 for the harness)',
      path: ['subdomain'],
    })

export function parseScanArgs(argv: readonly string[], nowSeconds: number): ScanArgs {
  const parsed = schema(nowSeconds).safeParse(tokenize(argv))
  if (!parsed.success) {
    const withFlags = describeIssues(parsed.error).replace(/(^|; )([\w-]+): /g, '$1--$2 ')
    throw new ScanUsageError(withFlags)
  }
  const options = parsed.data
  const baseUrl = (options.url ?? `https://${options.subdomain}.zendesk.com`).replace(/\/+$/, '')
  return {
    baseUrl,
    account: options.subdomain ?? new URL(baseUrl).host,
    email: options.email,
    tokenEnv: options['token-env'],
    since: options.since,
    tag: options.tag === true,
    dryRun: options['dry-run'] === true,
    out: options.out ?? null,
    state: options.state ?? null,
    sensitivity: options.sensitivity,
    slaMinutes: options.sla,
  }
}
