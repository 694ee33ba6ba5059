import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runSidebarBench } from './sidebar'

/** `npm run bench`: one JSON object with the sidebar figures and, when bench/detect.ts exists, detection's. */

const DETECT_BENCH = fileURLToPath(new URL('./detect.ts', import.meta.url))

async function detectionBench(): Promise<unknown> {
  if (!existsSync(DETECT_BENCH)) return { skipped: 'bench/detect.ts does not exist yet' }
  const module = (await import(pathToFileURL(DETECT_BENCH).href)) as {
    runDetectBench?: () => Promise<unknown>
  }
  if (typeof module.runDetectBench !== 'function')
    return { skipped: 'bench/detect.ts exports no runDetectBench()' }
  return module.runDetectBench()
}

async function main(): Promise<void> {
  const sidebar = await runSidebarBench()
  const detection = await detectionBench()
  console.log(JSON.stringify({ sidebar, detection }, null, 2))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
