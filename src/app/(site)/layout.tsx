import type { ReactNode } from 'react'
import { agencySettings } from '@/server/settings'
import { payloadInstance } from '@/site/content'
import './site.css'

export const dynamic = 'force-dynamic'

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await agencySettings(await payloadInstance())
  return (
    <html lang="th">
      <body>
        <a className="skip" href="#main">ข้ามไปยังเนื้อหา</a>
        <header className="site-header">
          <a href="/" className="site-name">{settings.agencyName}</a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{settings.agencyName}</p>
        </footer>
      </body>
    </html>
  )
}
