import { useRef } from 'react'
import styled from 'styled-components'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import { useAutoResize } from '../shared/useAutoResize'
import { LazyErrorState as ErrorState } from './LazyErrorState'
import { LoadingState } from './LoadingState'
import { SidebarContent } from './SidebarContent'
import { useTicketContext } from './useTicketContext'

const Frame = styled.main`
  padding: 8px 12px 12px;
  box-sizing: border-box;
`

export function TicketSidebar({
  helpdesk,
  initialRead,
}: {
  helpdesk: HelpdeskPort
  initialRead?: Promise<TicketContext>
}) {
  const { state, retry } = useTicketContext(helpdesk, initialRead)
  const frameRef = useRef<HTMLElement>(null)
  const resize = useRef((height: number) => helpdesk.resize(height)).current
  useAutoResize(frameRef, resize)

  return (
    <Frame ref={frameRef}>
      {state.status === 'loading' && <LoadingState retrying={state.retrying} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <SidebarContent context={state.context} helpdesk={helpdesk} />}
    </Frame>
  )
}
