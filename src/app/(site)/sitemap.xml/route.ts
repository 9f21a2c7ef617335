import { sitemapResponse } from '@/site/machine-readable'

export const dynamic = 'force-dynamic'
export const GET = () => sitemapResponse()
