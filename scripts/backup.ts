/**
 * npm run backup: one consistent archive of the installation the environment names (DATABASE_URL, KHAOSAN_DATA_DIR),
 * made while the site runs, in <data folder>/backups; its path is the last line printed. Copy it off the machine
 * (README: "Backups").
 */
import { makeBackup } from '../src/server/backup'

try {
  const archive = await makeBackup()
  console.log(archive)
} catch (error) {
  console.error(`สำรองข้อมูลไม่สำเร็จ: ${(error as Error).message}`)
  process.exit(1)
}
