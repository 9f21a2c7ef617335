/** Every read of a corruption complaint by a signed-in person is recorded (complaint-reads), outside the reading request's transaction. */
import type { CollectionAfterReadHook } from 'payload'
import type { Complaint } from '@/payload-types'
import { staff } from '@/access/roles'

export const recordCorruptionReads: CollectionAfterReadHook<Complaint> = async ({ doc, req }) => {
  const reader = staff(req)
  if (doc.track === 'corruption' && reader) {
    await req.payload.create({ collection: 'complaint-reads', data: { complaint: doc.id, reader: reader.id }, overrideAccess: true, depth: 0 })
  }
  return doc
}
