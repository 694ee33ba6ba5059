import * as z from 'zod/mini'
import { HelpdeskError } from '../../errors'
import { parseBoundary } from '../../parse'
import type { ConfirmModalBridge, ConfirmSummary } from '../../recovery-ports'
import type { ZafClient } from '../zaf-types'

/**
 * The confirmation modal is a second instance of the app in ZAF's `modal` location. The sidebar creates it,
 * waits for it to say it is ready, sends it the summary, and hears back "confirm" or the modal closing.
 * Events between instances go through `client.instance(guid)` (ZAF SDK), as in Zendesk's modal sample app.
 */
export const MODAL_EVENTS = {
  ready: 'turnaround.confirm.ready',
  summary: 'turnaround.confirm.summary',
  confirm: 'turnaround.confirm.yes',
} as const

const MODAL_SIZE = { width: '600px', height: '640px' }

export async function confirmInModal(client: ZafClient, summary: ConfirmSummary): Promise<boolean> {
  const created = (await client.invoke('instances.create', {
    location: 'modal',
    url: 'assets/index.html',
    size: MODAL_SIZE,
  })) as Record<string, unknown>
  const instances = created['instances.create'] as Array<{ instanceGuid?: unknown }> | undefined
  const guid = instances?.[0]?.instanceGuid
  if (typeof guid !== 'string') {
    throw new HelpdeskError('unexpected', 'Zendesk did not open the confirmation window', {
      source: 'ZAF instances.create',
    })
  }
  const modal = client.instance(guid)
  return new Promise((resolve) => {
    let settled = false
    const settle = (confirmed: boolean) => {
      if (settled) return
      settled = true
      resolve(confirmed)
    }
    modal.on(MODAL_EVENTS.ready, () => modal.trigger(MODAL_EVENTS.summary, summary))
    modal.on(MODAL_EVENTS.confirm, () => settle(true))
    modal.on('modal.close', () => settle(false))
  })
}

const summarySchema = z.object({
  title: z.string(),
  intro: z.string(),
  sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
  notices: z.array(z.string()),
  confirmLabel: z.string(),
  cancelLabel: z.string(),
})

/** Inside the modal: the summary arrives from the sidebar that opened it (checked: it crossed a frame). */
export function modalBridge(client: ZafClient): ConfirmModalBridge {
  return {
    onSummary(listener) {
      client.on(MODAL_EVENTS.summary, (data) =>
        listener(parseBoundary(summarySchema, data, 'the confirmation summary from the sidebar')),
      )
      client.trigger(MODAL_EVENTS.ready)
    },
    async confirm() {
      client.trigger(MODAL_EVENTS.confirm)
      await client.invoke('destroy')
    },
    async close() {
      await client.invoke('destroy')
    },
  }
}
