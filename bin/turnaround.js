#!/usr/bin/env node
// The `turnaround` command. The real code is built into build/cli/turnaround.js by `npm run build`.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'cli', 'turnaround.js')
if (!existsSync(built)) {
  console.error(
    'turnaround: the CLI is not built yet. Run `npm run build` (or `npm run build:cli`) in the project root.',
  )
  process.exit(1)
}
await import(pathToFileURL(built).href)
