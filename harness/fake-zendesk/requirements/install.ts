import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { customObjectsV2Installer } from './custom-objects-installer'
import {
  isRecord,
  RequirementInstallError,
  type InstallTarget,
  type InstalledRequirements,
  type RequirementInstaller,
} from './installer'
import { automationsInstaller, triggersInstaller, viewsInstaller } from './rules-installer'
import { ticketFieldsInstaller } from './ticket-fields-installer'
import { REQUIREMENT_TYPES } from '../../../scripts/validator/requirements'

/** Installs an app's requirements.json into the fake account, the way installing the app in Zendesk does. */

/** The repository's own requirements.json (the app's). */
export const DEFAULT_REQUIREMENTS_PATH = fileURLToPath(new URL('../../../requirements.json', import.meta.url))

const INSTALLERS: readonly RequirementInstaller[] = [
  ticketFieldsInstaller,
  customObjectsV2Installer,
  triggersInstaller,
  automationsInstaller,
  viewsInstaller,
]

/** Every top-level key Zendesk accepts: the offline validator's list (zendesk_apps_support AppRequirement::TYPES). */
const ZENDESK_TYPES = new Set(REQUIREMENT_TYPES)

export function readRequirementsFile(path: string = DEFAULT_REQUIREMENTS_PATH): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new RequirementInstallError(
      `cannot read ${path}: ${error instanceof Error ? error.message : error}`,
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new RequirementInstallError(
      `${path} is not JSON: ${error instanceof Error ? error.message : error}`,
    )
  }
}

/** Installs every requirement type, in the file's order; throws on anything it cannot install faithfully. */
export function installRequirements(requirements: unknown, target: InstallTarget): InstalledRequirements {
  if (!isRecord(requirements)) throw new RequirementInstallError('must be a JSON object')
  const installed: InstalledRequirements = {}
  for (const [type, spec] of Object.entries(requirements)) {
    if (!ZENDESK_TYPES.has(type))
      throw new RequirementInstallError(`"${type}" is not a requirement type Zendesk knows`)
    const installer = INSTALLERS.find((candidate) => candidate.type === type)
    if (!installer) {
      throw new RequirementInstallError(
        `"${type}" requirements are not supported by the harness yet (supported: ${INSTALLERS.map((i) => i.type).join(', ')})`,
      )
    }
    for (const [identifier, requirement] of installer.install(spec, target)) {
      if (installed[identifier]) throw new RequirementInstallError(`identifier "${identifier}" is used twice`)
      installed[identifier] = requirement
    }
  }
  return installed
}
