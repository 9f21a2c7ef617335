/**
 * The admin's sign-in page (เข้าสู่ระบบ), in place of Payload's: the agency's mark, and a form that signs in in one
 * step, or two for those who need a second factor (src/collections/users/sign-in.ts) — setting it up at the first
 * sign-in for a role that must have one.
 */
import type { AdminViewServerProps } from 'payload'
import { MinimalTemplate } from '@payloadcms/next/templates'
import { AgencyLogo } from './AgencyMark'
import { SignInForm } from './SignInForm'

export function SignInView({ initPageResult, searchParams }: AdminViewServerProps) {
  const redirect = typeof searchParams?.redirect === 'string' && searchParams.redirect.startsWith('/admin') ? searchParams.redirect : '/admin'
  return (
    <MinimalTemplate className="khaosan-sign-in">
      <AgencyLogo payload={initPageResult.req.payload} />
      <SignInForm redirect={redirect} />
    </MinimalTemplate>
  )
}
