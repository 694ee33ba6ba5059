/**
 * Second half of `npm run build:app`. `vite build` writes the iframe page to dist/assets/; this adds
 * what Zendesk's package layout needs around it:
 *   manifest.json            → dist/manifest.json
 *   requirements.json        → dist/requirements.json (when present)
 *   assets/* (logos, …)      → dist/assets/
 *   translations/<locale>.json → dist/translations/<locale>.json, keeping only the `app` section
 *     (`ui` holds the sidebar's strings, which the app bundles into its JS; Zendesk only reads `app`).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface AssembleOptions {
  /** The repository root holding manifest.json, assets/ and translations/. */
  rootDir: string
  /** The package folder; `vite build` has already written assets/index.html into it. */
  distDir: string
}

export class AssembleError extends Error {
  override name = 'AssembleError'
}

/** What goes into the package from a translation file: `{ app }` only. */
export function appOnlyTranslation(translation: unknown, fileName: string): { app?: unknown } {
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) {
    throw new AssembleError(`translations/${fileName} must hold a JSON object.`)
  }
  return 'app' in translation ? { app: translation.app } : {}
}

export function assembleDist({ rootDir, distDir }: AssembleOptions): string[] {
  const builtPage = join(distDir, 'assets', 'index.html')
  if (!existsSync(builtPage)) {
    throw new AssembleError(
      `${relative(process.cwd(), builtPage) || builtPage} is missing: run \`vite build\` first (npm run build:app does both).`,
    )
  }
  const written: string[] = []

  cpSync(join(rootDir, 'manifest.json'), join(distDir, 'manifest.json'))
  written.push('manifest.json')

  // What installing the app creates in the account (ticket fields, the ledger object, views, rules).
  const requirements = join(rootDir, 'requirements.json')
  rmSync(join(distDir, 'requirements.json'), { force: true })
  if (existsSync(requirements)) {
    cpSync(requirements, join(distDir, 'requirements.json'))
    written.push('requirements.json')
  }

  const assetsDir = join(rootDir, 'assets')
  const pageHtml = readFileSync(builtPage, 'utf8')
  for (const name of existsSync(assetsDir) ? readdirSync(assetsDir).sort() : []) {
    if (name.startsWith('.')) continue
    // Never let a hand-made asset silently replace the built page or a file it loads.
    if (name === 'index.html' || pageHtml.includes(`./${name}"`)) {
      throw new AssembleError(`assets/${name} would overwrite the built dist/assets/${name}; rename it.`)
    }
    const target = join(distDir, 'assets', name)
    cpSync(join(assetsDir, name), target, { recursive: true, dereference: true })
    written.push(`assets/${name}`)
  }

  // Rebuilt from scratch so a deleted locale does not linger in the package.
  const translationsOut = join(distDir, 'translations')
  rmSync(translationsOut, { recursive: true, force: true })
  mkdirSync(translationsOut, { recursive: true })
  const translationsDir = join(rootDir, 'translations')
  for (const name of readdirSync(translationsDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(join(translationsDir, name), 'utf8'))
    } catch (cause) {
      throw new AssembleError(`translations/${name} is not valid JSON: ${(cause as Error).message}`)
    }
    writeFileSync(
      join(translationsOut, name),
      `${JSON.stringify(appOnlyTranslation(parsed, name), null, 2)}\n`,
    )
    written.push(`translations/${name}`)
  }
  return written
}

function isEntryPoint(): boolean {
  const script = process.argv[1]
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href
}

if (isEntryPoint()) {
  try {
    const written = assembleDist({ rootDir: process.cwd(), distDir: join(process.cwd(), 'dist') })
    console.log(`assemble-dist: wrote ${written.length} files into dist/ (${written.join(', ')})`)
  } catch (cause) {
    console.error(`assemble-dist: ${cause instanceof Error ? cause.message : String(cause)}`)
    process.exit(1)
  }
}
