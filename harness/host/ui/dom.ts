import { accountNow } from '../account-time'

/** Tiny DOM builder. Text always goes through textContent: ticket text never becomes HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Array<Node | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (options.className) node.className = options.className
  if (options.text !== undefined) node.textContent = options.text
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value)
  for (const child of children) if (child) node.append(child)
  return node
}

export function clear(node: Element): void {
  node.replaceChildren()
}

/** How long before the fake account's now `iso` was (the account's clock may be ahead of this computer's). */
export function relativeTime(iso: string, now = accountNow()): string {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours} h ago`
  return `${Math.round(hours / 24)} days ago`
}
