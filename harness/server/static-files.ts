import { readFile, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Serves a file below `root`; answers 404 for anything else (including `..` escapes).
 * `fallback` (relative to root) is served for unknown paths without an extension: the host page's SPA entry.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  options: { fallback?: string } = {},
): Promise<void> {
  const absoluteRoot = resolve(root)
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  let target = normalize(join(absoluteRoot, decoded))
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) {
    response.writeHead(403).end('Forbidden')
    return
  }
  const isFile = await stat(target)
    .then((info) => info.isFile())
    .catch(() => false)
  if (!isFile) {
    const indexFile = join(target, 'index.html')
    const hasIndex = await stat(indexFile)
      .then((info) => info.isFile())
      .catch(() => false)
    if (hasIndex) target = indexFile
    else if (options.fallback && extname(decoded) === '') target = join(absoluteRoot, options.fallback)
    else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${decoded}`)
      return
    }
  }
  const content = await readFile(target)
  response
    .writeHead(200, {
      'content-type': contentTypeFor(target),
      'content-length': String(content.length),
      // Always fresh: a rebuilt app must show up on reload, and the bench measures uncached loads.
      'cache-control': 'no-store',
    })
    .end(content)
}
