/**
 * Portuguese, written as Brazilian Portuguese with "você" (acceptable, if a little informal, in Portugal).
 * Nothing agrees with a gender we do not know: no "prezado/a", and the agent thanks with "agradeço"
 * rather than "obrigado/obrigada".
 */
import type { Duration, DurationUnit, PhraseBank } from '../types'

const NUMBER_WORDS = [
  'zero',
  'um',
  'dois',
  'três',
  'quatro',
  'cinco',
  'seis',
  'sete',
  'oito',
  'nove',
  'dez',
  'onze',
  'doze',
]
/** "duas horas", "duas semanas", "duas vezes": two agrees with feminine nouns. */
const numberWord = (count: number, feminine: boolean) =>
  count === 2 && feminine ? 'duas' : (NUMBER_WORDS[count] ?? String(count))

const UNITS: Readonly<Record<DurationUnit, readonly [one: string, many: string, feminine: boolean]>> = {
  minute: ['um minuto', 'minutos', false],
  hour: ['uma hora', 'horas', true],
  day: ['um dia', 'dias', false],
  week: ['uma semana', 'semanas', true],
}

function duration({ count, unit, approx }: Duration): string {
  const [one, many, feminine] = UNITS[unit]
  const amount = count === 1 ? one : `${numberWord(count, feminine)} ${many}`
  if (approx === 'over') return `mais de ${amount}`
  if (approx === 'almost') return `quase ${amount}`
  return amount
}

const times = (count: number) => (count === 1 ? 'uma vez' : `${numberWord(count, true)} vezes`)

const em = (date: string | null) => (date ? ` em ${date}` : '')
const de = (date: string | null) => (date ? ` de ${date}` : '')

