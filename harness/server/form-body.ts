/**
 * Parses an `application/x-www-form-urlencoded` body with Rails-style nested keys
 * (`ticket[comment][body]=Hi&ticket[tags][]=a`), as jQuery sends an object `data` without a JSON
 * content type and as Zendesk's Rails API reads it. Values stay strings, as they would in Zendesk.
 */
export function parseNestedForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.split('[').map((part, index) => (index === 0 ? part : part.replace(/\]$/, '')))
    let node: Record<string, unknown> | unknown[] = root
    parts.forEach((part, index) => {
      const isLast = index === parts.length - 1
      const nextIsArray = parts[index + 1] === ''
      if (Array.isArray(node)) {
        if (isLast) node.push(value)
        else {
          const child: Record<string, unknown> = {}
          node.push(child)
          node = child
        }
        return
      }
      if (isLast) {
        node[part] = value
        return
      }
      const existing: unknown = node[part]
      const child = existing ?? (nextIsArray ? [] : {})
      node[part] = child
      node = child as Record<string, unknown> | unknown[]
    })
  }
  return arraysFromIndexedObjects(root) as Record<string, unknown>
}

/** `{0: {...}, 1: {...}}` (from `a[0][id]=…`) becomes an array, as Rack does for jQuery's indexed arrays. */
function arraysFromIndexedObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arraysFromIndexedObjects)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).map(([key, child]) => [key, arraysFromIndexedObjects(child)] as const)
  const indexed = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))
  if (indexed) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child)
  return Object.fromEntries(entries)
}
