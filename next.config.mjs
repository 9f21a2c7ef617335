import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets several builds (e.g. parallel work, benchmarks) live side by side.
  distDir: process.env.KHAOSAN_NEXT_DIST_DIR || '.next',
  // Types are checked by `npm run typecheck` (part of npm test), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['playwright-core', 'nodemailer', 'docx', 'pdfjs-dist'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
