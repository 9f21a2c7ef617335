import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets several builds (e.g. parallel work, benchmarks) live side by side.
  distDir: process.env.KHAOSAN_NEXT_DIST_DIR || '.next',
  // Types are checked by `npm run typecheck` (part of npm test), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // Payload and its database adapters are not bundled: the site process starts Payload itself (src/server/site-process.ts)
  // and Next's admin and API handlers then get that one instance, running the one copy of its code (Payload's own
  // development setting, which withPayload applies only to `next dev`).
  serverExternalPackages: ['playwright-core', 'nodemailer', 'docx', 'pdfjs-dist', 'payload', '@payloadcms/db-sqlite', '@payloadcms/db-postgres'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
