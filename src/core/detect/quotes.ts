/**
 * Removes quoted email history and signatures before scoring: otherwise our own agent's earlier words, or the
 * customer's previous message, are scored again as if the customer had just written them.
 * The removed text is blanked with spaces (same length), so evidence offsets still point into the original body.
 */

/** A line that starts the quoted history: everything from it to the end is history. */
const HISTORY_START = new RegExp(
  [
    String.raw`^-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|message d'origine|message transféré|mensagem original|mensagem encaminhada|opprinnelig melding|videresendt melding|元のメッセージ|転送されたメッセージ|원본 메시지|전달된 메시지)\s*-{2,}`,
    String.raw`^_{8,}\s*$`,
    String.raw`^(?:on|am|el|le|em|den|op)\s.{4,200}?(?:wrote|schrieb|escribió|a écrit|escreveu|skrev)(?:\s+følgende)?\s*:?\s*$`,
    String.raw`^.{4,200}?(?:wrote|schrieb|escribió|a écrit|escreveu|skrev)\s*:\s*$`,
    String.raw`^.{0,120}<[^>\s]+@[^>\s]+>\s*(?:님이 작성|のメッセージ|เขียนว่า)?\s*:\s*$`,
    String.raw`^.{0,200}(?:님이 작성|님이 작성한 메시지|เขียนว่า|のメッセージ)\s*:\s*$`,
    String.raw`^(?:from|von|de|fra|från|van|差出人|送信者|送信元|보낸 사람|보낸사람|จาก)\s*[:：].{1,200}$\n^(?:sent|gesendet|enviado|envoyé|sendt|date|datum|fecha|data|dato|送信日時|日時|보낸 날짜|날짜|วันที่|to|an|para|à|til|宛先|받는 사람|ถึง|subject|betreff|asunto|objet|assunto|emne|件名|제목|เรื่อง)\s*[:：]`,
  ].join('|'),
  'imu',
)

/** A signature delimiter or a mobile footer: everything from it to the end is signature. */
const SIGNATURE_START = new RegExp(
  [
    String.raw`^-- ?$`,
    String.raw`^(?:sent from my|get outlook for|von meinem .{1,30} gesendet|enviado desde mi|envoyé de mon|enviado do meu|sendt fra min|iphoneから送信|androidから送信|my iphone에서 보냄|ส่งจาก iphone).*$`,
  ].join('|'),
  'imu',
)

/** Closing lines ("Best regards", "Mvh"): cut only when near the end, where a signature follows them. */
const CLOSING =
  /^(?:best regards|kind regards|regards|best|cheers|thanks and regards|mit freundlichen grüßen|mfg|viele grüße|beste grüße|saludos|un saludo|atentamente|cordialement|bien à vous|bien cordialement|atenciosamente|abraços|att\.?|med vennlig hilsen|mvh|vennlig hilsen|hilsen)[,.!]?\s*$/imu

const MAX_SIGNATURE_LINES = 6
const NOT_LINE_BREAK = /[^\n]/g
const QUOTED_LINE = /^[ \t]*>.*$/gm

function blank(text: string, from: number): string {
  return text.slice(0, from) + text.slice(from).replace(NOT_LINE_BREAK, ' ')
}

export function stripQuotedHistory(body: string): string {
  if (!body.includes('\n') && !body.startsWith('>')) return body
  let text = body
  const history = HISTORY_START.exec(text)
  if (history) text = blank(text, history.index)
  const signature = SIGNATURE_START.exec(text)
  if (signature) text = blank(text, signature.index)
  const closing = CLOSING.exec(text)
  if (closing && text.slice(closing.index).trimEnd().split('\n').length <= MAX_SIGNATURE_LINES) {
    text = blank(text, closing.index)
  }
  // "> quoted" lines in the middle of a reply.
  if (text.includes('>')) text = text.replace(QUOTED_LINE, (line) => ' '.repeat(line.length))
  return text
}
