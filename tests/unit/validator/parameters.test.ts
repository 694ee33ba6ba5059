import { describe, expect, it } from 'vitest'
import { errorCodes, validate, warningCodes } from './fixture'

type Json = Record<string, unknown>

/** Validates the fixture app with these parameters, each given a label so only parameter rules fire. */
function withParameters(parameters: unknown, oauth?: Json) {
  const labels: Json = {}
  if (Array.isArray(parameters)) {
    for (const p of parameters as Json[]) if (typeof p?.name === 'string') labels[p.name] = { label: p.name }
  }
  return validate({
    manifest: (m) => {
      m.parameters = parameters
      if (oauth !== undefined) m.oauth = oauth
    },
    en: (en) => void ((en.app as Json).parameters = labels),
  })
}

const OAUTH_BLOCK = {
  client_id: 'id',
  client_secret: 'secret',
  authorize_uri: 'https://auth.example/authorize',
  access_token_uri: 'https://auth.example/token',
}

describe('validator: parameters', () => {
  it('requires an array', () => {
    expect(errorCodes(withParameters({ sensitivity: 'text' }))).toEqual(['parameter.not_array'])
  })

  it('requires each entry to be an object', () => {
    expect(errorCodes(withParameters(['sensitivity']))).toEqual(['parameter.not_object'])
  })

  it('requires a name', () => {
    expect(errorCodes(withParameters([{ type: 'text' }]))).toEqual(['parameter.missing_name'])
  })

  it('rejects duplicate names', () => {
    const result = withParameters([{ name: 'a' }, { name: 'a', type: 'number' }])
    expect(errorCodes(result)).toEqual(['parameter.duplicate_name'])
  })

  it('rejects a parameter called "name"', () => {
    expect(errorCodes(withParameters([{ name: 'name' }]))).toEqual(['parameter.reserved_name'])
  })

  it('rejects an unknown type', () => {
    const result = withParameters([{ name: 'colour', type: 'color' }])
    expect(errorCodes(result)).toEqual(['parameter.invalid_type'])
    expect(result.errors[0]?.message).toMatch(/text, checkbox, url, number, multiline, hidden, oauth/)
  })

  it('gives "password" its own error that says what to use instead', () => {
    const result = withParameters([{ name: 'api_password', type: 'password' }])
    expect(errorCodes(result)).toEqual(['parameter.password_type'])
    expect(result.errors[0]?.message).toMatch(/"type": "text" with "secure": true/)
  })

  it('treats a missing type as text', () => {
    expect(withParameters([{ name: 'plain' }]).errors).toEqual([])
  })

  it('rejects unknown attributes and points labels to the translations', () => {
    const result = withParameters([{ name: 'a', label: 'A' }])
    expect(errorCodes(result)).toEqual(['parameter.unknown_attribute'])
    expect(result.errors[0]?.message).toMatch(/translations/)
  })

  it('requires required/secure to be booleans', () => {
    expect(errorCodes(withParameters([{ name: 'a', required: 'yes' }]))).toEqual(['parameter.not_boolean'])
  })

  it('rejects a hidden parameter that is required', () => {
    expect(errorCodes(withParameters([{ name: 'h', type: 'hidden', required: true }]))).toEqual([
      'parameter.hidden_required',
    ])
  })

  it('allows at most one oauth parameter', () => {
    const result = withParameters(
      [
        { name: 'token_a', type: 'oauth' },
        { name: 'token_b', type: 'oauth' },
      ],
      OAUTH_BLOCK,
    )
    expect(errorCodes(result)).toEqual(['parameter.too_many_oauth'])
  })

  it('rejects a secure oauth parameter', () => {
    const result = withParameters(
      [{ name: 'token', type: 'oauth', secure: true, scopes: ['header'] }],
      OAUTH_BLOCK,
    )
    expect(errorCodes(result)).toEqual(['parameter.oauth_secure'])
  })

  it('rejects scopes on a parameter that is not secure, and unknown scopes', () => {
    expect(errorCodes(withParameters([{ name: 'a', scopes: ['header'] }]))).toEqual([
      'parameter.invalid_scopes',
    ])
    expect(errorCodes(withParameters([{ name: 'a', secure: true, scopes: ['cookie'] }]))).toEqual([
      'parameter.invalid_scopes',
    ])
  })

  it('requires the four oauth keys', () => {
    const result = withParameters([{ name: 'token', type: 'oauth' }], { client_id: 'id' })
    expect(errorCodes(result)).toEqual(['oauth.missing_key'])
    expect(result.errors[0]?.message).toMatch(/client_secret, authorize_uri, access_token_uri/)
  })

  it('requires an oauth parameter when there is an oauth block', () => {
    expect(errorCodes(withParameters([{ name: 'a' }], OAUTH_BLOCK))).toEqual(['oauth.missing_parameter'])
  })

  it('accepts a complete oauth setup', () => {
    expect(withParameters([{ name: 'token', type: 'oauth' }], OAUTH_BLOCK).errors).toEqual([])
  })
})

describe('validator: secure settings warnings', () => {
  it.each(['api_token', 'apiKey', 'smtp_pwd', 'Password'])(
    'warns when a credential-like text parameter %s is not secure',
    (name) => {
      const result = withParameters([{ name, type: 'text' }])
      expect(result.errors).toEqual([])
      expect(warningCodes(result)).toEqual(['parameter.insecure_secret'])
    },
  )

  it('warns about a default on a secure or hidden parameter', () => {
    expect(
      warningCodes(withParameters([{ name: 's', secure: true, scopes: ['header'], default: 'x' }])),
    ).toEqual(['parameter.secret_with_default'])
    expect(warningCodes(withParameters([{ name: 'h', type: 'hidden', default: 'x' }]))).toEqual([
      'parameter.secret_with_default',
    ])
  })

  it('warns about a secure parameter without scopes', () => {
    expect(warningCodes(withParameters([{ name: 'api_token', secure: true }]))).toEqual([
      'parameter.secure_without_scopes',
    ])
  })
})
