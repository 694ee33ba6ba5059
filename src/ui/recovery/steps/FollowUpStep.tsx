import { Field, Input } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import type { PlaybookStep } from '../../../core/playbook/types'
import { addDaysUtc } from '../../../core/recovery/plan'
import { useI18n } from '../../i18n/I18nContext'
import { Section, StepTitle, WhyList } from '../parts'
import { dayText } from '../words'

type FollowUpPlaybookStep = Extract<PlaybookStep, { kind: 'follow_up' }>

/** The follow-up survey's delay: the intent is recorded with the recovery (the survey itself is scheduled by Zendesk). */
export function FollowUpStep({
  step,
  days,
  onChange,
  now,
}: {
  step: FollowUpPlaybookStep
  days: number
  onChange: (days: number) => void
  now: string
}) {
  const { t, locale } = useI18n()
  const valid = Number.isInteger(days) && days >= 1 && days <= 90
  return (
    <Section data-testid="step-follow-up" data-rule={step.ruleId}>
      <StepTitle>4. {t('recovery.steps.followUp.title')}</StepTitle>
      <Field>
        <Field.Label isRegular>{t('recovery.steps.followUp.days')}</Field.Label>
        <Input
          isCompact
          type="number"
          min={1}
          max={90}
          value={Number.isFinite(days) ? days : ''}
          onChange={(e) => onChange(Number(e.target.value))}
          data-testid="follow-up-days"
        />
      </Field>
      {valid && (
        <SM data-testid="follow-up-due">
          {t('recovery.steps.followUp.due', { date: dayText(addDaysUtc(now, days), locale) })}
        </SM>
      )}
      <WhyList why={step.why} />
    </Section>
  )
}
