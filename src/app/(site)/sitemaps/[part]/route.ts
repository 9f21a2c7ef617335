import { sitemapPartResponse } from '@/site/machine-readable'

export const dynamic = 'force-dynamic'
export const GET = async (_request: Request, { params }: { params: Promise<{ part: string }> }) => sitemapPartResponse((await params).part)
