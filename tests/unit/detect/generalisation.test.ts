/**
 * Phrasings beyond the dev set: courteous disappointment, sarcasm without a template, churn decisions and calm
 * tickets that must stay quiet, in each of the nine languages.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/core/detect'
import { said, ticket } from './ticket'

const isSarcasm = (locale: string, text: string): boolean =>
  assess(said(locale, text)).reasons.some((r) => r.code === 'anger_cues' && r.params?.cue === 'sarcasm')

describe('polite disappointment', () => {
  it.each([
    ['en', 'Thank you for getting back to me. I had hoped the replacement would arrive before the weekend.'],
    ['es', 'Gracias por la respuesta, aunque esperaba algo más de una empresa con la que llevo diez años.'],
    ['fr', "Je vous remercie pour votre retour, mais j'espérais mieux après tout ce temps."],
    ['de', 'Danke für die Antwort, aber ich hatte mir ehrlich gesagt mehr versprochen.'],
    ['pt', 'Agradeço o retorno, mas confesso que esperava um pouco mais de cuidado com o meu pedido.'],
    ['nb', 'Takk for svaret. Jeg hadde håpet på en raskere løsning, for å være ærlig.'],
    ['ja', 'ご対応いただきありがとうございます。ただ、今回の件は少々がっかりいたしました。'],
    ['ko', '답변 감사합니다. 다만 기대했던 것과는 많이 달라서 조금 아쉽네요.'],
    ['th', 'ขอบคุณที่ตอบกลับนะคะ แต่รู้สึกผิดหวังนิดหน่อยค่ะ'],
  ])('%s: reads as negative (%s)', (locale, text) => {
    const a = assess(said(locale, text))
    expect(a.reasons.map((r) => r.code)).toContain('polite_disappointment')
    expect(a.negative).toBe(true)
  })
})

describe('sarcasm: praise next to a failure', () => {
  it.each([
    ['en', 'Fantastic, my parcel is lost yet again.'],
    ['es', 'Genial, otra vez sin internet justo el día del partido.'],
    ['fr', 'Super, encore une fois sans réseau dans tout le quartier.'],
    ['de', 'Toll, schon wieder ist das Paket beim falschen Nachbarn gelandet.'],
    ['pt', 'Que maravilha, mais uma vez sem luz no bairro inteiro.'],
    ['nb', 'Flott, igjen uten strøm. Fjerde gang denne uka.'],
    ['ja', '素晴らしい対応ですね。問い合わせてから二週間、返事がありません。'],
    ['ko', '와 대단하시네요 👏 환불 요청한 지 한 달째인데 아직도 처리 중이라니요'],
    ['th', 'บริการดีเยี่ยมจริงๆ ค่ะ เน็ตหลุดอีกแล้ววันนี้ 🙄'],
  ])('%s: is sarcasm and negative (%s)', (locale, text) => {
    expect(isSarcasm(locale, text)).toBe(true)
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['en', 'Great, thanks! One more thing: the invoice shows an error in the VAT line.'],
    ['en', 'The agent was great, but the courier lost my parcel again.'],
    ['es', 'Genial, muchas gracias. Ya funciona todo.'],
    ['de', 'Super, danke! Kleine Frage noch: Wo finde ich die Rechnung?'],
  ])('%s: sincere praise stays sincere (%s)', (locale, text) => {
    expect(isSarcasm(locale, text)).toBe(false)
  })
})

describe('churn decisions', () => {
  it.each([
    ['en', "After this we won't renew our contract; we are already talking to other providers."],
    ['es', 'Me doy de baja este mismo mes, ya he contratado con otra compañía.'],
    ['fr', 'Je vais résilier et changer d’opérateur dès la fin du mois.'],
    ['de', 'Ich kündige zum Monatsende, ich bin raus.'],
    ['pt', 'Vou cancelar o plano e mudar de operadora ainda este mês.'],
    ['nb', 'Jeg sier opp abonnementet og går over til en annen leverandør.'],
    ['ja', '他社への乗り換えを決めましたので、今月末で解約します。'],
    ['ko', '이번 달까지만 쓰고 다른 통신사로 갈아탈게요.'],
    ['th', 'ถ้ายังแก้ไม่ได้ภายในสัปดาห์นี้ จะย้ายค่ายแล้วนะครับ'],
  ])('%s: is a churn threat and negative (%s)', (locale, text) => {
    const a = assess(said(locale, text))
    expect(a.reasons.map((r) => r.code)).toContain('churn_threat')
    expect(a.negative).toBe(true)
  })
})

describe('one clear cue is enough', () => {
  it.each([
    ['en', 'We will not renew our contract.'],
    ['de', 'Ich kündige hiermit meinen Vertrag.'],
    ['ja', '解約を検討しています。'],
    ['nb', 'Vi bytter leverandør fra neste måned.'],
  ])('%s: a single churn decision is negative (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['en', 'I would like this escalated to a manager, please.'],
    ['es', '¿Hay alguien por encima de usted con quien pueda hablar?'],
    ['ko', '팀장님 연결 부탁드립니다.'],
  ])('%s: an escalation request is negative (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it('reads thanks with an eye roll as sarcasm', () => {
    expect(isSarcasm('en', 'Thanks a bunch for cutting off my internet on the day of my exam 🙃')).toBe(true)
  })
})

describe('calm and neutral tickets stay quiet', () => {
  it.each([
    ['en', 'Hi, unfortunately I ordered the wrong size. Could you cancel my order? No rush, thanks!'],
    ['es', 'Hola, ¿cómo puedo dar de baja la línea de mi madre? ¿Qué documentos necesito?'],
    ['fr', "Bonjour, petite question : comment résilier l'option TV ? Je ne la regarde jamais. Merci !"],
    ['de', 'Hallo, wie kann ich meinen Vertrag kündigen? Ich ziehe ins Ausland. Danke!'],
    ['pt', 'Oi! Como faço para cancelar a assinatura do meu filho? Ele não usa mais. Obrigada!'],
    ['nb', 'Hei! Hvordan sier jeg opp avtalen når jeg flytter? Takk.'],
    ['ja', 'プランの変更方法を教えてください。来月から家族プランにしたいと考えています。'],
    ['ko', '요금제를 바꾸고 싶은데 위약금이 있는지 궁금합니다.'],
    ['th', 'สอบถามค่ะ ถ้าจะเปลี่ยนแพ็กเกจเป็นรายปีต้องทำอย่างไรคะ'],
  ])('%s: is not negative (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })

  it.each([
    ['en', "I'm cancelling the order because I found the right size in store, no problem at all."],
    ['en', 'Please forward this quote to your manager for approval, as discussed on the phone.'],
    ['es', 'Perdona la molestia, ¿sabéis si hay un corte de luz programado en mi calle?'],
    ['de', 'Entschuldigen Sie die Störung: Wo finde ich meine Rechnung?'],
    ['ja', 'ご迷惑をおかけしますが、住所の変更をお願いできますか。'],
    ['nb', 'Er det strømbrudd i området mitt? Lampene blinker. Ingen hast.'],
  ])('%s: polite formulas and neutral mentions stay quiet (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })

  it('does not read English "lost" as Norwegian "løst" (solved)', () => {
    const lines = [
      'Third time my parcel has gone missing, I am furious.',
      'agent: Sorry, checking.',
      'It got lost.',
    ]
    expect(assess(ticket('en', lines)).negative).toBe(true)
  })

  it('reads "!!" in a thank-you as joy, not anger', () => {
    const a = assess(
      ticket('en', ['My parcel is stuck.', 'agent: Chased, it is on a van.', "It's here!! Thank you!!"]),
    )
    expect(a.reasons.filter((r) => r.code === 'anger_cues')).toEqual([])
    expect(a.negative).toBe(false)
  })

  it('a neutral question answered the next morning stays below recover', () => {
    const a = assess({
      ...said('en', 'Hi, the export has a small problem with dates. How do I change the format?'),
      metrics: { firstReplyMinutes: 15 * 60 },
    })
    expect(a.negative).toBe(false)
  })

  it('a "complaints procedure" asked for an audit is not a complaint', () => {
    const text = 'For our supplier audit, could you send your complaints procedure and ombudsman details?'
    expect(assess(said('en', text)).negative).toBe(false)
  })
})

describe('regional and informal phrasings (es, fr, nb, de, en)', () => {
  it.each([
    ['es', 'Qué onda con ustedes, llevo semanas sin internet y nadie me da razón.'],
    ['es', 'Me están tomando el pelo: doce días esperando el reembolso.'],
    ['es', 'Mirá, ya me cansé. No me dan solución y la factura sigue mal.'],
    ['es', 'Si no me devuelven la plata esta semana, hago el reclamo en el SERNAC.'],
    ['es', 'Es la enésima vez que os escribo por el mismo cargo.'],
    ['es', 'Necesito que me comunique con una jefatura, con usted no llegamos a ninguna parte.'],
    ['es', 'Lamento decirlo, pero el trato fue de malas maneras y no está a la altura de su marca.'],
    ['fr', "Ça fait deux semaines que j'attends pis personne me rappelle, chu tanné."],
    ['fr', 'Je ne compte pas rester chez vous, je vais voir ailleurs dès la fin du mois.'],
    ['fr', "Sans réponse d'ici vendredi, je dépose une plainte à l'Office de la protection du consommateur."],
    ['fr', "Je ne m'attendais pas à ça de votre part après quinze ans comme cliente."],
    ['nb', 'Eg har venta i tre veker på svar. Dette er heilt uhøyrt.'],
    ['nb', 'Eg har fått nok. Eg seier opp og går til eit anna selskap.'],
    ['nb', 'Kan jeg få snakke med noen som faktisk kan ta en avgjørelse?'],
    ['nb', 'Jeg sender saken til Finansklagenemnda hvis dette ikke er rettet.'],
    ['nb', 'Dette er fjerde gangen jeg tar kontakt om det samme, og ingen gav beskjed.'],
    ['de', 'Seit Wochen tut sich nichts, ich werde nur hingehalten.'],
    ['de', 'Ich möchte, dass sich jemand aus der Teamleitung bei mir meldet.'],
    ['de', 'Nach dem Theater der letzten Wochen bin ich weg, ich gehe zur Konkurrenz.'],
    ['de', 'Ich habe zum vierten Mal angerufen, jedes Mal heißt es, das wird weitergeleitet.'],
    ['en', "I'm done. Please close my account, I've already moved my salary elsewhere."],
  ])('%s: reads as negative (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['es', '¿En serio? Cuarto técnico que me mandan. Felicidades, todo un récord.'],
    ['es', 'Bárbaro, che. Tres horas en la línea para que me corten. Excelente atención.'],
    ['fr', 'Vraiment ? Trois semaines pour rembourser 12 € ? Chapeau, belle performance.'],
    ['nb', 'Seriøst? Tre uker og fortsatt ingen refusjon. Genialt system dere har.'],
    ['de', 'Ernsthaft? Seit zwei Wochen warte ich auf die Gutschrift. Klasse gemacht, wirklich.'],
  ])('%s: rhetorical question beside praise is sarcasm (%s)', (locale, text) => {
    expect(isSarcasm(locale, text)).toBe(true)
    expect(assess(said(locale, text)).negative).toBe(true)
  })

  it.each([
    ['es', '¿Me podéis indicar cómo darme de baja cuando termine la permanencia? No tengo ninguna queja.'],
    ['es', 'No es ningún desastre, el sillón llegó un tono más claro pero me encanta igual.'],
    ['es', '¿Tienen 12 meses sin intereses con tarjeta? Quiero comprar la nevera.'],
    ['es', 'Lamentablemente el jueves no estoy en casa, ¿podemos pasar la entrega al viernes?'],
    ['fr', 'Petit souci sur l’appli : le bouton reste grisé. Rien d’urgent, bonne journée !'],
    ['fr', 'La personne au téléphone me dit de vous écrire pour changer mon adresse.'],
    ['fr', 'Je ne changerais pour rien au monde, merci pour votre aide !'],
    ['nb', 'Ikkje dårleg i det heile, den nye appen! Eg er svært nøgd.'],
    ['nb', 'Hei, dessverre må jeg flytte timen min på torsdag. Går det an å få fredag?'],
    ['de', 'Ich bestelle immer wieder gern bei Ihnen. Gibt es den Artikel auch in Schwarz?'],
    ['de', 'Gar nicht schlecht, die neue Version! Wo finde ich den Export?'],
    ['en', 'I found another bug in the export, details attached.'],
  ])('%s: calm text stays quiet (%s)', (locale, text) => {
    expect(assess(said(locale, text)).negative).toBe(false)
  })

  it('a calm German bug report with "leider", "Fehler" and "Problem", high priority and a reply just past the SLA stays below recover', () => {
    const text =
      'Hallo, leider tritt beim CSV-Export seit heute Morgen ein Fehler auf (Fehlercode 502). Das Problem betrifft nur große Zeiträume. Können Sie es sich ansehen? Danke!'
    const a = assess({
      ...ticket('de', [text]),
      subject: 'CSV-Export Fehler 502',
      priority: 'high',
      metrics: { requesterWaitMinutes: 285 },
    })
    expect(a.negative).toBe(false)
  })

  it('a Norwegian error report ("feilmelding") with high priority stays below recover', () => {
    const a = assess({
      ...ticket('nb', ['Hei! Får en feilmelding når jeg laster opp kvittering i appen. Ingen hast.']),
      subject: 'Feilmelding ved opplasting',
      priority: 'high',
      metrics: { requesterWaitMinutes: 300 },
    })
    expect(a.negative).toBe(false)
  })

  it('mild words alone count less than beside a clear complaint', () => {
    const mild = assess(said('de', 'Leider gibt es einen Fehler beim Export.')).severity
    const angry = assess(said('de', 'Leider gibt es einen Fehler beim Export, das ist ärgerlich.')).severity
    expect(mild).toBeLessThan(angry)
    expect(assess(said('de', 'Leider gibt es einen Fehler beim Export.')).level).not.toBe('recover')
  })
})
