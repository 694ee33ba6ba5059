import { Field, Select } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { FOLLOW_UP_DELAYS, isFollowUpDelay, type FollowUpDelay } from '../../../core/followup/schedule'
import type { PlaybookStep } from '../../../core/playbook/types'
import { useI18n } from '../../i18n/I18nContext'
import { followUpFor } from '../follow-up-context'
import type { RecoveryData } from '../load-recovery'
import { Section, StepTitle, WhyList } from '../parts'
import { dayText } from '../words'

/** Zendesk's default automation closes a ticket 96 hours after it was solved: longer delays never fire. */
const SOLVED_SAFE_DAYS = 3

type FollowUpPlaybookStep = Extract<PlaybookStep, { kind: 'follow_up' }>

/**
 * The follow-up survey: one of the delays an installed automation exists for, or none. Shows what the survey
 * rules make of it before the agent starts: the day it goes out, a later day when the customer was surveyed
 * recently on another ticket, or no survey at all (closed ticket, cooldown).
 */
export function FollowUpStep({
  step,
  days,
  onChange,
  data,
}: {
  step: FollowUpPlaybookStep
  days: FollowUpDelay | null
  onChange: (days: FollowUpDelay | null) => void
  data: RecoveryData
}) {
  const { t, locale } = useI18n()
  const decision = days === null ? null : followUpFor(data, days, data.readAt)
  return (
    <Section data-testid="step-follow-up" data-rule={step.ruleId}>
      <StepTitle>4. {t('recovery.steps.followUp.title')}</StepTitle>
      <Field>
        <Field.Label isRegular>{t('recovery.steps.followUp.days')}</Field.Label>
        <Select
          isCompact
          value={days === null ? '' : String(days)}
          onChange={(event) => {
            const chosen = Number(event.target.value)
            onChange(event.target.value !== '' && isFollowUpDelay(chosen) ? chosen : null)
          }}
          data-testid="follow-up-days"
        >
          {FOLLOW_UP_DELAYS.map((delay) => (
            <option key={delay} value={delay}>
              {t('recovery.steps.followUp.after', { count: delay })}
            </option>
          ))}
          <option value="">{t('recovery.steps.followUp.none')}</option>
        </Select>
      </Field>
      {decision?.kind === 'scheduled' && (
        <SM data-testid="follow-up-due">
          {t('recovery.steps.followUp.due', { date: dayText(decision.dueDate, locale) })}
          {decision.delayedBy &&
            ` ${t('recovery.steps.followUp.delayed', {
              ticket: decision.delayedBy.ticketId,
              date: dayText(decision.delayedBy.date, locale),
            })}`}
        </SM>
      )}
      {decision?.kind === 'skipped' && (
        <SM data-testid="follow-up-skipped">
          {decision.reason === 'closed'
            ? t('recovery.steps.followUp.skippedClosed')
            : t('recovery.steps.followUp.skippedCooldown', {
                ticket: decision.ticketId,
                date: dayText(decision.date, locale),
              })}
        </SM>
      )}
      {data.view.ticketStatus === 'solved' && days !== null && days > SOLVED_SAFE_DAYS && (
        <SM data-testid="follow-up-solved" style={{ color: '#ac5918' }}>
          {t('recovery.steps.followUp.solvedCloses')}
        </SM>
      )}
      <WhyList why={step.why} />
    </Section>
  )
}
