import { MD, SM, Ellipsis } from '@zendeskgarden/react-typography'
import styled from 'styled-components'
import { longestReplyGap } from '../../core/conversation'
import type { TicketContext } from '../../helpdesk/ports'
import { useI18n } from '../i18n/I18nContext'
import { formatDate, formatDuration, languageName } from '../shared/format'
import { CsatBadge } from './CsatBadge'

const Section = styled.section`
  margin-bottom: 12px;
`
const Heading = styled(SM)`
  color: ${({ theme }) => theme.palette.grey?.[600] ?? '#68737d'};
  text-transform: uppercase;
  letter-spacing: 0.04em;
  margin-bottom: 4px;
`
const Quote = styled(SM)`
  margin-top: 4px;
  font-style: italic;
  overflow-wrap: anywhere;
`
const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`
const Row = styled.li`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 4px 0;
  border-top: 1px solid ${({ theme }) => theme.palette.grey?.[200] ?? '#e9ebed'};
`
const RowText = styled.div`
  min-width: 0;
  flex: 1 1 auto;
`
const RowBadge = styled.div`
  flex: 0 0 auto;
`

/** Who the customer is, how this ticket went so far, and how their earlier tickets were rated. */
export function CustomerContext({ context }: { context: TicketContext }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { snapshot, readAt } = context
  const history = snapshot.history ?? []
  const badEarlier = history.filter((ticket) => ticket.csat?.score === 'bad').length
  const gap = longestReplyGap(snapshot.comments, readAt)
  const reopens = snapshot.metrics?.reopens ?? 0

  return (
    <div data-testid="customer-context">
      <Section aria-labelledby="turnaround-customer">
        <Heading id="turnaround-customer">{t('customer.title')}</Heading>
        <MD isBold data-testid="requester-name">
          {snapshot.requester?.name ?? '—'}
        </MD>
        <SM>{t('customer.language', { language: languageName(snapshot.locale, locale) })}</SM>
      </Section>

      <Section aria-labelledby="turnaround-csat">
        <Heading id="turnaround-csat">{t('csat.title')}</Heading>
        <CsatBadge csat={snapshot.csat} testId="ticket-csat" />
        {snapshot.csat?.comment && <Quote>{t('csat.comment', { comment: snapshot.csat.comment })}</Quote>}
        {snapshot.csat?.reason && <SM>{t('csat.reason', { reason: snapshot.csat.reason })}</SM>}
      </Section>

      <Section aria-labelledby="turnaround-metrics">
        <Heading id="turnaround-metrics">{t('metrics.title')}</Heading>
        <SM data-testid="reopens">
          {reopens > 0 ? t('metrics.reopens', { count: reopens }) : t('metrics.noReopens')}
        </SM>
        <SM data-testid="reply-gap">
          {!gap || gap.minutes < 1
            ? t('metrics.noReplyGap')
            : t(gap.toCommentIndex === null ? 'metrics.waiting' : 'metrics.replyGap', {
                duration: formatDuration(gap.minutes, i18n),
              })}
        </SM>
      </Section>

      <Section aria-labelledby="turnaround-history">
        <Heading id="turnaround-history">{t('history.title')}</Heading>
        {history.length === 0 ? (
          <SM>{t('history.empty')}</SM>
        ) : (
          <>
            <SM>
              {t('customer.earlierCount', { count: history.length })}
              {badEarlier > 0 && ` · ${t('history.badSummary', { count: badEarlier })}`}
            </SM>
            <List data-testid="earlier-tickets">
              {history.slice(0, 10).map((ticket) => (
                <Row key={ticket.id} data-testid="earlier-ticket">
                  <RowText>
                    <Ellipsis title={ticket.subject}>
                      <SM tag="span">#{ticket.id} </SM>
                      <SM tag="span" isBold>
                        {ticket.subject}
                      </SM>
                    </Ellipsis>
                    <SM>
                      {formatDate(ticket.createdAt, locale)} · {t(`history.status.${ticket.status}`)}
                    </SM>
                    {ticket.csat?.comment && (
                      <Quote>{t('csat.comment', { comment: ticket.csat.comment })}</Quote>
                    )}
                  </RowText>
                  <RowBadge>
                    <CsatBadge csat={ticket.csat} />
                  </RowBadge>
                </Row>
              ))}
            </List>
          </>
        )}
      </Section>
    </div>
  )
}
