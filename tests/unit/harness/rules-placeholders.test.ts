import { describe, expect, it } from 'vitest'
import { createFakeZendesk, type ZendeskTicket } from '../../../harness/fake-zendesk'
import {
  placeholderProblem,
  renderDynamicContent,
  renderPlaceholders,
  type PlaceholderValues,
} from '../../../harness/fake-zendesk/rules/placeholders'

/** The placeholders a rule's email may use, rendered as Zendesk renders them, and the ones refused at install. */

const zendesk = createFakeZendesk()
const fields = zendesk.store.getTicketFields()
const statusField = zendesk.store.requirements.turnaround_status?.requirement_id as number

function values(overrides: Partial<PlaceholderValues> = {}, ticketEdit?: (ticket: ZendeskTicket) => void) {
  const ticket = zendesk.store.getTicket(4201)
  ticketEdit?.(ticket)
  return {
    ticket,
    requesterName: 'Megan Clarke',
    assigneeName: 'Alex Morgan',
    groupName: 'Support',
    accountUrl: 'https://harness.zendesk.com',
    csatMode: 'legacy' as const,
    dynamicContent: (key: string) => (key === 'greeting' ? 'Hi {{ticket.requester.first_name}}' : undefined),
    ...overrides,
  }
}

describe('placeholders', () => {
  it('render the ticket, the people and the link', () => {
    const text =
      '#{{ticket.id}} {{ticket.title}} ({{ticket.status}}) {{ticket.requester.name}} / {{ticket.requester.first_name}} / ' +
      '{{ticket.assignee.name}} / {{ticket.group.name}} / {{ticket.link}} / {{ticket.url}}'
    expect(renderPlaceholders(text, values())).toBe(
      `#4201 ${zendesk.store.getTicket(4201).subject} (Solved) Megan Clarke / Megan / Alex Morgan / Support / ` +
        'https://harness.zendesk.com/agent/tickets/4201 / harness.zendesk.com/agent/tickets/4201',
    )
  })

  it('render an empty value blank, and a custom field as its stored value', () => {
    const text = '[{{ticket.assignee.name}}] [{{ticket.ticket_field_' + statusField + '}}]'
    expect(renderPlaceholders(text, values({ assigneeName: '' }))).toBe('[] []')
    const tagged = values({}, (ticket) => {
      const entry = ticket.custom_fields.find((field) => field.id === statusField)
      if (entry) entry.value = 'turnaround_active'
    })
    expect(renderPlaceholders(text, tagged)).toBe('[Alex Morgan] [turnaround_active]')
  })

  it('render the legacy CSAT section and comment on a legacy account, the survey section on an updated one', () => {
    const text =
      '{{satisfaction.survey_section}}|{{satisfaction.rating_section}}|{{satisfaction.current_comment}}'
    const legacy = renderPlaceholders(text, values())
    const [survey, rating, comment] = legacy.split('|')
    expect(survey).toBe('')
    expect(rating).toMatch(
      /^How would you rate the support you received\?\nGood, I'm satisfied: https:\/\/harness\.zendesk\.com\/requests\/4201\/satisfaction\/new\/[0-9a-f]{24}\?locale=1&intention=16\nBad, I'm unsatisfied: .*&intention=4$/,
    )
    expect(comment).toBe(zendesk.store.getTicket(4201).satisfaction_rating?.comment)
    const updated = renderPlaceholders(text, values({ csatMode: 'updated' }))
    expect(updated).toMatch(
      /^How would you rate our support\?\nRate it here: https:\/\/harness\.zendesk\.com\/hc\/survey_responses\/4201-[0-9a-f]{24}\|\|$/,
    )
  })

  it('render dynamic content first (its own placeholders too), and leave an unknown item as written', () => {
    expect(renderPlaceholders('{{dc.greeting}}! {{dc.missing}}', values())).toBe('Hi Megan! {{dc.missing}}')
    expect(renderDynamicContent('{{dc.greeting}} — {{ticket.id}}', () => 'Hallo')).toBe(
      'Hallo — {{ticket.id}}',
    )
  })

  it('refuse at install what they cannot render', () => {
    expect(placeholderProblem('Hi {{ticket.requester.first_name}} {{ dc.anything }}', fields)).toBeNull()
    expect(placeholderProblem('{{ticket.comments_formatted}}', fields)).toBe(
      'unknown placeholder {{ticket.comments_formatted}}',
    )
    expect(placeholderProblem('{{ticket.ticket_field_42}}', fields)).toBe(
      'unknown placeholder {{ticket.ticket_field_42}}',
    )
    expect(placeholderProblem('{{Ticket.id}}', fields)).toBe('unknown placeholder {{Ticket.id}}')
    expect(placeholderProblem('{% for c in ticket.comments %}{% endfor %}', fields)).toMatch(/Liquid/)
    expect(placeholderProblem('{{ticket.id}}', fields, 'dynamic_content_only')).toMatch(/not allowed here/)
  })
})
