import { SM } from '@zendeskgarden/react-typography'
import type { BudgetStanding } from '../../core/budget/standing'
import { useI18n } from '../i18n/I18nContext'
import { Muted } from './parts'
import { moneyText } from './words'

/** What is left to give, shown before anything is committed. */
export function BudgetSummary({ standing }: { standing: BudgetStanding }) {
  const { t, locale } = useI18n()
  const money = (amount: BudgetStanding['ceiling']) => moneyText(amount, locale)
  return (
    <div data-testid="budget-summary">
      <SM isBold>{t('recovery.budget.title')}</SM>
      <SM data-testid="budget-month">
        {t('recovery.budget.month', {
          remaining: money(standing.remainingThisMonth),
          budget: money(standing.monthlyBudget),
        })}
      </SM>
      <SM data-testid="budget-ticket">
        {t('recovery.budget.ticket', {
          cap: money(standing.ticketCap),
          remaining: money(standing.remainingOnTicket),
        })}
      </SM>
      <Muted>{t('recovery.budget.approval', { threshold: money(standing.approvalThreshold) })}</Muted>
    </div>
  )
}
