import { PALETTE } from '@zendeskgarden/react-theming'

/** Garden's palette, so the charts sit in Zendesk's look: blue for data, red for what needs a look. */
export const CHART_COLORS = {
  data: PALETTE.blue[600],
  dataLight: PALETTE.blue[300],
  good: PALETTE.green[600],
  bad: PALETTE.red[600],
  neutral: PALETTE.grey[400],
  track: PALETTE.grey[200],
  grid: PALETTE.grey[200],
  axis: PALETTE.grey[600],
  text: PALETTE.grey[800],
  limit: PALETTE.grey[600],
} as const

export const AXIS_TICK_LABEL = {
  fill: CHART_COLORS.axis,
  fontSize: 11,
  fontFamily: 'inherit',
} as const
