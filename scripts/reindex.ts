/**
 * npm run reindex: rebuilds the search index of the installation the environment names (DATABASE_URL,
 * KHAOSAN_DATA_DIR) from the database — every published item's row written again from its fields and its
 * attachments' stored text (read first for any attachment whose text was never read), and the rows of items no
 * longer published removed. Safe while the site runs; prints what it did.
 */
process.env.KHAOSAN_RUN_EFFECTS = 'off' // the running site does its own effects

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { indexPublishedItem } = await import('../src/search')
const { extractAttachmentText } = await import('../src/search/attachment-text')
const { searchStore } = await import('../src/search/index-store')
const { inTransaction } = await import('../src/server/database')

const BATCH = 200
const payload = await getPayload({ config })
const started = Date.now()

let read = 0
for (let after = 0; ; ) {
  const { docs } = await payload.find({ collection: 'attachments', where: { and: [{ textStatus: { equals: 'pending' } }, { id: { greater_than: after } }] }, sort: 'id', limit: BATCH, depth: 0, overrideAccess: true, pagination: false })
  for (const attachment of docs) {
    await extractAttachmentText(payload, attachment.id)
    read++
  }
  if (docs.length < BATCH) break
  after = docs[docs.length - 1].id
}

let indexed = 0
for (let after = 0; ; ) {
  const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [{ state: { equals: 'published' } }, { id: { greater_than: after } }] }, sort: 'id', limit: BATCH, depth: 0, overrideAccess: true, pagination: false })
  await inTransaction(payload, async (req) => {
    for (const doc of docs) await indexPublishedItem(payload, doc, req)
  })
  indexed += docs.length
  if (docs.length < BATCH) break
  after = docs[docs.length - 1].id
}
const removed = await searchStore(payload).removeUnpublished()
console.log(`ทำดัชนีค้นหาใหม่ ${indexed.toLocaleString('th-TH')} รายการ อ่านข้อความไฟล์แนบ ${read.toLocaleString('th-TH')} ไฟล์ ลบแถวที่ไม่ได้เผยแพร่ ${removed.toLocaleString('th-TH')} แถว ใน ${((Date.now() - started) / 1000).toFixed(1)} วินาที`)
process.exit(0)
export {}
