/**
 * The document every public page is rendered in (src/site/render.tsx): the <head> a page asks for (title, canonical
 * address, Open Graph, feeds) and the site's header, menu and footer, with the stylesheet inline and Sarabun served
 * by the site itself (src/site/assets.ts). No framework script: the pages are documents, links and GET forms; the
 * only script is the site's own text-size switch.
 */
import { readFileSync } from 'node:fs'
import type { ReactNode } from 'react'
import { publicOrigin } from '@/server/environment'
import { Emblem, emblemUrl } from '@/components/Emblem'
import { thaiDate } from '@/domain/thai/format'
import { CATEGORY } from '@/domain/categories'
import { SATISFACTION_LABELS, SATISFACTION_LEVELS, SURVEY_COMMENT_LIMIT } from '@/domain/survey/survey'
import { agencyProfile, publicCategories, siteLastUpdated, siteSettings } from './content'
import { FONT_FACES_CSS, siteFile } from './assets'
import type { PageHead } from './page'

const MAIN_NAV = [CATEGORY.agency, CATEGORY.news, CATEGORY.procurement, CATEGORY.citizenManuals, CATEGORY.calendar, CATEGORY.officialInformation, CATEGORY.complaints]

const STYLESHEET = `${FONT_FACES_CSS}\n${readFileSync(siteFile('site.css'), 'utf8')}`

/** What a page's head says: the title under the agency's name, where the page lives, how a link to it is previewed. */
export function Head({ page, agencyName }: { page: PageHead; agencyName: string }) {
  const origin = publicOrigin()
  const url = new URL(page.path, origin).href
  const title = page.title ? `${page.title} | ${agencyName}` : agencyName
  const description = page.description ?? `เว็บไซต์${agencyName} ข่าวสาร ประกาศ การจัดซื้อจัดจ้าง คู่มือสำหรับประชาชน และข้อมูลข่าวสารของราชการ`
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      {page.noindex ? <meta name="robots" content="noindex" /> : null}
      <link rel="canonical" href={url} />
      {(page.feeds ?? []).map((feed) => (
        <link key={feed.url} rel="alternate" type="application/rss+xml" title={feed.title} href={new URL(feed.url, origin).href} />
      ))}
      {(page.alternates ?? []).map((alternate) => (
        <link key={alternate.href} rel="alternate" type={alternate.type} title={alternate.title} href={new URL(alternate.href, origin).href} />
      ))}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <meta property="og:site_name" content={agencyName} />
      <meta property="og:locale" content="th_TH" />
      <meta property="og:type" content={page.type ?? 'website'} />
      <meta property="og:url" content={url} />
      <meta property="og:title" content={page.title ?? agencyName} />
      <meta property="og:description" content={description} />
      {page.image ? (
        <>
          <meta property="og:image" content={new URL(page.image.url, origin).href} />
          <meta property="og:image:alt" content={page.image.alt} />
        </>
      ) : null}
      {page.type === 'article' && page.publishedTime ? <meta property="article:published_time" content={page.publishedTime} /> : null}
      {page.type === 'article' && page.modifiedTime ? <meta property="article:modified_time" content={page.modifiedTime} /> : null}
      <style dangerouslySetInnerHTML={{ __html: STYLESHEET }} />
    </head>
  )
}

