import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../src/cli/args'
import { ScanUsageError, parseScanArgs, tokenize } from '../../../src/cli/scan/args'
import { resolveSince } from '../../../src/cli/scan/since'

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0) / 1000
const BASE = ['--subdomain', 'acme', '--email', 'lead@acme.test', '--token-env', 'ZD_TOKEN', '--since', '7d']
const parse = (...extra: string[]) => parseScanArgs([...BASE, ...extra], NOW)
const problem = (argv: string[]) => {
  try {
    parseScanArgs(argv, NOW)
  } catch (error) {
    expect(error).toBeInstanceOf(ScanUsageError)
    return (error as Error).message
  }
  throw new Error('expected a usage error')
}

describe('turnaround scan options', () => {
  it('routes `scan` with its own words to the scan parser', () => {
    expect(parseArgs(['scan', '--subdomain', 'acme'])).toEqual({
      kind: 'scan',
      argv: ['--subdomain', 'acme'],
    })
    expect(parseArgs(['scan', '--help'])).toEqual({ kind: 'help' })
  })

  it('reads a full command', () => {
    expect(
      parse('--tag', '--out', 'flagged.jsonl', '--state=s.json', '--sensitivity', 'high', '--sla', '60'),
    ).toEqual({
      baseUrl: 'https://acme.zendesk.com',
      account: 'acme',
      email: 'lead@acme.test',
      tokenEnv: 'ZD_TOKEN',
      since: NOW - 7 * 86_400,
      tag: true,
      dryRun: false,
      out: 'flagged.jsonl',
      state: 's.json',
      sensitivity: 'high',
      slaMinutes: 60,
    })
  })

  it('defaults to listing to stdout with normal sensitivity', () => {
    expect(parse()).toMatchObject({
      tag: false,
      dryRun: false,
      out: null,
      state: null,
      sensitivity: 'normal',
    })
  })

  it('takes --url for the harness, plain http only to this machine', () => {
    const local = parseScanArgs(
      ['--url', 'http://localhost:4567/', '--email', 'a@b.c', '--token-env', 'T', '--since', '1d'],
      NOW,
    )
    expect(local).toMatchObject({ baseUrl: 'http://localhost:4567', account: 'localhost:4567' })
    expect(parse('--url', 'https://support.acme.test').baseUrl).toBe('https://support.acme.test')
    expect(problem([...BASE, '--url', 'http://support.acme.test'])).toContain('--url must be https')
  })

  it('names every mistake with its option', () => {
    expect(problem(['--email', 'a@b.c', '--token-env', 'T', '--since', '7d'])).toContain(
      '--subdomain or --url is required',
    )
    expect(problem(['--subdomain', 'acme', '--token-env', 'T', '--since', '7d'])).toContain(
      '--email is required',
    )
    expect(problem(['--subdomain', 'acme', '--email', 'a@b.c', '--since', '7d'])).toContain(
      '--token-env is required',
    )
    expect(problem(['--subdomain', 'acme', '--email', 'a@b.c', '--token-env', 'T'])).toContain(
      '--since is required',
    )
    expect(problem([...BASE.slice(0, 5), 'my secret token', '--since', '7d'])).toContain(
      '--token-env must be an environment variable name',
    )
    expect(problem([...BASE, '--sensitivity', 'extreme'])).toContain('--sensitivity')
    expect(problem([...BASE, '--sla', '-5'])).toContain('--sla must be a positive number of minutes')
    expect(problem(['--subdomain', 'acme.zendesk.com', ...BASE.slice(2)])).toContain(
      '--subdomain must be the account name',
    )
    expect(problem([...BASE, '--email', 'x'])).toContain('--email is given twice')
  })

  it('refuses unknown options, stray words, values for flags and flags without values', () => {
    expect(() => tokenize(['--token', 'abc'])).toThrow('unknown option "--token"')
    expect(() => tokenize(['acme'])).toThrow('unexpected argument "acme"')
    expect(() => tokenize(['--tag=yes'])).toThrow('--tag takes no value')
    expect(() => tokenize(['--out'])).toThrow('--out needs a value')
    expect(() => tokenize(['--out', '--tag'])).toThrow('--out needs a value')
    expect(tokenize(['--out=--odd-name.jsonl'])).toEqual({ out: '--odd-name.jsonl' })
  })
})

describe('--since', () => {
  it('takes durations and UTC dates', () => {
    expect(resolveSince('30m', NOW)).toEqual({ ok: true, seconds: NOW - 1_800 })
    expect(resolveSince('12h', NOW)).toEqual({ ok: true, seconds: NOW - 43_200 })
    expect(resolveSince('7d', NOW)).toEqual({ ok: true, seconds: NOW - 604_800 })
    expect(resolveSince('2W', NOW)).toEqual({ ok: true, seconds: NOW - 1_209_600 })
    expect(resolveSince('2026-03-01', NOW)).toEqual({ ok: true, seconds: Date.UTC(2026, 2, 1) / 1000 })
    expect(resolveSince('2026-03-01T09:30:00Z', NOW)).toEqual({
      ok: true,
      seconds: Date.UTC(2026, 2, 1, 9, 30) / 1000,
    })
    expect(resolveSince('2026-03-01T09:30:00+02:00', NOW)).toEqual({
      ok: true,
      seconds: Date.UTC(2026, 2, 1, 7, 30) / 1000,
    })
  })

  it('refuses what the export would refuse or what is not a time', () => {
    expect(resolveSince('0m', NOW)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('a minute in the past'),
    })
    expect(resolveSince('2026-03-11', NOW)).toMatchObject({ ok: false })
    expect(resolveSince('last week', NOW)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('30m, 12h, 7d, 2w'),
    })
    expect(resolveSince('2026-13-45', NOW)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a valid date'),
    })
  })
})
