import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  add,
  compare,
  formatMoney,
  minorUnitExponent,
  money,
  parseMajor,
  percentOf,
  subtract,
  sum,
  toMajorString,
} from '../../src/core/money'
import { roundDownToNiceFigure, sizeGesture } from '../../src/core/playbook/compensation'

const currency = fc.constantFrom('EUR', 'USD', 'JPY', 'KRW', 'NOK', 'THB', 'KWD', 'BRL')
const minor = fc.integer({ min: 0, max: 1_000_000_000_00 })

describe('money arithmetic (property-based)', () => {
  it('writing an amount as major units and reading it back is exact', () => {
    fc.assert(
      fc.property(minor, currency, (amountMinor, code) => {
        const amount = money(amountMinor, code)
        expect(parseMajor(toMajorString(amount), code)).toEqual(amount)
      }),
    )
  })

  it('reads the same amount with either decimal mark and with grouping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const expected = money(whole * 100 + cents, 'EUR')
          const fraction = String(cents).padStart(2, '0')
          const grouped = whole.toLocaleString('en-US')
          expect(parseMajor(`${whole}.${fraction}`, 'EUR')).toEqual(expected)
          expect(parseMajor(`${whole},${fraction}`, 'EUR')).toEqual(expected)
          expect(parseMajor(`${grouped}.${fraction}`, 'EUR')).toEqual(expected)
          expect(parseMajor(`${grouped.replaceAll(',', ' ')},${fraction}`, 'EUR')).toEqual(expected)
        },
      ),
    )
  })

  it('never accepts more decimals than the currency has', () => {
    fc.assert(
      fc.property(currency, fc.integer({ min: 1, max: 9 }), (code, digit) => {
        const exponent = minorUnitExponent(code)
        if (exponent === 0) return
        expect(parseMajor(`1.${'0'.repeat(exponent)}${digit}${digit}${digit}${digit}`, code)).toBeNull()
      }),
    )
  })

  it('adds and subtracts without drift, in any order', () => {
    fc.assert(
      fc.property(fc.array(minor, { maxLength: 50 }), (amounts) => {
        const list = amounts.map((amount) => money(amount, 'EUR'))
        const total = sum(list, 'EUR')
        expect(total.amountMinor).toBe(amounts.reduce((a, b) => a + b, 0))
        expect(sum([...list].reverse(), 'EUR')).toEqual(total)
        expect(list.reduce((rest, amount) => subtract(rest, amount), total).amountMinor).toBe(0)
      }),
    )
  })

  it('a share of an amount never exceeds it, and rounding to a nice figure only rounds down', () => {
    fc.assert(
      fc.property(minor, currency, fc.integer({ min: 0, max: 100 }), (amountMinor, code, percent) => {
        const amount = money(amountMinor, code)
        const share = percentOf(amount, percent)
        expect(compare(share, amount)).toBeLessThanOrEqual(0)
        expect(share.amountMinor).toBeGreaterThanOrEqual(0)
        const nice = roundDownToNiceFigure(amount)
        expect(compare(nice, amount)).toBeLessThanOrEqual(0)
        expect(nice.amountMinor % 10 ** minorUnitExponent(code)).toBe(0)
      }),
    )
  })

  it('a suggested gesture never exceeds the ceiling or the per-ticket cap', () => {
    fc.assert(
      fc.property(
        minor,
        minor,
        fc.constantFrom('medium', 'high') as fc.Arbitrary<'medium' | 'high'>,
        fc.constantFrom('standard', 'loyal', 'high') as fc.Arbitrary<'standard' | 'loyal' | 'high'>,
        fc.boolean(),
        (cap, ceiling, band, value, gift) => {
          const amount = sizeGesture({
            band,
            value,
            gift,
            perTicketCap: money(cap, 'EUR'),
            ceiling: money(ceiling, 'EUR'),
          })
          expect(amount.amountMinor).toBeLessThanOrEqual(Math.min(cap, ceiling))
          expect(amount.amountMinor).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })

  it('refuses to mix currencies', () => {
    expect(() => add(money(1, 'EUR'), money(1, 'USD'))).toThrow(/cannot combine EUR with USD/)
  })

  it('formats for people in their locale, exactly', () => {
    expect(formatMoney(money(123456, 'EUR'), 'de')).toMatch(/^1\.234,56\s€$/u)
    expect(formatMoney(money(1500, 'JPY'), 'ja')).toMatch(/1,500/)
    fc.assert(
      fc.property(
        minor,
        currency,
        fc.constantFrom('en', 'de', 'ja', 'ko', 'th', 'nb', 'fr', 'es', 'pt'),
        (amountMinor, code, locale) => {
          expect(formatMoney(money(amountMinor, code), locale).length).toBeGreaterThan(0)
        },
      ),
    )
  })
})
