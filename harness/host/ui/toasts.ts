import { el } from './dom'

/** The agent workspace's notification toasts, used for ZAF `notify`. */
export function showToast(container: HTMLElement, message: string, kind: string, durationMs: number): void {
  const toast = el('div', { className: `toast toast-${kind}`, text: message, attrs: { role: 'status' } })
  container.append(toast)
  if (durationMs > 0) setTimeout(() => toast.remove(), durationMs)
  else toast.addEventListener('click', () => toast.remove())
}
