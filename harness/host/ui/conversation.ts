import { draftDiffers, type TicketDraft, type WorkspaceData } from '../workspace-data'
import { clear, el, relativeTime } from './dom'

export interface ConversationHandlers {
  onDraftEdited(): void
  onSubmit(): void
}

/**
 * The middle column: ticket header, the conversation, and the ticket form (the draft ZAF `set` edits).
 * `customerPanel` (the simulated customer's controls) goes under the header; it is the same node on every
 * render, so what is typed into it stays.
 */
export function renderConversation(
  container: HTMLElement,
  data: WorkspaceData,
  draft: TicketDraft,
  handlers: ConversationHandlers,
  customerPanel: HTMLElement | null = null,
): void {
  clear(container)
  const users = new Map(data.users.map((user) => [user.id, user]))
  const requester = users.get(data.ticket.requester_id)
  const rating = data.ticket.satisfaction_rating

  container.append(
    el('header', { className: 'ticket-header' }, [
      el('h1', { text: data.ticket.subject }),
      el('div', { className: 'ticket-meta' }, [
        el('span', { text: `#${data.ticket.id}` }),
        el('span', { className: `status status-${data.ticket.status}`, text: data.ticket.status }),
        el('span', {
          text: `${requester?.name ?? '?'} <${requester?.email ?? ''}> · ${requester?.locale ?? ''}`,
        }),
        el('span', { text: `via ${data.ticket.via.channel}` }),
        rating && rating.score !== 'unoffered'
          ? el('span', {
              className: `csat csat-${rating.score}`,
              text: `CSAT ${rating.score}`,
              attrs: { 'data-testid': 'ticket-csat' },
            })
          : null,
      ]),
      rating?.comment
        ? el('blockquote', {
            className: `csat-comment csat-comment-${rating.score}`,
            text: `“${rating.comment}”`,
            attrs: { 'data-testid': 'ticket-csat-comment' },
          })
        : null,
    ]),
  )
  if (customerPanel) container.append(customerPanel)

  const thread = el('ol', { className: 'thread' })
  for (const comment of data.comments) {
    const author = users.get(comment.author_id)
    const isAgent = author?.role !== 'end-user'
    thread.append(
      el(
        'li',
        { className: `comment ${comment.public ? '' : 'internal'} ${isAgent ? 'agent' : 'customer'}` },
        [
          el('div', { className: 'comment-head' }, [
            el('strong', { text: author?.name ?? String(comment.author_id) }),
            el('span', {
              text: ` · ${relativeTime(comment.created_at)}${comment.public ? '' : ' · internal note'}`,
              attrs: { title: comment.created_at },
            }),
          ]),
          el('div', { className: 'comment-body', text: comment.body }),
        ],
      ),
    )
  }
  container.append(thread)
  container.append(renderTicketForm(data, draft, handlers))
}

function renderTicketForm(
  data: WorkspaceData,
  draft: TicketDraft,
  handlers: ConversationHandlers,
): HTMLElement {
  const editor = el('textarea', {
    className: 'comment-editor',
    attrs: {
      rows: '3',
      placeholder: draft.commentType === 'internalNote' ? 'Internal note' : 'Public reply',
      'aria-label': 'Reply',
      'data-testid': 'reply-editor',
    },
  })
  editor.value = draft.commentText
  editor.addEventListener('input', () => {
    draft.commentText = editor.value
  })
  const type = el('select', { attrs: { 'aria-label': 'Comment type' } }, [
    el('option', { text: 'Public reply', attrs: { value: 'publicReply' } }),
    el('option', { text: 'Internal note', attrs: { value: 'internalNote' } }),
  ])
  type.value = draft.commentType
  type.addEventListener('change', () => {
    draft.commentType = type.value === 'internalNote' ? 'internalNote' : 'publicReply'
  })
  const status = el(
    'select',
    { attrs: { 'aria-label': 'Status' } },
    ['new', 'open', 'pending', 'hold', 'solved'].map((value) =>
      el('option', { text: value, attrs: { value } }),
    ),
  )
  status.value = draft.status
  status.addEventListener('change', () => {
    draft.status = status.value
    handlers.onDraftEdited()
  })
  const submit = el('button', { text: `Submit as ${draft.status}`, attrs: { type: 'button' } })
  submit.addEventListener('click', () => handlers.onSubmit())
  const fieldTitles = new Map(data.ticketFields.map((field) => [field.id, field.title]))
  return el('section', { className: 'ticket-form' }, [
    el('h3', { text: draftDiffers(data, draft) ? 'Ticket form (unsaved changes)' : 'Ticket form' }),
    el('div', { className: 'tags', attrs: { 'data-testid': 'draft-tags' } }, [
      el('span', { text: 'Tags: ' }),
      ...draft.tags.map((tag) => el('code', { text: tag })),
    ]),
    el(
      'ul',
      { className: 'fields' },
      [...draft.customFields].map(([id, value]) =>
        el('li', {
          text: `${fieldTitles.get(id) ?? id}: ${value === null || value === undefined ? '-' : String(value)}`,
        }),
      ),
    ),
    editor,
    el('div', { className: 'form-actions' }, [type, status, submit]),
  ])
}