export const pt: PhraseBank = {
  lang: 'pt',
  sentenceJoiner: ' ',
  quoteMarks: ['“', '”'],
  fullStop: '.',
  quoteMaxChars: 160,
  lengthBudget: { unit: 'words', max: 150 },
  echoMotifs: [
    ['li sua', 'li a '],
    ['desculp', 'lament', 'sinto', 'perdão'],
    ['esper'],
    ['demais', 'demoramos', 'levamos'],
    ['resposta', 'respond'],
    ['confiança'],
    ['pessoal', 'minhas mãos', 'comigo'],
    ['mensagem'],
    ['escrev'],
    ['responsab', 'falhamos', 'erramos', 'erro foi'],
    ['melhor'],
    ['experiência'],
    ['agradeç'],
    ['uma só', 'única', 'de primeira', 'bastado'],
    ['de novo', 'várias vezes', 'cobrar'],
    ['resolv', 'solução'],
    ['rápid', 'imediatamente'],
    ['prioridade'],
    ['clar'],
    ['gentil', 'cortesia'],
    ['ordem'],
    ['à altura', 'abaixo'],
  ],
  address: (name) => name.given ?? name.full,
  greeting: {
    named: [({ name }) => `Olá, ${name},`, ({ name }) => `Bom dia, ${name},`],
    nameless: ['Olá,', 'Bom dia,'],
  },
  opener: {
    low: [
      'Peço desculpas pelo transtorno e agradeço por nos avisar.',
      'Lamento que isso não tenha saído como deveria.',
      'Desculpe pelo contratempo.',
    ],
    medium: [
      'Sinto muito, de verdade: essa não é a experiência que queremos oferecer a você.',
      'Peço sinceras desculpas. Deveríamos ter feito muito melhor.',
      'Quero pedir desculpas, porque você merecia um atendimento melhor da nossa parte.',
    ],
    high: [
      'Devo a você um pedido de desculpas sincero e pessoal. Nós falhamos com você, e a responsabilidade é nossa, não sua.',
      'Sinto muitíssimo. Nós erramos aqui, e não vou procurar justificativas.',
      'Antes de mais nada, peço perdão. O erro foi nosso, e assumo total responsabilidade por ele.',
    ],
    measured: [
      'Lamento a forma como a sua solicitação foi conduzida e quero revê-la com você com todo o cuidado.',
      'Agradeço por ter exposto a situação com tanta clareza. Lamento que o nosso serviço não tenha correspondido ao que você esperava.',
      'Sinto que o seu caso não tenha sido tratado como deveria, e gostaria de analisá-lo com você com calma.',
    ],
  },
  failure: {
    slow_response: [
      ({ date }) =>
        `Quando você nos escreveu${em(date)}, deveria ter recebido uma resposta rápida; em vez disso, deixamos você esperando.`,
      ({ date }) => `Sua mensagem${de(date)} merecia uma resposta rápida e não a recebeu.`,
      ({ date }) => `Demoramos demais para responder à solicitação que você nos enviou${em(date)}.`,
    ],
    unresolved_issue: [
      ({ date }) =>
        `O problema que você nos relatou${em(date)} ainda não foi resolvido, e isso não é aceitável.`,
      ({ date }) => `Você nos procurou${em(date)} em busca de uma solução e ainda não a tem.`,
      ({ date }) =>
        `Desde ${date ?? 'a sua primeira mensagem'}, seu caso continua em aberto, e isso já é tempo demais.`,
    ],
    repeat_contact: [
      ({ date }) =>
        `Você precisou nos procurar várias vezes pelo mesmo motivo${date ? ` desde ${date}` : ''}.`,
      ({ date }) =>
        `O que deveria ter sido resolvido já na sua primeira mensagem${date ? `, de ${date},` : ''} acabou exigindo várias tentativas da sua parte.`,
      ({ date }) => `Você nos explicou o problema${em(date)}, e deveríamos tê-lo resolvido logo de primeira.`,
    ],
    poor_service: [
      ({ date }) => `A forma como tratamos a sua solicitação${de(date)} não esteve à altura.`,
      ({ date }) =>
        `Quando você entrou em contato${em(date)}, merecia atenção e cuidado, e não foi isso que recebeu.`,
      ({ date }) =>
        `O atendimento que você recebeu${em(date)} ficou muito abaixo do padrão que exigimos de nós mesmos.`,
    ],
    billing_or_refund: [
      ({ date }) =>
        `Quando o assunto é dinheiro, você precisa de clareza e rapidez, e não foi isso que recebeu${date ? ` depois da sua mensagem de ${date}` : ''}.`,
      ({ date }) =>
        `Sua dúvida sobre a cobrança${de(date)} deveria ter sido simples de resolver, e nós a complicamos sem necessidade.`,
      ({ date }) =>
        `Quando você nos escreveu sobre o seu pagamento${em(date)}, deveria ter recebido uma resposta clara imediatamente.`,
    ],
    product_failure: [
      ({ date }) =>
        `Um produto que não funciona como esperado${date ? ` desde ${date}` : ''} já é incômodo o bastante; nossa ajuda deveria ter facilitado as coisas, não complicado.`,
      ({ date }) =>
        `Você nos informou sobre um problema com o produto${em(date)} e contava com uma ajuda rápida da nossa parte.`,
      ({ date }) =>
        `Você depende deste produto, e quando ele falhou${em(date)}, deveríamos ter ajudado melhor e mais rápido.`,
    ],
    other: [
      ({ date }) => `O que aconteceu${em(date)} não é o que você deveria esperar de nós.`,
      ({ date }) => `Sua solicitação${de(date)} não foi tratada como deveria.`,
      ({ date }) => `Revendo o seu caso${de(date)}, fica claro que não fizemos isso direito.`,
    ],
  },
  detail: {
    wait: [
      ({ amount }) => `Você esperou ${amount} por uma resposta, e isso é demais.`,
      ({ amount }) => `Ninguém deveria esperar ${amount} para ter notícias nossas.`,
      ({ amount }) => `Levamos ${amount} para responder a você.`,
      ({ amount }) => `Você ficou ${amount} sem notícias nossas, e isso não deveria ter acontecido.`,
    ],
    contacts: [
      ({ amount }) => `Você teve de entrar em contato ${amount} por causa disso.`,
      ({ amount }) => `Ao todo, você nos escreveu ${amount}, quando uma só deveria ter bastado.`,
      ({ amount }) => `Você nos procurou ${amount} antes de ver algum avanço.`,
    ],
    reopens: [
      ({ amount }) => `Sua solicitação precisou ser reaberta ${amount} porque a encerramos cedo demais.`,
      ({ amount }) =>
        `Demos o seu caso por resolvido quando não estava, e ele precisou ser reaberto ${amount}.`,
      ({ amount }) =>
        `O fato de o seu caso ter sido reaberto ${amount} mostra que o encerramos rápido demais.`,
    ],
  },
  quote: [
    ({ quotedEnd }) => `Você nos escreveu: ${quotedEnd}`,
    ({ quotedEnd }) => `Suas palavras foram claras: ${quotedEnd}`,
    ({ quotedEnd }) => `Li sua mensagem com atenção, inclusive esta frase: ${quotedEnd}`,
  ],
  reaction: {
    churn: [
      'Entendo que isso abalou a sua confiança em nós, e sei que só palavras não bastam para recuperá-la.',
      'Sei que você está pensando em nos deixar. Não vou tentar convencer você; prefiro mostrar que podemos fazer melhor.',
      'Se a sua confiança em nós ficou abalada, entendo perfeitamente: cabe a nós reconquistá-la.',
    ],
    escalation: [
      'Assumi o seu caso pessoalmente, e ele agora tem toda a minha atenção.',
      'Você pediu que o caso fosse escalado, e isso já foi feito: a liderança da nossa equipe está ciente e acompanha tudo comigo.',
      'Seu caso agora está em minhas mãos, e também informei a liderança da equipe.',
    ],
    legal: [
      'Registrei que você está considerando medidas legais. Esse é, naturalmente, um direito seu; ainda assim, gostaria de resolver isso diretamente com você.',
      'Você mencionou a possibilidade de uma ação judicial. Reuni todos os fatos do seu caso para que ele seja analisado com o devido cuidado.',
      'Entendo que você tenha mencionado a via judicial. Minha prioridade é analisar os fatos com cuidado e dar a você uma resposta clara.',
    ],
    repeat: [
      'Você não deveria ter precisado nos escrever de novo sobre isso.',
      'Ter de cobrar uma resposta nossa é exatamente o que nunca deveria acontecer.',
      'Uma única mensagem deveria ter bastado.',
    ],
    polite: [
      'Agradeço a sua gentileza apesar de tudo; é mais do que merecíamos.',
      'Você nos relatou isso com muita cortesia, e é mais um motivo para fazermos tudo certo.',
      'Sua paciência e seu tom gentil não passaram despercebidos, e agradeço por isso.',
    ],
    frustration: [
      'Sua frustração é totalmente compreensível.',
      'Você tem todos os motivos para se sentir assim.',
      'No seu lugar, eu me sentiria exatamente da mesma forma.',
    ],
    rating: [
      'Agradeço pela sua avaliação sincera: é assim que descobrimos o que precisamos melhorar.',
      'Li a avaliação que você deixou, e ela é justa.',
      'Sua avaliação reflete o que aconteceu, e levo isso muito a sério.',
    ],
  },
  commitment: [
    'A partir de agora, cuido pessoalmente do seu caso e vou acompanhá-lo até que esteja totalmente resolvido.',
    'Hoje o seu caso é a minha prioridade, e não vou largá-lo até que tudo esteja em ordem.',
    'Daqui em diante, você fala diretamente comigo, e vou garantir que isso seja resolvido como deve ser.',
    'Meu objetivo agora é simples: resolver isso para você, direito e sem mais demora.',
  ],
  followUp: [
    'Volto a falar com você em até um dia útil com uma atualização.',
    'Assim que houver novidades, escrevo para você, no máximo até amanhã.',
    'Quando tudo estiver resolvido, vou entrar em contato de novo para confirmar que está tudo funcionando como deveria.',
  ],
  closing: ['Atenciosamente,', 'Cordialmente,', 'Um abraço,'],
  signature: (agentName) => agentName ?? 'Equipe de Atendimento',
  duration,
  times,
}
