import styled, { keyframes } from 'styled-components'

const shimmer = keyframes`
  from { background-position: 100% 0; }
  to { background-position: -100% 0; }
`

/** A grey placeholder bar while data loads (Garden's loader package is not worth its weight for this). */
export const SkeletonLine = styled.div<{ $width: string; $height?: number; $gap?: number }>`
  width: ${({ $width }) => $width};
  height: ${({ $height = 14 }) => $height}px;
  margin-top: ${({ $gap = 6 }) => $gap}px;
  border-radius: 3px;
  background: linear-gradient(90deg, #e9ebed 25%, #f8f9f9 50%, #e9ebed 75%);
  background-size: 200% 100%;
  animation: ${shimmer} 1.4s ease-in-out infinite;

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`
