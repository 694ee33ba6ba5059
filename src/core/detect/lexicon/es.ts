/** Spanish. Accents are optional in matching (customers often drop them): "decepción" also matches "decepcion". */
import { w, words, x } from './build'
import type { Lexicon } from './types'

const TIME = 'minutos|hora|horas|día|días|semana|semanas|mes|meses|año|años'
const MANY = 'tres|cuatro|cinco|seis|siete|ocho|diez|quince|mil|tantas|tantos'
const CONTACTS = 'veces|llamadas|correos|mails|emails|mensajes|reclamos|reclamaciones|quejas|tickets|chats'

export const es: Lexicon = {
  lang: 'es',
  script: 'latin',
  negative: {
    ...w(
      1.5,
      'empapad*|se empapó|mojad*|derramad*|se derramó|abollad*|aplastad*|derretid*|a la intemperie|borrad*',
    ), // damage in transit, lost data
    ...w(2, 'ni avisó|sin aviso|sin previo aviso|sin avisarnos|sin avisarme'), // not told
    ...w(3, 'horrible|terrible|pésim*|fatal|vergüenza|vergonzos*|lamentable'), // horrible, terrible, dreadful, shame, shameful, lamentable
    ...w(3, 'inaceptable|inadmisible|indignante|indignad*|estafa*|timo'), // unacceptable, outrageous, outraged, scam, fraudsters
    ...w(3, 'fraude|fraudulent*|robo|una burla|un chiste|el peor|la peor|lo peor|desastre|desastroso'), // fraud, theft, a mockery, a joke, the worst, disaster
    ...w(
      3,
      'estoy hart*|estamos hart*|me tienen hart*|hart* de|hartazgo|furios*|nunca más|incompetent*|inútil',
    ), // fed up ("harto" alone is "a lot" in CL), furious, never again, incompetent, useless
    ...w(3, 'inútiles|patétic*|ridículo|asqueros*|una pesadilla|pesadilla|tomadura de pelo'), // useless, pathetic, ridiculous, disgusting, nightmare
    ...w(
      2,
      'decepcion*|decepcionad*|frustra*|molesto|molesta|me molesta|estoy molest*|enfadad*|enojad*|cabread*',
    ), // disappointed, frustrated, annoyed, angry, pissed off
    ...w(2, 'insatisfech*|descontent*|malísim*|fatal servicio|roto|rota|rotos|rotas|defectuos*'), // dissatisfied, unhappy, bad, broken, defective
    ...w(2, 'no funciona|no sirve|sigue sin|no me llega|no ha llegado|nunca llegó'), // doesn't work, useless, still without, hasn't arrived
    ...w(
      2,
      'no recibí ningún|no recibí ninguna|no he recibido nada|sin respuesta|nadie responde|nadie contesta|nadie me|ninguna respuesta',
    ), // haven't received, no answer, nobody answers
    ...w(2, 'cobro doble|cobrado dos veces|me cobraron|cobro indebido|cargo no autorizado|sin permiso'), // double charge, charged twice, unauthorised charge
    ...w(2, 'maleducad*|groser*|mal educado|ignorad*|me mintieron|engañ*'), // rude, ignored, they lied to me, deceived
    ...w(2, 'una vergüenza|no me ayudan|no hacen nada|mal servicio|mala atención|peor'), // a disgrace, they don't help, they do nothing, bad service
    ...w(1, 'problema|problemas|error|errores|lento|lenta|retraso|demora|esperando'), // problem, error, slow, delay, waiting
    ...w(1, 'falla|fallo|queja|reclamo|reclamación|complicado|difícil|confuso|caro'), // fault, complaint, complicated, difficult, confusing, expensive
    ...w(1, 'lamentablemente|desafortunadamente|preocupad*|equivocad*|incorrecto|se cuelga|~mal'), // unfortunately, worried, mistaken, incorrect, hangs
    ...w(2, 'siguen cobrando|me siguen cobrando|nadie sabe|nadie me dice'), // they keep charging, nobody knows / tells me
    ...w(1.5, 'que no pedí|no pedí|llega sin|llegó sin|faltan|me falta|falta un|falta una'), // that I didn't order, arrived without, missing
    ...w(2, 'quiero mi dinero|devuélvanme mi dinero|después de cancelar|aunque cancelé'), // I want my money (back), after cancelling
    ...w(
      2,
      'siguen sin|sigan sin|continúan sin|no me parece normal|no es normal|no me parece bien|no es de recibo|no apareció|perdí el día|perdí mi tiempo',
    ),
    ...w(2, 'es increíble que|es increíble como'), // it's unbelievable that
    ...w(2, '~malo|~mala'), // bad (Spanish only: "mala" is a suitcase in Portuguese)
    ...w(
      2,
      'de un departamento a otro|me pasan de|me mandan de|me prometieron|nos prometieron|hasta hoy nada|y nada de nada|no me han llamado',
    ),
    ...w(2, 'sin luz|sin internet|sin señal|sin conexión|sin servicio'), // without power / internet / signal…
    ...w(2, 'sin solucionar|sin resolver|sin explicación|sin previo aviso|nadie ha|nadie vino'), // unsolved, no explanation / warning, nobody has…
    ...w(2, 'es un abuso|abusiv*|falta de seriedad|falta de profesionalidad|ya me cansé|llegó frí*'), // not right, abuse, not serious, I'm tired of it, arrived cold
    ...w(3, 'el colmo|poca vergüenza'), // the last straw, shameless
    ...w(1.5, 'a medias|no puede ser|se corta|corte de luz'), // half-done, can't be, cuts out, power cut
    ...w(2, 'no aguanto más|perdí el vuelo'), // I can't take any more, missed the flight
    ...w(3, 'una mierda|un asco|tomando el pelo|toman el pelo|impresentable|hasta la madre'), // crap, disgusting, taking the mickey, fed up (MX)
    ...w(3, 'hasta las narices|me harté|falta de respeto'), // fed up (ES), disrespect
    ...w(2, 'me cansé|ninguna solución|sin solución|no llegamos a ninguna parte'), // I'm tired of it, no solution, getting nowhere
    ...w(
      2,
      'me cortaron|me colgaron|me corten|qué onda con|días esperando|semanas esperando|meses esperando',
    ), // they hung up on me, what's up with…, days waiting
    ...w(2, 'llevo semanas|llevo meses|horas en la línea|deficiente'), // weeks waiting / without, hours on the line
    ...w(2, 'me estás cargando|me están cargando|me estás jodiendo'), // you're kidding me (AR, ES)
    ...w(1.5, 'en serio?|es una broma?|es broma?|neta?|no me dan|perdiendo la paciencia'), // seriously?, is this a joke?, losing patience
    // a. product failure
    ...w(
      2,
      'dañad*|averiad*|estropead*|se estropeó|descompuest*|se descompuso|se rompió|se quebró|rayad*|abollad*|golpead*|manchad*|agrietad*|rajad*|se partió|llegó abiert*|caja abierta|dejó de funcionar|deja de funcionar|ha dejado de funcionar|dejó de andar|no anda|no funcionó|no funcionan|funciona mal|mal funcionamiento|no enciende|no prende|no arranca|sigue fallando|no sirven|no sirvió|no me sirvió|inservible|inutilizable',
    ),
    ...w(3, 'porquería|una basura|mala calidad|de nada sirve'),
    ...w(
      1.5,
      'no carga|no abre|no conecta|no responde|se traba|se congela|se cae|se cayó|no me sirve|da error|me sale error|tira error|se reinicia|pantalla negra|imposible|incomplet*|me mandaron otro|no es lo que pedí|no es el que pedí',
    ),
    ...w(1, 'no vino con|caído|caída'),
    // b. non-delivery / no-show
    ...w(
      2,
      'no llegó|no llega|no me llegó|no llegaron|nunca me llegó|sin llegar|extraviad*|perdieron mi|paquete perdido|pedido perdido|ni rastro|no vino|no vinieron|no ha venido|nunca vino|no se presentó|plantad*|me dejaron esperando',
    ),
    // c. waiting in words
    ...w(
      2,
      x(TIME, 'esperando|en espera|de espera|al teléfono|en el teléfono|en línea|y nada|y nadie|y sigo'),
    ),
    ...w(2, x(TIME, 'y seguimos|y todavía|y aún|y ni|que espero|que estoy esperando|llamando|reclamando')),
    ...w(
      2,
      x(TIME, 'escribiendo|intentando|prometiendo|perdidos|perdidas|tarde|de retraso|de atraso|de demora'),
    ),
    ...w(
      2,
      'esperando desde|espero desde|sin noticias|sin poder|sin recibir|una eternidad|tardísimo|demasiado tiempo|plazo vencido|fuera de plazo|ni una respuesta|ni respuesta|ni caso|no me hacen caso',
    ),
    ...w(1.5, 'ni siquiera|a estas alturas|no reconozco'),
    ...w(1, 'mi plata'),
    ...w(1.5, 'tanto tiempo|quedaron en|quedaron de|me iban a|sin éxito'),
    ...w(1, 'tardaron|tardando|tardanza|mucho tiempo|a la fecha|me dijeron que'),
    // d. bad treatment, runaround
    ...w(
      2,
      'me trataron mal|me trató mal|me atendieron mal|mal atendid*|maltrato|mal trato|de mala gana|de mala manera|prepotent*|despectiv*|condescendient*|déspota|antipátic*|descortés|arrogante|irrespetuos*|me gritó|se burl*|me colgó|colgaron|me han colgado|me ignoran|oídos sordos|de un lado a otro|pelote*|dan largas|me dan vueltas|me marean|nadie se hace|nadie asume|nadie da la cara|se lavan las manos|echan la culpa|no contestan|no responden|no atienden|no me atienden|en visto|no me explican|ninguna explicación|sin avisar|sin aviso|sin motivo|sin consultarme|sin mi consentimiento|ya no sé qué|ya no sé a quién|no sé a quién acudir|trate así|tratan así|así no se puede|no hay quien|negligen*|irresponsab*|inept*|desorganiza*|es un caos|un quilombo|de locos|poco profesional',
    ),
    ...w(1.5, 'me transfirieron|me pasaron con|me mandaron a|me derivan|no hay manera|no hay forma'),
    // e. unhelpful answers
    ...w(
      2,
      'respuesta automática|respuestas automáticas|respuesta genérica|respuesta de plantilla|copia y pega|copiar y pegar|no leyeron|no leen|no entienden|no me entienden|no me escuchan|me dicen algo distinto|me dicen una cosa|me dicen otra cosa|no resolvieron nada|no han resuelto|no me dan solución|ninguna ayuda|no tienen ni idea|nula',
    ),
    // f. money
    ...w(
      2,
      'doble cobro|cobraron dos veces|cobraron de más|cobrado de más|cobro excesivo|cargo indebido|cargo duplicado|cobro duplicado|pago duplicado|sin mi autorización|no autoricé|cargos ocultos|costos ocultos|letra pequeña|letra chica|devuélvanme|devuélvame|quiero que me devuelvan|exijo|quiero mi reembolso|me roban|me están robando',
    ),
    // g. deception
    ...w(
      2,
      'mintieron|han mentido|mentira*|mienten|falsa publicidad|publicidad engañosa|timad*|traicionad*|defraud*|me vieron la cara|me tomaron el pelo|chanchullo|es una trampa|incumpl*|no cumplieron|no cumple',
    ),
    // h. emotions, disbelief
    ...w(
      3,
      'nefast*|mediocre|horroros*|espantos*|indignación|me indigna|intolerable|insoportable|inaudito|hasta el gorro|hasta la coronilla|hasta el moño|qué vergüenza|un escándalo|estoy podrid*|estoy mamad*',
    ),
    ...w(
      2,
      'estoy cansad*|enojo|qué rabia|qué bronca|impotencia|desilusion*|desesperad*|no puedo más|no lo puedo creer|no puedo creer|no me lo puedo creer|cómo es posible|cómo puede ser|absurd*|mala experiencia|desagradable|increíble que',
    ),
    ...w(1.5, 'estresad*|abandonad*|no entiendo por qué|no entiendo cómo|no se entiende'),
    ...w(2, 'poca seriedad|qué poca|poca profesionalidad|poco respeto|que me regresen|regrésenme'),
    ...w(2, 'me hicieron esperar|nos hicieron esperar|no se parece|nada que ver con|se equivocaron'),
    ...w(2, 'descosid*|despegad*|se despegó|se soltó|está suelt*|era de otr*|equivocado'),
    ...w(2, 'sin darme una|sin dar explicaci*|sin darme explicaci*'),
    ...w(1.5, 'no coincide|no cuadra|no corresponde|tarda mucho|tardan mucho|alargando|eterniza*'),
    ...w(2, 'no recibí nada|nunca recibí|figura como entregado|ya no les creo|no cumplió|no han cumplido'),
    ...w(1, 'y encima|tuve que|he tenido que|tuvimos que'),
    // i. lost time
    ...w(
      2,
      'perdí toda*|perdí la mañana|perdí la tarde|perdí un día|perdimos*|me hicieron perder|pérdida de tiempo|perder el tiempo|faltar al trabajo',
    ),
    // k. rhetorical questions
    ...w(
      2,
      'es en serio?|de verdad?|es un chiste?|qué clase de servicio|para qué pago|es tan difícil|o qué?|vaya tela|lo que faltaba|para no perder la costumbre|no vale la pena|no recomiendo',
    ),
    ...w(3, 'no lo recomiendo'),
  },
  positive: [
    ...words(
      'bueno|buena|buen|bien|content*|satisfech*|útil|amable|rápido|rápida|agradable|atento|atenta|atentos|cordial',
    ),
    ...words('aceptable|ayudado|ayudan|ayuda|ayudaron|ayudó|respondido|resuelto|solucionado|claro|clara'),
    ...words(
      'profesional*|educad*|respetuos*|eficaz|eficiente|serio|seria|seriedad|puntual|adecuad*|satisfactori*|fácil',
    ),
    ...words('conforme|feliz|de acuerdo|gustó|gusta|contestan|contestaron|responden|respondieron|atienden'),
    ...words(
      'avisaron|avisó|informaron|explicaron|explican|devuelven|devolvieron|devuelto|reembolsaron|solución|justo',
    ),
  ],
  politeness: {
    ...w(2, 'un poco decepcionad*|algo decepcionad*|esperaba más|esperaba algo mejor|no es lo que esperaba'), // a bit disappointed, expected more / better
    ...w(2, 'no es ideal|no muy útil|lamento decir|por desgracia|sigo sin'),
    ...w(1.5, 'me temo que|no recibí|no he recibido'), // not ideal, not very useful, I'm afraid, I still can't
    ...w(2, 'mal sabor de boca|no era lo esperado|no es lo esperado'), // a bad taste in the mouth, not what was expected
    ...w(2, 'esperaba bastante más|esperaba mucho más|esperaba otra cosa'),
    ...w(2, 'esperaba algo más|esperaba más seriedad|esperaba otro trato|hubiera esperado|habría esperado'), // I expected a bit more, would have expected
    ...w(
      2,
      'no era lo que esperaba|que desear|no es forma|no es manera|no me parece la forma|una pena|qué pena|una lástima|qué lástima|no me parece justo|no es justo|injust*|con todo respeto',
    ), // not what I expected, leaves much to be desired, unfair
    ...w(1.5, 'me hubiera gustado|me habría gustado|con pena'), // I would have liked, a pity
    ...w(
      2,
      'no esperaba esto|sabor amargo|no está a la altura|no ha estado a la altura|no estuvo a la altura',
    ), // didn't expect this from you, not up to standard
    ...w(2, 'malas maneras|con desgana|dolid*|quedé muy mal'), // rudely, half-heartedly, hurt
    // j. softened complaints
    ...w(
      2,
      'no quedé conforme|no quedé satisfech*|esperaba algo diferente|no es lo que me prometieron|no corresponde a lo|no me parece correcto|negativamente|no estoy conforme|disconform*|inconform*|mi malestar|quiero quejarme|me quiero quejar',
    ),
    ...w(
      2,
      'no fue la mejor|no fue el mejor|no ha sido la mejor|no ha sido el mejor|mala sensación|sensación amarga',
    ),
    ...w(2, 'esperaba otr*'),
    ...w(1.5, 'por lo que cuesta|para lo que cuesta|para lo que pagué|para el precio'),
    ...w(
      2,
      'no fue una buena experiencia|ojalá esta vez|espero que esta vez|espero que por fin|a ver si esta vez|de una vez por todas',
    ),
    ...w(1.5, 'agradecería que por fin|me sorprende que|siento decir|me extraña que|excesivo'),
    ...w(1, 'disculpe, pero|perdone, pero'),
  },
  profanity: [
    ...words('mierda|joder|jodido|carajo|coño|puta|puto|pinche|cabrones|idiotas|idiota'),
    ...words('imbéciles|imbécil|estúpidos|estúpido|chapuza|chapuceros|ladrones|sinvergüenza*'),
    ...words('chingad*|pendej*|cabrón|boludo*|pelotudo*|hijo de puta|hijos de puta|hdp'),
    ...words('gilipollas|hostia*|me cago|una cagada|la cagaron|huevón|weón'),
    ...words('ctm|maldit*'),
  ],
  sarcasm: [
    'gracias por nada',
    'muchas gracias por nada',
    'genial, de verdad',
    'qué bien, otra vez',
    ...words('para variar|vaya servicio|menudo servicio|vaya atención|menuda atención|me encanta esperar'),
    ...words('un aplauso para|mil gracias por nada'),
  ],
  praise: [
    ...words('qué alegría|qué gusto|qué bonito|admiro|de maravilla'), // round 4: praise used ironically
    ...words(
      'qué maravilla|maravilla|genial|estupendo|fantástico|increíble servicio|enhorabuena|felicidades',
    ),
    ...words('bravo|cracks|de lujo|excelente servicio|magnífico|buen trabajo|qué eficiencia|chapó'),
    ...words('sois los mejores|los mejores'),
    ...words('fenomenal|maravilloso|excelente|qué rapidez|qué bien'),
    ...words('felicito|felicitaciones|aplauso*|récord|bárbaro|excelente atención|buen servicio|espectacular'),
    ...words('increíble|impresionante'),
    ...words('qué servicio|buenísimo|ideal'),
    ...words('chévere|un lujo|sigan así|siga así'),
  ],
  intensifiers: {
    ...w(
      0.5,
      'muy|super|súper|realmente|totalmente|completamente|absolutamente|demasiado|extremadamente|sumamente|increíblemente|tan|muchísimo|bastante|nada|mucho|tanto|recontra|verdaderamente|francamente|tremendamente|terriblemente|del todo',
    ),
    // Hold a negator that negates nothing ("no solo me cobraron…").
    ...w(0, 'no solo|no solamente|queda bien|quedan bien|vengo de otr*|venimos de otr*'),
    ...w(0, x('segunda|tercera|cuarta', 'vez que compro|vez que pido')),
  },
  conditionals: words('si|en caso de|por si'),
  clauseOpeners: words('y|porque|por qué|cuando'),
  negators: {
    pre: [
      '~no',
      'nunca',
      'jamás',
      '~ni',
      'sin',
      'tampoco',
      'ningún',
      'ninguna',
      'nada',
      'nadie',
      'ninguno de los',
      'ninguna de las',
    ],
    post: [],
  },
  contrast: ['pero', 'sin embargo', 'aunque', 'no obstante'],
  resolution: {
    ...w(
      2,
      'ya funciona|funciona|funciona bien|resuelto|solucionado|ya está|todo bien|perfecto|ya me llegó|ya llegó|lo recibí|recibido|problema resuelto|arreglado|ya quedó',
    ),
    ...w(1, 'gracias|muchas gracias|mil gracias|se agradece'),
    ...w(2, 'ya me ha llegado|ha llegado|todo perfecto'),
  },
  intents: {
    escalation: {
      ...w(1, 'queja formal|presentar una queja'),
      ...w(1.5, 'hoja de reclamaciones|libro de reclamaciones'), // complaints form / book
      ...w(
        1,
        'supervisor|supervisora|encargado|encargada|responsable|gerente|jefe|~superior|hablar con alguien|un humano|una persona real',
      ),
      ...w(
        1.5,
        'hablar con un supervisor|hablar con su supervisor|hablar con el encargado|hablar con un responsable|hablar con el gerente|hablar con el responsable|quiero hablar con|reclamación formal|poner una reclamación',
      ),
      ...w(1.5, 'páseme con|pásame con|transfiérame'), // put me through to
      ...w(
        1.5,
        'alguien con capacidad|capacidad de decisión|alguien que pueda|un superior|su superior|con su jefe|que lo revise|escalar mi caso|quien corresponda',
      ), // someone who can decide, a superior, escalate
      ...w(1.5, 'por encima de usted|alguien por encima|pásenme con|a un responsable'), // someone above you, put me through
      ...w(1.5, 'jefatura|quien esté a cargo|alguien de más arriba|escalen|con un superior'), // a manager (CL), whoever's in charge, escalate
      ...w(1, 'gerencia|un asesor|departamento de quejas|departamento de reclamaciones'),
      ...w(
        1.5,
        'exijo hablar|solicito hablar|que me llame un|que me contacte un|alguien responsable|alguien que sepa|un ser humano|no un bot|hablar con un humano|hablar con una persona|con el director|escalar',
      ),
    },
    churn: {
      ...w(
        1.5,
        x(
          'he decidido|hemos decidido|decidí|decidimos',
          'cerrar|cancelar|dar de baja|darme de baja|irme|cambiarme|dejar de|no renovar',
        ),
      ),
      ...w(1, 'cancelar|darme de baja|dar de baja|dame de baja|baja del servicio|cancelación'), // cancel, unsubscribe, cancellation
      ...w(1, 'borrar mi cuenta|cerrar mi cuenta|eliminar mi cuenta|anular|desuscribir'), // delete / close my account
      ...w(1.5, 'la competencia|otra compañía|otro proveedor|otra empresa'), // the competition, another company / provider
      ...w(1.5, 'no vuelvo a comprar|no volveré|no vuelvo|perder un cliente|ya no soy cliente'), // I won't buy again, lose a customer
      ...w(1, 'cambiarme a|me cambio a'), // switch to (may be a plan change)
      ...w(1.5, 'me voy a otr*|me paso a otr*|me cambio de compañía|me cambio de empresa'), // I'm going to another (company)
      ...w(1.5, 'voy a darme de baja|me doy de baja|voy a cancelar|me cambio a otr*|me voy a cambiar'), // I'm leaving / cancelling / switching
      ...w(
        1.5,
        'a la competencia|otra operadora|otro operador|otro banco|dejar de ser cliente|no voy a renovar',
      ), // to the competition, another carrier / insurer / bank
      ...w(1, 'cancelar mi línea|cancelar mi contrato|rescindir|portabilidad'), // cancel my line / contract, number porting
      ...w(1.5, 'no pienso renovar'), // I'm not renewing
      ...w(1, 'voy a cancelar el pedido|voy a cancelar mi pedido'), // cancelling an order (neutral)
      ...w(
        1.5,
        'dejo de ser cliente|no vuelvo a contratar|no les vuelvo a|nunca más les|perdieron un cliente|han perdido un cliente|acaban de perder',
      ), // no longer a customer, you lost a customer
      ...w(1.5, 'me voy con otr*|me fui con|me pasé a otr*'), // I'm going to / went to another…, I'm porting my number
      ...w(1, 'otra entidad|quiero la baja|solicito la baja|denme de baja|cancelen mi|cierren mi cuenta'),
      ...w(
        1.5,
        'todas mis cuentas|no volveré a|jamás volveré|no pienso volver|no sigo con ustedes|cambiar de compañía|cambiar de operador|cambiar de proveedor|me cambio de banco|hasta nunca',
      ),
    },
    legal: {
      ...w(2, 'una demanda|demandar*|denuncia|denunciar*|acciones legales'), // a lawsuit, sue, report to the police, legal action
      ...w(2, 'ocu|facua|profeco|defensa del consumidor|oficina del consumidor|omic'), // consumer organisations and agencies (ES, MX)
      ...w(2, 'contracargo|reclamar al banco|vía legal'), // chargeback, claim through the bank
      ...w(1, 'abogado|abogada|juzgado|tribunal|disputa|mis derechos'), // lawyer, court, dispute (often neutral)
      ...w(2, 'vía judicial'), // the courts
      ...w(1, 'mi abogado|mis abogados'), // my lawyer (often neutral)
      ...w(
        2,
        'hablaré con mi abogado|contactaré con mi abogado|contactar a mi abogado|mi abogado se pondrá|en manos de mi abogado|en manos de un abogado',
      ),
      ...w(2, 'oficina de consumo|condusef|banco de españa|voy a denunciar|denunciaré'), // consumer office, regulators, I'll report you
      ...w(2, 'sernac|indecopi|junta arbitral|arbitraje de consumo|libro de quejas'), // consumer bodies (CL, PE, CO, ES)
      // ES, MX, AR, UY, CO, CL, PE agencies, formal notices, chargebacks
      ...w(
        2,
        'del consumidor|al consumidor|superintendencia|burofax|carta documento|desconocer el cargo|desconocer la compra|reclamo ante|queja ante|cnmc|osiptel|subtel|defensor del pueblo|hacer valer mis derechos',
      ),
      ...w(1, 'juicio|tribunales|abogad*'),
    },
    public: {
      ...w(2, 'mala reseña|opinión negativa|una estrella'), // bad review, negative opinion
      ...w(2, 'publicarlo|lo voy a publicar|contarlo a todo el mundo'), // I'll publish it, tell everyone, the press
      ...w(1, 'reseña|redes sociales|trustpilot|en twitter|la prensa'), // review, social media (often neutral)
      ...w(2, 'voy a publicar|mala opinión|mala valoración|cero estrellas|escrach*|hacer público'),
      ...w(1, 'tiktok|instagram|facebook|dejar una reseña'),
    },
    repeat: {
      ...w(
        1.5,
        x(
          'sigue|siguen|continúa|continúan',
          'sin|en proceso|en preparación|pendiente|igual|parado|parada|bloqueado|bloqueada',
        ),
      ),
      ...w(
        1.5,
        x('segundo|tercer|cuarto', 'mes|año') + '|' + x('segunda|tercera|cuarta', 'semana|factura|vez que'),
      ),
      ...w(1.5, 'me volvió a|nos volvió a|me pasa lo mismo|vuelvo a enviar'),
      ...w(1, x('dos|varias|muchas|muchos', CONTACTS)),
      ...w(1.5, x(MANY, CONTACTS + '|visitas|citas|técnicos|intentos')),
      ...w(1, x('segunda|segundo', 'llamada|reclamación|queja|visita|correo|mail|mensaje|reclamo|técnico')),
      ...w(1.5, x('tercera|cuarta|quinta|enésima', 'llamada|reclamación|queja|visita|cita')),
      ...w(1.5, x('tercer|tercero|cuarto|quinto|enésimo', 'correo|mail|mensaje|reclamo|ticket|chat|intento')),
      ...w(1.5, 'tercera vez|segunda vez|cuarta vez|otra vez|de nuevo|nuevamente|una y otra vez'), // third / second time, again, over and over
      ...w(1.5, 'varias veces|muchas veces|mil veces|ya les dije|ya lo expliqué|ya escribí'), // several times, already told you / explained
      ...w(1.5, 'todavía no|aún no|sigue igual|sigue sin funcionar|mismo problema|otra vez lo mismo'), // not yet, still the same, same problem
      ...w(1.5, 'como ya dije|como les dije|cuántas veces|sigo esperando|todavía sin'), // as I said, how many times, still waiting
      ...w(1.5, 'tres veces|tres llamadas|varias llamadas|cuatro veces'), // three times, three calls
      ...w(
        1.5,
        'por tercera vez|por enésima vez|una vez más|han vuelto a|ha vuelto a|vuelve a fallar|cada uno me dice',
      ), // yet again, each one tells me something else
      ...w(2, 'enésima vez'), // umpteenth time
      ...w(1.5, 'mismo reclamo|misma queja|los mismos papeles|vengo reclamando|sigo reclamando'), // umpteenth time, same claim, keep complaining
      ...w(
        1.5,
        'os lo he explicado|se lo he explicado|ya he llamado|tercer técnico|cuarto técnico|cuarta visita|cuarta llamada',
      ), // I've explained it to you, third technician / visit / call
      ...w(
        1.5,
        'no es la primera vez|no sería la primera vez|cada vez me dicen|cada vez que llamo|cada quien me dice|llamo por lo mismo|escribo por lo mismo|por el mismo problema|siempre lo mismo|lo mismo de siempre|siempre pasa lo mismo|volvió a pasar|vuelve a pasar|volvió a fallar|me volvieron a|me vuelven a|nos volvieron a|otra semana más|otro día más|otro mes más|otra semana sin|otro día sin|otro mes sin|sigo igual|seguimos igual|igual que al principio|como al principio|en las mismas|volvemos a empezar|sin avances|ningún avance|ya lo reporté|ya les escribí|ya les expliqué|ya expliqué|ya lo dije|como ya indiqué|vuelvo a escribir|vuelvo a llamar|insisto|les reitero',
      ),
      ...w(
        1,
        'reenvío|ya envié|ya mandé|ya les envié|ya les mandé|mi correo anterior|reitero|hola de nuevo|se volvió a|por el mismo tema|punto de partida',
      ),
    },
    chasing: {
      ...w(1, 'alguna novedad|novedades|alguna actualización|sigo esperando|hola?|hay alguien'), // any news / update, still waiting, hello?
      ...w(1, 'para cuándo|hasta cuándo|cuánto tiempo|sin noticias|recordatorio|ninguna noticia'), // by when, how long, no news, reminder
      ...w(1, 'sigo sin respuesta|sigo sin noticias'), // still no answer, what's happening with my…
      ...w(1, 'alguien lee'), // does anyone read this, anyone?
      ...w(
        1.5,
        'me van a contestar|me van a responder|alguien me va a|piensan contestar|sigo a la espera|seguimos a la espera|seguimos esperando|aún espero|aún estoy esperando|todavía estoy esperando|respondan|contesten|contéstenme|alguien?',
      ),
      ...w(
        1,
        'oigan|qué pasó con|qué pasa con mi|en qué quedó|hay novedades|saben algo|y entonces?|necesito una respuesta|quiero una respuesta|buenas?|ya pasaron|ya han pasado',
      ),
    },
  },
  topics: {
    billing: [
      'reembolso',
      'devolución',
      'cobro',
      'cobrado',
      'cargo',
      'factura',
      'pago',
      'dinero',
      'tarjeta',
      'precio',
      'cobraron',
      'plata',
    ],
    product: [
      'no funciona',
      'roto',
      'error',
      'falla',
      'fallo',
      'defectuoso',
      'aplicación',
      'app',
      'se cuelga',
      'dañado',
    ],
    service: ['atención', 'agente', 'servicio al cliente', 'grosero', 'maleducado', 'personal', 'trato'],
    slow: ['sin respuesta', 'esperando', 'espera', 'días', 'semanas', 'horas', 'lento', 'retraso', 'demora'],
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      'tengo contratado|tengo contratada|lo contratado|contratado|contratada|incluido|incluida|incluidos|incluidas|me habían dicho|nos habían dicho|me habían asegurado|nos habían asegurado|' +
        'con ilusión|ilusionados|ilusionadas|reservé|reservamos|habíamos reservado|había reservado|hice la reserva|hacer la reserva|pedí|pedimos|' +
        'había pedido|habíamos pedido|encargué|encargamos|solicité|solicitamos|compré|compramos|contraté|' +
        'contratamos|pagué|pagamos|me prometieron|nos prometieron|prometieron|me aseguraron|nos aseguraron|' +
        'me confirmaron|nos confirmaron|me dijeron|nos dijeron|según|en la descripción|en la web|en la página|' +
        'en el anuncio|en el contrato|figuraba|decía|se indicaba|indicaba|ponía|anunciaban|elegí|elegimos|' +
        'escogí|me anoté|me inscribí|nos inscribimos|pusimos|acordamos|habíamos acordado',
    ),
    turn: words(
      'me entregaron|nos entregaron|entregaron|el que llegó|la que llegó|llegaron|nos pusieron|nos sentaron|nos ubicaron|nos colocaron|nos tocó|me tocó|me llega|nos llega|a bordo|' +
        'en lugar de|en vez de|al llegar|cuando llegamos|cuando llegué|cuando fui|cuando llegó|en realidad|' +
        'en la práctica|resultó que|resulta que|finalmente|al final|el día de|lo que llegó|lo que recibí|' +
        'me llegó|nos llegó|venía|mientras que',
    ),
    shortfall: words(
      'la mitad|la cuarta parte|la tercera parte|una fracción|ocupado|ocupados|ocupada|ocupadas|completo|overbooking|sobreventa|recargo|cargo extra|cargo adicional|cobro adicional|nadie|hasta el|' +
        'fuera de servicio|en obras|en mantenimiento|no disponible|averiado|averiada|el motivo|la razón|por eso|lo que más|justamente|precisamente|tuve que|tuvimos que|' +
        'solo|sólo|solamente|únicamente|apenas|nada más|otro|otra|distinto|distinta|diferente|equivocado|' +
        'equivocada|ninguna|ninguno|faltaba|faltaban|nos dieron|me dieron|recibí|recibimos|llegó|llegaron|' +
        'me cobraron|cobraron|precio completo|menos',
    ),
    met: words(
      'a tiempo|en plazo|como acordamos|según lo acordado|como se acordó|' +
        'exactamente|justo lo que|tal cual|como pedimos|como pedí|a tiempo|puntual|perfecto|perfecta',
    ),
    restrictive: words('solo|sólo|solamente|únicamente|nada más'),
    // Round 5: one id per colour, every form of it (signals/mismatch.ts).
    colours: {
      ...w(1, 'negro|negra|negros|negras'),
      ...w(2, 'blanco|blanca|blancos|blancas'),
      ...w(3, 'gris|grises'),
      ...w(4, 'rojo|roja|rojos|rojas'),
      ...w(5, 'azul|azules|celeste'),
      ...w(6, 'azul marino|marino|azul oscuro'),
      ...w(7, 'verde|verdes'),
      ...w(8, 'amarillo|amarilla|amarillos|amarillas'),
      ...w(9, 'naranja|anaranjado|anaranjada'),
      ...w(10, 'rosa|rosado|rosada'),
      ...w(11, 'morado|morada|violeta|lila'),
      ...w(12, 'marrón|marrones|castaño|castaña'),
      ...w(13, 'beige|beis'),
      ...w(14, 'mostaza'),
      ...w(15, 'dorado|dorada'),
      ...w(16, 'plateado|plateada'),
      ...w(17, 'turquesa'),
      ...w(18, 'burdeos|granate'),
      ...w(19, 'crema|marfil'),
      ...w(20, 'caqui|verde oliva'),
    },
    ownChange: words(
      'me gustaría|quisiera|prefiero|preferiría|cambié de opinión|quería saber|puedo|podría|podrían|es posible|' +
        'me quedaron|tendremos que|tengo que cambiar',
    ),
  },
  softeners: words(
    'no hace falta responder|no hace falta contestar|no es necesario responder|no es necesario contestar|no necesito respuesta|darle importancia|darle más importancia|darle mayor importancia|no pasa nada|no es urgente|sin prisa|se los cuento|os lo comento|les comento|te comento|' +
      'nada grave|no es grave|sin afán de|sin ánimo de|no quiero montar|no queremos montar|' +
      'no es para tanto|no es gran cosa|para que lo sepan|para que lo sepáis|tengan en cuenta|tengáis en cuenta|' +
      'que lo supierais|que lo supieran|si os sirve|si les sirve|para que conste|queríamos comentarte|' +
      'quería comentarles|un pequeño detalle',
  ),
  rhetorical: words(
    'supongo que|supongo|me imagino que|imagino que|por lo visto|al parecer|' +
      'otro significado|significa otra cosa|debe de ser|será que',
  ),
  apologies: words(
    'perdona por|perdón por|perdonad por|perdone por|perdonen por|disculpa por|disculpe por|disculpad por|disculpen por|siento haber|siento el|lamento el tono|perdón si|disculpa si|disculpe si',
  ),
  asking: words(
    'quería saber|quisiera saber|me gustaría saber|querría saber|quería preguntar|quisiera preguntar|me podrían decir|me podrían indicar|me pueden decir|me pueden indicar|podrían informarme|me podéis decir',
  ),
  eager: words(
    'ansioso por|ansiosa por|estoy deseando|tengo ganas de|me muero por|curioso por|curiosa por|qué emoción',
  ),
}
