import { describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import { describeRequest, toHelpdeskError, withQuery } from '../../../src/helpdesk/http'
import { readRemoteError } from '../../../src/helpdesk/http/remote-error'

describe('query strings', () => {
  it('encodes keys and values, keeps brackets readable and leaves out undefined', () => {
    expect(withQuery('/api/v2/tickets/1/comments.json', { 'page[size]': 100, sort_order: 'desc' })).toBe(
      '/api/v2/tickets/1/comments.json?page[size]=100&sort_order=desc',
    )
    expect(withQuery('/s.json', { query: 'a&b=c é', 'x y': true, gone: undefined })).toBe(
      '/s.json?query=a%26b%3Dc%20%C3%A9&x%20y=true',
    )
  })

  it('extends a query already on the path, and leaves a path without query alone', () => {
    expect(withQuery('/p.json?a=1', { b: 2 })).toBe('/p.json?a=1&b=2')
    expect(withQuery('/p.json', { only: undefined })).toBe('/p.json')
    expect(withQuery('/p.json', undefined)).toBe('/p.json')
  })
})

describe('request names', () => {
  it('is METHOD and path, without origin or query', () => {
    expect(describeRequest({ method: 'put', path: '/api/v2/tickets/1.json?x=1' })).toBe(
      'PUT /api/v2/tickets/1.json',
    )
    expect(describeRequest({ url: 'https://acme.zendesk.com/api/v2/users/me.json' })).toBe(
      'GET /api/v2/users/me.json',
    )
  })

  it('wraps a stray error as unexpected, naming the request, and passes a HelpdeskError through', () => {
    const known = new HelpdeskError('conflict', 'x')
    expect(toHelpdeskError(known)).toBe(known)
    expect(toHelpdeskError(new TypeError('boom'), 'GET /a.json')).toMatchObject({
      code: 'unexpected',
      message: 'GET /a.json failed: boom',
      details: { source: 'GET /a.json' },
    })
  })
})

describe('Zendesk’s explanation of an error', () => {
  it('reads the classic shape with field details, naming a field only when the text does not', () => {
    const body = {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        base: [{ description: 'Custom field 360001 is not valid', error: 'InvalidValue' }],
        status: [{ description: 'Status: closed prevents ticket update', error: 'InvalidValue' }],
      },
    }
    expect(readRemoteError(body, JSON.stringify(body))).toEqual({
      name: 'RecordInvalid',
      problem:
        'RecordInvalid: Record validation errors (base: Custom field 360001 is not valid; Status: closed prevents ticket update)',
    })
  })

  it('reads a sentence as the error, the title/message object and the errors list', () => {
    expect(readRemoteError({ error: "Couldn't authenticate you" }, '')).toEqual({
      problem: "Couldn't authenticate you",
    })
    expect(readRemoteError({ error: { title: 'Forbidden', message: 'No access' } }, '')).toEqual({
      name: 'Forbidden',
      problem: 'Forbidden: No access',
    })
    const list = {
      errors: [
        { code: 'RecordNotFound', status: '404', title: 'Not found', detail: 'No record with key rec-1' },
        { code: 'Other', title: 'Second' },
      ],
    }
    expect(readRemoteError(list, '')).toEqual({
      name: 'RecordNotFound',
      problem: 'Not found: No record with key rec-1; Second',
    })
  })

  it('keeps plain text, drops an HTML page and clips a long explanation', () => {
    expect(readRemoteError(undefined, '  Service\n unavailable ')).toEqual({ problem: 'Service unavailable' })
    expect(readRemoteError(undefined, '<html><body>502</body></html>')).toEqual({})
    expect(readRemoteError(null, '')).toEqual({})
    const long = readRemoteError({ error: 'X', description: 'y'.repeat(1000) }, '').problem ?? ''
    expect(long).toHaveLength(300)
    expect(long.endsWith('…')).toBe(true)
  })
})
