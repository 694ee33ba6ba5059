import * as z from 'zod/mini'
import type { BudgetPolicy } from '../core/budget/types'
import { CURRENCY_CODE, parseMajor, type Money } from '../core/money'
import type { CustomerValueRules, ValueFieldRule } from '../core/playbook/customer-value'
import {
  DEFAULT_COOLDOWN_DAYS,
  FOLLOW_UP_DELAYS,
  isFollowUpDelay,
  type FollowUpDelay,
} from '../core/followup/schedule'
import { GESTURE_TYPES, type GestureType } from '../core/playbook/types'
import './zod-messages'

/**
 * The recovery settings an admin sets (manifest.json parameters), checked one by one so every bad value is
 * reported with the setting's name while the rest of the sidebar keeps working. Money settings are text:
 * "49.99" or "1 000,50" are parsed exactly into minor units of the chosen currency, never through a float.
 */

export interface RecoverySettings {
  budget: BudgetPolicy
  /** Group id or name whose members may approve gestures above the threshold; null = admins only. */
  teamLeadGroup: string | null
  /** One of the delays requirements.json installs an automation for. */
  followUpDays: FollowUpDelay
  /** Never survey a customer more often than this, across all of their tickets. */
  surveyCooldownDays: number
  customerValue: CustomerValueRules
}

/** One bad setting: the manifest parameter's name and what is wrong with its value. */
export interface SettingProblem {
  setting: string
  message: string
}

export type RecoverySettingsResult =
  { ok: true; settings: RecoverySettings } | { ok: false; problems: SettingProblem[] }

export const RECOVERY_DEFAULTS = {
  currency: 'USD',
  gesture_cap_per_ticket: '50',
  gesture_budget_per_agent_month: '500',
  approval_threshold: '30',
  allowed_gestures: GESTURE_TYPES.join(', '),
  team_lead_group: '',
  follow_up_days: 7,
  survey_cooldown_days: DEFAULT_COOLDOWN_DAYS,
  high_value_tags: 'vip',
  high_value_fields: '',
} as const

const text = (raw: unknown, fallback: string): string => {
  if (raw === undefined || raw === null) return fallback
  return typeof raw === 'string' ? raw.trim() : String(raw).trim()
}

const list = (raw: string): string[] =>
  raw
    .split(/[,\n;]/)
    .map((entry) => entry.trim())
    .filter(Boolean)

const days = (message: string) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? Number(value.trim()) : value)),
    z.number(message).check(z.int('must be a whole number of days')),
  )
/** The follow-up runs on one of the installed automations: one per delay. */
const followUpDaysSchema = z.pipe(
  days('must be a number of days'),
  z.transform((value, context) => {
    if (isFollowUpDelay(value)) return value
    context.issues.push({
      code: 'custom',
      input: value,
      message: `must be one of ${FOLLOW_UP_DELAYS.join(', ')} days (an automation is installed for each)`,
    })
    return z.NEVER
  }),
)
const cooldownSchema = days('must be a number of days').check(
  z.minimum(0, 'must be 0 or more days'),
  z.maximum(365, 'must be at most 365 days'),
)

function knownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf
  return supported ? supported('currency').includes(code) : true
}

const FIELD_RULE = /^([a-z0-9_]+)\s*(?:(>=|=)\s*(.+))?$/i

function parseFieldRule(entry: string): ValueFieldRule | null {
  const match = FIELD_RULE.exec(entry)
  if (!match?.[1]) return null
  const [, key, operator, value] = match
  if (operator === '>=') {
    const number = Number(value?.trim().replace(',', '.'))
    return Number.isFinite(number) ? { key, test: { kind: 'at_least', value: number } } : null
  }
  if (operator === '=') return { key, test: { kind: 'equals', value: value?.trim() ?? '' } }
  return { key, test: { kind: 'truthy' } }
}

