import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * What is in an app package: every path (relative, `/`-separated) the uploadable zip would hold.
 * The validator works on this model, never on the disk, so tests can describe a package in memory
 * and the packager zips exactly what was validated.
 */
export type PackageEntry =
  { kind: 'file'; path: string; content: Buffer } | { kind: 'symlink'; path: string; target: string }

export interface AppPackage {
  readonly entries: ReadonlyMap<string, PackageEntry>
}

/** In-memory description of a package: text, bytes, or `{ symlinkTo }` for a symbolic link. */
export type FileMap = Record<string, string | Uint8Array | { symlinkTo: string }>

/**
 * Paths that never go into the zip. zcli leaves out `tmp/**` and dotfiles (its glob has no `dot`);
 * `zcli.apps.config.json` holds local `apps:server` settings (possibly secrets), not app content.
 */
export function isExcludedFromPackage(relativePath: string): boolean {
  const segments = relativePath.split('/')
  if (segments[0] === 'tmp') return true
  if (segments.some((segment) => segment.startsWith('.'))) return true
  return relativePath === 'zcli.apps.config.json'
}

export function packageFromFileMap(files: FileMap): AppPackage {
  const entries = new Map<string, PackageEntry>()
  for (const [path, value] of Object.entries(files)) {
    if (isExcludedFromPackage(path)) continue
    if (typeof value === 'string') {
      entries.set(path, { kind: 'file', path, content: Buffer.from(value, 'utf8') })
    } else if (value instanceof Uint8Array) {
      entries.set(path, { kind: 'file', path, content: Buffer.from(value) })
    } else {
      entries.set(path, { kind: 'symlink', path, target: value.symlinkTo })
    }
  }
  return { entries }
}

/** Reads a directory tree as a package. Symlinks are recorded (not followed) so they can be reported. */
export function readPackageDir(rootDir: string): AppPackage {
  const entries = new Map<string, PackageEntry>()
  const walk = (relativeDir: string): void => {
    const names = readdirSync(join(rootDir, relativeDir)).sort()
    for (const name of names) {
      const path = relativeDir === '' ? name : `${relativeDir}/${name}`
      if (isExcludedFromPackage(path)) continue
      const absolute = join(rootDir, path)
      const stats = lstatSync(absolute)
      if (stats.isSymbolicLink()) {
        entries.set(path, { kind: 'symlink', path, target: readlinkSync(absolute) })
      } else if (stats.isDirectory()) {
        walk(path)
      } else if (stats.isFile()) {
        entries.set(path, { kind: 'file', path, content: readFileSync(absolute) })
      }
    }
  }
  walk('')
  return { entries }
}

export function readFileBytes(pkg: AppPackage, path: string): Buffer | undefined {
  const entry = pkg.entries.get(path)
  return entry?.kind === 'file' ? entry.content : undefined
}

export function readFileText(pkg: AppPackage, path: string): string | undefined {
  return readFileBytes(pkg, path)?.toString('utf8')
}

export function regularFiles(pkg: AppPackage): Array<Extract<PackageEntry, { kind: 'file' }>> {
  return [...pkg.entries.values()].filter((entry) => entry.kind === 'file')
}
