import { Tag } from '@zendeskgarden/react-tags'
import type { CsatRating } from '../../core/model'
import { useI18n } from '../i18n/I18nContext'

const HUE = { good: 'successHue', bad: 'dangerHue', offered: 'neutralHue', unoffered: 'neutralHue' } as const

export function CsatBadge({ csat, testId }: { csat: CsatRating | null; testId?: string }) {
  const { t } = useI18n()
  const label = csat ? t(`csat.${csat.score}`) : t('csat.none')
  return (
    <Tag
      size="small"
      hue={csat ? HUE[csat.score] : 'neutralHue'}
      data-testid={testId}
      data-score={csat?.score ?? 'none'}
    >
      {label}
    </Tag>
  )
}
