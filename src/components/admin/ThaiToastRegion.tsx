'use client'
/**
 * Payload's toast region (Sonner) is announced to screen readers as "Notifications", a label Payload does not let
 * a configuration set: named in Thai whenever such a region is on the page (Sonner mounts and relabels it later too).
 */
import { useEffect, type ReactNode } from 'react'

const ENGLISH = 'Notifications'

function nameInThai() {
  for (const region of document.querySelectorAll(`[aria-label^="${ENGLISH}"]`)) {
    region.setAttribute('aria-label', (region.getAttribute('aria-label') ?? '').replace(ENGLISH, 'การแจ้งเตือน'))
  }
}

export function ThaiToastRegion({ children }: { children?: ReactNode }) {
  useEffect(() => {
    nameInThai()
    const observer = new MutationObserver(nameInThai)
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
