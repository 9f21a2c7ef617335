'use client'
/**
 * On a person's page in the admin: their second factor. On one's own page, set it up (the key as a QR code and as
 * text, then a code from the app, then the ten recovery codes) or, for a role that may go without, turn it off; an
 * administrator on someone else's page clears it (a lost phone).
 */
import { useState, type FormEvent } from 'react'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

type Setup = { challenge: string; secret: string; qr: string }
const REQUIRED_ROLES = ['admin', 'webmaster']

async function post(path: string, body: Record<string, string> = {}): Promise<{ ok: boolean; result: Record<string, unknown> | null }> {
  const response = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { ok: response.ok, result: await response.json().catch(() => null) }
}
const messageOf = (result: Record<string, unknown> | null, fallback: string) => (result?.errors as { message?: string }[] | undefined)?.[0]?.message ?? (typeof result?.message === 'string' ? result.message : fallback)

export function SecondFactorPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const enabledAt = useFormFields(([fields]) => fields.totpEnabledAt?.value)
  const role = useFormFields(([fields]) => fields.role?.value)
  const [setup, setSetup] = useState<Setup | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!id || !user) return null
  const own = String(user.id) === String(id)
  const enabled = Boolean(enabledAt) || codes !== null

  async function act(path: string, body: Record<string, string> = {}) {
    setError(null)
    const { ok, result } = await post(path, body)
    if (!ok) setError(messageOf(result, 'ดำเนินการไม่สำเร็จ'))
    return ok ? result : null
  }
  async function begin() {
    const result = await act('/api/users/second-factor/setup')
    if (result) setSetup({ challenge: String(result.challenge), secret: String(result.secret), qr: String(result.qr) })
  }
  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = await act('/api/users/second-factor/enable', { challenge: setup!.challenge, code: String(new FormData(event.currentTarget).get('code')) })
    if (result) setCodes(result.recoveryCodes as string[]), setSetup(null)
  }
  async function turnOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = await act('/api/users/second-factor/disable', { code: String(new FormData(event.currentTarget).get('code')) })
    if (result) window.location.reload()
  }
  async function reset() {
    if (!window.confirm('ล้างการยืนยันตัวตนสองขั้นตอนของบุคคลนี้? ครั้งถัดไปที่เข้าสู่ระบบ เขาจะต้องตั้งค่าใหม่ (ถ้าบทบาทบังคับ)')) return
    const result = await act(`/api/users/${id}/second-factor/reset`)
    if (result) setNote(messageOf(result, 'ล้างแล้ว'))
  }

  return (
    <div className="khaosan-workflow" data-testid="second-factor">
      <h3>การยืนยันตัวตนสองขั้นตอน</h3>
      <p>{enabled ? 'เปิดใช้อยู่: เข้าสู่ระบบด้วยรหัสผ่านและรหัส 6 หลักจากแอปยืนยันตัวตนบนโทรศัพท์' : REQUIRED_ROLES.includes(String(role)) ? 'บทบาทนี้ต้องใช้ ระบบจะให้ตั้งค่าเมื่อเข้าสู่ระบบครั้งถัดไป' : 'ยังไม่ได้เปิดใช้ (ไม่บังคับสำหรับบทบาทนี้ แต่แนะนำให้เปิดเพื่อความปลอดภัยของบัญชี)'}</p>
      {own && !enabled && !setup ? (
        <Button type="button" buttonStyle="primary" size="small" onClick={begin}>
          ตั้งค่าการยืนยันตัวตนสองขั้นตอน
        </Button>
      ) : null}
      {setup ? (
        <form onSubmit={confirm}>
          <p>สแกนรหัส QR ด้วยแอปยืนยันตัวตน (เช่น Google Authenticator หรือ Microsoft Authenticator) หรือพิมพ์รหัสลับด้วยตนเอง แล้วกรอกรหัส 6 หลักที่แอปแสดง</p>
          <img src={setup.qr} alt="รหัส QR สำหรับเพิ่มบัญชีในแอปยืนยันตัวตน" width={200} height={200} />
          <p>
            รหัสลับ: <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <label htmlFor="second-factor-code">รหัสยืนยันตัวตน</label>
          <input id="second-factor-code" name="code" inputMode="numeric" autoComplete="one-time-code" required style={{ maxWidth: "12rem", display: "block" }} />
          <Button type="submit" buttonStyle="primary" size="small">
            เปิดใช้
          </Button>
        </form>
      ) : null}
      {codes ? (
        <>
          <p>เปิดใช้แล้ว เก็บรหัสกู้คืน 10 รหัสนี้ไว้ในที่ปลอดภัย ใช้แทนรหัสจากแอปได้รหัสละครั้งเมื่อโทรศัพท์หาย ระบบจะไม่แสดงอีก</p>
          <ol className="khaosan-recovery-codes">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {own && enabled && !codes && !REQUIRED_ROLES.includes(String(role)) ? (
        <form onSubmit={turnOff}>
          <label htmlFor="second-factor-off">ปิดการยืนยันตัวตนสองขั้นตอน: กรอกรหัส 6 หลักจากแอป</label>
          <input id="second-factor-off" name="code" inputMode="numeric" autoComplete="one-time-code" required style={{ maxWidth: "12rem", display: "block" }} />
          <Button type="submit" buttonStyle="secondary" size="small">
            ปิดการใช้
          </Button>
        </form>
      ) : null}
      {!own && user.role === 'admin' && enabled ? (
        <Button type="button" buttonStyle="secondary" size="small" onClick={reset}>
          ล้างการยืนยันตัวตนสองขั้นตอน (โทรศัพท์หาย)
        </Button>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
      {error ? (
        <p role="alert" className="khaosan-workflow__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
