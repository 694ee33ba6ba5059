/** Portuguese (pt-BR and pt-PT). Accents optional in matching ("não" = "nao"); common chat spellings included. */
import { w, words } from './build'
import type { Lexicon } from './types'

export const pt: Lexicon = {
  lang: 'pt',
  script: 'latin',
  negative: {
    ...w(3, 'péssimo|péssima|horrível|horrivel|terrível|lamentável|vergonha|vergonhoso'), // awful, horrible, terrible, shameful
    ...w(3, 'inaceitável|inadmissível|absurdo|um absurdo|golpe|golpistas|fraude|roubo'), // unacceptable, absurd, scam, fraud, theft
    ...w(3, 'enganação|palhaçada|descaso|desrespeito|o pior|a pior|nunca mais|ridículo'), // deception, farce, neglect, disrespect, the worst, never again
    ...w(3, 'furioso|furiosa|revoltado|revoltada|cansado de|cansada de|de saco cheio|inútil'), // furious, outraged, tired of, fed up, useless
    ...w(3, 'incompetente|incompetentes|incompetência|um lixo|lixo|porcaria|pesadelo'), // incompetent, garbage, crap, nightmare
    ...w(2, 'decepcion*|frustrad*|frustrante|chatead*|irritad*|insatisfeit*|descontente'), // disappointed, frustrated, upset, irritated, dissatisfied
    ...w(2, 'ruim|mau|quebrado|quebrada|defeito|com defeito|defeituoso|estragado|pior'), // bad, broken, defective, spoiled, worse
    ...w(2, 'não funciona|nao funciona|não está funcionando|parou de funcionar|continua sem'), // doesn't work, stopped working, still without
    ...w(2, 'nunca recebi|não chegou|nao chegou|nunca chegou|ainda não chegou'), // didn't receive, never arrived, still hasn't arrived
    ...w(2, 'sem resposta|ninguém responde|ninguem responde|ninguém me|nenhuma resposta|sem solução'), // no answer, nobody answers, no solution
    ...w(2, 'cobrança indevida|cobrado duas vezes|cobraram duas vezes|cobrança em dobro|sem autorização'), // undue charge, charged twice, without authorisation
    ...w(2, 'grosseiro|grosseira|mal educado|mal-educado|ignorad*|mentira|mentiram|enganad*'), // rude, ignored, lies, deceived
    ...w(2, 'não resolveram|não resolve|ninguém resolve|não me ajudam|mal atendido|atendimento ruim'), // they didn't solve it, nobody helps, bad service
    ...w(1, 'problema|problemas|erro|erros|lento|lenta|atraso|atrasado|atrasada|demora'), // problem, error, slow, delay
    ...w(1, 'falha|reclamação|reclamar|complicado|difícil|confuso|caro|infelizmente'), // failure, complaint, complicated, difficult, expensive
    ...w(1, 'preocupad*|errado|errada|incorreto|travando|trava|aguardando|esperando|~mal'), // worried, wrong, incorrect, freezing, waiting
    ...w(2, 'desiludid*|desilusão|sem bateria|bloqueou'), // disillusioned (pt-PT "disappointed"), no battery, blocked
    ...w(1.5, 'não pedi|veio sem|chegou sem|faltando|faltou'), // didn't order, came without, missing
    ...w(2, 'quero meu dinheiro de volta|devolvam meu dinheiro|mesmo depois de cancelar'), // I want my money back, even after cancelling
    ...w(
      2,
      'não dá pra aceitar|não dá para aceitar|continuam me cobrando|continuam cobrando|não apareceu|perdi o dia|perdi meu tempo|não é normal',
    ),
    ...w(2, 'extraviad*|mesma resposta|todo dia me falam'), // lost (luggage), same answer, every day they tell me
    ...w(2, 'de um setor para outro|me jogam de um lado|ninguém me atende|ninguém atende'),
    ...w(2, 'me prometeram|prometeram retorno|até hoje nada|nunca retornaram|ninguém retornou'),
    ...w(
      2,
      'sem internet|sem luz|sem sinal|sem energia|sem serviço|sem explicação|sem aviso|cobrança errada|sem cabimento',
    ), // without internet / power, no explanation, wrong charge
    ...w(
      2,
      'saco cheio|cansei|estou cansad*|tô cansad*|é brincadeira|falta de respeito|chegou fri*|avaria*|ninguém resolve',
    ), // fed up, I'm tired, a joke, arrived cold, breakdown
    ...w(1.5, 'caiu a internet|a internet caiu|queda de energia'), // the internet keeps dropping, power cut
    ...w(2, 'não aguento mais|cai toda'), // I can't take any more, missed the flight, keeps dropping
  },
  positive: [
    ...words('bom|boa|bem|satisfeito|satisfeita|contente|feliz|útil|rápido|educado'),
    ...words('aceitável|ajudou|ajudar|ajuda|respondeu|resolvido|resolveu|claro'),
  ],
  politeness: {
    ...w(2, 'um pouco decepcionad*|meio decepcionad*|esperava mais|esperava melhor|não é o que esperava'), // a bit disappointed, expected more / better
    ...w(2, 'não é ideal|pouco útil|infelizmente ainda|lamento dizer|sigo sem|continuo sem'), // not ideal, not very useful, unfortunately still
    ...w(
      2,
      'esperava um pouco mais|esperava mais atenção|esperava algo melhor|esperava bem mais|a desejar|não correspondeu|foi prometido|não é forma|não é maneira|aquém das expectativas|abaixo das expectativas',
    ), // expected a bit more, leaves much to be desired
    ...w(2, 'não era o que eu esperava|com todo o respeito|fiquei chatead*'), // not what I expected, with all due respect, it upset me
    ...w(2, 'é uma pena|que pena'),
    ...w(1.5, 'sinceramente esperava|confesso que'), // I would have liked, a pity, honestly I expected
    ...w(1.5, 'não recebi|nao recebi'),
  },
  profanity: [
    ...words('merda|porra|caralho|puta|droga|idiotas|idiota|imbecis|imbecil|otários'),
    ...words('ladrões|vagabundos|lixo de empresa|bosta|fdp|vsf|pqp'),
  ],
  sarcasm: [
    'obrigado por nada',
    'obrigada por nada',
    'valeu por nada',
    'parabéns pelo péssimo',
    'ótimo, de novo',
    ...words('pra variar|para variar'),
  ],
  praise: [
    ...words('que maravilha|maravilha|parabéns|ótimo|excelente|impecável|sensacional|incrível'),
    ...words('show de bola|nota 10|recomendo|que eficiência|fantástico|muito bem'),
    ...words('vocês são os melhores|os melhores'),
    ...words('que rapidez|maravilhos*|~top|~show|impressionad*'),
  ],
  intensifiers: {
    ...w(0.5, 'muito|muita|super|extremamente|totalmente|completamente|absolutamente|demais'),
    ...w(0.5, 'realmente|tão|bastante|mega|bem|completamente|simplesmente'),
  },
  negators: {
    pre: ['não', 'nao', 'nunca', 'jamais', '~nem', 'sem', 'nenhum', 'nenhuma', 'nada'],
    post: [],
  },
  contrast: ['~mas', 'porém', 'contudo', 'entretanto', 'no entanto', 'todavia'],
  resolution: {
    ...w(2, 'funcionou|está funcionando|voltou a funcionar|resolvido|resolveu|deu certo|perfeito'),
    ...w(2, 'recebi|já recebi|chegou|problema resolvido|tudo certo|tudo ok|consegui'),
    ...w(1, 'obrigado|obrigada|muito obrigado|muito obrigada|valeu|agradeço'),
    ...w(2, 'chegou hoje|chegou certinho|já chegou|deu tudo certo'),
  },
  intents: {
    escalation: {
      ...w(1.5, 'ouvidoria'), // ombudsman office
      ...w(
        1,
        'supervisor|supervisora|gerente|responsável|~superior|coordenador|chefe|falar com alguém|um humano|uma pessoa de verdade',
      ),
      ...w(
        1.5,
        'falar com o gerente|falar com um gerente|falar com um supervisor|falar com o supervisor|falar com o responsável|falar com um responsável|reclamação formal',
      ),
      ...w(
        1.5,
        'transfere pra um|transfere para um|me passa para o gerente|me passa pro gerente|quero falar com',
      ),
      ...w(
        1.5,
        'seja encaminhado|encaminhado para|um superior|alguém com autoridade|alguém que possa resolver|um supervisor|pra ouvidoria|para a ouvidoria',
      ), // be forwarded to, a superior / supervisor
      ...w(1.5, 'para o gerente|para um gerente|alguém que resolva|falar com alguém que'), // to the manager, someone who solves it
    },
    churn: {
      ...w(1, 'cancelar|cancelamento|encerrar minha conta|excluir minha conta|descadastrar'), // cancel, cancellation, close / delete my account
      ...w(1.5, 'concorrência|concorrente|outra empresa|outra operadora'), // competition, another company / carrier
      ...w(1.5, 'nunca mais compro|não compro mais|perderam um cliente|perder um cliente'), // I'll never buy again, you lost a customer
      ...w(1, 'trocar de|mudar para'), // change to (may be a plan change)
      ...w(
        1.5,
        'vou cancelar|vou rescindir|rescindo|mudar de operador*|trocar de operador*|mudar de banco|trocar de banco|vou para a concorrência|não vou renovar',
      ), // I'll cancel, switch carrier / bank
      ...w(1, 'rescindir|rescisão|portabilidade|fechar minha conta'), // terminate, porting, close my account (may be neutral)
      ...w(1, 'vou cancelar o pedido|vou cancelar meu pedido'), // cancelling an order (neutral)
    },
    legal: {
      ...w(2, 'abrir um processo|processar|pequenas causas|ação judicial'), // file a lawsuit, sue, small-claims court
      ...w(2, 'procon|reclame aqui|reclameaqui|consumidor.gov|código de defesa do consumidor|anatel'), // consumer agencies, complaint site, telecom regulator
      ...w(2, 'chargeback|contestar a compra|contestar no cartão|estorno no cartão|~deco'), // chargeback, dispute the card charge
      ...w(1, 'advogado|advogada|justiça|juizado'), // lawyer, courts (often neutral)
      ...w(2, 'na justiça'), // in court, bring in my lawyer, I will sue
      ...w(1, 'meu advogado|minha advogada'), // my lawyer (often neutral)
      ...w(
        2,
        'acionar meu advogado|vou acionar|procurar um advogado|meu advogado vai|entrar na justiça|vou processar',
      ),
      ...w(2, 'livro de reclamações|portal da queixa|anacom'), // complaints book, complaint portal, regulator (pt-PT)
    },
    public: {
      ...w(2, 'avaliação negativa|avaliar mal|vou expor|uma estrela'), // negative review, social media, expose you, one star
      ...w(2, 'todo mundo vai saber'), // everyone will know, the press
      ...w(1, 'redes sociais|trustpilot|no twitter|no instagram|vou publicar|imprensa'), // social media (often neutral)
    },
    repeat: {
      ...w(1.5, 'terceira vez|segunda vez|quarta vez|de novo|novamente|outra vez|mais uma vez'), // third / second time, again, once more
      ...w(1.5, 'várias vezes|diversas vezes|mil vezes|já falei|já expliquei|já enviei|já abri'), // several times, already told / explained / sent
      ...w(1.5, 'ainda não|até agora|continua igual|mesmo problema|quantas vezes|como já disse'), // not yet, so far, still the same, same problem
      ...w(1.5, 'pela terceira vez|já é a terceira|três vezes|três atendentes|cada um fala|cada um diz'), // for the third time, three agents, each one says something else
    },
    chasing: {
      ...w(1, 'alguma novidade|novidades|alguma atualização|ainda aguardando|ainda esperando|alô?'), // any news / update, still waiting, hello?
      ...w(1, 'tem alguém|até quando|quanto tempo|sem retorno|nenhum retorno|cadê'), // is anyone there, until when, no reply, where is it
      ...w(1, 'nada ainda|e nada ainda|até agora nada'), // nothing yet, and nothing
      ...w(1, 'alguma resposta'), // any answer, still waiting
    },
  },
  topics: {
    billing: [
      'reembolso',
      'estorno',
      'cobrança',
      'cobrado',
      'fatura',
      'boleto',
      'pagamento',
      'dinheiro',
      'cartão',
    ],
    product: [
      'não funciona',
      'quebrado',
      'defeito',
      'erro',
      'falha',
      'aplicativo',
      'app',
      'travando',
      'site',
    ],
    service: ['atendimento', 'atendente', 'grosseiro', 'mal educado', 'suporte', 'sac'],
    slow: [
      'sem resposta',
      'aguardando',
      'esperando',
      'dias',
      'semanas',
      'horas',
      'lento',
      'atraso',
      'demora',
    ],
  },
  markers: [
    ...words('os|as|é|que|não|um|uma|meu|minha|com|do|da|dos|das'),
    ...words('no|na|para|por|mais|já|estou|foi|isso|vocês|obrigado|olá|boa'),
  ],
}
