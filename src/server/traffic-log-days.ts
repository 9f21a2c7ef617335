/**
 * The traffic log as the site process and the command line read it: each closed day recorded in the database
 * (its last hash and line count), the chain of a period checked (src/domain/logs/chain.ts), a period exported for
 * the authorities as one archive, and the days past their retention deleted — each export and deletion recorded.
 */
import fs from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { Zip, ZipDeflate, strToU8 } from 'fflate'
import type { Payload, PayloadRequest, Where } from 'payload'
import { expiredLogDays, logDayOf, logFileName, tailOfDay, verifyChain, withinDays, type ChainCheck, type LoggedDay } from '@/domain/logs/chain'
import { MINIMUM_RETENTION_DAYS } from '@/domain/policy/announcement'
import { recordEvent } from './events'
import { inTransaction } from './database'
import { agencySettings } from './settings'
import { chunksOfFile, logInstance, loggedDayFiles, piecesOfDayFile, trafficLogDir, type ClosedDay } from './traffic-log'

/** This instance's record of a day. */
const dayOfThisInstance = (day: string): Where => ({ and: [{ instance: { equals: logInstance() } }, { day: { equals: day } }] })

/**
 * A day this instance's front server closed, kept once (a day told again after a restart is the same day); then the
 * days of its log past their retention are deleted. Each instance keeps its own log, so each does this itself.
 */
export async function recordClosedDay(payload: Payload, closed: ClosedDay): Promise<void> {
  // Days recorded before instances were told apart (src/migrations: instance_traffic_log) were the one instance's.
  await payload.update({ collection: 'traffic-log-days', where: { instance: { equals: '' } }, data: { instance: logInstance() }, overrideAccess: true, depth: 0 })
  const { docs } = await payload.find({ collection: 'traffic-log-days', where: dayOfThisInstance(closed.day), depth: 0, limit: 1, overrideAccess: true })
  if (docs[0]?.lastHash !== closed.lastHash || docs[0].lines !== closed.lines) {
    await inTransaction(payload, async (req) => {
      if (docs[0]) await payload.update({ collection: 'traffic-log-days', id: docs[0].id, data: { lastHash: closed.lastHash, lines: closed.lines }, overrideAccess: true, depth: 0, req })
      else await payload.create({ collection: 'traffic-log-days', data: { ...closed, instance: logInstance() }, overrideAccess: true, depth: 0, req })
      await recordEvent(req, { kind: 'log', summary: `ปิดข้อมูลจราจรทางคอมพิวเตอร์ประจำวันที่ ${closed.day} (${logInstance()}): ${closed.lines} บรรทัด ค่าแฮชสุดท้าย ${closed.lastHash}` }, [])
    })
  }
  await deleteExpiredTrafficLogs(payload)
}


