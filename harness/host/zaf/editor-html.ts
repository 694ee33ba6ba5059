/**
 * What Zendesk's editor does with HTML an app inserts (`ticket.editor.insert`, `comment.appendHtml`): it
 * "goes through a HTML sanitizer and normalizer … removing most CSS and some HTML tags". The harness's
 * reply box is plain text, so after sanitising, the HTML is rendered to text the way a plain-text comment
 * body reads: paragraphs apart by a blank line, `<br>` a line break, list items on their own lines,
 * entities decoded, whitespace collapsed outside `<pre>`.
 */

/** Elements whose content never reaches the editor. */
const DROPPED = 'script, style, noscript, template, iframe, object, embed, link, meta, title, head'
const PARAGRAPHS = new Set([
  'P',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'TABLE',
])
const LINES = new Set(['DIV', 'LI', 'TR', 'DT', 'DD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER'])

/** Parsed inert (DOMParser runs no scripts, loads nothing) and stripped of scripts, styles and handlers. */
export function sanitiseHtml(html: string): HTMLElement {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  for (const node of body.querySelectorAll(DROPPED)) node.remove()
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase()
      const isScriptUrl = /^\s*(javascript|vbscript|data):/i.test(attribute.value)
      if (name.startsWith('on') || name === 'style' || isScriptUrl) element.removeAttribute(attribute.name)
    }
  }
  return body
}

type Piece = { text: string } | { gap: 1 | 2 }

function collect(node: Node, pieces: Piece[], preformatted: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const raw = node.textContent ?? ''
    pieces.push({ text: preformatted ? raw : raw.replace(/\s+/g, ' ') })
    return
  }
  if (!(node instanceof Element)) return
  if (node.tagName === 'BR') {
    pieces.push({ text: '\n' })
    return
  }
  const gap = PARAGRAPHS.has(node.tagName) ? 2 : LINES.has(node.tagName) ? 1 : 0
  if (gap) pieces.push({ gap })
  for (const child of node.childNodes) collect(child, pieces, preformatted || node.tagName === 'PRE')
  if (gap) pieces.push({ gap })
}

/** Joins text pieces; neighbouring block gaps merge into the larger one, and none lead or trail. */
function join(pieces: Piece[]): string {
  let out = ''
  let pendingGap = 0
  for (const piece of pieces) {
    if ('gap' in piece) {
      pendingGap = Math.max(pendingGap, piece.gap)
      continue
    }
    let text = piece.text
    if (out === '' || out.endsWith('\n') || pendingGap) text = text.replace(/^ +/, '')
    if (text === '') continue
    if (pendingGap && out !== '') out = out.replace(/[ \n]+$/, '') + '\n'.repeat(pendingGap)
    pendingGap = 0
    out += text
  }
  return out.replace(/[ \n]+$/, '')
}

export function htmlToText(html: string): string {
  const pieces: Piece[] = []
  collect(sanitiseHtml(html), pieces, false)
  return join(pieces)
}
