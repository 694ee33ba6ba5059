import { z } from 'zod'

/**
 * Small value shapes shared by the rules. zod only answers "does it fit?"; the rules turn a
 * misfit into their own code and message, so no zod wording reaches the user.
 */
export type JsonObject = Record<string, unknown>

const jsonObjectShape = z.record(z.string(), z.unknown())
const stringArrayShape = z.array(z.string())
const httpUrlShape = z.url({ protocol: /^https?$/ })

export function isJsonObject(value: unknown): value is JsonObject {
  return jsonObjectShape.safeParse(value).success
}

export function isStringArray(value: unknown): value is string[] {
  return stringArrayShape.safeParse(value).success
}

/** An absolute http(s) URL with a host, as Ruby's `URI::HTTP` check in the gem demands. */
export function isHttpUrl(value: unknown): boolean {
  return httpUrlShape.safeParse(value).success
}

export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)}`
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; reason: string }

export function parseJson(text: string): JsonParseResult {
  // Strict like Zendesk's parser: say so plainly rather than report an unexpected character.
  if (text.startsWith('\uFEFF'))
    return { ok: false, reason: 'starts with a byte-order mark; save it as UTF-8 without BOM' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (cause) {
    return { ok: false, reason: cause instanceof Error ? cause.message : String(cause) }
  }
}
