import { PNG } from 'pngjs'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export type PngInspection = { ok: true; width: number; height: number } | { ok: false; reason: string }

/**
 * Reads a PNG's size from its IHDR header (the first chunk, right after the 8-byte signature),
 * then decodes the whole image once so a truncated or corrupt file is caught too.
 */
export function inspectPng(bytes: Buffer): PngInspection {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    return { ok: false, reason: 'it does not start with the PNG signature' }
  }
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return { ok: false, reason: 'its first chunk is not IHDR' }
  }
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  try {
    PNG.sync.read(bytes)
  } catch (cause) {
    return {
      ok: false,
      reason: `it cannot be decoded (${cause instanceof Error ? cause.message : String(cause)})`,
    }
  }
  return { ok: true, width, height }
}
