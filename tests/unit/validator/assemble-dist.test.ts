import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssembleError, assembleDist } from '../../../scripts/assemble-dist'
import { validateDirectory } from '../../../scripts/validator/index'
import { solidPng, validEnglish, validManifest } from './fixture'

let root: string
let dist: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'turnaround-assemble-'))
  dist = join(root, 'dist')
  mkdirSync(join(root, 'assets'))
  mkdirSync(join(root, 'translations'))
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(validManifest()))
  writeFileSync(join(root, 'assets', 'logo.png'), solidPng(320))
  writeFileSync(join(root, 'assets', 'logo-small.png'), solidPng(128))
  writeFileSync(
    join(root, 'translations', 'en.json'),
    JSON.stringify({ ...validEnglish(), ui: { loading: 'Loading' } }),
  )
  writeFileSync(
    join(root, 'translations', 'de.json'),
    JSON.stringify({ app: { name: 'Fixture' }, ui: { loading: 'Lädt' } }),
  )
  // What vite build leaves behind.
  writeFileSync(join(dist, 'assets', 'index.html'), '<script type="module" src="./index-abc123.js"></script>')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('assemble-dist', () => {
  it('adds manifest, logos and app-only translations around the built page', () => {
    const written = assembleDist({ rootDir: root, distDir: dist })

    expect(written).toEqual([
      'manifest.json',
      'assets/logo-small.png',
      'assets/logo.png',
      'translations/de.json',
      'translations/en.json',
    ])
    expect(JSON.parse(readFileSync(join(dist, 'translations', 'en.json'), 'utf8'))).toEqual(validEnglish())
    expect(JSON.parse(readFileSync(join(dist, 'translations', 'de.json'), 'utf8'))).toEqual({
      app: { name: 'Fixture' },
    })
    expect(readFileSync(join(dist, 'assets', 'logo.png')).equals(solidPng(320))).toBe(true)
    expect(readdirSync(join(dist, 'assets')).sort()).toEqual([
      'index-abc123.js',
      'index.html',
      'logo-small.png',
      'logo.png',
    ])
    expect(validateDirectory(dist).errors).toEqual([])
  })

  it('can run twice and drops translations that no longer exist', () => {
    assembleDist({ rootDir: root, distDir: dist })
    rmSync(join(root, 'translations', 'de.json'))
    assembleDist({ rootDir: root, distDir: dist })
    expect(readdirSync(join(dist, 'translations'))).toEqual(['en.json'])
  })

  it('fails clearly when vite has not built the page', () => {
    rmSync(join(dist, 'assets', 'index.html'))
    expect(() => assembleDist({ rootDir: root, distDir: dist })).toThrow(AssembleError)
    expect(() => assembleDist({ rootDir: root, distDir: dist })).toThrow(
      /index\.html is missing: run `vite build` first/,
    )
  })

  it('refuses to overwrite the built page with a hand-made asset', () => {
    writeFileSync(join(root, 'assets', 'index.html'), '<p>stale</p>')
    expect(() => assembleDist({ rootDir: root, distDir: dist })).toThrow(/would overwrite the built/)
  })

  it('fails clearly on a translation that is not JSON', () => {
    writeFileSync(join(root, 'translations', 'fr.json'), '{ oops')
    expect(() => assembleDist({ rootDir: root, distDir: dist })).toThrow(
      /translations\/fr\.json is not valid JSON/,
    )
  })
})
