/**
 * Reads the helpdesk's own explanation out of an error response, so the agent (and the caller) can see what
 * Zendesk objected to instead of a bare status. Zendesk's REST bodies come in these shapes:
 *   { error: "RecordInvalid", description: "Record validation errors", details: { status: [{ description }] } }
 *   { error: "UpdateConflict", description: "Safe Update prevented the update …" }
 *   { error: "Couldn't authenticate you" }
 *   { error: { title: "Forbidden", message: "You do not have access …" } }
 *   { errors: [{ code: "RecordNotFound", title: "Not found", detail: "…" }] }   (custom objects and newer APIs)
 */

export interface RemoteError {
  /** Zendesk's machine name for the error, e.g. "RecordInvalid", when it gave one. */
  name?: string
  /** The explanation in words, at most MAX_PROBLEM_LENGTH characters. */
  problem?: string
}

const MAX_PROBLEM_LENGTH = 300
const MAX_DETAILS = 3
const IDENTIFIER = /^[A-Za-z][\w.]*$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_PROBLEM_LENGTH ? `${flat.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : flat
}

/** `details: { field: [{ description }] }` → "field: description; …" (the field is left out when repeated). */
function describeDetails(details: unknown): string | undefined {
  if (!isRecord(details)) return undefined
  const parts = Object.entries(details).flatMap(([field, entries]) =>
    (Array.isArray(entries) ? entries : [entries]).flatMap((entry) => {
      const description = text(isRecord(entry) ? entry.description : entry)
      if (!description) return []
      const named = description.toLowerCase().startsWith(field.toLowerCase())
      return [named ? description : `${field}: ${description}`]
    }),
  )
  return parts.length ? parts.slice(0, MAX_DETAILS).join('; ') : undefined
}

function fromErrorList(errors: unknown[]): RemoteError {
  const described = errors.filter(isRecord).map((entry) => {
    const title = text(entry.title)
    const detail = text(entry.detail) ?? text(entry.message)
    return [title, detail].filter(Boolean).join(': ')
  })
  const first = errors.find(isRecord)
  const problem = described.filter(Boolean).slice(0, MAX_DETAILS).join('; ')
  return { name: text(first?.code), problem: problem ? clip(problem) : undefined }
}

function fromJson(body: Record<string, unknown>): RemoteError {
  if (Array.isArray(body.errors)) return fromErrorList(body.errors)
  const { error } = body
  if (isRecord(error)) {
    const problem = [text(error.title), text(error.message)].filter(Boolean).join(': ')
    return { name: text(error.title), problem: problem ? clip(problem) : undefined }
  }
  const errorText = text(error)
  const name = errorText && IDENTIFIER.test(errorText) ? errorText : undefined
  const description = text(body.description) ?? text(body.message)
  const details = describeDetails(body.details)
  const words = [errorText, description].filter(Boolean).join(': ')
  const problem = details ? `${words} (${details})` : words
  return { name, problem: problem ? clip(problem) : undefined }
}

/** The explanation from an error body: parsed JSON when it was JSON, else the raw text unless it is HTML. */
export function readRemoteError(json: unknown, rawText: string): RemoteError {
  if (isRecord(json)) return fromJson(json)
  const plain = text(rawText)
  if (!plain || plain.startsWith('<')) return {}
  return { problem: clip(plain) }
}
