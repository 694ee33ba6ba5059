import { error, type Finding } from './issues'
import { isUiLessApp, MANIFEST_FILE } from './manifest'
import { readFileText, type AppPackage } from './package-content'
import { isJsonObject, type JsonObject } from './shapes'

/**
 * Locations Zendesk shows as an icon (the gem's `LOCATIONS_WITH_ICONS_PER_PRODUCT`, Support): an app there needs
 * `assets/icon_<location>.svg`, which Zendesk recolours for the nav bar and top bar and sanitises on upload. An
 * icon with scripts, event handlers or external references would be stripped or refused, so it is an error here.
 */
export const LOCATIONS_WITH_ICONS = ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'] as const
const SUPPORT_KEYS = ['support', 'zendesk']

export const iconPathFor = (location: string) => `assets/icon_${location}.svg`

function svgProblem(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim()
  if (!/^<svg[\s>]/i.test(body) || !/<\/svg>\s*$/i.test(body)) return 'is not an SVG document (<svg>…</svg>)'
  if (!/\bviewBox\s*=/.test(body)) return 'has no viewBox, so Zendesk cannot scale it to the nav bar'
  if (/<script[\s>]/i.test(body)) return 'contains a <script>'
  if (/<foreignObject[\s>]/i.test(body)) return 'contains a <foreignObject>'
  if (/\son[a-z]+\s*=/i.test(body)) return 'has an event handler attribute (on…=)'
  if (/(?:xlink:)?href\s*=\s*["'](?!#)/i.test(body)) return 'refers to something outside the icon (href)'
  return undefined
}

export function checkLocationIcons(manifest: JsonObject, pkg: AppPackage): Finding[] {
  if (isUiLessApp(manifest) || !isJsonObject(manifest.location)) return []
  const findings: Finding[] = []
  for (const key of SUPPORT_KEYS) {
    const locations = manifest.location[key]
    if (!isJsonObject(locations)) continue
    for (const location of LOCATIONS_WITH_ICONS) {
      if (!(location in locations)) continue
      const path = iconPathFor(location)
      const text = readFileText(pkg, path)
      if (text === undefined) {
        findings.push(
          error(
            'location.missing_icon',
            MANIFEST_FILE,
            `The ${location} location needs its icon ${path} (an SVG Zendesk shows in the ${location.replace('_', ' ')}).`,
          ),
        )
        continue
      }
      const problem = svgProblem(text)
      if (problem) findings.push(error('location.invalid_icon', path, `${path} ${problem}.`))
    }
  }
  return findings
}
