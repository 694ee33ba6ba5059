import { useI18n } from '../i18n/I18nContext'
import { SkeletonLine } from '../shared/Skeleton'

export function LoadingState({ retrying }: { retrying: boolean }) {
  const { t } = useI18n()
  return (
    <div
      data-testid="sidebar-loading"
      aria-busy="true"
      aria-label={t(retrying ? 'error.retrying' : 'loading')}
    >
      <SkeletonLine $width="60%" $height={20} />
      <SkeletonLine $width="90%" />
      <SkeletonLine $width="80%" />
      <SkeletonLine $width="40%" $height={20} $gap={16} />
      <SkeletonLine $width="95%" />
      <SkeletonLine $width="85%" />
    </div>
  )
}
