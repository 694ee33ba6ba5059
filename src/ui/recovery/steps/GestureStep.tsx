import { Field, Input, Select } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { compare } from '../../../core/money'
import type { PlaybookStep } from '../../../core/playbook/types'
import type { BudgetStanding } from '../../../core/budget/standing'
import type { GestureType } from '../../../core/playbook/types'
import { useI18n } from '../../i18n/I18nContext'
import { BudgetSummary } from '../BudgetSummary'
import { Section, StepTitle, WhyList } from '../parts'
import { moneyText } from '../words'
import { aboveCeiling, resolveGesture, type GestureChoice } from './gesture-choice'

type CompensationStep = Extract<PlaybookStep, { kind: 'compensation' }>

const Warning = ({ children, testId }: { children: string; testId: string }) => (
  <SM data-testid={testId} style={{ color: '#ac5918', marginTop: 4 }}>
    {children}
  </SM>
)

/** The gesture, sized by the rules and editable within the budget shown above it. */
export function GestureStep({
  step,
  choice,
  onChange,
  allowed,
  standing,
  currency,
}: {
  step: CompensationStep
  choice: GestureChoice
  onChange: (choice: GestureChoice) => void
  allowed: readonly GestureType[]
  standing: BudgetStanding
  currency: string
}) {
  const i18n = useI18n()
  const { t } = i18n
  const resolved = resolveGesture(choice, currency)
  const set = (patch: Partial<GestureChoice>) => onChange({ ...choice, ...patch })
  return (
    <Section data-testid="step-gesture" data-rule={step.ruleId}>
      <StepTitle>3. {t('recovery.steps.gesture.title')}</StepTitle>
      <BudgetSummary standing={standing} />
      <Field style={{ marginTop: 6 }}>
        <Field.Label isRegular>{t('recovery.steps.gesture.type')}</Field.Label>
        <Select
          isCompact
          value={choice.type ?? ''}
          onChange={(event) => set({ type: (event.target.value || null) as GestureType | null })}
          data-testid="gesture-type"
        >
          <option value="">{t('recovery.steps.gesture.none')}</option>
          {allowed.map((type) => (
            <option key={type} value={type}>
              {t(`recovery.gestureType.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      {choice.type === 'refund' ? (
        <>
          <Field style={{ marginTop: 6 }}>
            <Field.Label isRegular>{t('recovery.steps.gesture.orderAmount', { currency })}</Field.Label>
            <Input
              isCompact
              inputMode="decimal"
              value={choice.refundBaseText}
              onChange={(e) => set({ refundBaseText: e.target.value })}
              data-testid="refund-base"
            />
          </Field>
          <Field style={{ marginTop: 6 }}>
            <Field.Label isRegular>{t('recovery.steps.gesture.refundPercent')}</Field.Label>
            <Input
              isCompact
              type="number"
              min={1}
              max={100}
              value={choice.refundPercent}
              onChange={(e) => set({ refundPercent: Number(e.target.value) })}
              data-testid="refund-percent"
            />
          </Field>
          {resolved.kind === 'amount' && (
            <SM data-testid="refund-result">
              {t('recovery.steps.gesture.refundResult', { amount: moneyText(resolved.amount, i18n.locale) })}
            </SM>
          )}
        </>
      ) : (
        choice.type !== null && (
          <Field style={{ marginTop: 6 }}>
            <Field.Label isRegular>{t('recovery.steps.gesture.amount', { currency })}</Field.Label>
            <Input
              isCompact
              inputMode="decimal"
              value={choice.amountText}
              onChange={(e) => set({ amountText: e.target.value })}
              data-testid="gesture-amount"
            />
          </Field>
        )
      )}
      {choice.type !== null &&
        resolved.kind === 'invalid' &&
        (choice.amountText || choice.refundBaseText) && (
          <Warning testId="gesture-invalid">{t('recovery.steps.gesture.invalidAmount')}</Warning>
        )}
      {choice.type !== null && !allowed.includes(choice.type) && (
        <Warning testId="gesture-not-allowed">{t('recovery.steps.gesture.notAllowed')}</Warning>
      )}
      {aboveCeiling(resolved, standing.ceiling) && (
        <Warning testId="gesture-above-ceiling">
          {t('recovery.steps.gesture.aboveCeiling', { ceiling: moneyText(standing.ceiling, i18n.locale) })}
        </Warning>
      )}
      {resolved.kind === 'amount' &&
        compare(resolved.amount, standing.approvalThreshold) > 0 &&
        !aboveCeiling(resolved, standing.ceiling) && (
          <Warning testId="gesture-needs-approval">
            {t('recovery.steps.gesture.needsApproval', {
              threshold: moneyText(standing.approvalThreshold, i18n.locale),
            })}
          </Warning>
        )}
      <WhyList why={step.why} />
    </Section>
  )
}
