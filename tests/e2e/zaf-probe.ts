import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import type { HarnessOptions } from '../../harness/server'

/**
 * The ZAF probe (fixtures/zaf-probe: the real SDK and nothing else) built as a stand-in app: a temporary
 * app directory whose `assets/index.html` is the probe, passed to the harness as `appDir`. The sidebar
 * and every modal then load the probe from the app origin, as they would load the app.
 */

const PROBE_SOURCE = fileURLToPath(new URL('./fixtures/zaf-probe', import.meta.url))

export async function buildProbeApp(): Promise<string> {
  const appDir = await mkdtemp(join(tmpdir(), 'turnaround-zaf-probe-'))
  await build({
    configFile: false,
    root: PROBE_SOURCE,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: join(appDir, 'assets'), emptyOutDir: true, target: 'es2022' },
  })
  return appDir
}

/** Harness options for a file of probe tests, and the clean-up of the temporary app directory. */
export function probeHarness(): { options: () => Promise<HarnessOptions>; cleanup: () => Promise<void> } {
  let appDir: string | undefined
  return {
    options: async () => {
      appDir = await buildProbeApp()
      return { appDir }
    },
    cleanup: async () => {
      if (appDir) await rm(appDir, { recursive: true, force: true })
    },
  }
}
