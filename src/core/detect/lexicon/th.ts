/**
 * Thai. No spaces between words, so entries match as substrings. Negation is pre-posed ไม่ + word (ไม่ดี) and
 * post-posed ไม่ได้ after a verb (แก้ไม่ได้ "can't fix"); intensifiers are mostly post-posed (แย่มาก, ไม่ดีเลย).
 * The bare "แต่" (but) is left out: it hides inside ตั้งแต่ ("since"), common in complaints.
 */
import { w, words } from './build'
import type { Lexicon } from './types'

export const th: Lexicon = {
  lang: 'th',
  script: 'th',
  negative: {
    ...w(3, 'แย่ที่สุด|ห่วย|เลวร้าย|แย่มาก|ทนไม่ไหว|ไม่ได้เรื่อง|ไม่เอาไหน|โกง|หลอกลวง'), // worst, crappy, terrible, very bad, can't stand it, useless, cheat, deceive
    ...w(3, 'ต้มตุ๋น|มิจฉาชีพ|ไม่รับผิดชอบ|ทุเรศ|ไม่ไหวแล้ว|ไม่ใช้อีกแล้ว|ไม่ซื้ออีกแล้ว'), // scam, fraudster, irresponsible, disgusting, unbearable, never again
    ...w(2, 'แย่|ผิดหวัง|ไม่พอใจ|โมโห|โกรธ|หงุดหงิด|รำคาญ|เสียความรู้สึก|เซ็ง|ไม่ไหว'), // bad, disappointed, dissatisfied, angry, annoyed, hurt, fed up
    ...w(2, 'ใช้ไม่ได้|ใช้งานไม่ได้|เข้าไม่ได้|ล็อกอินไม่ได้|เข้าสู่ระบบไม่ได้|โหลดไม่ได้|ติดต่อไม่ได้'), // unusable, can't enter / log in / load / reach
    ...w(2, 'ไม่ทำงาน|ไม่ได้รับ|ยังไม่ได้รับ|ไม่มีใครตอบ|ไม่ตอบ|ไม่ติดต่อกลับ|ไม่มีการตอบกลับ|เงียบ'), // doesn't work, not received, no one answers, no call back, silence
    ...w(2, 'เสียเวลา|เสียหาย|ชำรุด|พัง|เสียแล้ว|หลอก|ไม่สุภาพ|หยาบคาย|พูดจาไม่ดี|ไม่เป็นมืออาชีพ'), // waste of time, damaged, defective, broken, tricked, rude, unprofessional
    ...w(2, 'เก็บเงินซ้ำ|ตัดเงินซ้ำ|หักเงินซ้ำ|หักเงินสองครั้ง|ตัดบัตรสองครั้ง|รอนาน|รอนานมาก|ไม่คืนเงิน'), // double charged, long wait, no refund
    ...w(2, 'แก้ไม่ได้|แก้ไม่หาย|ไม่หาย|ไม่แก้|ไม่ช่วย|ไม่สนใจ|เมิน|ทิ้งไว้|ไม่ดีขึ้น'), // can't fix, doesn't go away, won't help, don't care, ignore, left hanging, not improving
    ...w(1, 'ปัญหา|ข้อผิดพลาด|ผิดพลาด|error|ช้า|ล่าช้า|ค้าง|เด้ง|แครช|รอมา|เบื่อ|ยุ่งยาก'), // problem, error, slow, delayed, hangs, crashes, have been waiting, bored, cumbersome
    ...w(1, 'ผิด|แพง|งง|สับสน|กังวล|ลำบาก|ไม่สะดวก|ไม่ถูกต้อง|หาย'), // wrong, expensive, confused, worried, troublesome, inconvenient, incorrect, lost
    ...w(2, 'ตัดสาย|วางสายใส่|โดนตัดค่า|โดนเก็บ'), // hung up on me, got charged a fee
    ...w(2, 'ไม่ตรงปก|ไม่ตรงตามที่สั่ง|ไม่ตรงกับรูป|ของไม่ครบ|ส่งผิด'),
    ...w(1, 'ขอคืนเงิน'),
    ...w(2, 'เย็นชืด|เน็ตหลุด|หลุดบ่อย|สัญญาณหลุด|ไม่เต็มใจ|ไม่มีอะไรดีขึ้น|ไม่มีใครสนใจ'), // gone cold, connection drops, unwilling, nothing improved, nobody cares
    ...w(1.5, 'เพิ่งได้|รอเกือบ|ตั้งนาน|เป็นชั่วโมง|หลายสัปดาห์|หลายอาทิตย์|เป็นเดือน'), // only just got, waited almost, for hours / weeks / a month
    ...w(1, 'หลุด'), // dropped
    ...w(1.5, 'เน็ตล่ม|ระบบล่ม|ไฟดับ|น้ำไม่ไหล'), // outage, power / water cut
  },
  positive: ['ดี', 'พอใจ', 'ประทับใจ', 'ช่วย', 'ตอบ', 'แก้', 'ชัดเจน', 'เร็ว', 'สุภาพ', 'โอเค', 'ได้รับ', 'ทำงาน'], // good, satisfied, impressed, help, answer, fix, clear, fast, polite, ok, received, works
  politeness: {
    ...w(2, 'ไม่ค่อยพอใจ|ไม่ค่อยดี|ไม่ค่อยประทับใจ|ค่อนข้างผิดหวัง|ผิดหวังนิดหน่อย|เสียใจ|น่าเสียดาย'), // not very satisfied / good / impressed, rather disappointed, sorry, a pity
    ...w(2, 'อยากให้ปรับปรุง|ควรปรับปรุง|รบกวนช่วยเร่ง|รอนานพอสมควร|ยังไม่ได้รับการแก้ไข|ไม่เป็นไปตามที่'), // please improve, should improve, please hurry, waited quite long, not yet fixed, not as promised
    ...w(1, 'ช่วยด้วย|ด่วน|โดยเร็ว|เร่งด่วน|ขอคำอธิบาย'), // please help, urgent, quickly, please explain
    ...w(2, 'คาดหวังไว้มากกว่านี้|ควรจะดีกว่านี้|ยังเงียบ|บอกว่าจะโทรกลับ'), // expected more than this, should be better, still silent, said would call back
    ...w(1, 'คาดหวัง|มากกว่านี้'), // expect(ed), more than this (weak)
    ...w(
      2,
      'ไม่ค่อยโอเค|ไม่ค่อยดีเท่าไหร่|ไม่ค่อยถูกใจ|ไม่ถูกใจ|รู้สึกแย่|รู้สึกไม่ดี|เสียดาย|ไม่เหมือนที่|ไม่ตรงกับที่|ไม่เป็นไปตามที่คาด|ผิดคาด',
    ), // not quite OK / to my liking, feel bad, a pity, not as expected
  },
  profanity: ['เหี้ย', 'ควาย', 'สัส', 'แม่ง', 'เชี่ย', 'ระยำ', 'ชิบหาย', 'ส้นตีน', 'โง่', 'กาก', 'ห่าเอ๊ย'], // profanity, idiot, stupid, trash
  sarcasm: ['ขอบคุณที่ไม่ช่วย', 'ขอบคุณมากที่ไม่', 'เก่งจริงๆ'], // thanks for not helping, great service (sarcastic), so clever
  praise: [
    ...words('สุดยอด|ดีเยี่ยม|เยี่ยม|ยอดเยี่ยม|เก่งมาก|เก่งจริงๆ|ประทับใจมาก|ปังมาก'),
    ...words('เร็วทันใจ|บริการดีมาก|ชื่นชม|เลิศ'),
    ...words('บริการดีเยี่ยม|ดีมากเลย|ดีจริงๆ|ประทับใจสุดๆ|รวดเร็วมาก|ไวมาก'),
  ], // awesome, excellent, very clever, very impressed, super fast, great service, admire
  intensifiers: {
    ...w(0.5, 'มาก|มากๆ|เลย|สุดๆ|จริงๆ|ที่สุด|โคตร|เกินไป|สุด|อย่างมาก|หนัก|เหลือเกิน'), // very, at all, extremely, really, most, too, badly
    ...w(0.3, 'ค่อนข้าง|นิดหน่อย'), // rather, a little
  },
  negators: {
    pre: ['ไม่', 'ไม่ได้', 'ยังไม่', 'ไม่มี', 'ไม่เคย', 'ไม่ค่อย'], // not, did not, not yet, there is no, never, not very
    post: ['ไม่ได้', 'ไม่ได้เลย'], // cannot (after the verb)
  },
  contrast: ['แต่ว่า', 'อย่างไรก็ตาม', 'ถึงอย่างนั้น', 'แต่ก็'], // but, however, even so
  resolution: {
    ...w(2, 'แก้ได้แล้ว|ใช้ได้แล้ว|เรียบร้อยแล้ว|ได้รับแล้ว|แก้ไขแล้ว|หายแล้ว|เข้าได้แล้ว|ปกติแล้ว'), // fixed now, works now, all done, received, gone, back to normal
    ...w(1, 'ขอบคุณ|ขอบคุณมาก|ขอบใจ|ขอบพระคุณ'), // thank you
  },
  intents: {
    escalation: {
      ...w(1.5, 'ขอสายผู้'), // boss, manager, executive, person responsible, senior, talk to a human
      ...w(1, 'ร้องเรียน|ขอร้องเรียน'), // file a complaint
      ...w(1, 'หัวหน้า|ผู้จัดการ|ผู้บริหาร|ผู้รับผิดชอบ|คุยกับคน'), // boss, manager, executive, person responsible, talk to a person (often neutral)
      ...w(1.5, 'ขอคุยกับหัวหน้า|ขอสายหัวหน้า|เรียกหัวหน้า|ขอสายผู้จัดการ|คุยกับผู้จัดการ|ขอคุยกับผู้จัดการ|ขอคุยกับผู้รับผิดชอบ'), // let me talk to your boss / the manager / the person responsible
      ...w(1.5, 'ผู้มีอำนาจ|คนที่ตัดสินใจได้|ผู้บังคับบัญชา|ขอคุยกับคนที่'), // someone with authority, someone who can decide
      ...w(1, 'หัวหน้างาน|หัวหน้าแผนก'), // supervisor, head of department (often neutral)
      ...w(1.5, 'ผู้ที่มีอำนาจ|มีอำนาจตัดสินใจ|ให้ผู้บริหาร|ถึงผู้บริหาร'), // someone with authority, to the executives
    },
    churn: {
      ...w(1, 'ยกเลิก|ยกเลิกบริการ|ยกเลิกสมาชิก|ลบบัญชี|ปิดบัญชี|เลิกใช้'), // cancel, cancel service / membership, delete / close account, stop using
      ...w(1.5, 'ย้ายไปใช้|เปลี่ยนไปใช้|เจ้าอื่น|ค่ายอื่น|คู่แข่ง|จะไม่ใช้อีก|ไม่ใช้บริการอีก'), // switch to, another vendor / network, competitor, won't use again
      ...w(1.5, 'จะยกเลิกบริการ|ขอยกเลิกบริการ|จะไม่ใช้แล้ว|เลิกใช้แน่'), // I will cancel the service, will not use it any more
      ...w(
        1.5,
        'ย้ายบัญชี|ย้ายไปธนาคาร|ย้ายค่าย|ย้ายเครือข่าย|ไม่ต่ออายุ|ไม่ต่อสัญญา|จะเลิกใช้|เลิกใช้แล้ว|ขอยกเลิกตั้งแต่|ยกเลิกบริการตั้งแต่',
      ), // move my account / bank / network, not renewing, will stop using
      ...w(1.5, 'จะไม่ต่อ'), // will not renew
    },
    legal: {
      ...w(1, 'กฎหมาย'), // law
      ...w(2, 'ฟ้อง|ดำเนินคดี|สคบ|แจ้งความ|กสทช|ปฏิเสธการชำระเงิน|chargeback'), // lawyer, sue, prosecute, consumer board, police report, law, telecom regulator, court
      ...w(1, 'ทนาย|ศาล'), // lawyer, court (often neutral)
      ...w(2, 'ปรึกษาทนาย|ให้ทนาย|ทนายความของ'), // consult / have a lawyer
    },
    public: {
      ...w(2, 'รีวิวให้|รีวิวลง|จะรีวิว|โพสต์ลง|จะโพสต์|ลงโซเชียล|พันทิป|pantip|ประจาน'), // review, post, social media, Pantip forum, shame publicly
      ...w(2, 'แฉ|ไวรัล|ให้คนอื่นรู้'), // expose, Facebook, viral, let others know, Twitter
      ...w(1, 'โซเชียล|เฟซบุ๊ก|เฟสบุ๊ค|ทวิตเตอร์'), // social media, Facebook, Twitter (often neutral)
    },
    repeat: {
      ...w(1.5, 'ครั้งที่สาม|ครั้งที่ 3|ครั้งที่สี่|หลายครั้ง|อีกแล้ว|บอกไปแล้ว|แจ้งไปแล้ว|กี่ครั้ง'), // third time, many times, again!, already told / reported, how many times
      ...w(1.5, 'ติดต่อมาหลายครั้ง|ยังเหมือนเดิม|เป็นอีกแล้ว|ซ้ำอีก|ซ้ำๆ'), // contacted many times, still the same, it happened again, repeatedly
      ...w(1, 'ครั้งที่สอง|ครั้งที่ 2|ทุกครั้ง|ยังไม่|อีกครั้ง|ซ้ำ'), // second time, every time, still not, again, repeat
      ...w(1.5, 'สามรอบ|สองรอบ|หลายรอบ|กี่รอบ|รอบที่สาม|รอบที่ 3|ครั้งที่ห้า'), // three / two / many rounds, how many rounds
    },
    chasing: {
      ...w(1, 'ความคืบหน้า|ยังรออยู่|รอคำตอบ|เมื่อไหร่จะ|เมื่อไรจะ|ตามเรื่อง|ทวงถาม|อีกนานไหม'), // progress, still waiting, awaiting reply, when will, following up, how much longer
    },
  },
  topics: {
    billing: ['เงินคืน', 'คืนเงิน', 'ค่าบริการ', 'เรียกเก็บ', 'บิล', 'ใบแจ้งหนี้', 'หักเงิน', 'ตัดบัตร', 'ชำระ', 'โอนเงิน'],
    product: ['ใช้ไม่ได้', 'พัง', 'แอป', 'ระบบ', 'ล็อกอิน', 'error', 'ค้าง', 'เด้ง', 'ชำรุด'],
    service: ['พนักงาน', 'แอดมิน', 'คอลเซ็นเตอร์', 'หยาบคาย', 'บริการ', 'เจ้าหน้าที่'],
    slow: ['รอ', 'ช้า', 'ไม่ตอบ', 'หลายวัน', 'สัปดาห์', 'อาทิตย์', 'ล่าช้า'],
  },
}
