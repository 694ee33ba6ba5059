/**
 * Keeps credentials out of everything `turnaround scan` prints or saves. Errors name the request
 * ("GET /api/v2/…") and Zendesk's explanation; the token can still reach a message by other routes (a proxy
 * echoing the Authorization header, a URL with user info, an error from the runtime), so every message
 * passes through here before it is shown or written to the state file.
 */

export const REDACTED = '[redacted]'

/** Each form in which the secret could appear: as is, URL-encoded, and inside the basic-auth header. */
function secretForms(email: string, token: string): string[] {
  const pair = `${email}/token:${token}`
  const basic = Buffer.from(pair, 'utf8').toString('base64')
  return [pair, basic, basic.replace(/=+$/, ''), encodeURIComponent(token), token].filter(
    (form) => form.length >= 4,
  )
}

export type Redactor = (text: string) => string

export function createRedactor(email: string, token: string): Redactor {
  const forms = [...new Set(secretForms(email, token))].sort((a, b) => b.length - a.length)
  return (text) => {
    let result = text
    for (const form of forms) result = result.split(form).join(REDACTED)
    return result
      .replace(/(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s"',;]+/gi, `$1$2 ${REDACTED}`)
      .replace(/(https?:\/\/)[^/\s@]+@/gi, `$1${REDACTED}@`)
  }
}

/** An error as one line for the user, credentials removed. */
export function describeError(error: unknown, redact: Redactor): string {
  const message = error instanceof Error ? error.message : String(error)
  return redact(message.replace(/\s+/g, ' ').trim())
}
