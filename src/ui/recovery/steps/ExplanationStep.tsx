import { SM } from '@zendeskgarden/react-typography'
import type { PlaybookStep } from '../../../core/playbook/types'
import { useI18n } from '../../i18n/I18nContext'
import { formatDuration } from '../../shared/format'
import { Muted, Section, StepTitle, WhyList } from '../parts'

type ExplanationPlaybookStep = Extract<PlaybookStep, { kind: 'explanation' }>

/** A prompt for the agent's own explanation, pre-filled with the failure and its facts. */
export function ExplanationStep({ step }: { step: ExplanationPlaybookStep }) {
  const i18n = useI18n()
  const { t } = i18n
  const { facts } = step
  return (
    <Section data-testid="step-explanation" data-rule={step.ruleId}>
      <StepTitle>2. {t('recovery.steps.explanation.title')}</StepTitle>
      <SM>
        {t('recovery.steps.explanation.prompt', { failure: t(`recovery.failureType.${step.failureType}`) })}
      </SM>
      {facts.waitMinutes !== undefined && (
        <Muted>
          {t('recovery.steps.explanation.wait', { duration: formatDuration(facts.waitMinutes, i18n) })}
        </Muted>
      )}
      {facts.reopens !== undefined && (
        <Muted>{t('recovery.steps.explanation.reopens', { count: facts.reopens })}</Muted>
      )}
      {facts.contacts !== undefined && (
        <Muted>{t('recovery.steps.explanation.contacts', { count: facts.contacts })}</Muted>
      )}
      {facts.csatReason && (
        <Muted>{t('recovery.steps.explanation.csatReason', { reason: facts.csatReason })}</Muted>
      )}
      <WhyList why={step.why} />
    </Section>
  )
}
