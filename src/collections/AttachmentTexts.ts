import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '@/access/roles'
import { MAX_TEXT_CHARS, maxIndexedLength } from '@/domain/search'

/**
 * The text of an attachment, read from the file in the background once it is uploaded (src/search/extract-text.ts),
 * kept apart from the attachment so that reading a request never carries it: for search, and for the checks on
 * what is published. Pages are separated by form feeds (\f) where the file has pages.
 */
export const AttachmentTexts: CollectionConfig = {
  slug: 'attachment-texts',
  labels: { singular: 'ข้อความในไฟล์แนบ', plural: 'ข้อความในไฟล์แนบ' },
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'attachment', type: 'relationship', relationTo: 'attachments', required: true, unique: true, index: true },
    // Payload refuses text longer than 40,000 characters unless a field says how long it may be.
    { name: 'text', type: 'textarea', maxLength: MAX_TEXT_CHARS },
    // The text's words as the search index stores them (src/domain/search indexText), cut once when it is read.
    { name: 'words', type: 'textarea', maxLength: maxIndexedLength(MAX_TEXT_CHARS) },
    { name: 'error', type: 'text' },
    // What the scan of the text for personal data and spam found (src/domain/workflow/content-checks.ts scanText), once.
    {
      name: 'scan',
      type: 'array',
      fields: [
        { name: 'check', type: 'select', required: true, options: ['personal-data', 'spam'] },
        { name: 'kind', type: 'text', required: true },
        { name: 'shown', type: 'text', required: true },
        { name: 'page', type: 'number' },
        { name: 'key', type: 'text' },
      ],
    },
    // Text hidden in the document (white or tiny, or naming another address than its link's): planted spam.
    { name: 'hiddenLinks', type: 'array', fields: [{ name: 'text', type: 'text', required: true }, { name: 'target', type: 'text' }] },
  ],
}
