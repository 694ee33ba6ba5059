import { error, type Finding } from './issues'
import { regularFiles, type AppPackage } from './package-content'

/** Files every Zendesk app package must contain (developer docs, "File requirements"). */
export const REQUIRED_FILES = [
  'manifest.json',
  'translations/en.json',
  'assets/logo.png',
  'assets/logo-small.png',
]

/** The gem's `Mime::UNSUPPORTED_MIME_TYPES` (matched on extension), plus Windows executables. */
const BLOCKED_EXTENSIONS = new Set([
  'rar',
  'zip',
  'gz',
  'gzip',
  'pdf',
  'doc',
  'docx',
  'avi',
  'bin',
  'bz',
  'bz2',
  'csh',
  'sh',
  'jar',
  'mp3',
  'mpeg',
  'odt',
  'pptx',
  'ppt',
  'xls',
  'xlsx',
  '7z',
  'exe',
  'dll',
  'msi',
])

/** Zendesk sniffs content too, so a renamed archive is caught: leading bytes of the blocked formats. */
const BLOCKED_SIGNATURES: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: 'zip (or docx/xlsx/jar)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { format: 'mp3', bytes: [0x49, 0x44, 0x33] },
  { format: 'ms office (doc/xls/ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

export function checkRequiredFiles(pkg: AppPackage): Finding[] {
  return REQUIRED_FILES.filter((path) => pkg.entries.get(path)?.kind !== 'file').map((path) =>
    error('files.missing_required', path, missingFileMessage(pkg, path)),
  )
}

function missingFileMessage(pkg: AppPackage, path: string): string {
  // The usual mistake: zipping the folder (dist/manifest.json) instead of its contents.
  const nested = [...pkg.entries.keys()].find((p) => p.endsWith(`/${path}`))
  const hint =
    nested === undefined ? '' : ` Found ${nested}: package the contents of that folder, not the folder.`
  return `Required file ${path} is missing from the package.${hint}`
}

export function checkBlockedFileTypes(pkg: AppPackage): Finding[] {
  const findings: Finding[] = []
  for (const file of regularFiles(pkg)) {
    const extension = file.path.includes('.') ? (file.path.split('.').pop() ?? '').toLowerCase() : ''
    const format = BLOCKED_EXTENSIONS.has(extension) ? extension : sniffBlockedFormat(file.content)
    if (format === undefined) continue
    findings.push(
      error(
        'files.blocked_type',
        file.path,
        `${file.path} is a ${format} file; Zendesk rejects packages containing ${format} files. Remove it from the package.`,
      ),
    )
  }
  return findings
}

function sniffBlockedFormat(content: Buffer): string | undefined {
  const match = BLOCKED_SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => content[index] === byte))
  if (match !== undefined) return match.format
  return isWindowsExecutable(content) ? 'exe' : undefined
}

/** "MZ" alone is too common in text; a real PE file also has "PE\0\0" where its header says. */
function isWindowsExecutable(content: Buffer): boolean {
  if (content.length < 64 || content[0] !== 0x4d || content[1] !== 0x5a) return false
  const peOffset = content.readUInt32LE(0x3c)
  return peOffset + 4 <= content.length && content.readUInt32BE(peOffset) === 0x50450000
}

export function checkSymlinks(pkg: AppPackage): Finding[] {
  return [...pkg.entries.values()]
    .filter((entry) => entry.kind === 'symlink')
    .map((entry) =>
      error(
        'files.symlink',
        entry.path,
        `${entry.path} is a symbolic link (to ${entry.target}); Zendesk rejects symlinks in a package. Copy the file instead.`,
      ),
    )
}
