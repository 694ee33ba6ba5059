import { SM } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import type { StepProgress } from '../../core/recovery/transaction'
import { useI18n } from '../i18n/I18nContext'

const List = styled.ol`
  margin: 4px 0 0;
  padding-left: 18px;
  font-size: 13px;
  line-height: 20px;
`
const COLOURS: Record<StepProgress['status'], string> = {
  pending: '#68737d',
  running: '#1f73b7',
  done: '#038153',
  skipped: '#68737d',
  failed: '#cc3340',
}

/** Each step of Start recovery as it runs: what is done, what is running, what failed. */
export function ProgressList({ steps }: { steps: readonly StepProgress[] }) {
  const { t } = useI18n()
  return (
    <div data-testid="recovery-progress" aria-live="polite">
      <SM isBold>{t('recovery.progress.title')}</SM>
      <List>
        {steps.map((step) => (
          <li key={step.step} data-testid="progress-step" data-step={step.step} data-status={step.status}>
            {t(`recovery.progress.${step.step}`)}{' '}
            <span style={{ color: COLOURS[step.status] }}>
              ({t(step.alreadyDone ? 'recovery.progress.alreadyDone' : `recovery.progress.${step.status}`)})
            </span>
          </li>
        ))}
      </List>
    </div>
  )
}
