'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Re-renders the dashboard every two seconds while the link checker runs, so its progress shows live. */
export function RefreshWhileRunning() {
  const router = useRouter()
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), 2_000)
    return () => window.clearInterval(timer)
  }, [router])
  return null
}
