/**
 * Draws the app logos (`npx tsx scripts/make-logos.ts`): a clockwise "turn-around" arrow going from
 * green to teal on a transparent background, at the sizes Zendesk expects (320 and 128 px).
 * Shapes are signed distance fields, so every edge pixel gets exact partial coverage (anti-aliasing)
 * at any size. The PNGs are committed; rerun this only to change the design.
 */
import { realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PNG } from 'pngjs'

type Vec = readonly [number, number]
type Rgb = readonly [number, number, number]

// Geometry in units of the image size (0..1), y pointing down, angles clockwise from 3 o'clock.
const CENTER: Vec = [0.5, 0.5]
const RING_RADIUS = 0.3
const RING_HALF_WIDTH = 0.068
const ARC_START = degrees(-20)
const ARC_SPAN = degrees(262)
const ARROW_HALF_WIDTH = 0.145
const ARROW_LENGTH = 0.17
const START_COLOR: Rgb = [0x3d, 0xc4, 0x7e] // fresh green
const END_COLOR: Rgb = [0x0b, 0x7a, 0x75] // deep teal

function degrees(value: number): number {
  return (value * Math.PI) / 180
}

const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1]]
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1]]
const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k]
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1]
const length = (a: Vec): number => Math.hypot(a[0], a[1])
const cross = (a: Vec, b: Vec): number => a[0] * b[1] - a[1] * b[0]
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))

function pointOnRing(angle: number): Vec {
  return add(CENTER, [RING_RADIUS * Math.cos(angle), RING_RADIUS * Math.sin(angle)])
}

/** Position along the arc, 0 at its start and 1 at its end; outside [0, 1] beyond the ends. */
function arcProgress(p: Vec): number {
  const [dx, dy] = sub(p, CENTER)
  const turn = (Math.atan2(dy, dx) - ARC_START + 4 * Math.PI) % (2 * Math.PI)
  return turn / ARC_SPAN
}

/** Distance to a ring segment with a round cap at the start (the end hides under the arrowhead). */
function arcDistance(p: Vec): number {
  if (arcProgress(p) <= 1) return Math.abs(length(sub(p, CENTER)) - RING_RADIUS) - RING_HALF_WIDTH
  const toStart = length(sub(p, pointOnRing(ARC_START)))
  const toEnd = length(sub(p, pointOnRing(ARC_START + ARC_SPAN)))
  return Math.min(toStart, toEnd) - RING_HALF_WIDTH
}

/** Exact signed distance to a triangle (negative inside), after Inigo Quilez's formulation. */
function triangleDistance(p: Vec, a: Vec, b: Vec, c: Vec): number {
  const edges: Array<[Vec, Vec]> = [
    [a, sub(b, a)],
    [b, sub(c, b)],
    [c, sub(a, c)],
  ]
  const orientation = Math.sign(cross(sub(b, a), sub(c, a)))
  let nearest = Infinity
  let inside = true
  for (const [origin, edge] of edges) {
    const v = sub(p, origin)
    const closest = sub(v, scale(edge, clamp(dot(v, edge) / dot(edge, edge), 0, 1)))
    nearest = Math.min(nearest, dot(closest, closest))
    if (orientation * cross(edge, v) < 0) inside = false
  }
  return inside ? -Math.sqrt(nearest) : Math.sqrt(nearest)
}

const ARROW = (() => {
  const endAngle = ARC_START + ARC_SPAN
  const base = pointOnRing(endAngle)
  const outward: Vec = [Math.cos(endAngle), Math.sin(endAngle)]
  const forward: Vec = [-Math.sin(endAngle), Math.cos(endAngle)]
  return {
    left: add(base, scale(outward, ARROW_HALF_WIDTH)),
    right: sub(base, scale(outward, ARROW_HALF_WIDTH)),
    tip: add(base, scale(forward, ARROW_LENGTH)),
  }
})()

/** Where along the green→teal gradient a pixel sits; in the gap, the nearer end decides. */
function colourPosition(p: Vec): number {
  const progress = arcProgress(p)
  if (progress <= 1) return progress
  const gap = (2 * Math.PI) / ARC_SPAN - 1
  return progress - 1 < gap / 2 ? 1 : 0
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

export function renderLogo(size: number): Buffer {
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const p: Vec = [(x + 0.5) / size, (y + 0.5) / size]
      const arc = arcDistance(p)
      const arrow = triangleDistance(p, ARROW.left, ARROW.tip, ARROW.right)
      // Coverage of this pixel by the shape: 1 inside, 0 outside, a ramp one pixel wide at the edge.
      const coverage = clamp(0.5 - Math.min(arc, arrow) * size, 0, 1)
      const progress = arrow < arc ? 1 : colourPosition(p)
      const [r, g, b] = mix(START_COLOR, END_COLOR, progress)
      const offset = (y * size + x) * 4
      png.data[offset] = Math.round(r)
      png.data[offset + 1] = Math.round(g)
      png.data[offset + 2] = Math.round(b)
      png.data[offset + 3] = Math.round(coverage * 255)
    }
  }
  return PNG.sync.write(png)
}

function isEntryPoint(): boolean {
  const script = process.argv[1]
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href
}

if (isEntryPoint()) {
  for (const [name, size] of [
    ['logo.png', 320],
    ['logo-small.png', 128],
  ] as const) {
    const path = join(process.cwd(), 'assets', name)
    writeFileSync(path, renderLogo(size))
    console.log(`make-logos: wrote ${path} (${size}×${size})`)
  }
}
