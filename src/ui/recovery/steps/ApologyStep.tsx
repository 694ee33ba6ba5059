import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { useState } from 'react'
import styled from 'styled-components'
import type { PlaybookStep } from '../../../core/playbook/types'
import { useI18n } from '../../i18n/I18nContext'
import { languageName } from '../../shared/format'
import { errorText } from '../outcome-text'
import { Muted, Row, Section, StepTitle, WhyList } from '../parts'

const Draft = styled.div`
  margin-top: 4px;
  padding: 6px 8px;
  background: #f8f9f9;
  border-left: 3px solid #1f73b7;
  font-size: 13px;
  line-height: 18px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`

type ApologyPlaybookStep = Extract<PlaybookStep, { kind: 'apology' }>

/** The apology draft in the customer's language; inserted into the reply editor, never sent by the app. */
export function ApologyStep({
  step,
  onInsert,
  onAnotherWording,
  inserted,
}: {
  step: ApologyPlaybookStep
  onInsert: (text: string) => Promise<void>
  onAnotherWording: () => void
  inserted: boolean
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [inserting, setInserting] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const insert = () => {
    setInserting(true)
    setFailure(null)
    onInsert(step.draft.text)
      .catch((error: unknown) => setFailure(errorText(error, i18n)))
      .finally(() => setInserting(false))
  }
  return (
    <Section data-testid="step-apology" data-rule={step.ruleId}>
      <StepTitle>1. {t('recovery.steps.apology.title')}</StepTitle>
      <Muted>
        {t('recovery.steps.apology.language', { language: languageName(step.draft.language, i18n.locale) })}
      </Muted>
      <Draft data-testid="apology-draft" lang={step.draft.language}>
        {step.draft.text}
      </Draft>
      <Row>
        <Button size="small" isPrimary onClick={insert} disabled={inserting} data-testid="insert-apology">
          {t('recovery.steps.apology.insert')}
        </Button>
        <Button size="small" isBasic onClick={onAnotherWording} data-testid="another-wording">
          {t('recovery.steps.apology.another')}
        </Button>
      </Row>
      {inserted && <SM data-testid="apology-inserted">{t('recovery.steps.apology.inserted')}</SM>}
      {failure && (
        <SM style={{ color: '#cc3340' }}>{t('recovery.steps.apology.insertFailed', { message: failure })}</SM>
      )}
      <WhyList why={step.why} />
    </Section>
  )
}
