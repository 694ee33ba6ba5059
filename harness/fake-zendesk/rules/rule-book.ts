import type { IdSequence } from '../ids'
import type { ActingRuleDefinition, ViewDefinition } from './define-rule'
import type { StoredRule, StoredView } from './types'

/**
 * The account's triggers, automations and views. Zendesk keeps all three in one table of business rules,
 * so they share one id sequence (large account-specific numbers). Rules run and views list in position
 * order, ties by id; a rule created without a position goes last.
 */

type ActingType = 'trigger' | 'automation'

function byPosition<T extends { position: number; id: number }>(list: Iterable<T>): T[] {
  return [...list].sort((a, b) => a.position - b.position || a.id - b.id)
}

function nextPosition(list: Iterable<{ position: number }>): number {
  return Math.max(0, ...[...list].map((rule) => rule.position)) + 1
}

export class RuleBook {
  private readonly acting: Record<ActingType, Map<number, StoredRule>> = {
    trigger: new Map(),
    automation: new Map(),
  }
  private readonly views = new Map<number, StoredView>()

  constructor(private readonly ids: IdSequence) {}

  addRule(type: ActingType, definition: ActingRuleDefinition, at: string): StoredRule {
    const rules = this.acting[type]
    const rule: StoredRule = {
      ...definition,
      type,
      id: this.ids.take(),
      position: definition.position ?? nextPosition(rules.values()),
      createdAt: at,
      updatedAt: at,
    }
    rules.set(rule.id, rule)
    return structuredClone(rule)
  }

  addView(definition: ViewDefinition, at: string): StoredView {
    const view: StoredView = {
      ...definition,
      type: 'view',
      id: this.ids.take(),
      position: definition.position ?? nextPosition(this.views.values()),
      createdAt: at,
      updatedAt: at,
    }
    this.views.set(view.id, view)
    return structuredClone(view)
  }

  /** Every trigger or automation, in the order they run (inactive ones included). */
  rules(type: ActingType): StoredRule[] {
    return structuredClone(byPosition(this.acting[type].values()))
  }

  activeRules(type: ActingType): StoredRule[] {
    return this.rules(type).filter((rule) => rule.active)
  }

  findRule(type: ActingType, id: number): StoredRule | undefined {
    const rule = this.acting[type].get(id)
    return rule ? structuredClone(rule) : undefined
  }

  replaceRule(type: ActingType, id: number, definition: ActingRuleDefinition, at: string): StoredRule {
    const rule = this.acting[type].get(id)
    if (!rule) throw new Error(`no ${type} ${id}`)
    Object.assign(rule, definition, { position: definition.position ?? rule.position, updatedAt: at })
    return structuredClone(rule)
  }

  listViews(): StoredView[] {
    return structuredClone(byPosition(this.views.values()))
  }

  findView(id: number): StoredView | undefined {
    const view = this.views.get(id)
    return view ? structuredClone(view) : undefined
  }

  replaceView(id: number, definition: ViewDefinition, at: string): StoredView {
    const view = this.views.get(id)
    if (!view) throw new Error(`no view ${id}`)
    Object.assign(view, definition, { position: definition.position ?? view.position, updatedAt: at })
    return structuredClone(view)
  }
}
