import type { HTMLAttributes, ReactNode } from 'react'
import styled from 'styled-components'

/**
 * A Garden-looking alert box. Garden's react-notifications would add ~2.5 KB gz to a sidebar with a
 * 110 KB budget for a box shown only when something fails, so this is drawn with the theme's colours.
 */
const TONES = {
  error: { border: '#f5b5ba', background: '#fff0f1', title: '#8c232c' },
  warning: { border: '#fcdba9', background: '#fff7ed', title: '#ac5918' },
} as const

const Box = styled.div<{ $tone: keyof typeof TONES }>`
  border: 1px solid ${({ $tone }) => TONES[$tone].border};
  background: ${({ $tone }) => TONES[$tone].background};
  border-radius: 4px;
  padding: 10px 12px;
  font-size: 13px;
  line-height: 18px;
  overflow-wrap: anywhere;
`
const Title = styled.strong<{ $tone: keyof typeof TONES }>`
  display: block;
  color: ${({ $tone }) => TONES[$tone].title};
  margin-bottom: 4px;
`

export function Notice({
  tone,
  title,
  children,
  ...rest
}: { tone: keyof typeof TONES; title?: string; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  return (
    <Box role="alert" $tone={tone} {...rest}>
      {title && <Title $tone={tone}>{title}</Title>}
      {children}
    </Box>
  )
}
