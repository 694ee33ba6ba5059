import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appOnlyTranslation } from '../../../scripts/assemble-dist'
import { validateFileMap, type FileMap } from '../../../scripts/validator/index'
import { inspectPng } from '../../../scripts/validator/png'
import { renderLogo } from '../../../scripts/make-logos'

const ROOT = join(import.meta.dirname, '..', '..', '..')

/** The repository's own manifest, translations (as assemble-dist packages them) and assets. */
function repoPackage(): FileMap {
  const files: FileMap = {
    'manifest.json': readFileSync(join(ROOT, 'manifest.json')),
    // Stands in for the page vite builds (src/ui/index.html → dist/assets/index.html).
    'assets/index.html': '<!doctype html><div id="root"></div>',
  }
  for (const name of readdirSync(join(ROOT, 'assets'))) {
    files[`assets/${name}`] = readFileSync(join(ROOT, 'assets', name))
  }
  for (const name of readdirSync(join(ROOT, 'translations'))) {
    const parsed: unknown = JSON.parse(readFileSync(join(ROOT, 'translations', name), 'utf8'))
    files[`translations/${name}`] = JSON.stringify(appOnlyTranslation(parsed, name))
  }
  return files
}

describe("the repository's own app", () => {
  it('passes the validator with zero errors', () => {
    const result = validateFileMap(repoPackage())
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('has logos that match what scripts/make-logos.ts draws', () => {
    expect(inspectPng(readFileSync(join(ROOT, 'assets', 'logo.png')))).toEqual({
      ok: true,
      width: 320,
      height: 320,
    })
    expect(inspectPng(readFileSync(join(ROOT, 'assets', 'logo-small.png')))).toEqual({
      ok: true,
      width: 128,
      height: 128,
    })
    expect(readFileSync(join(ROOT, 'assets', 'logo-small.png')).equals(renderLogo(128))).toBe(true)
  })
})
