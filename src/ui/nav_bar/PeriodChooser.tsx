import { Field, Label, Select } from '@zendeskgarden/react-forms'
import styled from 'styled-components'
import { addMonths } from '../../core/impact/period'
import { useI18n } from '../i18n/I18nContext'
import { formatMonth } from './format'

export interface MonthRange {
  first: string
  last: string
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 16px;
  align-items: flex-end;
`
const PRESETS = [1, 3, 6, 12] as const
/** How far back the chooser offers months. */
const MONTHS_BACK = 24

/** Whole UTC months: the budget months the ledger is kept in. Presets end with the current month. */
export function PeriodChooser({
  value,
  currentMonth,
  onChange,
  disabled,
}: {
  value: MonthRange
  currentMonth: string
  onChange: (range: MonthRange) => void
  disabled?: boolean
}) {
  const { t, locale } = useI18n()
  const months = Array.from({ length: MONTHS_BACK }, (_, index) => addMonths(currentMonth, -index))
  const preset = PRESETS.find(
    (count) => value.last === currentMonth && value.first === addMonths(currentMonth, -(count - 1)),
  )
  return (
    <Row>
      <Field>
        <Label>{t('impact.period.label')}</Label>
        <Select
          data-testid="period-preset"
          value={preset ? String(preset) : 'custom'}
          disabled={disabled}
          onChange={(event) => {
            const count = Number(event.target.value)
            if (count) onChange({ first: addMonths(currentMonth, -(count - 1)), last: currentMonth })
          }}
        >
          {PRESETS.map((count) => (
            <option key={count} value={count}>
              {count === 1 ? t('impact.period.this_month') : t('impact.period.last_months', { count })}
            </option>
          ))}
          <option value="custom">{t('impact.period.custom')}</option>
        </Select>
      </Field>
      <Field>
        <Label>{t('impact.period.from')}</Label>
        <Select
          data-testid="period-from"
          value={value.first}
          disabled={disabled}
          onChange={(event) => {
            const first = event.target.value
            onChange({ first, last: first > value.last ? first : value.last })
          }}
        >
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('impact.period.to')}</Label>
        <Select
          data-testid="period-to"
          value={value.last}
          disabled={disabled}
          onChange={(event) => {
            const last = event.target.value
            onChange({ first: value.first > last ? last : value.first, last })
          }}
        >
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month, locale)}
            </option>
          ))}
        </Select>
      </Field>
    </Row>
  )
}
