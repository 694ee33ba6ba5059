/** Spanish. Accents are optional in matching (customers often drop them): "decepción" also matches "decepcion". */
import { w, words } from './build'
import type { Lexicon } from './types'

export const es: Lexicon = {
  lang: 'es',
  script: 'latin',
  negative: {
    ...w(3, 'horrible|terrible|pésimo|pésima|fatal|vergüenza|vergonzoso|lamentable'), // horrible, terrible, dreadful, shame, shameful, lamentable
    ...w(3, 'inaceptable|inadmisible|indignante|indignado|indignada|estafa|estafadores|timo'), // unacceptable, outrageous, outraged, scam, fraudsters
    ...w(3, 'fraude|robo|una burla|un chiste|el peor|la peor|lo peor|desastre|desastroso'), // fraud, theft, a mockery, a joke, the worst, disaster
    ...w(3, 'harto|harta|hartos|estoy harto|furioso|furiosa|nunca más|incompetentes|inútil'), // fed up, furious, never again, incompetent, useless
    ...w(3, 'inútiles|patético|ridículo|asqueroso|una pesadilla|pesadilla|tomadura de pelo'), // useless, pathetic, ridiculous, disgusting, nightmare
    ...w(
      2,
      'decepcion*|decepcionad*|frustrad*|frustrante|molesto|molesta|me molesta|enfadad*|enojad*|cabread*',
    ), // disappointed, frustrated, annoyed, angry, pissed off
    ...w(2, 'insatisfech*|descontent*|malísimo|fatal servicio|roto|rota|defectuos*'), // dissatisfied, unhappy, bad, broken, defective
    ...w(2, 'no funciona|no sirve|sigue sin|no me llega|no ha llegado|nunca llegó'), // doesn't work, useless, still without, hasn't arrived
    ...w(
      2,
      'no recibí ningún|no recibí ninguna|no he recibido nada|sin respuesta|nadie responde|nadie contesta|nadie me|ninguna respuesta',
    ), // haven't received, no answer, nobody answers
    ...w(2, 'cobro doble|cobrado dos veces|me cobraron|cobro indebido|cargo no autorizado|sin permiso'), // double charge, charged twice, unauthorised charge
    ...w(2, 'maleducad*|grosero|grosera|mal educado|ignorad*|me mintieron|engaño|engañad*'), // rude, ignored, they lied to me, deceived
    ...w(2, 'una vergüenza|no me ayudan|no hacen nada|mal servicio|mala atención|peor'), // a disgrace, they don't help, they do nothing, bad service
    ...w(1, 'problema|problemas|error|errores|lento|lenta|retraso|demora|esperando'), // problem, error, slow, delay, waiting
    ...w(1, 'falla|fallo|queja|reclamo|reclamación|complicado|difícil|confuso|caro'), // fault, complaint, complicated, difficult, confusing, expensive
    ...w(1, 'lamentablemente|desafortunadamente|preocupad*|equivocad*|incorrecto|se cuelga|~mal'), // unfortunately, worried, mistaken, incorrect, hangs
    ...w(2, 'siguen cobrando|me siguen cobrando|nadie sabe|nadie me dice'), // they keep charging, still without, not normal, wasted my day
    ...w(1.5, 'que no pedí|no pedí|llega sin|llegó sin|faltan|me falta|falta un|falta una'), // that I didn't order, arrived without, missing
    ...w(2, 'quiero mi dinero|devuélvanme mi dinero|después de cancelar|aunque cancelé'), // I want my money (back), after cancelling
    ...w(
      2,
      'siguen sin|sigan sin|continúan sin|no me parece normal|no es normal|no me parece bien|no es de recibo|no apareció|perdí el día|perdí mi tiempo',
    ),
    ...w(1.5, 'es increíble que|es increíble como'), // it's unbelievable that
    ...w(2, '~malo|~mala'), // bad (Spanish only: "mala" is a suitcase in Portuguese)
    ...w(2, 'de un departamento a otro|me pasan de|me mandan de'),
    ...w(2, 'me prometieron|nos prometieron|hasta hoy nada|y nada de nada|no me han llamado'),
    ...w(2, 'sin luz|sin internet|sin señal|sin conexión|sin servicio'), // without power / internet / signal…
    ...w(2, 'sin solucionar|sin resolver|sin explicación|sin previo aviso|nadie ha|nadie vino'), // unsolved, no explanation / warning, nobody has…
    ...w(
      2,
      'no hay derecho|es un abuso|abusiv*|falta de seriedad|falta de profesionalidad|ya me cansé|llegó frí*',
    ), // not right, abuse, not serious, I'm tired of it, arrived cold
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
  },
  positive: [
    ...words('bueno|buena|bien|contento|contenta|satisfecho|satisfecha|útil|amable|rápido'),
    ...words('aceptable|ayudado|ayudan|ayuda|respondido|resuelto|solucionado|claro'),
  ],
  politeness: {
    ...w(2, 'un poco decepcionad*|algo decepcionad*|esperaba más|esperaba algo mejor|no es lo que esperaba'), // a bit disappointed, expected more / better
    ...w(2, 'no es ideal|no muy útil|lamento decir|por desgracia|sigo sin'),
    ...w(1.5, 'me temo que|no recibí|no he recibido'), // not ideal, not very useful, I'm afraid, I still can't
    ...w(2, 'mal sabor de boca|no era lo esperado|no es lo esperado'), // a bad taste in the mouth, not what was expected
    ...w(2, 'esperaba bastante más|esperaba mucho más|esperaba otra cosa'),
    ...w(
      2,
      'esperaba un poco más|esperaba algo más|esperaba más seriedad|esperaba otro trato|hubiera esperado|habría esperado',
    ), // I expected a bit more, would have expected
    ...w(
      2,
      'no era lo que esperaba|que desear|no es forma|no es manera|no me parece la forma|una pena|qué pena|una lástima|qué lástima|no me parece justo|no es justo|injust*|con todo respeto',
    ), // not what I expected, leaves much to be desired, unfair
    ...w(1.5, 'me hubiera gustado|me habría gustado|con pena'), // I would have liked, a pity
    ...w(
      2,
      'no me esperaba esto|no esperaba esto|sabor amargo|no es el trato|no está a la altura|no ha estado a la altura|no estuvo a la altura',
    ), // didn't expect this from you, not up to standard
    ...w(2, 'malas maneras|con desgana|dolid*|quedé muy mal'), // rudely, half-heartedly, hurt
  },
  profanity: [
    ...words('mierda|joder|jodido|carajo|coño|puta|puto|pinche|cabrones|idiotas|idiota'),
    ...words('imbéciles|imbécil|estúpidos|estúpido|chapuza|chapuceros|ladrones|sinvergüenzas'),
  ],
  sarcasm: [
    'gracias por nada',
    'muchas gracias por nada',
    'genial, de verdad',
    'qué bien, otra vez',
    ...words('para variar|vaya servicio|menudo servicio'),
  ],
  praise: [
    ...words(
      'qué maravilla|maravilla|genial|estupendo|fantástico|increíble servicio|enhorabuena|felicidades',
    ),
    ...words('bravo|cracks|de lujo|excelente servicio|magnífico|buen trabajo|qué eficiencia|chapó'),
    ...words('sois los mejores|los mejores'),
    ...words('fenomenal|maravilloso|excelente|qué rapidez|qué bien'),
    ...words('felicito|felicitaciones|aplauso*|récord|bárbaro|excelente atención|buen servicio|espectacular'),
  ],
  intensifiers: {
    ...w(0.5, 'muy|super|súper|realmente|totalmente|completamente|absolutamente|demasiado'),
    ...w(0.5, 'extremadamente|sumamente|increíblemente|tan|muchísimo|bastante'),
  },
  negators: {
    pre: ['~no', 'nunca', 'jamás', '~ni', 'sin', 'tampoco', 'ningún', 'ninguna', 'nada'],
    post: [],
  },
  contrast: ['pero', 'sin embargo', 'aunque', 'no obstante'],
  resolution: {
    ...w(2, 'ya funciona|funciona|funciona bien|resuelto|solucionado|ya está|todo bien|perfecto'),
    ...w(2, 'ya me llegó|ya llegó|lo recibí|recibido|problema resuelto|arreglado|ya quedó'),
    ...w(1, 'gracias|muchas gracias|mil gracias|se agradece'),
    ...w(2, 'ya me ha llegado|ha llegado|todo perfecto'),
  },
  intents: {
    escalation: {
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
    },
    churn: {
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
    },
    legal: {
      ...w(2, 'una demanda|demandar|demandarlos|denuncia|denunciar|acciones legales'), // a lawsuit, sue, report to the police, legal action
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
    },
    public: {
      ...w(2, 'mala reseña|opinión negativa|una estrella'), // bad review, negative opinion
      ...w(2, 'publicarlo|lo voy a publicar|contarlo a todo el mundo'), // I'll publish it, tell everyone, the press
      ...w(1, 'reseña|redes sociales|trustpilot|en twitter|la prensa'), // review, social media (often neutral)
    },
    repeat: {
      ...w(1.5, 'tercera vez|segunda vez|cuarta vez|otra vez|de nuevo|nuevamente|una y otra vez'), // third / second time, again, over and over
      ...w(1.5, 'varias veces|muchas veces|mil veces|ya les dije|ya lo expliqué|ya escribí'), // several times, already told you / explained
      ...w(1.5, 'todavía no|aún no|sigue igual|sigue sin funcionar|mismo problema|otra vez lo mismo'), // not yet, still the same, same problem
      ...w(1.5, 'como ya dije|como les dije|cuántas veces|sigo esperando|todavía sin'), // as I said, how many times, still waiting
      ...w(1.5, 'tres veces|tres llamadas|varias llamadas|cuatro veces'), // three times, three calls
      ...w(
        1.5,
        'por tercera vez|por enésima vez|una vez más|han vuelto a|ha vuelto a|vuelve a fallar|cada uno me dice|cada uno me da',
      ), // yet again, each one tells me something else
      ...w(2, 'enésima vez'), // umpteenth time
      ...w(1.5, 'mismo reclamo|misma queja|los mismos papeles|vengo reclamando|sigo reclamando'), // umpteenth time, same claim, keep complaining
      ...w(
        1.5,
        'os lo he explicado|se lo he explicado|ya he llamado|tercer técnico|cuarto técnico|cuarta visita|cuarta llamada',
      ), // I've explained it to you, third technician / visit / call
    },
    chasing: {
      ...w(1, 'alguna novedad|novedades|alguna actualización|sigo esperando|hola?|hay alguien'), // any news / update, still waiting, hello?
      ...w(1, 'para cuándo|hasta cuándo|cuánto tiempo|sin noticias|recordatorio|ninguna noticia'), // by when, how long, no news, reminder
      ...w(1, 'sigo sin respuesta|sigo sin noticias'), // still no answer, what's happening with my…
      ...w(1, 'alguien lee'), // does anyone read this, anyone?
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
    ],
    service: ['atención', 'agente', 'servicio al cliente', 'grosero', 'maleducado', 'personal', 'trato'],
    slow: ['sin respuesta', 'esperando', 'espera', 'días', 'semanas', 'horas', 'lento', 'retraso', 'demora'],
  },
  markers: [
    ...words('el|la|los|las|que|es|mi|por|para|con|una|un|pero|muy'),
    ...words('del|lo|está|estoy|hace|ya|tengo|pedido|gracias|hola'),
  ],
}
