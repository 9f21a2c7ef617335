/**
 * Small pieces the public pages share. Server components only: every page reads fine without JavaScript.
 * No Payload here (types only).
 */
import type { ReactNode } from 'react'
import { thaiDate, thaiShortDate } from '@/domain/thai/format'
import { pageLinks } from '@/domain/site/listing'
import { excerpt } from '@/domain/thai/excerpt'
import type { PublicAttachment, PublicItem } from './content'
import type { SiteImage } from '@/payload-types'

/** The address a citizen downloads an attachment from (src/app/(site)/files/[id]/[name]/route.ts). */
export const fileUrl = (file: PublicAttachment): string => `/files/${file.id}/${encodeURIComponent(file.filename)}`

export const day = (value?: string | null): string => (value ? thaiDate(new Date(value)) : '-')

/** Text as typed by an admin: paragraphs at blank lines, line breaks kept. */
export function Paragraphs({ text }: { text?: string | null }) {
  if (!text?.trim()) return null
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="pre-line">
          {paragraph.trim()}
        </p>
      ))}
    </>
  )
}

export function Breadcrumb({ trail }: { trail: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="เส้นทางการเข้าถึง" className="breadcrumb">
      <ol>
        <li>
          <a href="/">หน้าแรก</a>
        </li>
        {trail.map((step) => (
          <li key={step.label}>{step.href ? <a href={step.href}>{step.label}</a> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  )
}

/** "เผยแพร่ 27 พ.ย. 2569", kept on one line: a line never breaks inside the day it names. */
function PublishedOn({ at }: { at?: string | null }) {
  return (
    <span className="when">
      เผยแพร่ <time dateTime={at ?? undefined}>{at ? thaiShortDate(new Date(at)) : '-'}</time>
    </span>
  )
}

export function ItemList({ items, empty = 'ยังไม่มีข้อมูลในหมวดนี้' }: { items: PublicItem[]; empty?: string }) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul className="items">
      {items.map((item) => (
        <li key={item.id}>
          <a href={item.publicPath}>{item.title}</a>
          <small>
            {' '}
            <PublishedOn at={item.publishedAt} />
          </small>
        </li>
      ))}
    </ul>
  )
}

/** News as cards: the picture where the item has one, the title, the day and the start of the summary. */
export function NewsCards({ items, empty }: { items: PublicItem[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={item.id}>
          {item.image ? <img src={fileUrl(item.image)} alt={item.imageAlt ?? ''} width={1000} height={480} /> : null}
          <div>
            <a href={item.publicPath}>{item.title}</a>
            <small>
              <PublishedOn at={item.publishedAt} />
            </small>
            <p>{excerpt(item.summary, 110)}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}

export function Pager({ current, totalPages, href }: { current: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="เลขหน้า" className="pager">
      <ul>
        {pageLinks(current, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <span aria-current="page">{p}</span>
              ) : (
                <a href={href(p)} aria-label={`หน้า ${p}`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}

export function Section({ title, id, children, more }: { title: string; id: string; children: ReactNode; more?: { href: string; label: string } }) {
  return (
    <section aria-labelledby={id} className="block">
      <h2 id={id}>{title}</h2>
      {children}
      {more ? (
        <p className="more">
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </section>
  )
}

/** A select of Buddhist-era years for a GET filter form. */
export function YearSelect({ name, label, years, value, anyLabel }: { name: string; label: string; years: number[]; value?: number; anyLabel: string }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Banners (C21): each picture, with its Thai alt text, leads to the key item or page it is about. */
export function BannerList({ banners }: { banners: PublicItem[] }) {
  return (
    <ul className="banners">
      {banners.map((banner) => (
        <li key={banner.id}>
          <a href={banner.linkUrl || banner.publicPath}>
            {banner.image ? <img src={fileUrl(banner.image)} alt={banner.imageAlt ?? banner.title} width={640} height={240} /> : null}
            <span>{banner.title}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A picture on the agency's pages, populated (depth 1): its address and its Thai description. */
export const siteImageOf = (image: number | SiteImage | null | undefined): { url: string; alt: string } | null =>
  typeof image === 'object' && image ? { url: `/images/site/${image.id}`, alt: image.alt } : null

/** A person's photograph on the agency's pages (128 × 160), or nothing. */
export function photoOf(image: number | SiteImage | null | undefined, fallbackAlt: string) {
  const photo = siteImageOf(image)
  return photo ? <img src={photo.url} alt={photo.alt || fallbackAlt} width={128} height={160} /> : null
}