/** The days of a period (open ends: all), as the files and the database have them, and the hash the first continues from. */
export async function loggedDays(payload: Payload, from: string | null, to: string | null): Promise<{ days: (LoggedDay & { file: string | null })[]; firstPrev: string | null }> {
  const dir = trafficLogDir()
  const { docs } = await payload.find({ collection: 'traffic-log-days', where: { instance: { equals: logInstance() } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'day' })
  const recorded = new Map(docs.map((doc) => [doc.day, { lastHash: doc.lastHash, lines: doc.lines, deleted: Boolean(doc.deletedAt) }]))
  const names = [...new Set([...loggedDayFiles(dir), ...recorded.keys()])].filter((day) => withinDays(day, from, to)).sort()
  const before = from ? docs.filter((doc) => doc.day < from).at(-1) : undefined
  return {
    days: names.map((day) => {
      const file = path.join(dir, logFileName(day))
      return { day, file: fs.existsSync(file) ? file : null, pieces: fs.existsSync(file) ? piecesOfDayFile(file) : null, recorded: recorded.get(day) ?? null }
    }),
    firstPrev: before?.lastHash ?? null,
  }
}

export async function verifyTrafficLog(payload: Payload, from: string | null, to: string | null): Promise<ChainCheck> {
  const { days, firstPrev } = await loggedDays(payload, from, to)
  return verifyChain(days, firstPrev)
}

const NOTE = `ข้อมูลจราจรทางคอมพิวเตอร์ (พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2560 มาตรา 26)

ไฟล์ในโฟลเดอร์ traffic/ มีหนึ่งไฟล์ต่อวัน (ตามเวลาประเทศไทย) หนึ่งบรรทัดต่อหนึ่งคำขอ เวลาเป็น UTC (เวลาประเทศไทย = UTC + 7 ชั่วโมง)
แต่ละบรรทัดคือข้อมูลแบบ JSON ตามด้วยอักขระแท็บ และค่าแฮช SHA-256 ของบรรทัดนั้น
ค่าแฮช = SHA-256( ค่าแฮชของบรรทัดก่อนหน้า + ขึ้นบรรทัดใหม่ (\\n) + ข้อความ JSON ของบรรทัดนี้ ) เขียนเป็นเลขฐานสิบหก
บรรทัดแรกของแต่ละวันเป็นบรรทัดเริ่มต้น (type: start) ระบุค่าแฮชสุดท้ายของวันก่อนหน้าใน prev และแหล่งเวลาของระบบใน clock

วิธีตรวจสอบ: คำนวณค่าแฮชทีละบรรทัดตามสูตรข้างต้น ต้องตรงกับค่าที่ท้ายบรรทัดทุกบรรทัด และค่าแฮชสุดท้ายกับจำนวนบรรทัด
ของแต่ละวันต้องตรงกับที่บันทึกในฐานข้อมูลเมื่อปิดวัน (proof.json) ตัวอย่างด้วย Python 3:

  import hashlib, json
  proof = json.load(open('proof.json'))
  for day in proof['days']:
      prev = None
      for n, line in enumerate(open('traffic/' + day['day'] + '.log', encoding='utf-8').read().split('\\n')[:-1], 1):
          content, h = line.rsplit('\\t', 1)
          prev = json.loads(content)['prev'] if n == 1 else prev
          assert hashlib.sha256((prev + '\\n' + content).encode()).hexdigest() == h, (day['day'], n)
          prev = h
      assert day['recorded'] is None or day['recorded']['lastHash'] == prev, day['day']

หรือบนเครื่องที่ติดตั้งระบบ: npm run logs:verify -- --from YYYY-MM-DD --to YYYY-MM-DD
`

/**
 * A period as one zip written to `out` a megabyte at a time (a period of busy days is gigabytes, never in memory): the
 * day files, the chain proof (each day's recorded hash and the check's result), and how to verify it.
 */
export async function writeTrafficLogArchive(payload: Payload, from: string | null, to: string | null, by: string, out: string, asked?: PayloadRequest): Promise<{ name: string; check: ChainCheck }> {
  const { days, firstPrev } = await loggedDays(payload, from, to)
  const check = verifyChain(days, firstPrev)
  const { agencyName } = await agencySettings(payload)
  const proof = { agency: agencyName, from, to, exportedAt: new Date().toISOString(), exportedBy: by, continuesFrom: firstPrev, check, days: days.map(({ day, recorded, file }) => ({ day, recorded, file: file === null ? null : `traffic/${logFileName(day)}` })) }
  await writeZip(out, [
    { name: 'อ่านก่อน-วิธีตรวจสอบ.txt', text: NOTE },
    { name: 'proof.json', text: JSON.stringify(proof, null, 2) },
    ...days.flatMap((day) => (day.file === null ? [] : [{ name: `traffic/${logFileName(day.day)}`, file: day.file }])),
  ])
  await inTransaction(payload, (req) => recordEvent(req, { kind: 'export', summary: `ส่งออกข้อมูลจราจรทางคอมพิวเตอร์ ${from ?? 'ต้นสุด'} ถึง ${to ?? 'ล่าสุด'} (${days.length} วัน) โดย ${by}` }, []), asked)
  return { name: `traffic-log-${from ?? 'start'}-${to ?? logDayOf(new Date())}.zip`, check }
}

type ZipEntry = { name: string; text: string } | { name: string; file: string }

/** Entries deflated one after another into the file `out`, each file read a megabyte at a time, waiting on the disk. */
async function writeZip(out: string, entries: readonly ZipEntry[]): Promise<void> {
  const output = fs.createWriteStream(out)
  const written = finished(output)
  let failure: Error | null = null
  const zip = new Zip((error, data, final) => {
    if (error) failure = error
    else output.write(data)
    if (error || final) output.end()
  })
  try {
    for (const entry of entries) {
      const deflate = new ZipDeflate(entry.name, { level: 6 })
      zip.add(deflate)
      if ('text' in entry) deflate.push(strToU8(entry.text), true)
      else {
        for await (const chunk of fs.createReadStream(entry.file, { highWaterMark: 1024 * 1024 })) {
          deflate.push(chunk as Buffer)
          if (output.writableNeedDrain) await once(output, 'drain')
        }
        deflate.push(new Uint8Array(0), true)
      }
    }
    zip.end()
  } catch (error) {
    output.destroy()
    throw error
  }
  await written
  if (failure) throw failure
}

/** Deletes the day files past the retention the settings give (never less than 90 days), recording each deletion. */
export async function deleteExpiredTrafficLogs(payload: Payload, now = new Date()): Promise<string[]> {
  const retention = Math.max(MINIMUM_RETENTION_DAYS, (await agencySettings(payload)).logRetentionDays ?? MINIMUM_RETENTION_DAYS)
  const dir = trafficLogDir()
  const expired = expiredLogDays(loggedDayFiles(dir), logDayOf(now), retention)
  for (const day of expired) {
    await inTransaction(payload, async (req) => {
      const { docs } = await payload.find({ collection: 'traffic-log-days', where: dayOfThisInstance(day), depth: 0, limit: 1, overrideAccess: true, req })
      // A day never closed (the server was down at its end) is recorded as it is before it goes.
      const tail = tailOfDay(chunksOfFile(path.join(dir, logFileName(day))))
      const data = { lastHash: tail.hash, lines: tail.lines, deletedAt: now.toISOString() }
      if (docs[0]) await payload.update({ collection: 'traffic-log-days', id: docs[0].id, data: { deletedAt: data.deletedAt }, overrideAccess: true, depth: 0, req })
      else await payload.create({ collection: 'traffic-log-days', data: { day, instance: logInstance(), ...data }, overrideAccess: true, depth: 0, req })
      await recordEvent(req, { kind: 'log', summary: `ลบข้อมูลจราจรทางคอมพิวเตอร์ของวันที่ ${day} เมื่อครบระยะเวลาเก็บรักษา ${retention} วัน` }, [])
    })
    fs.rmSync(path.join(dir, logFileName(day)))
  }
  return expired
}
