import { describe, expect, it } from 'vitest'
import { errorCodes, validate } from './fixture'

type Json = Record<string, unknown>

function withLocation(location: unknown) {
  return validate({ manifest: (m: Json) => void (m.location = location) })
}

function withSidebar(options: unknown) {
  return withLocation({ support: { ticket_sidebar: options } })
}

describe('validator: locations', () => {
  it('requires an object', () => {
    expect(errorCodes(withLocation(['ticket_sidebar']))).toEqual(['location.not_object'])
  })

  it('requires at least one location', () => {
    expect(errorCodes(withLocation({ support: {} }))).toEqual(['location.empty'])
  })

  it('rejects unknown products', () => {
    const result = withLocation({ guide: { ticket_sidebar: { url: 'assets/index.html' } } })
    expect(errorCodes(result)).toContain('location.unknown_product')
  })

  it('accepts legacy product names and other products', () => {
    expect(withLocation({ zendesk: { ticket_sidebar: 'assets/index.html' } }).errors).toEqual([])
    expect(withLocation({ sell: { deal_card: { url: 'https://app.example/deal' } } }).errors).toEqual([])
  })

  it('rejects unknown location names', () => {
    const result = withLocation({ support: { ticket_side_bar: { url: 'assets/index.html' } } })
    expect(errorCodes(result)).toEqual(['location.unknown_location'])
    expect(result.errors[0]?.message).toMatch(/ticket_sidebar/)
  })

  it('rejects options that are not an object or url string', () => {
    expect(errorCodes(withSidebar(true))).toEqual(['location.invalid_options'])
  })

  it('rejects unknown options', () => {
    expect(errorCodes(withSidebar({ url: 'assets/index.html', height: 300 }))).toEqual([
      'location.unknown_option',
    ])
  })

  it('requires flexible to be a boolean', () => {
    expect(errorCodes(withSidebar({ url: 'assets/index.html', flexible: 'yes' }))).toEqual([
      'location.invalid_flexible',
    ])
  })

  it('requires a url unless the location does not auto-load', () => {
    expect(errorCodes(withSidebar({ flexible: true }))).toEqual(['location.missing_url'])
    expect(withLocation({ support: { modal: { autoLoad: false } } }).errors).toEqual([])
  })

  it.each([
    ['http://app.example/sidebar'],
    ['ftp://app.example/sidebar'],
    ['index.html'],
    ['/assets/index.html'],
    ['assets/missing.html'],
  ])('rejects the url %s', (url) => {
    expect(errorCodes(withSidebar({ url }))).toEqual(['location.invalid_url'])
  })

  it.each([
    ['https://app.example/sidebar'],
    ['http://localhost:4567/sidebar'],
    ['https://localhost:3000/'],
    ['assets/index.html?view=compact'],
    ['https://{{setting.subdomain}}.example/sidebar'],
  ])('accepts the url %s', (url) => {
    expect(withSidebar({ url }).errors).toEqual([])
  })

  it('rejects framework v1 (legacy) locations', () => {
    expect(errorCodes(withSidebar({ url: '_legacy' }))).toEqual(['location.legacy_not_allowed'])
  })

  it('requires objectTypes on the custom object sidebar, and only there', () => {
    const sidebar = (options: Json) => withLocation({ support: { custom_object_record_sidebar: options } })
    expect(errorCodes(sidebar({ url: 'assets/index.html' }))).toEqual(['location.invalid_object_types'])
    expect(errorCodes(sidebar({ url: 'assets/index.html', objectTypes: [] }))).toEqual([
      'location.invalid_object_types',
    ])
    expect(sidebar({ url: 'assets/index.html', objectTypes: ['vehicle'] }).errors).toEqual([])
    expect(errorCodes(withSidebar({ url: 'assets/index.html', objectTypes: ['vehicle'] }))).toEqual([
      'location.invalid_object_types',
    ])
  })
})
