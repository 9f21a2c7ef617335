/**
 * Where Payload's own Thai translation still says English or says the wrong thing (a few of its strings are a
 * translator's prompt pasted in), the words the admin shows instead.
 */
export const THAI_INTERFACE_TEXT = {
  authentication: {
    apiKey: 'กุญแจเชื่อมต่อระบบ',
    enableAPIKey: 'เปิดใช้กุญแจเชื่อมต่อระบบ',
    generateNewAPIKey: 'สร้างกุญแจเชื่อมต่อระบบใหม่',
    newAPIKeyGenerated: 'สร้างกุญแจเชื่อมต่อระบบใหม่แล้ว',
    resetPasswordToken: 'รหัสสำหรับตั้งรหัสผ่านใหม่',
    checkYourEmailForPasswordReset: 'ถ้าอีเมลนี้เป็นของบัญชีผู้ใช้งาน ท่านจะได้รับอีเมลแนะนำการตั้งรหัสผ่านใหม่ในไม่ช้า หากไม่พบในกล่องจดหมาย กรุณาดูในโฟลเดอร์จดหมายขยะ',
  },
  error: {
    incorrectCollection: 'ประเภทข้อมูลไม่ถูกต้อง',
    tokenInvalidOrExpired: 'รหัสไม่ถูกต้องหรือหมดอายุแล้ว',
    verificationTokenInvalid: 'รหัสยืนยันตัวตนไม่ถูกต้อง',
  },
  fields: {
    block: 'ส่วน',
    blocks: 'ส่วน',
    blockType: 'ประเภทของส่วน',
    searchForBlock: 'ค้นหาส่วน',
    toggleBlock: 'ย่อ/ขยาย',
    chooseBetweenCustomTextOrDocument: 'เลือกระหว่างระบุที่อยู่เว็บเองหรือเชื่อมไปยังเอกสารอื่น',
    customURL: 'ที่อยู่เว็บที่กำหนดเอง',
    enterURL: 'ระบุที่อยู่เว็บ',
  },
  general: {
    clear: 'ล้าง',
    restoring: 'กำลังกู้คืน…',
    collections: 'รายการข้อมูล',
    globals: 'ข้อมูลส่วนกลาง',
    payloadSettings: 'การตั้งค่าการแสดงผล',
    deletedCountSuccessfully: 'ลบ {{count}} {{label}} เรียบร้อยแล้ว',
  },
  upload: { pasteURL: 'วางที่อยู่เว็บ', selectCollectionToBrowse: 'เลือกประเภทข้อมูลที่ต้องการค้นหา' },
  version: {
    noLabelGroup: 'ไม่มีชื่อกลุ่ม',
    aboutToRestoreGlobal: 'ท่านกำลังจะคืนค่า {{label}} กลับเป็นฉบับเมื่อวันที่ {{versionDate}}',
    viewingVersionGlobal: 'กำลังดูฉบับของ {{entityLabel}}',
    viewingVersionsGlobal: 'กำลังดูฉบับต่าง ๆ ของ {{entityLabel}}',
  },
}
