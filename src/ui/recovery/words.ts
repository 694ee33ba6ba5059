import { formatMoney, type Money } from '../../core/money'
import type { NoteWriter } from '../../core/recovery/note'
import type { Why } from '../../core/playbook/types'
import type { Translator } from '../i18n/translate'
import { reasonTitle } from '../ticket_sidebar/ReasonItem'

/** Dates, times and money for people, in the agent's locale; always from UTC data. */
export function dayText(day: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    )
  } catch {
    return day
  }
}

/** A moment for people: in the agent's own time zone on screen, in UTC (said so) in notes read by a team. */
export function dateTimeText(iso: string, locale: string, zone: 'local' | 'utc' = 'local'): string {
  try {
    const text = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(zone === 'utc' ? { timeZone: 'UTC' } : {}),
    }).format(new Date(iso))
    return zone === 'utc' ? `${text} UTC` : text
  } catch {
    return iso
  }
}

/** "December 2026" from a budget month "2026-12". */
export function monthText(month: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    )
  } catch {
    return month
  }
}

export const moneyText = (amount: Money, locale: string) => formatMoney(amount, locale)

/** A playbook reason in the agent's language; a failure type or gesture in a param is translated too. */
export function whyText(why: Why, i18n: Translator): string {
  const params = { ...why.params }
  if (typeof params.failureType === 'string')
    params.failure = i18n.t(`recovery.failureType.${params.failureType}`)
  if (typeof params.gesture === 'string') params.gesture = i18n.t(`recovery.gestureType.${params.gesture}`)
  return i18n.t(`recovery.why.${why.key}`, params)
}

/** The internal note's wording, in the agent's language (notes are for the team, not the customer). */
export function noteWriter(i18n: Translator): NoteWriter {
  return {
    t: (key, params) => i18n.t(key, params),
    reason: (reason) => reasonTitle(reason, i18n),
    money: (amount) => moneyText(amount, i18n.locale),
    dateTime: (iso) => dateTimeText(iso, i18n.locale, 'utc'),
    date: (day) => dayText(day, i18n.locale),
  }
}
