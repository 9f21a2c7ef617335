import { siteImageResponse } from '@/site/files'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return siteImageResponse((await params).id)
}
