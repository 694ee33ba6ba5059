import { createHash } from 'node:crypto'

/**
 * The links a CSAT email carries. Zendesk has two mutually exclusive CSAT systems: legacy (the
 * `{{satisfaction.rating_section}}` with good/bad links) and the updated CSAT (`{{satisfaction.survey_*}}`).
 * Legacy URLs have Zendesk's shape (`/requests/<id>/satisfaction/new/<token>`, with `intention=16` for good
 * and `4` for bad); the updated CSAT's are a stand-in (`/hc/survey_responses/<token>`; ASSUMPTION: Zendesk's
 * real survey URLs carry an access token we cannot reproduce). Both are on the fake account's domain and
 * lead nowhere: in the harness the requester's answer is given with the rating control
 * (`POST /__harness/tickets/{id}/rating`).
 */

export type CsatMode = 'legacy' | 'updated'

/** A stable per-ticket token: the same ticket's emails carry the same links. */
export function ratingToken(ticketId: number): string {
  return createHash('sha256').update(`turnaround-harness-rating:${ticketId}`).digest('hex').slice(0, 24)
}

export interface CsatLinks {
  ratingUrl: string
  ratingSection: string
  surveyUrl: string
  surveySection: string
}

export function csatLinks(accountUrl: string, ticketId: number): CsatLinks {
  const token = ratingToken(ticketId)
  const ratingUrl = `${accountUrl}/requests/${ticketId}/satisfaction/new/${token}?locale=1`
  const surveyUrl = `${accountUrl}/hc/survey_responses/${ticketId}-${token}`
  return {
    ratingUrl,
    ratingSection: [
      'How would you rate the support you received?',
      `Good, I'm satisfied: ${ratingUrl}&intention=16`,
      `Bad, I'm unsatisfied: ${ratingUrl}&intention=4`,
    ].join('\n'),
    surveyUrl,
    surveySection: ['How would you rate our support?', `Rate it here: ${surveyUrl}`].join('\n'),
  }
}