export function checkRecoverySettings(raw: Record<string, unknown> | undefined): RecoverySettingsResult {
  const values = raw ?? {}
  const problems: SettingProblem[] = []
  const problem = (setting: string, message: string) => problems.push({ setting, message })

  const currency =
    text(values.currency, RECOVERY_DEFAULTS.currency).toUpperCase() || RECOVERY_DEFAULTS.currency
  if (!CURRENCY_CODE.test(currency) || !knownCurrency(currency)) {
    problem('currency', `"${currency}" is not an ISO 4217 currency code such as EUR, USD or JPY`)
  }
  const amount = (setting: keyof typeof RECOVERY_DEFAULTS): Money | null => {
    const entered =
      text(values[setting], String(RECOVERY_DEFAULTS[setting])) || String(RECOVERY_DEFAULTS[setting])
    const parsed = problems.some((p) => p.setting === 'currency') ? null : parseMajor(entered, currency)
    if (!parsed && !problems.some((p) => p.setting === 'currency')) {
      problem(setting, `"${entered}" is not an amount in ${currency} (write it like 50 or 49.99)`)
    }
    return parsed
  }
  const perTicketCap = amount('gesture_cap_per_ticket')
  const perAgentMonthly = amount('gesture_budget_per_agent_month')
  const approvalThreshold = amount('approval_threshold')

  const allowedEntries = list(text(values.allowed_gestures, RECOVERY_DEFAULTS.allowed_gestures))
  const unknown = allowedEntries.filter(
    (entry) => !(GESTURE_TYPES as readonly string[]).includes(entry.toLowerCase()),
  )
  if (unknown.length) {
    problem(
      'allowed_gestures',
      `unknown gesture ${unknown.map((u) => `"${u}"`).join(', ')}; use ${GESTURE_TYPES.join(', ')}`,
    )
  }
  const allowedGestures = [...new Set(allowedEntries.map((entry) => entry.toLowerCase()))].filter(
    (entry): entry is GestureType => (GESTURE_TYPES as readonly string[]).includes(entry),
  )

  const orDefault = (setting: 'follow_up_days' | 'survey_cooldown_days') =>
    values[setting] === undefined || values[setting] === '' || values[setting] === null
      ? RECOVERY_DEFAULTS[setting]
      : values[setting]
  const followUpDays = followUpDaysSchema.safeParse(orDefault('follow_up_days'))
  if (!followUpDays.success)
    problem('follow_up_days', followUpDays.error.issues[0]?.message ?? 'invalid value')
  const cooldown = cooldownSchema.safeParse(orDefault('survey_cooldown_days'))
  if (!cooldown.success) problem('survey_cooldown_days', cooldown.error.issues[0]?.message ?? 'invalid value')

  const fieldEntries = list(text(values.high_value_fields, RECOVERY_DEFAULTS.high_value_fields))
  const highValueFields = fieldEntries.map(parseFieldRule)
  const badRules = fieldEntries.filter((_, index) => highValueFields[index] === null)
  if (badRules.length) {
    problem(
      'high_value_fields',
      `cannot read ${badRules.map((r) => `"${r}"`).join(', ')}; write field_key, field_key=value or field_key>=number`,
    )
  }

  if (
    problems.length ||
    !perTicketCap ||
    !perAgentMonthly ||
    !approvalThreshold ||
    !followUpDays.success ||
    !cooldown.success
  ) {
    return { ok: false, problems }
  }
  const group = text(values.team_lead_group, RECOVERY_DEFAULTS.team_lead_group)
  return {
    ok: true,
    settings: {
      budget: { currency, perTicketCap, perAgentMonthly, approvalThreshold, allowedGestures },
      teamLeadGroup: group || null,
      followUpDays: followUpDays.data,
      surveyCooldownDays: cooldown.data,
      customerValue: {
        highValueTags: list(text(values.high_value_tags, RECOVERY_DEFAULTS.high_value_tags)),
        highValueFields: highValueFields.filter((rule): rule is ValueFieldRule => rule !== null),
      },
    },
  }
}
