import { DefinitionError } from '../custom-objects/definitions'
import {
  isRecord,
  RequirementInstallError,
  type InstalledRequirement,
  type RequirementInstaller,
} from './installer'

/**
 * `custom_objects_v2`: `{objects: [...], object_fields: [...]}` (arrays, unlike the other types). Objects
 * are addressed by key in the API, so the requirement id of an object is its key (ASSUMPTION: Zendesk
 * does not document what `requirement:<key>` returns for custom_objects_v2). `object_triggers` are not
 * modelled by the fake and are refused.
 */

const PARTS = new Set(['objects', 'object_fields'])

export const customObjectsV2Installer: RequirementInstaller = {
  type: 'custom_objects_v2',
  install(spec, target) {
    if (!isRecord(spec))
      throw new RequirementInstallError('custom_objects_v2 must be {objects, object_fields}')
    const unknown = Object.keys(spec).filter((key) => !PARTS.has(key))
    if (unknown.length) {
      throw new RequirementInstallError(
        `custom_objects_v2: ${unknown.join(', ')} not supported by the harness (supported: objects, object_fields)`,
      )
    }
    const objects = spec.objects ?? []
    const fields = spec.object_fields ?? []
    if (!Array.isArray(objects) || !Array.isArray(fields)) {
      throw new RequirementInstallError('custom_objects_v2: objects and object_fields must be arrays')
    }
    const context = target.customObjects.context(target.at, target.adminId)
    try {
      const installed = objects.map((input: unknown): [string, InstalledRequirement] => {
        const object = target.customObjects.addObject(input, context)
        return [object.key, { requirement_id: object.key, requirement_type: 'custom_objects_v2' }]
      })
      const declared = new Set(installed.map(([key]) => key))
      for (const input of fields as unknown[]) {
        const objectKey = isRecord(input) ? input.object_key : undefined
        if (typeof objectKey !== 'string' || !declared.has(objectKey)) {
          throw new DefinitionError(
            `field "${String(isRecord(input) ? input.key : '?')}": object_key "${String(objectKey)}" is not one of the declared objects`,
          )
        }
        target.customObjects.addField(objectKey, input, context)
      }
      return installed
    } catch (error) {
      if (error instanceof DefinitionError)
        throw new RequirementInstallError(`custom_objects_v2: ${error.message}`)
      throw error
    }
  },
}
