import { warning, type Finding } from './issues'
import { regularFiles, type AppPackage } from './package-content'

/** Zendesk scans JS and HTML (the gem's `Requests` validation); a hit is a warning, not an error. */
const SCANNED_FILE = /\.(jsx?|mjs|html?)$/i
const HTTP_URL = /\bhttp:\/\/[^\s"'`<>()[\]{}\\,;]+/gi
const MAX_LISTED = 5

/**
 * URLs that are never requested: XML namespace identifiers (React DOM carries the SVG/MathML ones)
 * and hosts that cannot leave the machine or resolve (RFC 2606/6761 names). Reporting them would
 * train people to ignore the warning.
 */
function isHarmless(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  if (host === 'www.w3.org') return true
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return true
  return /\.(localhost|invalid|test|example)$/.test(host)
}

export function findInsecureHttpUrls(text: string): string[] {
  const urls = (text.match(HTTP_URL) ?? []).map((url) => url.replace(/[.:]+$/, ''))
  return [...new Set(urls)].filter((url) => !isHarmless(url))
}

export function checkInsecureHttp(pkg: AppPackage): Finding[] {
  const findings: Finding[] = []
  for (const file of regularFiles(pkg).filter((f) => SCANNED_FILE.test(f.path))) {
    const urls = findInsecureHttpUrls(file.content.toString('utf8'))
    if (urls.length === 0) continue
    const listed = urls.slice(0, MAX_LISTED).join(', ')
    const more = urls.length > MAX_LISTED ? ` and ${urls.length - MAX_LISTED} more` : ''
    findings.push(
      warning(
        'files.insecure_http',
        file.path,
        `${file.path} mentions plain-http URLs (${listed}${more}). Zendesk warns about these: a request to one is blocked on Zendesk's https page, so use https (or ignore it if the URL is only text).`,
      ),
    )
  }
  return findings
}
