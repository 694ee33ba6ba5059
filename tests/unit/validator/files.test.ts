import { describe, expect, it } from 'vitest'
import { errorCodes, solidPng, validate, warningCodes } from './fixture'
import { findInsecureHttpUrls } from '../../../scripts/validator/insecure-http'

describe('validator: required files', () => {
  it.each(['manifest.json', 'translations/en.json', 'assets/logo.png', 'assets/logo-small.png'])(
    'requires %s',
    (path) => {
      const result = validate({ omit: [path] })
      expect(errorCodes(result)).toContain('files.missing_required')
      expect(result.errors.find((e) => e.code === 'files.missing_required')?.file).toBe(path)
    },
  )

  it('explains a package that holds the folder instead of its contents', () => {
    const result = validate({ omit: ['manifest.json'], extra: { 'dist/manifest.json': '{}' } })
    expect(result.errors[0]?.message).toMatch(/Found dist\/manifest.json: package the contents/)
  })

  it('leaves tmp/, dotfiles and zcli.apps.config.json out of the package', () => {
    const result = validate({
      extra: {
        'tmp/old.zip': 'PK\u0003\u0004',
        '.DS_Store': 'x',
        'zcli.apps.config.json': '{"parameters":{}}',
      },
    })
    expect(result.errors).toEqual([])
  })
})

describe('validator: logos', () => {
  it('requires real PNGs', () => {
    const result = validate({ extra: { 'assets/logo.png': '<svg xmlns="http://www.w3.org/2000/svg"/>' } })
    expect(errorCodes(result)).toEqual(['logo.invalid_png'])
    expect(result.errors[0]?.file).toBe('assets/logo.png')
  })

  it('rejects a truncated PNG whose header is intact', () => {
    const truncated = solidPng(320).subarray(0, 60)
    expect(errorCodes(validate({ extra: { 'assets/logo.png': truncated } }))).toEqual(['logo.invalid_png'])
  })

  it.each([
    ['assets/logo.png', solidPng(128), /128×128; it must be exactly 320×320/],
    ['assets/logo-small.png', solidPng(128, 127), /128×127; it must be exactly 128×128/],
  ])('requires exact sizes: %s', (path, png, message) => {
    const result = validate({ extra: { [path]: png } })
    expect(errorCodes(result)).toEqual(['logo.wrong_size'])
    expect(result.errors[0]?.message).toMatch(message)
  })
})

describe('validator: blocked file types and symlinks', () => {
  it.each([
    'docs/guide.pdf',
    'assets/sound.mp3',
    'bin/run.sh',
    'lib/tool.jar',
    'setup.exe',
    'assets/bundle.zip',
  ])('rejects %s by extension', (path) => {
    const result = validate({ extra: { [path]: 'content' } })
    expect(errorCodes(result)).toEqual(['files.blocked_type'])
    expect(result.errors[0]?.file).toBe(path)
  })

  it('rejects a renamed archive by its content', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
    expect(errorCodes(validate({ extra: { 'assets/data.bin.txt': zip } }))).toEqual(['files.blocked_type'])
    expect(errorCodes(validate({ extra: { 'assets/manual.dat': '%PDF-1.7\n' } }))).toEqual([
      'files.blocked_type',
    ])
  })

  it('rejects symlinks', () => {
    const result = validate({ extra: { 'assets/link.js': { symlinkTo: '../../secrets.js' } } })
    expect(errorCodes(result)).toEqual(['files.symlink'])
    expect(result.errors[0]?.message).toMatch(/secrets\.js/)
  })
})

describe('validator: plain-http URLs', () => {
  it('warns (does not fail) when JS or HTML mentions an http:// URL', () => {
    const result = validate({ extra: { 'assets/main.js': 'fetch("http://api.example.com/v1/items")' } })
    expect(result.errors).toEqual([])
    expect(warningCodes(result)).toEqual(['files.insecure_http'])
    expect(result.warnings[0]?.file).toBe('assets/main.js')
    expect(result.warnings[0]?.message).toContain('http://api.example.com/v1/items')
  })

  it('ignores localhost, XML namespaces, reserved names and non-JS files', () => {
    const js = [
      'http://localhost:3000/x',
      'http://127.0.0.1/x',
      'http://www.w3.org/2000/svg',
      'http://zaf.invalid',
      'http://site.test/a',
    ].join(' ')
    expect(findInsecureHttpUrls(js)).toEqual([])
    expect(validate({ extra: { 'assets/notes.css': 'url(http://cdn.example.com/a.png)' } }).warnings).toEqual(
      [],
    )
  })
})
