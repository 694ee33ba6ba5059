/**
 * npm run package → `npm run build && tsx scripts/package.ts [dir]`
 * Validates the built app (dist/ by default) offline, refuses on any error, then writes the uploadable
 * zip to tmp/turnaround-<version>.zip. Like zcli's apps:package, the folder's *contents* go in (so
 * manifest.json sits at the zip root) and tmp/ is left out; symlinks never go in.
 */
import { createWriteStream, existsSync, mkdirSync, realpathSync, renameSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { pathToFileURL } from 'node:url'
import { ZipFile } from 'yazl'
import { validatePackage } from './validator/index'
import { readPackageDir, regularFiles, readFileText, type AppPackage } from './validator/package-content'
import { formatReport } from './validator/report'

/** A fixed timestamp makes the zip depend on content only, so identical builds give identical zips. */
const ZIP_ENTRY_TIME = new Date('2000-01-01T00:00:00Z')
const ZIP_FILE_MODE = 0o100644

export interface ZipSummary {
  path: string
  bytes: number
  entries: string[]
}

export class PackageError extends Error {
  override name = 'PackageError'
}

/** Writes the package's regular files (sorted, symlinks excluded) into a zip at `zipPath`. */
export async function writeAppZip(pkg: AppPackage, zipPath: string): Promise<ZipSummary> {
  const zip = new ZipFile()
  // Code-unit order, not localeCompare: the same on every machine, so the zip is reproducible.
  const files = regularFiles(pkg).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of files) {
    zip.addBuffer(file.content, file.path, { mtime: ZIP_ENTRY_TIME, mode: ZIP_FILE_MODE })
  }
  zip.end()
  const partial = `${zipPath}.partial`
  await pipeline(zip.outputStream, createWriteStream(partial))
  renameSync(partial, zipPath) // never leave a half-written zip under the final name
  return { path: zipPath, bytes: statSync(zipPath).size, entries: files.map((f) => f.path) }
}

export function zipFileName(pkg: AppPackage): string {
  const text = readFileText(pkg, 'manifest.json')
  const version = text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version
  if (typeof version !== 'string' || !/^[\w.+-]+$/.test(version)) {
    throw new PackageError(
      'manifest.json needs a "version" like "1.2.0" to name the zip (npx zcli apps:bump sets it).',
    )
  }
  return `turnaround-${version}.zip`
}

export interface PackageOptions {
  appDir: string
  outDir: string
  log?: (line: string) => void
}

/** Validate, then zip. Throws PackageError (after logging the report) when the package has errors. */
export async function packageApp({ appDir, outDir, log = console.log }: PackageOptions): Promise<ZipSummary> {
  if (!existsSync(join(appDir, 'manifest.json'))) {
    throw new PackageError(`${appDir}/manifest.json not found: build the app first (npm run build).`)
  }
  const pkg = readPackageDir(appDir)
  const result = validatePackage(pkg)
  log(formatReport(result, appDir))
  if (result.errors.length > 0) {
    throw new PackageError(`not packaging ${appDir}: fix the ${result.errors.length} error(s) above first.`)
  }
  mkdirSync(outDir, { recursive: true })
  return writeAppZip(pkg, join(outDir, zipFileName(pkg)))
}

function isEntryPoint(): boolean {
  const script = process.argv[1]
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href
}

if (isEntryPoint()) {
  const appDir = process.argv[2] ?? 'dist'
  try {
    const zip = await packageApp({ appDir, outDir: 'tmp' })
    const kib = (zip.bytes / 1024).toFixed(1)
    console.log(
      `package: wrote ${relative(process.cwd(), zip.path)} (${kib} KiB, ${zip.entries.length} files)`,
    )
  } catch (cause) {
    console.error(`package: ${cause instanceof Error ? cause.message : String(cause)}`)
    process.exit(1)
  }
}
