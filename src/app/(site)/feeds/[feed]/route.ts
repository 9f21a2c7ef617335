import { feedResponse } from '@/site/machine-readable'

export const dynamic = 'force-dynamic'
export const GET = async (_request: Request, { params }: { params: Promise<{ feed: string }> }) => feedResponse((await params).feed)
