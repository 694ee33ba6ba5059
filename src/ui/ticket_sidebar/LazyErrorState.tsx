import { lazy, Suspense, type ComponentProps } from 'react'
import type { ErrorState as ErrorStateComponent } from './ErrorState'

// The error view (and Garden's button package it uses) loads only when something fails: most ticket
// views never need it, and the sidebar's first-render bundle has a 110 KB budget.
const ErrorStateChunk = lazy(() => import('./ErrorState').then((module) => ({ default: module.ErrorState })))

export function LazyErrorState(props: ComponentProps<typeof ErrorStateComponent>) {
  return (
    <Suspense fallback={<div data-testid="sidebar-error-loading" aria-busy="true" />}>
      <ErrorStateChunk {...props} />
    </Suspense>
  )
}
