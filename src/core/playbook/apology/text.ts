/** Plain-text hygiene for the untrusted name and quote, and the whitespace tidying of composed sentences. */

// Control characters, bidi overrides/isolates (they can make inserted text display out of order) and
// zero-width spaces/BOM. The zero-width joiner stays: emoji and some scripts need it.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const ANY_SPACE = /[\s\u3000]+/g

/** Untrusted text as one clean line: invisible characters dropped, newlines and runs of spaces collapsed. */
export function cleanLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim()
}

/**
 * Tidies a rendered sentence: an optional fact left out of a template can leave a double space or a space
 * before a comma or full stop. Only ASCII spaces are touched, so French no-break spaces stay.
 */
export function tidySentence(sentence: string): string {
  return sentence
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim()
}

/** Words in a Latin-script draft: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
}

/** Visible characters, for scripts written without spaces between words. */
export function countChars(text: string): number {
  return text.replace(/\s/g, '').length
}
