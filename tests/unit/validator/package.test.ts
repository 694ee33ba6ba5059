import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PackageError, packageApp } from '../../../scripts/package'
import type { FileMap } from '../../../scripts/validator/index'
import { appFiles } from './fixture'
import { readZip } from './zip-reader'

let workDir: string

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'turnaround-package-'))
})
afterEach(() => {
  rmSync(workDir, { recursive: true, force: true })
})

function writeApp(dir: string, files: FileMap): void {
  for (const [path, value] of Object.entries(files)) {
    const target = join(dir, path)
    mkdirSync(dirname(target), { recursive: true })
    if (typeof value === 'object' && 'symlinkTo' in value) symlinkSync(value.symlinkTo, target)
    else writeFileSync(target, value)
  }
}

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('package', () => {
  it('zips the folder contents with manifest.json at the root, leaving out tmp/ and dotfiles', async () => {
    const appDir = join(workDir, 'dist')
    const files = appFiles({ extra: { 'tmp/stale.zip': 'old', '.env': 'SECRET=1' } })
    writeApp(appDir, files)
    const lines: string[] = []

    const zip = await packageApp({ appDir, outDir: join(workDir, 'tmp'), log: (line) => lines.push(line) })

    expect(zip.path).toBe(join(workDir, 'tmp', 'turnaround-1.0.0.zip'))
    expect(lines.at(-1)).toMatch(/passes Zendesk's app package rules: 0 errors, 0 warnings/)
    const entries = readZip(readFileSync(zip.path))
    expect(entries.map((e) => e.name)).toEqual([
      'assets/index.html',
      'assets/logo-small.png',
      'assets/logo.png',
      'manifest.json',
      'translations/en.json',
    ])
    expect(zip.entries).toEqual(entries.map((e) => e.name))
    expect(zip.bytes).toBe(readFileSync(zip.path).length)
    for (const entry of entries) {
      expect(entry.content.equals(readFileSync(join(appDir, entry.name))), entry.name).toBe(true)
      expect(entry.mode & 0o777).toBe(0o644)
    }
  })

  it('gives identical zips for identical content', async () => {
    const appDir = join(workDir, 'dist')
    writeApp(appDir, appFiles())
    const first = readFileSync((await packageApp({ appDir, outDir: join(workDir, 'a'), log: () => {} })).path)
    const second = readFileSync(
      (await packageApp({ appDir, outDir: join(workDir, 'b'), log: () => {} })).path,
    )
    expect(first.equals(second)).toBe(true)
  })

  it.skipIf(!hasUnzip())('writes a zip that unzip accepts', async () => {
    const appDir = join(workDir, 'dist')
    writeApp(appDir, appFiles())
    const zip = await packageApp({ appDir, outDir: workDir, log: () => {} })
    expect(() => execFileSync('unzip', ['-tq', zip.path], { stdio: 'pipe' })).not.toThrow()
  })

  it('refuses to package an app with errors, and writes nothing', async () => {
    const appDir = join(workDir, 'dist')
    writeApp(appDir, appFiles({ extra: { 'assets/shortcut.js': { symlinkTo: '/etc/hosts' } } }))
    const lines: string[] = []
    const outDir = join(workDir, 'tmp')

    await expect(packageApp({ appDir, outDir, log: (line) => lines.push(line) })).rejects.toThrow(
      PackageError,
    )
    expect(lines.join('\n')).toMatch(/error\s+files\.symlink\s+assets\/shortcut\.js/)
    expect(() => readFileSync(join(outDir, 'turnaround-1.0.0.zip'))).toThrow()
  })

  it('says to build first when the folder has no manifest', async () => {
    await expect(
      packageApp({ appDir: join(workDir, 'nope'), outDir: workDir, log: () => {} }),
    ).rejects.toThrow(/npm run build/)
  })
})
