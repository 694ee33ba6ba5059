import { SM } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import type { Reason } from '../../core/detect'
import type { Translator } from '../i18n/translate'
import { useI18n } from '../i18n/I18nContext'
import { formatDuration } from '../shared/format'

const Item = styled.li`
  padding: 4px 0;
`
const Quote = styled.blockquote`
  margin: 2px 0 0;
  padding-left: 8px;
  border-left: 3px solid #d8dcde;
  font-size: 12px;
  overflow-wrap: anywhere;
`
const Source = styled.span`
  display: block;
  color: #68737d;
`

/** Quotes shown per reason; the rest are counted, so a long ticket does not bury the other reasons. */
const MAX_QUOTES = 2

/** Params that carry a helpdesk value (e.g. "urgent", "twitter") are shown in the agent's language. */
const TRANSLATED_VALUES: Record<string, string> = {
  priority: 'priority',
  channel: 'channel',
  value: 'sentiment',
}

/** The reason in the agent's language; numbers become durations where the code measures time. */
export function reasonTitle(reason: Reason, i18n: Translator): string {
  const params: Record<string, string | number> = { ...reason.params }
  if (typeof params.minutes === 'number') params.duration = formatDuration(params.minutes, i18n)
  if (typeof params.slaMinutes === 'number') params.sla = formatDuration(params.slaMinutes, i18n)
  for (const [param, group] of Object.entries(TRANSLATED_VALUES)) {
    const raw = params[param]
    if (typeof raw === 'string') params[param] = i18n.t(`assessment.value.${group}.${raw}`)
  }
  if (reason.code === 'customer_chasing' && typeof params.count !== 'number') {
    return i18n.t('assessment.reason.customer_chasing')
  }
  if (reason.code === 'long_reply_gap' && params.source !== 'comments' && params.source !== undefined) {
    return i18n.t(`assessment.reason.long_reply_gap_${params.source}`, params)
  }
  return i18n.t(`assessment.reason.${reason.code}`, params)
}

/** One reason code with its evidence: the strongest finding's wording, and the customer's words quoted. */
export function ReasonItem({ reasons }: { reasons: readonly Reason[] }) {
  const i18n = useI18n()
  const first = reasons[0]
  if (!first) return null
  const quotes = reasons.flatMap((reason) => (reason.evidence.kind === 'quote' ? [reason.evidence] : []))
  const hidden = quotes.length - MAX_QUOTES
  return (
    <Item data-testid="assessment-reason" data-code={first.code}>
      <SM isBold>{reasonTitle(first, i18n)}</SM>
      {quotes.slice(0, MAX_QUOTES).map((quote, index) => (
        <Quote key={index} data-testid="reason-evidence">
          “{quote.text}”
          <Source>
            {i18n.t(`assessment.quoteFrom.${quote.field ?? 'comment'}`, { index: quote.commentIndex + 1 })}
          </Source>
        </Quote>
      ))}
      {hidden > 0 && <SM>{i18n.t('assessment.more', { count: hidden })}</SM>}
    </Item>
  )
}
