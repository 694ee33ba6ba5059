import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REDACTED, createRedactor, describeError } from '../../../src/cli/scan/redact'
import { HelpdeskError } from '../../../src/helpdesk/errors'

const EMAIL = 'lena@acme.test'
const TOKEN = 'Xy9+aB/3kq7Zz0PmR2wq4LtT8uVn1sCe6dHfJ5g'
const redact = createRedactor(EMAIL, TOKEN)
const basic = (pair: string) => Buffer.from(pair, 'utf8').toString('base64')

describe('redaction', () => {
  it('removes the token in every form it can take', () => {
    const pair = `${EMAIL}/token:${TOKEN}`
    const leaks = [
      `token is ${TOKEN}`,
      `Authorization: Basic ${basic(pair)}`,
      `proxy said: ${pair}`,
      `GET https://acme.zendesk.com/x?token=${encodeURIComponent(TOKEN)}`,
    ]
    for (const text of leaks) {
      const clean = redact(text)
      expect(clean).not.toContain(TOKEN)
      expect(clean).not.toContain(basic(pair))
      expect(clean).not.toContain(encodeURIComponent(TOKEN))
      expect(clean).toContain(REDACTED)
    }
  })

  it('removes any Authorization value and URL credentials, whoever they belong to', () => {
    expect(redact('authorization: Bearer abc.def.ghi failed')).toBe(
      `authorization: Bearer ${REDACTED} failed`,
    )
    expect(redact('fetch https://bob:hunter2@acme.zendesk.com/api failed')).toBe(
      `fetch https://${REDACTED}@acme.zendesk.com/api failed`,
    )
  })

  it('keeps what the user needs: the request and the reason', () => {
    const error = new HelpdeskError(
      'forbidden',
      'GET /api/v2/incremental/tickets/cursor.json failed with HTTP 403: Forbidden',
    )
    expect(describeError(error, redact)).toBe(
      'GET /api/v2/incremental/tickets/cursor.json failed with HTTP 403: Forbidden',
    )
  })

  it('never lets a token through, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 60 }),
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        (token, before, after) => {
          const clean = createRedactor(EMAIL, token)(`${before}${token}${after}`)
          return !clean.includes(token)
        },
      ),
    )
  })
})
