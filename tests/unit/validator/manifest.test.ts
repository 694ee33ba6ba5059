import { describe, expect, it } from 'vitest'
import { errorCodes, validate, warningCodes } from './fixture'

describe('validator: the fixture app', () => {
  it('passes with no errors and no warnings', () => {
    const result = validate()
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
  })
})

describe('validator: manifest.json', () => {
  it('reports JSON that does not parse', () => {
    const result = validate({ manifest: '{"name": "x",' })
    expect(errorCodes(result)).toEqual(['manifest.invalid_json'])
    expect(result.errors[0]?.file).toBe('manifest.json')
  })

  it('reports JSON that is not an object', () => {
    expect(errorCodes(validate({ manifest: '["a"]' }))).toEqual(['manifest.not_object'])
  })

  it('reports a byte-order mark plainly', () => {
    const result = validate({ manifest: '\uFEFF{}' })
    expect(result.errors[0]?.message).toMatch(/byte-order mark/)
  })

  it('rejects unknown top-level keys', () => {
    const result = validate({ manifest: (m) => void (m.icon = 'x.png') })
    expect(errorCodes(result)).toEqual(['manifest.unknown_key'])
    expect(result.errors[0]?.message).toMatch(/"icon"/)
  })

  it.each(['author', 'defaultLocale', 'location', 'frameworkVersion'])('requires %s', (key) => {
    const result = validate({ manifest: (m) => delete m[key] })
    expect(errorCodes(result)).toContain('manifest.missing_key')
    expect(result.errors.find((e) => e.code === 'manifest.missing_key')?.message).toContain(`"${key}"`)
  })

  it('does not require location or frameworkVersion for a requirements-only app', () => {
    const result = validate({
      manifest: (m) => {
        delete m.location
        delete m.frameworkVersion
        m.requirementsOnly = true
      },
      extra: { 'requirements.json': JSON.stringify({ ticket_fields: { f: { type: 'text', title: 'F' } } }) },
    })
    expect(result.errors).toEqual([])
  })

  it('rejects location and frameworkVersion in a requirements-only app', () => {
    const result = validate({
      manifest: (m) => void (m.requirementsOnly = true),
      extra: { 'requirements.json': JSON.stringify({ ticket_fields: { f: { title: 'F' } } }) },
    })
    expect(errorCodes(result)).toEqual([
      'manifest.not_allowed_for_app_kind',
      'manifest.not_allowed_for_app_kind',
    ])
  })

  it('rejects a private marketing-only app', () => {
    const result = validate({
      manifest: (m) => {
        delete m.location
        delete m.frameworkVersion
        delete m.parameters
        m.marketingOnly = true
      },
    })
    expect(errorCodes(result)).toEqual(['manifest.not_allowed_for_app_kind'])
    expect(result.errors[0]?.message).toMatch(/cannot be private/)
  })

  it.each(['name', 'email'])('requires author.%s', (field) => {
    const result = validate({ manifest: (m) => delete (m.author as Record<string, unknown>)[field] })
    expect(errorCodes(result)).toEqual(['manifest.missing_key'])
    expect(result.errors[0]?.message).toContain(`author.${field}`)
  })

  it('rejects an author that is not an object', () => {
    expect(errorCodes(validate({ manifest: (m) => void (m.author = 'Me') }))).toEqual([
      'manifest.not_object_value',
    ])
  })

  it.each(['ftp://fixture.example', 'fixture.example', 'javascript:alert(1)'])(
    'rejects author.url %s',
    (url) => {
      const result = validate({ manifest: (m) => void ((m.author as Record<string, unknown>).url = url) })
      expect(errorCodes(result)).toEqual(['manifest.invalid_url'])
    },
  )

  it('rejects a termsConditionsURL that is not http(s)', () => {
    const result = validate({ manifest: (m) => void (m.termsConditionsURL = 'terms.html') })
    expect(errorCodes(result)).toEqual(['manifest.invalid_url'])
  })

  it.each([['1.0'], [2], ['2']])('rejects frameworkVersion %j', (version) => {
    const result = validate({ manifest: (m) => void (m.frameworkVersion = version) })
    expect(errorCodes(result)).toContain('manifest.invalid_framework_version')
  })

  it.each(['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'])(
    'requires %s to be a boolean',
    (key) => {
      const result = validate({ manifest: (m) => void (m[key] = 'true') })
      expect(errorCodes(result)).toContain('manifest.not_boolean')
    },
  )

  it('requires version to be a string', () => {
    expect(errorCodes(validate({ manifest: (m) => void (m.version = 1) }))).toEqual(['manifest.not_string'])
  })

  it('requires domainWhitelist to be an array of strings', () => {
    expect(errorCodes(validate({ manifest: (m) => void (m.domainWhitelist = 'api.example.com') }))).toEqual([
      'manifest.invalid_domain_whitelist',
    ])
    expect(errorCodes(validate({ manifest: (m) => void (m.domainWhitelist = ['ok.example', 3]) }))).toEqual([
      'manifest.invalid_domain_whitelist',
    ])
    expect(validate({ manifest: (m) => void (m.domainWhitelist = ['api.example.com']) }).errors).toEqual([])
  })

  it('rejects a malformed defaultLocale', () => {
    const result = validate({ manifest: (m) => void (m.defaultLocale = 'English') })
    expect(errorCodes(result)).toEqual(['manifest.invalid_default_locale'])
  })

  it('rejects noTemplate in a v2 app', () => {
    expect(errorCodes(validate({ manifest: (m) => void (m.noTemplate = true) }))).toEqual([
      'manifest.no_template_deprecated',
    ])
  })

  it('skips manifest-dependent rules when manifest.json is missing, reporting the missing file', () => {
    const result = validate({ omit: ['manifest.json'] })
    expect(errorCodes(result)).toEqual(['files.missing_required'])
    expect(warningCodes(result)).toEqual([])
  })
})
