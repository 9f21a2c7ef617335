import { describe, expect, it } from 'vitest'
import { availableQuestionRules, questionRefusal, readQuestion } from './questions'

describe('the Q&A board', () => {
  it('publishes a question only with the agency’s answer, and rejects one only with a reason', () => {
    expect(questionRefusal('pending', 'answer', 'ติดต่อได้ที่กองคลัง')).toBeNull()
    expect(questionRefusal('pending', 'answer', ' ')).toEqual({ status: 400, message: 'กรุณาระบุคำตอบของหน่วยงาน (เผยแพร่บนเว็บไซต์)' })
    expect(questionRefusal('pending', 'reject', '')).toMatchObject({ status: 400 })
    expect(questionRefusal('published', 'reject', 'สแปม')).toEqual({ status: 409, message: 'คำถามที่ “ตอบและเผยแพร่แล้ว” ทำ “ไม่เผยแพร่” ไม่ได้' })
    expect(questionRefusal('pending', 'delete', 'x')).toEqual({ status: 400, message: 'ไม่รู้จักการดำเนินการนี้' })
    expect(availableQuestionRules('pending').map((r) => r.action)).toEqual(['answer', 'reject'])
    expect(availableQuestionRules('rejected')).toEqual([])
  })

  it('takes a question with consent to publish it, the e-mail optional', () => {
    expect(readQuestion({ question: ' ชำระภาษีป้ายได้ที่ไหน ', consent: 'on' })).toEqual({ input: { question: 'ชำระภาษีป้ายได้ที่ไหน', details: '', email: '' } })
    expect(readQuestion({ question: 'x', email: 'a@b', consent: true })).toEqual({ errors: { email: 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com' } })
    expect(readQuestion({ question: '', details: 'ก'.repeat(3001) })).toEqual({
      errors: { question: 'กรุณาพิมพ์คำถาม', details: 'รายละเอียดยาวเกิน 3,000 ตัวอักษร', consent: 'กรุณายินยอมให้เผยแพร่คำถามพร้อมคำตอบ (ไม่แสดงอีเมลของท่าน)' },
    })
    expect(readQuestion({ question: 'x', consent: 'on', website: 'http://spam.example' })).toEqual({ robot: true })
  })
})
