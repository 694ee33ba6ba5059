import { error, type Finding } from './issues'
import { readFileBytes, type AppPackage } from './package-content'
import { inspectPng } from './png'

/** Sizes of the official scaffold logos, which Zendesk's listing and admin pages expect. */
export const LOGO_SIZES: ReadonlyArray<{ path: string; size: number }> = [
  { path: 'assets/logo.png', size: 320 },
  { path: 'assets/logo-small.png', size: 128 },
]

export function checkLogos(pkg: AppPackage): Finding[] {
  const findings: Finding[] = []
  for (const { path, size } of LOGO_SIZES) {
    const bytes = readFileBytes(pkg, path)
    if (bytes === undefined) continue // the required-files rule reports a missing logo
    const png = inspectPng(bytes)
    if (!png.ok) {
      findings.push(error('logo.invalid_png', path, `${path} must be a PNG image, but ${png.reason}.`))
    } else if (png.width !== size || png.height !== size) {
      findings.push(
        error(
          'logo.wrong_size',
          path,
          `${path} is ${png.width}×${png.height}; it must be exactly ${size}×${size} pixels.`,
        ),
      )
    }
  }
  return findings
}
