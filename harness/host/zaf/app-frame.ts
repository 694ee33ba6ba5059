import { el } from '../ui/dom'
import type { InstanceLocation } from './app-instance'

/**
 * An app iframe as Zendesk builds one: the app's page on the app origin, with `origin` (the host page,
 * which the SDK posts to and checks), `app_guid` (the new instance's guid) and `colorScheme` in the query.
 */

export interface AppFrameSpec {
  /** The app origin's root (`http://127.0.0.1:PORT/`); app paths such as `assets/index.html` resolve here. */
  appRoot: string
  /** A path relative to the app root (`assets/modal.html`) or an absolute URL on the app origin. */
  url: string
  guid: string
  location: InstanceLocation
  colorScheme: 'light' | 'dark'
}

const SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads'

/** The page URL for an instance, or null when `url` would leave the app's origin. */
export function appPageUrl(spec: AppFrameSpec): URL | null {
  let page: URL
  try {
    page = new URL(spec.url, spec.appRoot)
  } catch {
    return null
  }
  if (page.origin !== new URL(spec.appRoot).origin) return null
  page.searchParams.set('origin', window.location.origin)
  page.searchParams.set('app_guid', spec.guid)
  page.searchParams.set('colorScheme', spec.colorScheme)
  return page
}

/** The iframe element, without `src`: set it once the frame is in the document and its host listens. */
export function createAppIframe(spec: AppFrameSpec, className: string): HTMLIFrameElement {
  return el('iframe', {
    className,
    attrs: {
      title: 'Turnaround',
      name: `app_Turnaround_${spec.location}_${spec.guid}`,
      sandbox: SANDBOX,
      'data-instance-guid': spec.guid,
    },
  })
}
