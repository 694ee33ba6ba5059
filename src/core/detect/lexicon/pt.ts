/** Portuguese (pt-BR and pt-PT). Accents optional in matching ("não" = "nao"); common chat spellings included. */
import { w, words, x } from './build'
import type { Lexicon } from './types'

export const pt: Lexicon = {
  lang: 'pt',
  script: 'latin',
  negative: {
    ...w(
      1.5,
      'revirad*|vazou|vazad*|derramad*|molhad*|encharcad*|amassad*|esmagad*|rachad*|derretid*|apagad*|supressão|suprimid*',
    ), // damage in transit, lost data, cancelled trains
    ...w(2, 'sem avisar|sem aviso|sem nos avisar|sem me avisar'), // not told
    ...w(3, 'péssimo|péssima|horrível|terrível|lamentável|vergonha|vergonhoso|humilh*'), // awful, horrible
    ...w(
      3,
      'inaceitável|inadmissível|absurdo|um absurdo|golpe|golpista*|fraude|fraudulent*|roubo|roubalheira',
    ), // unacceptable
    ...w(
      3,
      'enganação|palhaçada|descaso|desrespeit*|o pior|a pior|nunca mais|ridículo|ridícula|indignad*|indignação',
    ), // farce, neglect
    ...w(
      3,
      'furios*|revoltad*|revoltante|cansado de|cansada de|de saco cheio|inútil|inúteis|má fé|sem vergonha',
    ), // furious, fed up
    ...w(
      3,
      'incompetente*|incompetência|um lixo|lixo|porcaria|pesadelo|um inferno|não presta*|imprestável|inutilizável',
    ), // incompetent
    ...w(
      3,
      'não serve pra nada|não serve para nada|não serviu de nada|propaganda enganosa|publicidade enganosa|enganaram|enganam|enganando',
    ), // useless
    ...w(
      3,
      'vigarist*|picaret*|pilantr*|trapaç*|calote|caloteir*|sacanagem|traíd*|traição|mentiros*|estão roubando|estão a roubar',
    ), // crooks, swindle
    ...w(
      3,
      'nunca vi nada igual|falta de respeito|estão a gozar|gozando com a|uma piada|não recomendo|perdi a confiança|perderam a minha confiança',
    ), // never seen anything like it
    ...w(
      2,
      'decepc*|desapont*|frustr*|chatead*|irritad*|irritante|insatisf*|descontent*|aborrecid*|desanimad*|desiludid*|desilusão',
    ), // disappointed
    ...w(
      2,
      'ruim|mau|quebr*|defeit*|com defeito|estragad*|estragou|danificad*|avaria*|pifou|deu pau|bugad*|pior',
    ), // bad, broken
    ...w(
      2,
      'não funciona|não está funcionando|não está a funcionar|parou de funcionar|deixou de funcionar|não funcionou|continua sem|sem funcionar',
    ), // doesn't work
    ...w(
      2,
      'não liga|não carrega|fecha sozinho|desliga sozinh*|vive travando|fica travando|só dá erro|vive caindo|fica caindo',
    ), // won't turn on / load
    ...w(
      2,
      'riscad*|amassad*|rachad*|veio partid*|chegou partid*|veio abert*|chegou abert*|caixa aberta|embalagem aberta|violad*|podre',
    ), // scratched
    ...w(
      2,
      'nunca recebi|não chegou|nunca chegou|ainda não chegou|não recebemos|não foi entregue|nunca foi entregue|não entregaram|consta como entregue|aparece como entregue',
    ), // never arrived
    ...w(
      2,
      'não apareceu|ninguém apareceu|ninguém veio|não vieram|o técnico não|nem sinal|sumiu|sumiram|encomenda perdida|pedido perdido|extraviad*|esperei o dia',
    ), // no-show
    ...w(
      2,
      'sem resposta|ninguém me|ninguém respond*|nenhuma resposta|sem solução|não respond*|nunca respond*|não obtive|não tive resposta|não tive retorno|sem qualquer',
    ), // no answer
    ...w(
      2,
      'esperando há|aguardando há|à espera há|espero há|aguardo há|horas no telefone|horas ao telefone|horas em espera|horas esperando|horas à espera',
    ), // waiting for…
    ...w(
      2,
      'dias esperando|semanas esperando|meses esperando|dias à espera|semanas à espera|meses à espera|uma eternidade|nunca chega|não chega nunca|passou o prazo|fora do prazo',
    ), // days waiting
    ...w(
      1.5,
      'dias sem|semanas sem|meses sem|sem notícias|nenhum contato|nenhum contacto|fiquei sem|ficamos sem|sem conseguir',
    ), // days without
    ...w(1, 'há dias|há semanas|há meses|faz dias|faz semanas|faz meses|há mais de|faz mais de|ninguém'), // for days / weeks
    ...w(
      2,
      'cobrança indevida|indevid*|cobrado duas vezes|cobraram duas vezes|cobrança em dobro|cobrança dupl*|paguei duas vezes|duas cobranças|sem autorização|não autoriz*',
    ), // undue / double charge
    ...w(
      2,
      'não reconheço|compra que não fiz|nunca contratei|não contratei|nunca pedi|nunca autorizei|cobraram a mais|cobrado a mais|valor errado|preço errado|cobrança errada|acima do combinado',
    ), // unknown charge
    ...w(
      2,
      'taxa escondida|taxas escondidas|taxa oculta|taxas ocultas|letras miúdas|abusiv*|cobraram o frete|cobraram frete|cobraram portes|era grátis|dizia grátis|era gratuito',
    ), // hidden fees
    ...w(
      2,
      'quero meu dinheiro de volta|meu dinheiro de volta|devolvam*|exijo|mesmo depois de cancelar|continuam me cobrando|continuam cobrando|continuam a cobrar|nada do estorno|nada do reembolso',
    ), // I want my money back
    ...w(
      2,
      'grosseir*|grosso comigo|grossa comigo|mal educad*|malcriad*|arrogante*|debochad*|deboche|antipátic*|estúpid*|ignorad*|me ignor*|ignoraram',
    ), // rude, arrogant
    ...w(
      2,
      'mentir*|enganad*|falsa promessa|falsas promessas|não cumpr*|diferente do anunciado|diferente da foto|diferente do que|não corresponde|não condiz',
    ), // lies, deceived
    ...w(
      2,
      'não resolve*|ninguém resolve|não me ajudam|mal atendid*|atendimento ruim|pouco profissional|falta de profissionalismo|falta de educação|má vontade|desinteressad*|pouco caso|nem aí|não dão a mínima|não querem saber',
    ), // didn't solve it
    ...w(
      2,
      'na minha cara|desligaram a chamada|desligou a chamada|me desligaram|desligaram-me|maltrat*|mal tratad*|tratar os clientes|tratam os clientes|tratad* como',
    ), // hung up on me
    ...w(
      2,
      'de um setor para outro|de setor em setor|de departamento em departamento|me jogam de um lado|empurra-empurra|jogo de empurra|ninguém atende|ninguém assume|ninguém se responsabiliza|ninguém sabe|ninguém quer saber|ninguém faz nada',
    ), // passed around
    ...w(
      2,
      'a quem recorrer|não sei a quem|não sei mais a quem|já não sei a quem|parou do nada|parou de repente|parou sozinh*|nunca vi tanto|nunca vi tanta|nunca vi uma|não sei mais o que fazer|já não sei o que fazer|desesper*|abandonad*|constrang*|dor de cabeça|desgaste|chateação',
    ), // don't know who to turn to
    ...w(
      2,
      'não ajudou em nada|não me ajudou em nada|não ajudou nada|não adiant*|não foi resolvid*|continuo na mesma|continua na mesma|fiquei na mesma|tudo na mesma|estou na mesma|nada mudou|estaca zero',
    ), // didn't help at all
    ...w(
      2,
      'cada vez me dizem|cada vez uma|cada hora uma|cada atendente|contraditóri*|desencontrad*|não leram|nem leram|nem leu|não entenderam|não entendem|ninguém entende',
    ), // different answer each time
    ...w(
      1.5,
      'coisa diferente|respostas diferentes|resposta padrão|respostas prontas|resposta pronta|copia e cola|resposta genérica|resposta automática',
    ), // canned / copy-paste answer
    ...w(
      2,
      'perdi o dia|perdi meu tempo|perdi o meu tempo|perda de tempo|perdi um dia|perdi uma manhã|perdi a manhã|perdi a tarde|perdi horas|perdi o voo|perdi vendas|prejuízo|prejudic*',
    ), // lost a day / my time
    ...w(
      2,
      'tive que faltar|tive de faltar|faltei ao trabalho|tive que tirar|tive de tirar|tirei folga|paguei e não|pago e não',
    ), // had to miss work / take a day off
    ...w(
      2,
      'inacreditável|incrível que|não acredito|não dá pra acreditar|não dá para acreditar|custa a crer|como é possível que|como podem|como pode uma|chocad*|chocante|absurd*',
    ), // unbelievable
    ...w(
      2,
      'estou fart*|fart* de|exaust*|estressad*|stressad*|com raiva|raiva|odeio|odiei|ódio|desisto|desisti',
    ), // fed up (PT)
    ...w(2, 'é sério?|a sério?|piada|circo|zoeira|é brincadeira|de brincadeira|estão brincando'), // a joke, circus
    ...w(
      2,
      'não dá pra aceitar|não dá para aceitar|não é aceitável|não é justo|injust*|não é normal|sem cabimento|não tem cabimento|pra mim chega|para mim chega|já basta|chega de',
    ), // can't accept
    ...w(
      2,
      'me prometeram|prometeram retorno|até hoje nada|até agora nada|e nada do|e nada da|e nada de|nunca retornaram|ninguém retornou|ninguém me ligou',
    ), // they promised me
    ...w(
      2,
      'sem internet|sem luz|sem sinal|sem energia|sem serviço|sem água|sem explicação|sem aviso|sem justificação|sem justificativa',
    ), // without internet / power / water
    ...w(
      2,
      'saco cheio|encheu o saco|cansei|estou cansad*|tô cansad*|chegou fri*|persiste|mais uma semana sem|mais um dia sem|mais um mês sem',
    ), // fed up, tired
    ...w(
      2,
      'não aguento mais|já não aguento|vai abaixo|foi abaixo|dos limites|que cancelei|já cancelei|estou a ser cobrad*|sendo cobrad*|nunca caiu|não caiu|respeito nenhum|nenhum respeito|não têm respeito|como é que uma|não tem ninguém|não há ninguém|sem avisar|sem motivo|cai toda|sempre a mesma|sempre o mesmo',
    ), // can't take any more
    ...w(
      1.5,
      'triste|continuo a|continuo com|continuo vendo|continuo recebendo|continua a dar|não pedi|veio sem|chegou sem|faltando|faltou|faltaram|veio errado|veio errada|transtorno|me transferiram|fui transferid*|novela|sério?|não consigo',
    ), // didn't order
    ...w(
      1.5,
      'fora do ar|saiu do ar|sair do ar|caiu a internet|a internet caiu|queda de energia|travou|dá erro|dando erro|deu erro|deu problema|não abre|não conecta|não entra|queimou|queimad*|duplicad*|me cobraram|cobraram-me|demorad*|descuid*',
    ), // internet dropped
    ...w(
      1,
      'problema|problemas|erro|erros|lento|lenta|atras*|demor*|falha*|reclamação|reclamar|queixa|complicado|difícil|confuso|caro|infelizmente',
    ), // problem, error
    ...w(
      1,
      'preocupad*|errado|errada|incorreto|incorreta|travando|trava|aguardando|esperando|à espera|bug|buga|~mal|nervos*|desagradável|insisto|repito',
    ), // worried, wrong
    ...w(2, 'sem bateria|bloqueou|bloquearam|cortaram|suspenderam'), // blocked, cut off
  },
  positive: [
    ...words(
      'bom|boa|bem|satisfeit*|contente|feliz|útil|rápid*|educad*|agradável|simpátic*|atencios*|prestativ*|cordial|gentil',
    ),
    ...words(
      'aceitável|ajud*|respondeu|responderam|resolvido|resolvida|resolveu|resolveram|claro|clara|profissional|eficiente|competente|solícit*',
    ),
    ...words('adequad*|satisfatóri*|funcion*|confiável|confiança|razoável|~legal|bacana|fácil'),
  ],
  politeness: {
    ...w(
      2,
      'um pouco decepcionad*|meio decepcionad*|esperava mais|esperava melhor|não é o que esperava|esperava outra coisa|contava com mais',
    ), // a bit disappointed
    ...w(
      2,
      'não é ideal|pouco útil|infelizmente ainda|infelizmente continua|infelizmente voltou|infelizmente de novo|lamento dizer|sigo sem|continuo sem|pouco satisfeit*',
    ), // not ideal
    ...w(
      2,
      `${x('esperava|esperávamos|tinha esperado', 'mais|um pouco mais|bem mais|algo mais|melhor|bem melhor')}|` +
        'esperava muito|esperava mais atenção|esperava algo melhor|esperava bem mais|a desejar|não correspond*|foi prometido|não é forma|não é maneira|aquém das expectativas|abaixo das expectativas|abaixo do esperado',
    ), // expected a bit more
    ...w(
      2,
      'não era o que eu esperava|não foi isso que|não foi o que me|não é isso que|não era isso que|não é bem o que|não é exatamente o que|não ficou como|não saiu como|com todo o respeito|fiquei chatead*',
    ), // not what I expected
    ...w(
      2,
      'é uma pena|que pena|uma pena|é pena|de uma vez por todas|espero que desta vez|espero que dessa vez|que fosse finalmente|que finalmente resolv*|resolvam de vez|resolver de vez',
    ), // a pity
    ...w(
      1.5,
      'sinceramente esperava|confesso que|lamento que|tenho pena|fico triste|não ficou muito|não é bem assim|nem tudo|fiquei um pouco',
    ), // honestly I expected
    ...w(1.5, 'não recebi|ainda não recebi|infelizmente não'), // I haven't received
  },
  profanity: [
    ...words(
      'merda|porra|caralh*|puta|droga|idiotas|idiota|imbecis|imbecil|otários|cacete|foda|foda-se|fodase',
    ),
    ...words(
      'ladrões|ladrão|vagabundos|lixo de empresa|bosta|fdp|vsf|pqp|canalha*|corja|safad*|palhaços|desgraçad*',
    ),
  ],
  sarcasm: [
    ...words(
      'obrigado por nada|obrigada por nada|valeu por nada|parabéns pelo péssimo|parabéns pela falta|parabéns pela incompetência|parabéns pelo descaso',
    ),
    ...words(
      'ótimo, de novo|ótimo, mais|que ótimo, mais|pra variar|para variar|só que não|sqn|fala sério|adorei esperar|adoro esperar|amei esperar',
    ),
    ...words('é uma piada|só pode ser piada|estão a gozar comigo|de sacanagem comigo'),
  ],
  praise: [
    ...words('que alegria|adoro|obrigadinho|extraordinário|que sorte'), // round 4: praise used ironically
    ...words(
      'que maravilha|maravilha|parabéns|ótimo|ótima|que ótimo|excelente|impecável|sensacional|incrível|espetacular',
    ),
    ...words(
      'show de bola|nota 10|nota dez|recomendo|que eficiência|fantástico|fantástica|muito bem|que beleza|que bom|adorei|amei|belo serviço',
    ),
    ...words('vocês são os melhores|os melhores|cinco estrelas'),
    ...words('adoro quando|amo quando|que rapidez|maravilhos*|~top|~show|impressionad*'),
  ],
  intensifiers: {
    ...w(
      0.5,
      'muito|muita|super|extremamente|totalmente|completamente|absolutamente|demais|nada|nem um pouco',
    ),
    ...w(
      0.5,
      'realmente|tão|bastante|mega|bem|simplesmente|altamente|profundamente|muitíssimo|bué|pra caramba',
    ),
  },
  conditionals: words('caso|se por acaso|se o|se a|se os|se as|se um|se uma|se eu'),
  clauseOpeners: words('porque|por que|quando'),
  negators: {
    pre: ['não', 'nao', 'nunca', 'jamais', '~nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'ninguém', 'tampouco'],
    post: [],
  },
  contrast: ['~mas', 'porém', 'contudo', 'entretanto', 'no entanto', 'todavia', 'só que'],
  resolution: {
    ...w(
      2,
      'funcionou|está funcionando|voltou a funcionar|resolvido|resolvida|resolveu|resolveram|deu certo|perfeito|solucionado|solucionou|normalizou|voltou ao normal',
    ),
    ...w(
      2,
      'recebi|já recebi|chegou|problema resolvido|tudo certo|tudo ok|consegui|já funciona|agora funciona|está a funcionar|caiu na conta|foi reembolsado|foi estornado',
    ),
    ...w(
      1,
      'obrigado|obrigada|muito obrigado|muito obrigada|valeu|agradeço|obrigadão|obg|brigado|brigada|grato|grata|agradecid*',
    ),
    ...w(2, 'chegou hoje|chegou certinho|já chegou|deu tudo certo|chegou bem|chegou tudo bem'),
  },
  intents: {
    escalation: {
      ...w(1.5, 'ouvidoria|provedor do cliente'), // ombudsman office
      ...w(
        1,
        'supervisor|supervisora|gerente|responsável|~superior|coordenador|chefe|chefia|gerência|gestor|falar com alguém|um humano|uma pessoa de verdade',
      ),
      ...w(
        1.5,
        'falar com o gerente|falar com um gerente|falar com um supervisor|falar com o supervisor|falar com o responsável|falar com um responsável|reclamação formal|falar com a gerência|falar com a chefia|falar com o gestor|falar com um gestor|falar com o seu superior|falar com o vosso superior',
      ),
      ...w(
        1.5,
        'transfere pra um|transfere para um|me passa para o gerente|me passa pro gerente|quero falar com|exijo falar|passem-me a um|escalar o caso|escalem o caso',
      ),
      ...w(
        1.5,
        'seja encaminhado|encaminhado para|um superior|alguém com autoridade|alguém que possa resolver|um supervisor|pra ouvidoria|para a ouvidoria|alguém competente|alguém que saiba|alguém responsável|superior hierárquico',
      ), // be forwarded to
      ...w(1.5, 'para o gerente|para um gerente|alguém que resolva|falar com alguém que'), // to the manager
    },
    churn: {
      ...w(
        1,
        'cancelar|cancelamento|encerrar minha conta|excluir minha conta|descadastrar|cancelem|encerrar a conta|encerrar o contrato',
      ), // cancel
      ...w(
        1.5,
        'concorrência|concorrente|outra empresa|outra operadora|outro fornecedor|outro banco|outra loja',
      ), // competition
      ...w(
        1.5,
        'nunca mais compro|não compro mais|não volto a comprar|nunca mais volto|perderam um cliente|perderam uma cliente|perder um cliente|acabaram de perder',
      ), // never buy again
      ...w(1, 'trocar de|mudar para|migrar para'), // change to (may be a plan change)
      ...w(
        1.5,
        'vou cancelar|vou rescindir|rescindo|mudar de operador*|trocar de operador*|mudar de banco|trocar de banco|vou para a concorrência|não vou renovar|vou trocar de|vou mudar de|procurar outr*|vou embora|vou migrar|cancelar tudo|cancelem tudo',
      ), // I'll cancel
      ...w(
        1.5,
        'deixar de ser cliente|deixo de ser cliente|deixarei de ser cliente|vou deixar de|não quero mais ser cliente|não quero mais nada com|foi a última vez|é a última vez que|última vez que compro|não renovo',
      ), // stop being a customer
      ...w(1, 'rescindir|rescisão|portabilidade|fechar minha conta|fechar a conta'), // terminate
      ...w(1, 'vou cancelar o pedido|vou cancelar meu pedido'), // cancelling an order (neutral)
    },
    legal: {
      ...w(
        2,
        'abrir um processo|processar|pequenas causas|ação judicial|processo judicial|danos morais|dano moral|indeniza*|indemniza*|julgado de paz|julgados de paz|tribunal|queixa-crime|ministério público',
      ), // lawsuit
      ...w(
        2,
        'código de defesa do consumidor|vou abrir reclamação|vou abrir uma reclamação|abri reclamação|abri uma reclamação|vou registrar uma|vou escrever no|vou preencher|vou ao procon|vou à deco|apoio à deco',
      ), // complaint filed / threatened
      ...w(
        2,
        'chargeback|contestar a compra|contestar no cartão|estorno no cartão|vou contestar|abrir uma disputa|disputa no cartão',
      ), // chargeback
      ...w(
        1,
        'advogado|advogada|justiça|juizado|meus direitos|os meus direitos|direitos do consumidor|defesa do consumidor|banco central|banco de portugal|contestar a cobrança|contestação',
      ), // lawyer, courts
      ...w(
        2,
        'na justiça|vou apresentar queixa|apresentar queixa|fazer queixa|vou reclamar|denunciar|vou à polícia|medidas legais|medidas judiciais|vias legais|via judicial|providências legais',
      ), // in court
      ...w(1, 'meu advogado|minha advogada|o meu advogado'), // my lawyer (often neutral)
      ...w(
        2,
        'acionar meu advogado|vou acionar|procurar um advogado|meu advogado vai|entrar na justiça|vou processar|meter um processo',
      ),
      ...w(
        1,
        'procon|reclame aqui|reclameaqui|consumidor.gov|anatel|aneel|anac|bacen|erse|~deco|livro de reclamações|portal da queixa|anacom',
      ), // agencies (need a 2nd cue)
    },
    public: {
      ...w(
        2,
        'avaliação negativa|avaliar mal|vou expor|uma estrela|1 estrela|zero estrelas|nota zero|vou postar|vou divulgar|expor vocês|expor a empresa|alertar outros|avisar outros|avisar os outros|todo mundo vai saber|toda a gente vai saber',
      ), // negative review
      ...w(
        1,
        'redes sociais|trustpilot|no twitter|no instagram|no facebook|no tiktok|no youtube|no google|vou publicar|imprensa|jornal|reportagem|avaliação',
      ), // social media
    },
    repeat: {
      ...w(
        1.5,
        x(
          'continua|continuam|segue|seguem',
          'sem|em processamento|em análise|pendente|parado|parada|igual|bloqueado|bloqueada',
        ),
      ),
      ...w(
        1.5,
        'terceira vez|segunda vez|quarta vez|quinta vez|enésima vez|de novo|novamente|outra vez|mais uma vez|não é a primeira vez|não foi a primeira vez',
      ), // third / second time
      ...w(
        1.5,
        'várias vezes|diversas vezes|mil vezes|inúmeras vezes|tantas vezes|vezes sem conta|já falei|já expliquei|já enviei|já abri|já liguei|já contactei|já contatei|já mandei|já escrevi|já reclamei|já pedi|já informei|já disse|já repeti',
      ), // several times
      ...w(
        1.5,
        'ainda não|até agora|continua igual|mesmo problema|quantas vezes|como já disse|já referi|pelo mesmo motivo|pelo mesmo problema|pelo mesmo assunto|o mesmo erro|voltou a acontecer|aconteceu de novo|voltou a falhar|voltou a dar|o problema voltou|continua a acontecer|continua acontecendo',
      ), // not yet
      ...w(
        1.5,
        'pela terceira vez|pela segunda vez|pela quarta vez|já é a terceira|já é a segunda|já é a quarta|já são três|já foram três|já são duas|já foram duas|três vezes|duas vezes|quatro vezes|cinco vezes|três atendentes|cada um fala|cada um diz|vários protocolos|outro protocolo|novo protocolo|mais um protocolo|volto a escrever|volto a reclamar|volto a insistir',
      ), // for the third time
    },
    chasing: {
      ...w(
        1,
        'alguma novidade|novidades?|há novidades|tem novidades|alguma atualização|ainda aguardando|ainda esperando|alô?|olá?|oi?|alguém?|alguma notícia|alguma previsão|ponto de situação|e aí?',
      ), // any news / update
      ...w(
        1,
        'tem alguém|até quando|quanto tempo|sem retorno|nenhum retorno|cadê|nenhuma novidade|nenhuma notícia|alguém aí|alguém me responde|podem responder|quando vão|vão responder',
      ), // is anyone there
      ...w(1, 'nada ainda|e nada ainda|até agora nada|alguma resposta|ainda nada|e nada.|e nada!|e nada,'), // nothing yet
      ...w(
        2,
        'olá??|oi??|alô??|alguém??|alguém pode me responder|alguém me pode responder|continuo esperando|continuo aguardando|continuo à espera|sigo esperando|sigo aguardando|ainda aguardo|ainda espero|ainda estou esperando|ainda estou aguardando|ainda estou à espera|ainda à espera|ainda sem resposta|ainda sem retorno|ainda sem notícias',
      ), // still waiting
    },
  },
  topics: {
    billing: [
      ...words('reembolso|estorno|cobrança|cobrado|fatura|boleto|pagamento|dinheiro|cartão'),
      ...words('em duas vezes|em três vezes|em quatro vezes|em cinco vezes|em dez vezes|vezes sem juros'), // instalments
    ],
    product: [...words('não funciona|quebrado|defeito|erro|falha|aplicativo|app|travando|site')],
    service: [...words('atendimento|atendente|grosseiro|mal educado|suporte|sac')],
    slow: [...words('sem resposta|aguardando|esperando|dias|semanas|horas|lento|atraso|demora')],
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      'incluído|incluída|incluídos|incluídas|incluso|inclusa|estava incluído|vinha incluído|tenho contratado|tenho contratada|contratado|contratada|me garantiram|nos garantiram|me tinham dito|nos tinham dito|' +
        'ansiosos por|contávamos com|reservei|reservamos|tínhamos reservado|fiz a reserva|aquando da reserva|na reserva|pedi|pedimos|' +
        'tínhamos pedido|tinha pedido|encomendei|encomendámos|encomendamos|solicitei|comprei|compramos|comprámos|' +
        'contratei|contratamos|paguei|pagamos|pagámos|prometeram|foi prometido|garantiram|confirmaram|' +
        'recebemos confirmação|me disseram|disseram|segundo|de acordo com|no anúncio|na descrição|no site|' +
        'no contrato|anunciado|anunciava|dizia|indicava|constava|escolhi|escolhemos|me inscrevi|planejado|' +
        'planeado|combinado|estava combinado|que o vendedor',
    ),
    turn: words(
      'entregaram|me entregaram|nos entregaram|foi entregue|chegaram|ficámos|ficamos|nos colocaram|puseram-nos|nos puseram|a bordo|' +
        'em vez de|ao invés de|em lugar de|quando chegamos|quando cheguei|ao chegar|na chegada|na verdade|' +
        'na prática|afinal|no fim|no dia|acabou que|o que chegou|o que recebi|chegou|veio|enquanto',
    ),
    shortfall: words(
      'metade|a metade|um quarto|um terço|uma fração|ocupado|ocupados|ocupada|lotado|lotada|cheio|cheia|esgotado|taxa extra|cobrança extra|cobrança adicional|valor adicional|ninguém|' +
        'em obras|em manutenção|fora de serviço|avariado|avariada|indisponível|o motivo|a razão|justamente|foi por isso|por isso|tive de|tive que|tivemos de|tivemos que|' +
        'só|somente|apenas|outro|outra|diferente|errado|errada|nenhum|nenhuma|faltava|faltavam|recebi|recebemos|' +
        'fomos colocados|colocaram|me deram|nos deram|cobraram|cobrado|menos|menor|deixaram|deixou|padrão',
    ),
    met: words(
      'a tempo|no prazo|como combinado|conforme combinado|' +
        'exatamente|exatamente como|como pedi|como pedimos|no horário|pontual|perfeito|perfeita',
    ),
    restrictive: words('só|somente|apenas'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'preto|preta|pretos|pretas'),
      ...w(2, 'branco|branca|brancos|brancas'),
      ...w(3, 'cinza|cinzento|cinzenta'),
      ...w(4, 'vermelho|vermelha|vermelhos|vermelhas'),
      ...w(5, 'azul|azuis|azul claro'),
      ...w(6, 'azul marinho|marinho|azul escuro'),
      ...w(7, 'verde|verdes'),
      ...w(8, 'amarelo|amarela|amarelos|amarelas'),
      ...w(9, 'laranja'),
      ...w(10, 'rosa|cor de rosa'),
      ...w(11, 'roxo|roxa|lilás|violeta'),
      ...w(12, 'castanho|castanha|marrom'),
      ...w(13, 'bege'),
      ...w(14, 'mostarda'),
      ...w(15, 'dourado|dourada'),
      ...w(16, 'prateado|prateada'),
      ...w(17, 'turquesa'),
      ...w(18, 'bordô'),
      ...w(19, 'creme|marfim'),
      ...w(20, 'cáqui|caqui|verde oliva'),
    },
    ownChange: words(
      'gostaria|queria saber|gostava de saber|prefiro|preferia|é possível|posso|poderia|mudei de ideia|pensando em',
    ),
  },
  softeners: words(
    'não precisa responder|não precisam responder|não é preciso responder|não precisa de responder|dispensa resposta|para vosso conhecimento|para sua informação|para vossa informação|para conhecimento|não é urgente|nada urgente|sem pressa|' +
      'nada de especial|nada demais|nada de mais|não é nada grave|nada grave|não é grave|' +
      'vocês saberem|deixar nota|fica o registo|' +
      'fica o registro|só para registro|valia avisar|só para avisar|só pra avisar|sem querer fazer alarde|' +
      'não quero fazer alarde|um pequeno detalhe',
  ),
  rhetorical: words(
    'suponho|imagino que|pelo visto|aparentemente|deve ser|deve querer dizer|quer dizer|significa|com certeza|certamente',
  ),
  // Round 5: an arrival "without problems" holds "chegou sem" (arrived without …), a complaint elsewhere.
  notInside: words(
    x(
      'chegou|chegaram|veio|vieram|foi entregue|foram entregues',
      'sem problema|sem problemas|sem nenhum problema|sem qualquer problema|sem danos|sem estragos|sem atraso|sem avarias',
    ),
  ),
  apologies: words(
    'desculpe pelo|desculpa pelo|desculpem pelo|desculpe pela|desculpa pela|desculpem pela|perdão pelo|perdão pela|peço desculpa|peço desculpas|lamento o tom|desculpe incomodar|desculpa incomodar',
  ),
  asking: words(
    'gostaria de saber|queria saber|gostava de saber|quero saber|podem me dizer|poderiam me dizer|podem informar|poderiam informar|podiam dizer-me|podem dizer-me|gostaria de perguntar',
  ),
  eager: words(
    'fico curioso|fico curiosa|fico mesmo curioso|curioso para|curiosa para|ansioso para|ansiosa para|estou adorando|' +
      'tô adorando|que emoção|suspense|mal posso esperar',
  ),
}
