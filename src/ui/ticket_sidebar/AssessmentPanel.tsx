import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import type { Assessment, Level, Reason } from '../../core/detect'
import { useI18n } from '../i18n/I18nContext'
import { ReasonItem } from './ReasonItem'
import { RecoveryClock } from './RecoveryClock'

const Panel = styled.section<{ $level: Level }>`
  margin-bottom: 12px;
  padding: 8px;
  border-radius: 4px;
  border: 1px solid ${({ $level }) => BORDER[$level]};
`
const Header = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-bottom: 4px;
`
const Reasons = styled.ul`
  list-style: none;
  margin: 4px 0;
  padding: 0;
`

const BORDER: Record<Level, string> = {
  none: '#d8dcde',
  watch: '#f5d10a',
  recover: '#ed961c',
  urgent: '#cc3340',
}
const HUE: Record<Level, string> = {
  none: 'neutralHue',
  watch: 'warningHue',
  recover: 'orange',
  urgent: 'dangerHue',
}

/** Reasons of the same code together, in the order of their strongest finding (reasons come strongest first). */
function groupByCode(reasons: readonly Reason[]): Reason[][] {
  const groups = new Map<Reason['code'], Reason[]>()
  for (const reason of reasons) groups.set(reason.code, [...(groups.get(reason.code) ?? []), reason])
  return [...groups.values()]
}

/** Whether this interaction went bad, how badly, and the evidence — at the top of the sidebar. */
export function AssessmentPanel({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n()
  const { level, reasons } = assessment
  return (
    <Panel $level={level} data-testid="assessment" data-level={level} aria-labelledby="turnaround-assessment">
      <Header>
        <SM isBold id="turnaround-assessment">
          {t('assessment.title')}
        </SM>
        <Tag hue={HUE[level]} data-testid="assessment-level">
          {t(`assessment.level.${level}`)}
        </Tag>
      </Header>
      <SM data-testid="assessment-severity">{t('assessment.severity', { severity: assessment.severity })}</SM>
      {assessment.failureType && level !== 'none' && (
        <SM>
          {t('assessment.failureTitle')}: {t(`assessment.failureType.${assessment.failureType}`)}
        </SM>
      )}
      {reasons.length === 0 ? (
        <SM>{t('assessment.nothingFound')}</SM>
      ) : (
        <>
          <SM isBold style={{ marginTop: 6 }}>
            {t('assessment.why')}
          </SM>
          <Reasons>
            {groupByCode(reasons).map((group) => (
              <ReasonItem key={group[0]!.code} reasons={group} />
            ))}
          </Reasons>
        </>
      )}
      {assessment.negative && assessment.detectedAt && <RecoveryClock since={assessment.detectedAt} />}
    </Panel>
  )
}
