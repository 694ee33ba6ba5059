import { Button, ToggleButton } from '@zendeskgarden/react-buttons'
import { PALETTE } from '@zendeskgarden/react-theming'
import { LG, SM } from '@zendeskgarden/react-typography'
import { useState, type ReactNode } from 'react'
import styled from 'styled-components'
import { tableCsv, type ImpactTable } from '../../core/impact/tables'
import { useI18n } from '../i18n/I18nContext'
import { DataTable } from './DataTable'
import { downloadText } from './download'

const Card = styled.section`
  border: 1px solid ${PALETTE.grey[300]};
  border-radius: 8px;
  padding: 16px 20px;
  margin-bottom: 20px;
  background: #fff;
`
const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 8px;
  margin-bottom: 12px;
`
const Actions = styled.div`
  display: flex;
  gap: 8px;
`

/** A chart with its title, a Chart/Table switch and the table's CSV. */
export function ChartCard({
  title,
  note,
  table,
  currency,
  fileName,
  tableOnly,
  children,
}: {
  title: string
  note?: ReactNode
  table: ImpactTable
  currency: string
  fileName: string
  /** A table with nothing to chart: no Chart/Table switch. */
  tableOnly?: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  const [asTable, setAsTable] = useState(false)
  return (
    <Card data-testid={`card-${table.key}`} aria-label={title}>
      <Head>
        <LG tag="h2" isBold>
          {title}
        </LG>
        <Actions>
          {!tableOnly && (
            <>
              <ToggleButton
                size="small"
                isPressed={!asTable}
                onClick={() => setAsTable(false)}
                data-testid="show-chart"
              >
                {t('impact.show_chart')}
              </ToggleButton>
              <ToggleButton
                size="small"
                isPressed={asTable}
                onClick={() => setAsTable(true)}
                data-testid="show-table"
              >
                {t('impact.show_table')}
              </ToggleButton>
            </>
          )}
          <Button
            size="small"
            isBasic
            onClick={() => downloadText(fileName, tableCsv(table))}
            data-testid="table-csv"
          >
            {t('impact.download_csv')}
          </Button>
        </Actions>
      </Head>
      {note && <SM style={{ marginBottom: 8 }}>{note}</SM>}
      {asTable ? <DataTable table={table} currency={currency} caption={title} /> : children}
    </Card>
  )
}