/** A public page as a whole document: its head, the site's header and menu, the page, the footer. */
export async function SiteDocument({ head, children }: { head: PageHead; children: ReactNode }) {
  const [settings, profile, categories, updated] = await Promise.all([siteSettings(), agencyProfile(), publicCategories(), siteLastUpdated()])
  const nav = MAIN_NAV.map((code) => categories.find((c) => c.code === code)).filter((c) => !!c)
  const menu = (
    <>
      <li>
        <a href="/">หน้าแรก</a>
      </li>
      {nav.map((c) => (
        <li key={c.slug}>
          <a href={`/${c.slug}`}>{c.title}</a>
        </li>
      ))}
      <li>
        <a href="/sitemap">หมวดหมู่ทั้งหมด</a>
      </li>
    </>
  )
  return (
    <html lang="th">
      <Head page={head} agencyName={settings.agencyName} />
      <body>
        <a className="skip" href="#main">
          ข้ามไปยังเนื้อหา
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a href="/" className="site-name">
              <Emblem src={emblemUrl(typeof settings.emblem === 'object' ? settings.emblem?.id : settings.emblem)} size={44} />
              <span>{settings.agencyName}</span>
            </a>
            <form action="/search" method="get" role="search" className="header-search">
              <label htmlFor="site-search" className="visually-hidden">
                ค้นหาข้อมูลในเว็บไซต์
              </label>
              <input id="site-search" type="search" name="q" placeholder="ค้นหาข้อมูล" />
              <button type="submit">ค้นหา</button>
            </form>
            <div className="text-size" hidden>
              <span aria-hidden="true">ขนาดตัวอักษร</span>
              <button type="button" data-size="normal">
                ก
                <span className="visually-hidden"> ขนาดตัวอักษรปกติ</span>
              </button>
              <button type="button" data-size="large">
                ก+
                <span className="visually-hidden"> ขนาดตัวอักษรใหญ่</span>
              </button>
              <button type="button" data-size="larger">
                ก++
                <span className="visually-hidden"> ขนาดตัวอักษรใหญ่มาก</span>
              </button>
            </div>
          </div>
          <nav aria-label="เมนูหลัก" className="main-nav">
            {/* Phones: the menu folds behind a button that works without JavaScript; wider screens show it whole. */}
            <details className="menu on-narrow">
              <summary className="wrap">เมนู</summary>
              <ul className="wrap">{menu}</ul>
            </details>
            <ul className="wrap on-wide">{menu}</ul>
          </nav>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <SatisfactionSurvey page={head.path} />
        <footer className="site-footer">
          <div className="wrap footer-grid">
            <section aria-labelledby="footer-contact">
              <h2 id="footer-contact">ติดต่อ{settings.agencyName}</h2>
              <address>
                {profile.address ? <span className="pre-line">{profile.address}</span> : null}
                {profile.phone ? <span>โทรศัพท์ {profile.phone}</span> : null}
                {profile.fax ? <span>โทรสาร {profile.fax}</span> : null}
                {profile.email ? (
                  <span>
                    อีเมล <a href={`mailto:${profile.email}`}>{profile.email}</a>
                  </span>
                ) : null}
                {profile.hours ? <span>เวลาทำการ {profile.hours}</span> : null}
                {profile.mapUrl ? (
                  <span>
                    <a href={profile.mapUrl} rel="noopener noreferrer">
                      แผนที่การเดินทาง
                    </a>
                  </span>
                ) : null}
              </address>
              <p className="footer-channels">
                <a href="/complaints">ช่องทางร้องเรียน</a> · <a href="/information-request">ขอข้อมูลข่าวสาร</a> · <a href="/forms">แบบฟอร์มออนไลน์</a> · <a href="/questions">กระดานถาม-ตอบ</a> · <a href="/alerts">รับข่าวสารทางอีเมล</a>
              </p>
            </section>
            <section aria-labelledby="footer-policies">
              <h2 id="footer-policies">นโยบาย</h2>
              <ul>
                <li>
                  <a href="/policies/website">นโยบายเว็บไซต์</a>
                </li>
                <li>
                  <a href="/policies/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>
                </li>
                <li>
                  <a href="/policies/cookies">ประกาศการใช้คุกกี้</a>
                </li>
                <li>
                  <a href="/policies/security">นโยบายการรักษาความมั่นคงปลอดภัย</a>
                </li>
                <li>
                  <a href="/sitemap">แผนผังเว็บไซต์</a>
                </li>
              </ul>
            </section>
            <section aria-labelledby="footer-support">
              <h2 id="footer-support">การใช้งานเว็บไซต์</h2>
              <p>
                รองรับเบราว์เซอร์ Google Chrome, Microsoft Edge, Mozilla Firefox และ Safari รุ่นปัจจุบันและย้อนหลังสองรุ่น ทั้งบนคอมพิวเตอร์และโทรศัพท์มือถือ
              </p>
              <p>เปิดเอกสาร PDF ด้วย Adobe Acrobat Reader, Foxit PDF Reader หรือเบราว์เซอร์ข้างต้น</p>
              <p>ปรับปรุงข้อมูลล่าสุด {updated ? <time dateTime={updated.toISOString()}>{thaiDate(updated)}</time> : '-'}</p>
            </section>
          </div>
        </footer>
        <script src="/text-size.js" defer />
      </body>
    </html>
  )
}

/** The satisfaction survey in every page's footer: five levels and an optional comment, sent without JavaScript or a cookie. */
function SatisfactionSurvey({ page }: { page: string }) {
  return (
    <section className="survey" aria-labelledby="survey-title">
      <form method="post" action="/api/survey-answers" className="wrap">
        <input type="hidden" name="page" value={page} />
        <fieldset>
          <legend id="survey-title">ท่านพึงพอใจการใช้งานเว็บไซต์นี้เพียงใด</legend>
          <div className="survey-levels">
            {SATISFACTION_LEVELS.map((level) => (
              <label key={level}>
                <input type="radio" name="rating" value={level} required /> {SATISFACTION_LABELS[level]}
              </label>
            ))}
          </div>
        </fieldset>
        <details>
          <summary>เพิ่มข้อเสนอแนะ (ไม่บังคับ)</summary>
          <label htmlFor="survey-comment">ข้อเสนอแนะถึงผู้ดูแลเว็บไซต์ (ไม่เผยแพร่)</label>
          <textarea id="survey-comment" name="comment" rows={2} maxLength={SURVEY_COMMENT_LIMIT} />
        </details>
        <button type="submit">ส่งผลประเมิน</button> <a href="/statistics#satisfaction">ดูผลการประเมิน</a>
      </form>
    </section>
  )
}
