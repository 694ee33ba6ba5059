import { Table } from '@zendeskgarden/react-tables'
import type { ImpactTable } from '../../core/impact/tables'
import { useI18n } from '../i18n/I18nContext'
import { cellText, columnLabel } from './cells'

/** Every chart's numbers as a Garden table: the chart's accessible twin and what the CSV holds. */
export function DataTable({
  table,
  currency,
  caption,
}: {
  table: ImpactTable
  currency: string
  caption: string
}) {
  const translator = useI18n()
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={`table-${table.key}`} aria-label={caption}>
        <Table.Head>
          <Table.HeaderRow>
            {table.columns.map((column) => (
              <Table.HeaderCell key={column}>{columnLabel(table, column, translator)}</Table.HeaderCell>
            ))}
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {table.rows.map((row, rowIndex) => (
            <Table.Row key={`${String(row[0])}-${rowIndex}`}>
              {table.columns.map((column, index) => (
                <Table.Cell key={column}>{cellText(table, row, index, translator, currency)}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
