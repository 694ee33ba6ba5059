/** A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes. Throws on anything else. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let index = 0
  while (index < text.length) {
    let cell = ''
    if (text[index] === '"') {
      index += 1
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quoted field')
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            cell += '"'
            index += 2
            continue
          }
          index += 1
          break
        }
        cell += text[index]
        index += 1
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\r') {
        if (text[index] === '"' || text[index] === '\n')
          throw new Error(`bare ${JSON.stringify(text[index])} at ${index}`)
        cell += text[index]
        index += 1
      }
    }
    row.push(cell)
    if (text[index] === ',') {
      index += 1
    } else if (text.startsWith('\r\n', index)) {
      rows.push(row)
      row = []
      index += 2
    } else if (index < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`)
    }
  }
  if (row.length) throw new Error('the last record has no CRLF')
  return rows
}
