/**
 * A short Thai page outside the site's layout, for answers given before or without a site's page: a refused form, an
 * address that does not decode, an agency suspended. `heading` is text; `content` is HTML already escaped.
 */
import { escapeXml } from '@/domain/site/xml'

export const noticePageHtml = (heading: string, content: string): string =>
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeXml(heading)}</title></head><body style="font-family:Sarabun,Tahoma,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.7"><h1>${escapeXml(heading)}</h1>${content}</body></html>`
