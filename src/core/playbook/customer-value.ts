/**
 * How much a customer is worth keeping: from the tags and fields an admin names (a VIP tag, an "annual plan"
 * field, a lifetime value) and from their history with us. It sizes a gesture, never whether we apologise.
 */
import type { EarlierTicket } from '../model'
import type { CustomerValue, Why } from './types'

export type FieldTest =
  { kind: 'truthy' } | { kind: 'equals'; value: string } | { kind: 'at_least'; value: number }

export interface ValueFieldRule {
  /** A user or organization field key, as Zendesk names it in the API. */
  key: string
  test: FieldTest
}

export interface CustomerValueRules {
  highValueTags: readonly string[]
  highValueFields: readonly ValueFieldRule[]
}

export type FieldValue = string | number | boolean | null | undefined

export interface CustomerFacts {
  /** The requester's and their organization's tags. */
  tags: readonly string[]
  /** Requester and organization field values by key (the requester's win when both have one). */
  fields: Readonly<Record<string, FieldValue>>
  history: readonly EarlierTicket[]
}

/** A customer who came back at least this many times, over at least this long, is a loyal one. */
export const LOYAL_MIN_EARLIER_TICKETS = 3
export const LOYAL_MIN_DAYS = 180

function passes(value: FieldValue, test: FieldTest): boolean {
  if (value === null || value === undefined || value === '') return false
  switch (test.kind) {
    case 'truthy':
      return value !== false && value !== 0 && value !== 'false'
    case 'equals':
      return String(value).trim().toLowerCase() === test.value.trim().toLowerCase()
    case 'at_least': {
      const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
      return Number.isFinite(number) && number >= test.value
    }
  }
}

export function customerValueOf(
  facts: CustomerFacts,
  rules: CustomerValueRules,
  now: string,
): { value: CustomerValue; why: Why[] } {
  const tags = new Set(facts.tags.map((tag) => tag.toLowerCase()))
  const tag = rules.highValueTags.find((candidate) => tags.has(candidate.toLowerCase()))
  if (tag) return { value: 'high', why: [{ key: 'value_tag', params: { tag } }] }
  const field = rules.highValueFields.find((rule) => passes(facts.fields[rule.key], rule.test))
  if (field) {
    return {
      value: 'high',
      why: [{ key: 'value_field', params: { field: field.key, value: String(facts.fields[field.key]) } }],
    }
  }
  const oldest = facts.history.reduce<string | null>(
    (earliest, ticket) => (earliest === null || ticket.createdAt < earliest ? ticket.createdAt : earliest),
    null,
  )
  const days = oldest === null ? 0 : (Date.parse(now) - Date.parse(oldest)) / 86_400_000
  if (facts.history.length >= LOYAL_MIN_EARLIER_TICKETS && days >= LOYAL_MIN_DAYS) {
    return {
      value: 'loyal',
      why: [{ key: 'value_history', params: { count: facts.history.length, months: Math.floor(days / 30) } }],
    }
  }
  return { value: 'standard', why: [] }
}
