import { describe, expect, it } from 'vitest'
import { languagesOfTicket } from '../../../src/core/detect'
import {
  dominantOf,
  identifiedLanguages,
  latinLanguagesFor,
  markerCounts,
} from '../../../src/core/detect/language-id'
import { normalize } from '../../../src/core/detect/normalize'
import { ticket } from './ticket'

const counts = (text: string) => markerCounts(normalize(text).text)

describe('language identification by function words', () => {
  it.each([
    ['en', 'I have been waiting for the refund and nobody is answering my emails.'],
    ['de', 'Ich warte seit einer Woche auf die Erstattung und niemand antwortet mir.'],
    ['es', 'Llevo una semana esperando el reembolso y nadie me contesta los correos.'],
    ['fr', "J'attends le remboursement depuis une semaine et personne ne me répond."],
    ['pt', 'Estou esperando o reembolso há uma semana e ninguém responde os e-mails.'],
    ['nb', 'Jeg har ventet på refusjonen i en uke, og ingen svarer på e-postene mine.'],
  ])('names %s first', (lang, text) => {
    expect(dominantOf(counts(text), null)).toBe(lang)
    expect(identifiedLanguages(counts(text))).toContain(lang)
  })

  it('leaves a text with too few function words unidentified', () => {
    expect(identifiedLanguages(counts('Refund please'))).toEqual([])
    expect(identifiedLanguages(counts('Pésimo servicio!!!'))).toEqual([])
  })

  it('lets the locale win a tie', () => {
    expect(dominantOf(counts('no me'), 'es')).toBe('es')
    expect(dominantOf(counts(''), 'fr')).toBe('fr')
  })

  it('always keeps the locale, adds what the text is written in, and falls back to all when nothing says', () => {
    expect(latinLanguagesFor('de', [counts('Kurz: kaputt')])).toEqual(['de'])
    expect(latinLanguagesFor('en', [counts('Je suis très déçu par le service.')])).toEqual(['en', 'fr'])
    expect(latinLanguagesFor(null, [counts('Refund??')])).toEqual(['en', 'de', 'es', 'fr', 'pt', 'nb'])
    expect(latinLanguagesFor('ja', [null])).toEqual([])
  })

  it('reads a ticket in the languages of its customer text and scripts, never agent replies', () => {
    const mixed = ticket('ko', [
      '배송이 너무 늦어요. 벌써 일주일째예요.',
      'agent: Hello, we are looking into this for you and will get back to you soon.',
    ])
    expect(languagesOfTicket(mixed)).toEqual(['ko'])
  })
})
