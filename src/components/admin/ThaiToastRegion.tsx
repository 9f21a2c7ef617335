'use client'
/**
 * Payload's toast region (Sonner) is announced to screen readers as "Notifications", a label Payload does not let
 * a configuration set: name it in Thai once it is on the page.
 */
import { useEffect, type ReactNode } from 'react'

export function ThaiToastRegion({ children }: { children?: ReactNode }) {
  useEffect(() => {
    for (const region of document.querySelectorAll('section[aria-live][aria-label^="Notifications"]')) {
      region.setAttribute('aria-label', (region.getAttribute('aria-label') ?? '').replace('Notifications', 'การแจ้งเตือน'))
    }
  }, [])
  return <>{children}</>
}
