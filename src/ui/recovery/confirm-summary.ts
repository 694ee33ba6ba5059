import type { BudgetStanding } from '../../core/budget/standing'
import { startFieldsOf } from '../../core/recovery/steps'
import type { RecoveryFields, RecoveryPlan } from '../../core/recovery/types'
import type { ConfirmSummary } from '../../helpdesk/recovery-ports'
import type { Translator } from '../i18n/translate'
import { dayText, moneyText, monthText } from './words'

/**
 * Exactly what Start recovery will change, in the agent's words, for the confirmation modal: the same field
 * values, tags, note and ledger entry the transaction writes (derived from the same plan, never restated).
 */

const FIELD_ORDER: ReadonlyArray<keyof RecoveryFields> = [
  'status',
  'gesture',
  'amount',
  'followUpDate',
  'ratingBefore',
  'severity',
  'operationKey',
]

function fieldValueText(
  name: keyof RecoveryFields,
  fields: Partial<RecoveryFields>,
  i18n: Translator,
): string | null {
  const value = fields[name]
  if (value === undefined || value === null) return null
  switch (name) {
    case 'status':
      return i18n.t(`recovery.status.${fields.status}`)
    case 'gesture':
      return i18n.t(`recovery.gestureType.${fields.gesture}`)
    case 'amount':
      return fields.amount ? moneyText(fields.amount, i18n.locale) : null
    case 'followUpDate':
      return fields.followUpDate ? dayText(fields.followUpDate, i18n.locale) : null
    case 'ratingBefore':
      return i18n.t(`recovery.state.rating.${fields.ratingBefore}`)
    default:
      return String(value)
  }
}

export function confirmSummaryOf(
  plan: RecoveryPlan,
  note: string,
  tags: string[],
  standing: BudgetStanding,
  i18n: Translator,
): ConfirmSummary {
  const { t } = i18n
  const fields = startFieldsOf(plan)
  const fieldLines = FIELD_ORDER.flatMap((name) => {
    const value = fieldValueText(name, fields, i18n)
    return value === null ? [] : [t('modal.field', { name: t(`modal.fieldNames.${name}`), value })]
  })
  const ledgerLine = plan.gesture
    ? t('modal.ledgerLine', {
        gesture: t(`recovery.gestureType.${plan.gesture.type}`),
        amount: moneyText(plan.gesture.amount, i18n.locale),
        agent: plan.agent.name,
        month: monthText(plan.month, i18n.locale),
      })
    : t('modal.ledgerNoGesture')
  return {
    title: t('modal.title', { ticket: plan.ticketId }),
    intro: t('modal.intro'),
    sections: [
      { heading: t('modal.fields'), lines: fieldLines },
      { heading: t('modal.tags'), lines: tags },
      { heading: t('modal.note'), lines: note.split('\n').filter((line) => line.trim() !== '') },
      { heading: t('modal.ledger'), lines: [ledgerLine] },
    ],
    notices: plan.needsApproval
      ? [t('modal.approvalNotice', { threshold: moneyText(standing.approvalThreshold, i18n.locale) })]
      : [],
    confirmLabel: t('modal.confirm'),
    cancelLabel: t('modal.cancel'),
  }
}
