import { PALETTE } from '@zendeskgarden/react-theming'
import { SM, XXL } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import type { ImpactReport } from '../../core/impact/report'
import { useI18n } from '../i18n/I18nContext'
import { formatCount, formatMinor, formatMinutes, formatPercent } from './format'

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
  gap: 12px;
  margin-bottom: 20px;
`
const Tile = styled.div`
  border: 1px solid ${PALETTE.grey[300]};
  border-radius: 8px;
  padding: 12px 16px;
  background: #fff;
`
const Hint = styled(SM)`
  color: ${PALETTE.grey[700]};
`

/** The headline numbers, each with what it is made of. */
export function Summary({ report }: { report: ImpactReport }) {
  const { t, locale } = useI18n()
  const { touch, recovery, cost, spend } = report
  const tiles: Array<{ key: string; value: string; hint: string }> = [
    {
      key: 'negatives',
      value: formatCount(report.negatives, locale),
      hint: t('impact.tile.negatives_hint', {
        tickets: formatCount(report.tickets, locale),
        rate: formatPercent(report.tickets ? report.negatives / report.tickets : null, locale),
      }),
    },
    {
      key: 'recoveries_started',
      value: formatCount(report.recoveriesStarted, locale),
      hint: t('impact.tile.started_hint', { untouched: formatCount(touch.neverTouched, locale) }),
    },
    {
      key: 'touch_median',
      value: formatMinutes(touch.medianMinutes, locale),
      hint: t('impact.tile.touch_hint', {
        p90: formatMinutes(touch.p90Minutes, locale),
        measured: formatCount(touch.measured, locale),
        unknown: formatCount(touch.unknownTime, locale),
      }),
    },
    {
      key: 'under_15',
      value: formatPercent(touch.under15Share, locale),
      hint: t('impact.tile.under_15_hint', {
        count: touch.under15,
        measured: formatCount(touch.measured, locale),
      }),
    },
    {
      key: 'recovery_rate',
      value: formatPercent(recovery.rate, locale),
      hint: t('impact.tile.recovery_hint', {
        good: formatCount(recovery.good, locale),
        followed: formatCount(recovery.followedUp, locale),
      }),
    },
    {
      key: 'cost',
      value: cost.perCustomer
        ? formatMinor(cost.perCustomer.amountMinor, cost.perCustomer.currency, locale)
        : '—',
      hint: t('impact.tile.cost_hint', {
        spent: formatMinor(cost.spent.amountMinor, spend.currency, locale),
        customers: formatCount(cost.recoveredCustomers, locale),
      }),
    },
  ]
  return (
    <Grid data-testid="impact-summary">
      {tiles.map((tile) => (
        <Tile key={tile.key} data-testid={`tile-${tile.key}`}>
          <SM>{t(`impact.tile.${tile.key}`)}</SM>
          <XXL tag="p" isBold data-testid="tile-value" style={{ margin: '4px 0' }}>
            {tile.value}
          </XXL>
          <Hint>{tile.hint}</Hint>
        </Tile>
      ))}
    </Grid>
  )
}
