/**
 * npm run restore -- ARCHIVE [--force]: brings an archive of npm run backup back onto the installation the
 * environment names, which must be empty (no files in its data folder, no tables in its database) unless --force
 * is given, which empties it first. The archive's checksums are checked before anything is written.
 */
import { RestoreRefused, restoreBackup } from '../src/server/backup'

const args = process.argv.slice(2)
const archive = args.find((arg) => !arg.startsWith('--'))
if (!archive) {
  console.error('ใช้: npm run restore -- ไฟล์สำรอง.tar.gz [--force]')
  process.exit(2)
}
try {
  const manifest = await restoreBackup(archive, { force: args.includes('--force') })
  console.log(`กู้คืนแล้ว: ฐานข้อมูล ${manifest.database} และไฟล์ ${Object.keys(manifest.files).length - 1} ไฟล์ จากสำเนาเมื่อ ${manifest.createdAt}`)
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `กู้คืนไม่สำเร็จ: ${(error as Error).message}`)
  process.exit(1)
}
