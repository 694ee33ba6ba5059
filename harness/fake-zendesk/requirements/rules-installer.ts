import { defineActingRule, defineView } from '../rules/define-rule'
import { RuleDefinitionError } from '../rules/parse-definition'
import type { RuleEnv } from '../rules/validate-actions'
import {
  isRecord,
  RequirementInstallError,
  type InstallTarget,
  type InstalledRequirement,
  type RequirementInstaller,
} from './installer'

/**
 * `triggers`, `automations` and `views`: `{identifier: <the Create payload>}`, installed in the file's order.
 * A rule the harness cannot run faithfully (a field, operator, action, placeholder or value it does not
 * implement) or one Zendesk would refuse (an automation that does not nullify itself, a view without a
 * status/type/group/assignee/requester condition) stops the install with the identifier and the part.
 */

type RuleRequirementType = 'triggers' | 'automations' | 'views'

function envOf(target: InstallTarget): RuleEnv {
  return { fields: target.ticketFields, isStaff: target.isStaff, groupExists: target.groupExists }
}

function installOne(type: RuleRequirementType, spec: unknown, target: InstallTarget): number {
  const env = envOf(target)
  if (type === 'views') return target.rules.addView(defineView(spec, env), target.at).id
  const kind = type === 'triggers' ? 'trigger' : 'automation'
  return target.rules.addRule(kind, defineActingRule(kind, spec, env), target.at).id
}

function rulesInstaller(type: RuleRequirementType): RequirementInstaller {
  return {
    type,
    install(spec, target) {
      if (!isRecord(spec))
        throw new RequirementInstallError(`${type} must be an object of identifier → definition`)
      return Object.entries(spec).map(([identifier, definition]): [string, InstalledRequirement] => {
        try {
          return [
            identifier,
            { requirement_id: installOne(type, definition, target), requirement_type: type },
          ]
        } catch (error) {
          if (error instanceof RuleDefinitionError) {
            throw new RequirementInstallError(`${type}.${identifier}: ${error.message}`)
          }
          throw error
        }
      })
    },
  }
}

export const triggersInstaller = rulesInstaller('triggers')
export const automationsInstaller = rulesInstaller('automations')
export const viewsInstaller = rulesInstaller('views')
