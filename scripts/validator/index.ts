import { checkBlockedFileTypes, checkRequiredFiles, checkSymlinks } from './files'
import { checkInsecureHttp } from './insecure-http'
import { splitBySeverity, type Finding, type ValidationResult } from './issues'
import { checkLocationIcons } from './location-icons'
import { checkLocations } from './locations'
import { checkLogos } from './logos'
import { checkManifest, loadManifest } from './manifest'
import { packageFromFileMap, readPackageDir, type AppPackage, type FileMap } from './package-content'
import { checkParameters } from './parameters'
import { checkRequirements } from './requirements'
import { checkTranslations } from './translations'

export type { Issue, IssueCode, ValidationResult } from './issues'
export type { AppPackage, FileMap } from './package-content'

/**
 * Offline stand-in for Zendesk's `POST /api/v2/apps/validate` (which zcli's apps:validate and
 * apps:package call): the same rules, run on the package content without an account.
 */
export function validatePackage(pkg: AppPackage): ValidationResult {
  const findings: Finding[] = [
    ...checkRequiredFiles(pkg),
    ...checkSymlinks(pkg),
    ...checkBlockedFileTypes(pkg),
    ...checkLogos(pkg),
  ]
  const manifest = loadManifest(pkg)
  if (manifest.ok) {
    findings.push(
      ...checkManifest(manifest.manifest),
      ...checkParameters(manifest.manifest),
      ...checkLocations(manifest.manifest, pkg),
      ...checkLocationIcons(manifest.manifest, pkg),
    )
  } else {
    findings.push(...manifest.findings)
  }
  const usableManifest = manifest.ok ? manifest.manifest : undefined
  findings.push(
    ...checkTranslations(pkg, usableManifest),
    ...checkRequirements(pkg, usableManifest),
    ...checkInsecureHttp(pkg),
  )
  return splitBySeverity(findings)
}

export function validateDirectory(dir: string): ValidationResult {
  return validatePackage(readPackageDir(dir))
}

export function validateFileMap(files: FileMap): ValidationResult {
  return validatePackage(packageFromFileMap(files))
}
