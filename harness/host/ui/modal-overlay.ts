import { el } from './dom'

/**
 * The agent workspace's app modal: a backdrop over the page and a dialog holding the modal instance's
 * iframe at the size the app asked for. The close button and Escape ask the host to destroy the instance;
 * the host removes the overlay.
 */

export interface ModalOverlayOptions {
  title: string
  iframe: HTMLIFrameElement
  size: { width: string; height: string }
  onCloseRequested(reason: 'close-button' | 'escape'): void
}

export interface ModalOverlay {
  element: HTMLElement
  remove(): void
}

export function openModalOverlay(layer: HTMLElement, options: ModalOverlayOptions): ModalOverlay {
  const close = el('button', {
    className: 'modal-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close modal', 'data-testid': 'modal-close' },
  })
  close.addEventListener('click', () => options.onCloseRequested('close-button'))
  options.iframe.style.width = options.size.width
  options.iframe.style.height = options.size.height
  const dialog = el('div', { className: 'app-modal', attrs: { role: 'dialog', 'aria-modal': 'true' } }, [
    el('div', { className: 'app-modal-head' }, [el('span', { text: options.title }), close]),
    options.iframe,
  ])
  dialog.setAttribute('aria-label', options.title)
  const backdrop = el('div', { className: 'app-modal-backdrop' }, [dialog])
  // Escape while focus is on the host page (a cross-origin iframe keeps its own key events).
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && layer.lastElementChild === backdrop) options.onCloseRequested('escape')
  }
  document.addEventListener('keydown', onKey)
  layer.append(backdrop)
  close.focus()
  return {
    element: backdrop,
    remove: () => {
      document.removeEventListener('keydown', onKey)
      backdrop.remove()
    },
  }
}
