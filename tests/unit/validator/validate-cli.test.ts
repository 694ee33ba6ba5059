import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appFiles } from './fixture'

const ROOT = join(import.meta.dirname, '..', '..', '..')
let workDir: string

function runValidate(dir: string) {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  return spawnSync(tsx, [join(ROOT, 'scripts', 'validate.ts'), dir], { encoding: 'utf8' })
}

function writeApp(dir: string, options: Parameters<typeof appFiles>[0]): void {
  for (const [path, value] of Object.entries(appFiles(options))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    if (typeof value === 'string' || value instanceof Uint8Array) writeFileSync(join(dir, path), value)
  }
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'turnaround-validate-'))
})
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true })
})

describe('scripts/validate.ts', { timeout: 30_000 }, () => {
  it('prints code, file and message of each issue, a summary, and exits 1 on errors', () => {
    const dir = join(workDir, 'bad')
    writeApp(dir, {
      manifest: (m: Record<string, unknown>) => void (m.frameworkVersion = '1.0'),
      extra: { 'assets/app.js': 'fetch("http://api.example.com")' },
    })
    const run = runValidate(dir)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^error\s+manifest\.invalid_framework_version\s+manifest\.json: /m)
    expect(run.stdout).toMatch(/^warning\s+files\.insecure_http\s+assets\/app\.js: /m)
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      /FAILS Zendesk's app package rules: 1 error, 1 warning\.$/,
    )
  })

  it('exits 0 when there are only warnings', () => {
    const dir = join(workDir, 'good')
    writeApp(dir, { extra: { 'assets/app.js': 'fetch("http://api.example.com")' } })
    const run = runValidate(dir)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/passes Zendesk's app package rules: 0 errors, 1 warning\.$/m)
  })

  it('says to build first when the folder does not exist', () => {
    const run = runValidate(join(workDir, 'missing'))
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/is not a folder\. Build the app first/)
  })
})
