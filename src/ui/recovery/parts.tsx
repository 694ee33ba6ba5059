import { SM } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import type { Why } from '../../core/playbook/types'
import { useI18n } from '../i18n/I18nContext'
import { whyText } from './words'

/** Small shared pieces of the recovery panel. */

export const Section = styled.section`
  margin-top: 10px;
  padding-top: 8px;
  border-top: 1px solid #e9ebed;
`
export const StepTitle = styled(SM)`
  font-weight: 600;
  margin-bottom: 2px;
`
export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-top: 6px;
`
export const Muted = styled(SM)`
  color: #68737d;
`

const WhyItem = styled.li`
  font-size: 12px;
  line-height: 16px;
  color: #49545c;
`
const WhyBox = styled.ul`
  margin: 2px 0 0;
  padding-left: 16px;
`

/** Why a step was suggested: shown under every step. */
export function WhyList({ why, testId }: { why: readonly Why[]; testId?: string }) {
  const i18n = useI18n()
  if (why.length === 0) return null
  return (
    <WhyBox data-testid={testId ?? 'step-why'}>
      {why.map((item, index) => (
        <WhyItem key={index}>{whyText(item, i18n)}</WhyItem>
      ))}
    </WhyBox>
  )
}
