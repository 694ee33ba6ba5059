import type { EditorInsertRecord, HarnessGlobal } from '../recorder'
import type { TicketDraft } from '../workspace-data'
import type { AppInstance } from './app-instance'
import { htmlToText } from './editor-html'
import { asTags } from './get-set'
import { clientError, type ZafError } from './zaf-wire'

/**
 * `invoke` actions on the page itself: the instance's iframe size, notifications, the reply editor and the
 * ticket's tags. Instance lifecycle actions (`instances.create`, `destroy`) live with the modal manager.
 */

export interface PageActionContext {
  draft: TicketDraft
  recorder: HarnessGlobal
  /** The instance whose client the call was made on (`resize` resizes it), and the calling frame. */
  target: AppInstance
  caller: AppInstance
  onDraftChanged(): void
  onNotify(message: string, kind: string, durationMs: number): void
  broadcast(name: string, data?: unknown): void
}

/** undefined: done; a ZafError: that action failed; 'unknown': no such action. */
export type ActionOutcome = undefined | ZafError | 'unknown'

function cssSize(value: unknown): string | null {
  if (value === undefined || value === null) return null
  return typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value)) ? `${value}px` : String(value)
}

function resize(size: unknown, context: PageActionContext): void {
  const { width, height } = (size ?? {}) as { height?: unknown; width?: unknown }
  const { target, recorder } = context
  const heightCss = cssSize(height)
  if (heightCss) target.iframe.style.height = heightCss
  // The sidebar is a fixed 320 px column; a modal takes the width it asks for.
  const widthCss = target.location === 'modal' ? cssSize(width) : null
  if (widthCss) target.iframe.style.width = widthCss
  if (heightCss && target.location === 'ticket_sidebar' && recorder.instance?.guid === target.guid) {
    recorder.instance.height = heightCss
  }
}

/** Adds to the reply at the editor's cursor, which in the harness's plain textarea is its end. */
function insertIntoReply(
  action: EditorInsertRecord['action'],
  input: unknown,
  context: PageActionContext,
): void {
  const raw = String(input ?? '')
  const text = action === 'comment.appendText' ? raw : htmlToText(raw)
  context.draft.commentText += text
  context.recorder.editorInserts.push({
    at: Date.now(),
    action,
    input: raw,
    text,
    frameGuid: context.caller.guid,
  })
  context.onDraftChanged()
}

function notify(args: unknown[], context: PageActionContext): void {
  const [message, kind, duration] = args
  const sticky = (duration as { sticky?: boolean } | undefined)?.sticky
  const ms = typeof duration === 'number' ? duration : sticky ? 0 : 5000
  const type = typeof kind === 'string' ? kind : 'notice'
  context.onNotify(String(message ?? ''), type, ms)
  context.recorder.notifications.push({ at: Date.now(), message: String(message ?? ''), kind: type })
}

function changeTags(name: string, value: unknown, context: PageActionContext): ActionOutcome {
  const tags = asTags(value)
  if (!tags) return clientError(`${name} expects a tag or an array of tags`)
  const { draft } = context
  draft.tags =
    name === 'ticket.tags.add'
      ? [...new Set([...draft.tags, ...tags])]
      : draft.tags.filter((tag) => !tags.includes(tag))
  context.onDraftChanged()
  context.broadcast('ticket.tags.changed', draft.tags)
  return undefined
}

export function runPageAction(name: string, args: unknown[], context: PageActionContext): ActionOutcome {
  switch (name) {
    case 'resize':
      resize(args[0], context)
      return undefined
    case 'notify':
      notify(args, context)
      return undefined
    case 'ticket.editor.insert':
    case 'comment.appendHtml':
    case 'comment.appendText':
      insertIntoReply(name, args[0], context)
      return undefined
    case 'ticket.tags.add':
    case 'ticket.tags.remove':
      return changeTags(name, args[0], context)
    // `track` is the CDN SDK's usage tracker (`invoke('track', {type})`): answered with an empty result.
    case 'track':
    case 'app.close':
    case 'app.hide':
    case 'app.show':
      return undefined
    default:
      return 'unknown'
  }
}
