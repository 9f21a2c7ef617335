'use client'
import { useState, type FormEvent } from 'react'
import { Button } from '@payloadcms/ui'

type Step = { kind: 'password' } | { kind: 'code'; challenge: string } | { kind: 'setup'; challenge: string; secret: string; qr: string } | { kind: 'recovery'; codes: string[] }

/** The sign-in form: e-mail and password, then (when asked) the authenticator app's code; at a first set-up, the key, its QR code and the recovery codes. */
export function SignInForm({ redirect }: { redirect: string }) {
  const [step, setStep] = useState<Step>({ kind: 'password' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function post(path: string, body: Record<string, string>) {
    setBusy(true)
    setError(null)
    const response = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    setBusy(false)
    const result = await response.json().catch(() => null)
    if (!response.ok) setError(result?.errors?.[0]?.message ?? `เข้าสู่ระบบไม่สำเร็จ (${response.status})`)
    return response.ok ? result : null
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    if (step.kind === 'password') {
      const result = await post('/api/users/login', { email: String(form.get('email')), password: String(form.get('password')) })
      if (!result) return
      if (result.secondFactor === 'required') return setStep({ kind: 'code', challenge: result.challenge })
      if (result.secondFactor === 'setup') return setStep({ kind: 'setup', challenge: result.challenge, secret: result.secret, qr: result.qr })
      return window.location.assign(redirect)
    }
    if (step.kind === 'code' || step.kind === 'setup') {
      const result = await post('/api/users/login/second-factor', { challenge: step.challenge, code: String(form.get('code')) })
      if (!result) return
      if (result.recoveryCodes) return setStep({ kind: 'recovery', codes: result.recoveryCodes })
      return window.location.assign(redirect)
    }
  }

  if (step.kind === 'recovery')
    return (
      <div className="khaosan-sign-in__form">
        <h1>บันทึกรหัสกู้คืน</h1>
        <p>ตั้งค่าการยืนยันตัวตนสองขั้นตอนแล้ว เก็บรหัสกู้คืน 10 รหัสนี้ไว้ในที่ปลอดภัย ใช้แทนรหัสจากแอปได้รหัสละครั้งเมื่อโทรศัพท์หาย ระบบจะไม่แสดงอีก</p>
        <ol className="khaosan-recovery-codes">
          {step.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <Button el="anchor" url={redirect} buttonStyle="primary">
          บันทึกแล้ว ไปที่หน้าหลัก
        </Button>
      </div>
    )

  return (
    <form className="khaosan-sign-in__form" onSubmit={submit} noValidate={false}>
      <h1>เข้าสู่ระบบ</h1>
      {step.kind === 'password' ? (
        <>
          <label htmlFor="field-email">อีเมล</label>
          <input id="field-email" name="email" type="email" autoComplete="email" required />
          <label htmlFor="field-password">รหัสผ่าน</label>
          <input id="field-password" name="password" type="password" autoComplete="current-password" required />
        </>
      ) : (
        <>
          {step.kind === 'setup' ? (
            <>
              <p>บทบาทของท่านต้องใช้การยืนยันตัวตนสองขั้นตอน สแกนรหัส QR นี้ด้วยแอปยืนยันตัวตน (เช่น Google Authenticator หรือ Microsoft Authenticator) หรือพิมพ์รหัสลับด้วยตนเอง</p>
              <img src={step.qr} alt="รหัส QR สำหรับเพิ่มบัญชีในแอปยืนยันตัวตน" width={200} height={200} />
              <p>
                รหัสลับ: <code data-testid="totp-secret">{step.secret}</code>
              </p>
            </>
          ) : (
            <p>เปิดแอปยืนยันตัวตนบนโทรศัพท์ แล้วกรอกรหัส 6 หลักที่แสดง (หรือรหัสกู้คืนหนึ่งรหัส)</p>
          )}
          <label htmlFor="field-code">รหัสยืนยันตัวตน</label>
          <input id="field-code" name="code" inputMode="numeric" autoComplete="one-time-code" required autoFocus />
        </>
      )}
      {error ? (
        <p role="alert" className="khaosan-workflow__error">
          {error}
        </p>
      ) : null}
      <Button type="submit" buttonStyle="primary" disabled={busy}>
        {step.kind === 'password' ? 'เข้าสู่ระบบ' : 'ยืนยัน'}
      </Button>
      {step.kind === 'password' ? <a href="/admin/forgot">ลืมรหัสผ่าน</a> : null}
    </form>
  )
}
