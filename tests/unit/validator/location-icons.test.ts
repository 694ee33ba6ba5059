import { describe, expect, it } from 'vitest'
import { errorCodes, validate } from './fixture'

type Json = Record<string, unknown>

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><path fill="currentColor" d="M2 2h14v14H2z"/></svg>'

function withNavBar(icon: string | undefined) {
  return validate({
    manifest: (m: Json) => {
      m.location = {
        support: { ticket_sidebar: { url: 'assets/index.html' }, nav_bar: { url: 'assets/index.html' } },
      }
    },
    ...(icon === undefined ? {} : { extra: { 'assets/icon_nav_bar.svg': icon } }),
  })
}

describe('validator: location icons', () => {
  it('requires assets/icon_nav_bar.svg for a nav_bar location', () => {
    const result = withNavBar(undefined)
    expect(errorCodes(result)).toEqual(['location.missing_icon'])
    expect(result.errors[0]?.message).toContain('assets/icon_nav_bar.svg')
  })

  it('accepts a plain SVG icon', () => {
    expect(withNavBar(ICON).errors).toEqual([])
  })

  it('refuses an icon Zendesk would sanitise or that is not an SVG', () => {
    expect(errorCodes(withNavBar('<png/>'))).toEqual(['location.invalid_icon'])
    expect(errorCodes(withNavBar(ICON.replace('<path', '<script>x()</script><path')))).toEqual([
      'location.invalid_icon',
    ])
    expect(errorCodes(withNavBar(ICON.replace('<path', '<path onclick="x()"')))).toEqual([
      'location.invalid_icon',
    ])
    expect(
      errorCodes(withNavBar(ICON.replace('<path', '<image href="https://x.example/a.png"/><path'))),
    ).toEqual(['location.invalid_icon'])
    expect(errorCodes(withNavBar(ICON.replace(' viewBox="0 0 18 18"', '')))).toEqual([
      'location.invalid_icon',
    ])
  })

  it('asks nothing of a ticket sidebar app', () => {
    expect(validate({}).errors).toEqual([])
  })
})
