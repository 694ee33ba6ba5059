/**
 * Spanish. "Usted", warm and neutral across Spain and Latin America. Greetings end in a colon, as Spanish
 * letters do. Nothing agrees with a gender we do not know: no "estimado/a", no "molesto/a"; the courtesy
 * "le" (convencerle) is used for usted whatever the customer's gender.
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NUMBER_WORDS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
]
const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count)

const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string]>> = {
  minute: ['un minuto', 'minutos'],
  hour: ['una hora', 'horas'],
  day: ['un día', 'días'],
  week: ['una semana', 'semanas'],
}

function duration({ count, unit, approx }: Duration): string {
  const [one, many] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count)} ${many}`
  if (approx === 'over') return `más de ${amount}`
  if (approx === 'almost') return `casi ${amount}`
  return amount
}

const times = (count: number) => (count === 1 ? 'una vez' : `${numberWord(count)} veces`)

const el = (date: string | null) => (date ? ` el ${date}` : '')
const del = (date: string | null) => (date ? ` del ${date}` : '')

export const es: PhraseBank = {
  lang: 'es',
  sentenceJoiner: ' ',
  quoteMarks: ['“', '”'],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 150 },
  echoMotifs: [
    ['he leído', 'leí'],
    ['disculp', 'lament', 'lo siento', 'perdón', 'siento'],
    ['esper'],
    ['demasiado', 'tardamos'],
    ['respuesta', 'respond', 'contest'],
    ['confianza'],
    ['personal', 'mis manos', 'me ocupo'],
    ['mensaje'],
    ['escrib'],
    ['responsab', 'fallado', 'fallamos', 'error nuestro'],
    ['mejor'],
    ['experiencia'],
    ['gracias', 'agradez'],
    ['una sola', 'un solo', 'a la primera', 'bastado', 'bastar'],
    ['de nuevo', 'insistir', 'una y otra vez', 'varias veces'],
    ['resuel', 'resolver', 'solución', 'soluciona'],
    ['rápid', 'pronta', 'de inmediato'],
    ['como es debido'],
    ['prioridad'],
    ['clar'],
    ['amab', 'cortesía'],
    ['orden'],
  ],
  address: (name) => name.given ?? name.full,
  greeting: {
    named: [
      ({ name }) => `Hola, ${name}:`,
      ({ name }) => `Buenos días, ${name}:`,
      ({ name }) => `Buen día, ${name}:`,
    ],
    nameless: ['Hola:', 'Buenos días:', 'Buen día:'],
  },
  opener: {
    low: [
      'Disculpe las molestias y gracias por avisarnos.',
      'Lamento que esto no haya salido como debía.',
      'Le pido disculpas por este contratiempo.',
    ],
    medium: [
      'Lo siento de verdad: esta no es la experiencia que queremos ofrecerle.',
      'Le pido sinceras disculpas. Deberíamos haberlo hecho mucho mejor.',
      'Quiero pedirle perdón, porque usted merecía una atención mejor por nuestra parte.',
    ],
    high: [
      'Le debo una disculpa sincera y personal. Le hemos fallado, y la responsabilidad es nuestra, no suya.',
      'Lo siento muchísimo. Aquí fallamos, y no voy a buscar excusas.',
      'Ante todo, le pido perdón. Lo que ocurrió fue un error nuestro, y asumo plenamente la responsabilidad.',
    ],
    measured: [
      'Lamento cómo se ha gestionado su solicitud y quiero revisarla con usted con todo el cuidado que merece.',
      'Gracias por exponer su situación con tanta claridad. Lamento que nuestro servicio no haya estado a la altura de lo que esperaba.',
      'Siento que la gestión de su caso no haya sido la adecuada, y me gustaría repasarla con usted con calma.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `Cuando nos escribió${el(date)}, debería haber recibido una respuesta rápida; en cambio, le hicimos esperar.`,
      ({ date }) => `Su mensaje${del(date)} merecía una respuesta pronta y no la tuvo.`,
      ({ date }) => `Tardamos demasiado en responder a la consulta que nos envió${el(date)}.`,
    ],
    unresolved_issue: [
      ({ date }) => `El problema que nos planteó${el(date)} sigue sin resolverse, y eso no es aceptable.`,
      ({ date }) => `Acudió a nosotros${el(date)} buscando una solución y todavía no la tiene.`,
      ({ date }) =>
        `Desde ${date ? `el ${date}` : 'su primer mensaje'}, su caso sigue abierto, y es demasiado tiempo.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Ha tenido que escribirnos una y otra vez por el mismo asunto${date ? ` desde el ${date}` : ''}.`,
      ({ date }) =>
        `Lo que debía resolverse con su primer mensaje${date ? `, el del ${date},` : ''} le ha obligado a insistir varias veces.`,
      ({ date }) => `Nos explicó el problema${el(date)}, y deberíamos haberlo resuelto a la primera.`,
    ],
    poor_service: [
      ({ date }) => `La forma en que atendimos su solicitud${del(date)} no estuvo a la altura.`,
      ({ date }) =>
        `Cuando se puso en contacto con nosotros${el(date)}, merecía atención y cuidado, y no los recibió.`,
      ({ date }) =>
        `La atención que recibió${el(date)} quedó muy por debajo de lo que exigimos de nosotros mismos.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Cuando se trata de dinero, usted necesita claridad y rapidez, y eso no es lo que recibió${date ? ` tras su mensaje del ${date}` : ''}.`,
      ({ date }) =>
        `Su consulta sobre la facturación${del(date)} debía ser sencilla de resolver, y se la complicamos sin necesidad.`,
      ({ date }) =>
        `Cuando nos escribió por su pago${el(date)}, debería haber recibido una respuesta clara de inmediato.`,
    ],
    product_failure: [
      ({ date }) =>
        `Que el producto no funcione como espera${date ? ` desde el ${date}` : ''} ya es bastante molesto; nuestra ayuda debía facilitarle las cosas, no complicarlas.`,
      ({ date }) =>
        `Nos informó de un problema con el producto${el(date)} y confiaba en que le ayudaríamos con rapidez.`,
      ({ date }) =>
        `Usted depende de este producto, y cuando falló${el(date)}, debimos ayudarle mejor y más rápido.`,
    ],
    other: [
      ({ date }) => `Lo que ocurrió${el(date)} no es lo que usted debería esperar de nosotros.`,
      ({ date }) => `Su solicitud${del(date)} no se gestionó como correspondía.`,
      ({ date }) => `Al revisar su caso${del(date)}, está claro que no lo hicimos bien.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `Esperó una respuesta durante ${amount}, y eso es demasiado.`,
      ({ amount }) => `Nadie debería esperar ${amount} para saber de nosotros.`,
      ({ amount }) => `Tardamos ${amount} en contestarle.`,
      ({ amount }) => `Estuvo ${amount} sin noticias nuestras, y eso no debió ocurrir.`,
    ],
    contacts: [
      ({ amount }) => `Tuvo que contactarnos ${amount} por este motivo.`,
      ({ amount }) => `En total nos escribió ${amount}, cuando una sola vez debería haber bastado.`,
      ({ amount }) => `Se puso en contacto con nosotros ${amount} antes de ver algún avance.`,
    ],
    reopens: [
      ({ amount }) => `Su caso tuvo que reabrirse ${amount} porque lo cerramos antes de tiempo.`,
      ({ amount }) => `Dimos su caso por resuelto cuando no lo estaba, y hubo que reabrirlo ${amount}.`,
      ({ amount }) => `Que su caso se haya reabierto ${amount} me indica que lo cerramos demasiado pronto.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `Usted nos escribió: ${quotedEnd}`,
    ({ quotedEnd }) => `Sus palabras fueron claras: ${quotedEnd}`,
    ({ quotedEnd }) => `He leído su mensaje con atención, también esta frase: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'Entiendo que esto ha afectado a su confianza en nosotros, y sé que las palabras por sí solas no bastan para recuperarla.',
      'Sé que está pensando en dejarnos. No intentaré convencerle; prefiero demostrarle que podemos hacerlo mejor.',
      'Si su confianza en nosotros se ha resentido, lo entiendo perfectamente: recuperarla depende de nosotros.',
    ],
    escalation: [
      'Me he hecho cargo de su caso personalmente, y ahora cuenta con toda mi atención.',
      'Pidió que el caso se escalara y así lo he hecho: la dirección de nuestro equipo ya está al tanto y lo seguimos de cerca.',
      'Su caso está ahora en mis manos, y he informado también a la dirección del equipo.',
    ],
    legal: [
      'Tomo nota de que está valorando emprender acciones legales. Es su derecho, por supuesto; aun así, me gustaría resolver esto directamente con usted.',
      'Ha mencionado la posibilidad de acciones legales. He reunido todos los hechos de su caso para que se revisen con el debido rigor.',
      'Entiendo que haya mencionado la vía legal. Mi prioridad es revisar los hechos con cuidado y darle una respuesta clara.',
    ],
    repeat: [
      'No debería haber tenido que escribirnos de nuevo por esto.',
      'Que haya tenido que insistir para obtener respuesta es justo lo que nunca debería pasar.',
      'Un solo mensaje tendría que haber bastado.',
    ],
    polite: [
      'Gracias por su amabilidad a pesar de todo; es más de lo que merecíamos.',
      'Nos ha planteado esto con mucha cortesía, y precisamente por eso quiero hacerlo bien.',
      'Su paciencia y su tono amable no pasan desapercibidos, y se lo agradezco.',
    ],
    frustration: [
      'Su enfado es totalmente comprensible.',
      'Tiene todos los motivos para sentirse así.',
      'En su lugar, yo me sentiría exactamente igual.',
    ],
    rating: [
      'Gracias por su valoración sincera: así descubrimos lo que debemos mejorar.',
      'He leído la valoración que nos dejó, y es justa.',
      'Su valoración refleja lo que ocurrió, y me la tomo en serio.',
    ],
  },
  commitment: [
    'A partir de ahora me ocupo personalmente de su caso y no lo soltaré hasta que esté resuelto del todo.',
    'Hoy su caso es mi prioridad, y me quedaré con él hasta que todo esté en orden.',
    'Desde este momento tiene en mí una única persona de contacto, y me aseguraré de que esto se arregle como es debido.',
    'Mi objetivo ahora es sencillo: solucionarlo bien y sin más demoras.',
  ],
  followUp: [
    'Le escribiré de nuevo en un plazo máximo de un día hábil con novedades.',
    'En cuanto haya novedades se lo haré saber, y como muy tarde mañana.',
    'Cuando esté resuelto, volveré a contactarle para confirmar que todo funciona como debe.',
  ],
  closing: ['Un cordial saludo,', 'Saludos cordiales,', 'Atentamente,'],
  signature: (agentName) => agentName ?? 'El equipo de Atención al Cliente',
  duration,
  times,
}
