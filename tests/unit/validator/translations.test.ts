import { describe, expect, it } from 'vitest'
import { appFiles, errorCodes, validate } from './fixture'
import { validateFileMap } from '../../../scripts/validator/index'

type Json = Record<string, unknown>

const PUBLIC_LISTING = {
  name: 'Fixture',
  short_description: 'Short',
  long_description: 'Long',
  installation_instructions: 'Install it',
  parameters: { sensitivity: { label: 'Sensitivity' } },
}

describe('validator: translations', () => {
  it('requires translations/<defaultLocale>.json', () => {
    const result = validate({ manifest: (m: Json) => void (m.defaultLocale = 'fr') })
    expect(errorCodes(result)).toEqual(['translation.missing_default_locale_file'])
    expect(result.errors[0]?.file).toBe('translations/fr.json')
  })

  it.each(['english.json', 'en_US.json', 'EN.json', 'en.txt', 'nested/en.json'])(
    'rejects the file name %s',
    (name) => {
      const result = validate({ extra: { [`translations/${name}`]: '{}' } })
      expect(errorCodes(result)).toEqual(['translation.invalid_file_name'])
    },
  )

  it.each(['pt-br.json', 'zh-cn.json', 'fil.json'])('accepts the file name %s', (name) => {
    expect(validate({ extra: { [`translations/${name}`]: '{"app": {}}' } }).errors).toEqual([])
  })

  it('rejects a file that is not JSON', () => {
    const result = validate({ extra: { 'translations/de.json': '{ app: {} }' } })
    expect(errorCodes(result)).toEqual(['translation.invalid_json'])
    expect(result.errors[0]?.file).toBe('translations/de.json')
  })

  it('rejects a file that is not an object', () => {
    expect(errorCodes(validate({ extra: { 'translations/de.json': '"Hallo"' } }))).toEqual([
      'translation.not_object',
    ])
  })

  it('requires app.name', () => {
    const result = validate({ en: (en: Json) => delete (en.app as Json).name })
    expect(errorCodes(result)).toEqual(['translation.missing_required_key'])
    expect(result.errors[0]?.message).toContain('"app.name"')
  })

  it('requires the listing strings when the app is not private', () => {
    const result = validate({ manifest: (m: Json) => void (m.private = false) })
    expect(errorCodes(result)).toEqual(['translation.missing_required_key'])
    expect(result.errors[0]?.message).toMatch(
      /short_description.*long_description.*installation_instructions/,
    )
  })

  it('treats a missing "private" as private, and accepts description for short_description', () => {
    expect(validate({ manifest: (m: Json) => delete m.private }).errors).toEqual([])
    const { short_description: shortDescription, ...rest } = PUBLIC_LISTING
    const result = validate({
      manifest: (m: Json) => void (m.private = false),
      en: { app: { ...rest, description: shortDescription } },
    })
    expect(result.errors).toEqual([])
  })

  it('requires a label for every manifest parameter in the default locale file', () => {
    const result = validate({ en: { app: { name: 'Fixture' } } })
    expect(errorCodes(result)).toEqual(['translation.missing_parameter_label'])
    expect(result.errors[0]?.message).toContain('app.parameters.sensitivity.label')
    const blank = validate({ en: { app: { name: 'Fixture', parameters: { sensitivity: { label: 7 } } } } })
    expect(errorCodes(blank)).toEqual(['translation.missing_parameter_label'])
  })

  it('requires every app.parameters entry (in every locale) to be an object with a label', () => {
    const result = validate({
      extra: {
        'translations/de.json': JSON.stringify({ app: { parameters: { sensitivity: 'Empfindlichkeit' } } }),
      },
    })
    expect(errorCodes(result)).toEqual(['translation.invalid_parameter_entry'])
    expect(result.errors[0]?.file).toBe('translations/de.json')
    const noLabel = validate({
      en: { app: { name: 'F', parameters: { sensitivity: { helpText: 'How picky' } } } },
    })
    expect(errorCodes(noLabel)).toEqual(['translation.invalid_parameter_entry'])
  })

  it('checks listing strings per product when app is keyed by product', () => {
    const files = appFiles({
      en: { app: { support: { name: 'Fixture' }, parameters: PUBLIC_LISTING.parameters } },
    })
    expect(validateFileMap(files).errors).toEqual([])
    const missing = appFiles({ en: { app: { support: {}, parameters: PUBLIC_LISTING.parameters } } })
    expect(errorCodes(validateFileMap(missing))).toEqual(['translation.missing_required_key'])
  })
})
