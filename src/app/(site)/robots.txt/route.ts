import { robotsResponse } from '@/site/machine-readable'

export const dynamic = 'force-dynamic'
export const GET = () => robotsResponse()
