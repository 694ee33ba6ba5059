/**
 * Japanese. Matched as substrings (no word boundaries); entries are stems or whole conjugated forms.
 * Negation is post-posed (良く|ない, 満足して|いない, 届き|ません) and applies to the nearest word before it.
 */
import { w, words } from './build'
import type { Lexicon } from './types'

export const ja: Lexicon = {
  lang: 'ja',
  script: 'ja',
  negative: {
    ...w(1.5, '破れて|潰れて|漏れて|こぼれ|濡れて|溶けて|されていない|連絡なし|予告もなく|告知なく'), // damage in transit, not done, not told
    ...w(3, '最悪|最低|ひどい|ひどすぎ|酷い|ありえない|あり得ない|有り得ない|許せない'), // worst, awful, unbelievable, unforgivable
    ...w(3, '詐欺|騙さ|だまさ|激怒|腹が立|腹立たしい|頭にき|いい加減にして|ふざけ'), // fraud, deceived, furious, enough!, messing with me
    ...w(3, '二度と|論外|話にならない|呆れ|あきれ|不誠実|無責任|誠意がない|誠意が感じられない'), // never again, out of the question, appalled, insincere, irresponsible
    ...w(2, 'がっかり|失望|不満|不快|迷惑です|迷惑して|迷惑を被|迷惑な|不愉快|怒って|怒り|イライラ|いらいら'), // disappointed, dissatisfied, unpleasant, nuisance, angry, irritated
    ...w(2, '悪い|悪く|悪化|悪すぎ|よくない|良くない|よくなかった|良くなかった|よろしくない'), // bad, got worse, not good
    ...w(2, '壊れ|故障|使えない|使えません|動かない|動きません|起動しない|起動しません'), // broken, failure, unusable, doesn't work / start
    ...w(2, 'ログインできない|ログインできません|つながらない|繋がらない|つながりません|開けない'), // can't log in / connect / open
    ...w(2, '直らない|直りません|治らない|改善されない|改善されません|解決しない|解決しません'), // not fixed, not improved, not resolved
    ...w(2, '解決していない|解決されていない|解決されない|届かない|届いていない|届きません|届いておりません'), // not resolved, not arrived
    ...w(2, '二重請求|二重に請求|二重に引き落と|二重課金|勝手に|不当|返金されない|返金されていない'), // double charge, without permission, unfair, no refund
    ...w(2, '不親切|失礼な|失礼だ|失礼すぎ|横柄|態度が悪|無視|放置|たらい回し|待たされ'), // unkind, rude, arrogant, ignored, left alone, passed around, made to wait
    ...w(2, '不信感|信用できない|信頼できない|期待外れ|期待はずれ|意味がない|意味がわからない'), // distrust, can't trust, letdown, pointless
    ...w(1, '問題|エラー|不具合|バグ|遅い|遅延|遅れ|できない|できません'), // problem, error, defect, slow, delay, can't
    ...w(1, '待って|待ち続け|苦情|クレーム|わかりにくい|分かりにくい|面倒|高すぎ|間違'), // waiting, complaint, confusing, hassle, too expensive, mistake
    ...w(1, '残念ながら|おかしい|不安|心配|落ちる|固まる|フリーズ|消えた|届いたものが違'), // unfortunately, strange, anxious, crashes, freezes, vanished, wrong item
    ...w(2, '遅すぎ'), // too slow
    ...w(2, '全く違う|まったく違う|説明と違う|写真と違う|違う商品|納得できません|納得できない'), // completely different, not as described / pictured, wrong item, I cannot accept this
    ...w(2, '告知もなく|連絡もなく|予告なく|一方的に'), // without notice / contact / warning, one-sidedly
    ...w(3, 'ふざけないで|馬鹿にしないで|ばかにしないで|なめないで|舐めないで'),
    ...w(
      2,
      'お金だけ|発送されていない|発送されていません|発送されない|どういうことですか|どうなってるんですか',
    ),
    ...w(1.5, 'どういうこと|引き落とされたのに'),
    ...w(2, '冷め|冷えきった|一向に|いっこうに|改善される様子|お粗末|ずさん|杜撰|請求ミス'), // gone cold, not at all, no sign of improvement, sloppy, billing mistake
    ...w(1.5, 'ようやく届|やっと届|何時間も|何日も|何週間も|何か月も|何ヶ月も|誤りがあ'), // finally arrived, for hours / days / weeks / months, there is an error
    ...w(1.5, '通信障害|システム障害|停電|断水|圏外'), // outage, power / water cut, no signal
    // a. product failure
    ...w(
      2,
      '傷が|傷つ|キズ|へこみ|凹み|潰れ|割れ|欠け|破損|破れ|ひび|ヒビ|初期不良|不良品|電源が入らな|電源が入りません|電源が入らず|充電できな|反応しな|反応しません|強制終了|クラッシュ|すぐ壊|使い物にならな|役に立たな|役立たず|ポンコツ|偽物|ニセモノ|賞味期限切れ|腐って|異物|カビ',
    ),
    ...w(1.5, '汚れ|シミ|止まって|止まりま|落ちて'),
    ...w(1, '出来ない|出来ません|出来なかった|出来ず'), // cannot (kanji), before 来ない
    // b. non-delivery / no-show
    ...w(
      2,
      '来ませんでした|来なかった|来てくれな|来てもらえな|誰も来|まだ来な|来ていません|来てない|届いてない|届いてません|届かず|未着|紛失|行方不明|配達されていな|音沙汰|連絡がない|連絡が来ない|連絡もない|返信がない|返信もない|返事がない|返事もない|なしのつぶて|すっぽかし|ドタキャン|つながらず|繋がらず',
    ),
    // c. waiting in words
    ...w(
      2,
      'ずっと待|保留のまま|待ちぼうけ|経ちますが|経ちましたが|経つのに|経ったのに|経ってます|経っても|経っているのに|話になりません|話にならん',
    ),
    ...w(1.5, '時間以上|日以上|週間以上|ヶ月以上|か月以上|一日中|丸一日|何時間|何日|何週間'),
    ...w(1, '保留|まだ来'),
    // d. bad treatment
    ...w(
      2,
      '無礼|偉そう|上から目線|見下|馬鹿にされ|バカにされ|舐められ|なめられ|なめてる|舐めてる|客をなめ|怒鳴|どなられ|逆ギレ|逆切れ|面倒くさそう|めんどくさそう|投げやり|電話を切られ|一方的に切|ガチャ切り|切られました|責任逃れ|責任転嫁|言い訳|誰も責任|責任を取ろうと|他人事|ひとごと',
    ),
    ...w(1.5, 'どこに聞けば|誰に聞けば|どこに相談すれば|どこに連絡すれば'),
    // e. unhelpful answers
    ...w(
      2,
      '的外れ|見当違い|かみ合わ|噛み合わ|テンプレ|定型文|コピペ|マニュアル通り|機械的|読んでいますか|読んでますか|読んでない|読んでいない|ちゃんと読|ちゃんと答え|言うことが違う|言うことが毎回|毎回違う|人によって違う|人によって言う|話が違う|振り出し|一からやり直|最初から説明|また最初から|堂々巡り|同じ回答|同じ返答|回答になって|答えになって|二度手間|おかげでまた|おかげさまでまた',
    ),
    ...w(1.5, 'まともに|まともな'),
    // f. money
    ...w(
      2,
      '二回引き落と|2回引き落と|二度引き落と|二回請求|2回請求|二回決済|2回決済|身に覚えのない|覚えのない|心当たりのない|申し込んだ覚え|頼んでいない|頼んでない|注文していない|注文してない|契約した覚え|過剰請求|高額請求|多く請求|余分に|上乗せ|隠れた|取られた|取られました|お金返して|金返せ|払ったのに|返金を求め',
    ),
    ...w(1, '返金してください|返金して下さい|返金を希望|返金してほしい'),
    // g. deception / trust
    ...w(3, '騙した|だました|騙して|裏切ら|インチキ|いんちき|ぼったく'),
    ...w(
      2,
      '嘘|うそをつ|ウソ|誇大広告|虚偽|広告と違|広告と全然|説明と全然|聞いていた話と|内容と異な|説明と異な|案内と異な|表示と異な|注文と異な|写真と異な|ご案内と違|ご説明と違|お話と違|伺っていた内容と',
    ),
    // h. emotions, disbelief
    ...w(
      3,
      'もう疲れ|うんざり|むかつ|ムカつ|頭にくる|頭に来|キレそう|我慢の限界|我慢できな|耐えられな|もう限界|限界です|もう無理|勘弁して|ふざけてる|正気ですか',
    ),
    ...w(
      2,
      '疲れました|疲れた|疲れ果て|イラつ|イラッ|腹立つ|ありえん|ありえねー|ありえへん|ありえません|あり得ません|信じられな|冗談でしょ|冗談ですよね|冗談じゃない|どうなってんの|どうかしてる|本気ですか|意味わからん|意味不明|はぁ？|悲しい|悲しかった|ショック|泣きたい|情けない|これがサポート|これがサービス|これが対応|それでもプロ|プロなの|何なんですか|なんなんですか|なんなの',
    ),
    ...w(1.5, 'もういいです|一体何|こんなことって|勘弁'),
    ...w(2, '異なる商品|異なるサイズ|異なる色|違うサイズ|違う色|サイズ違い|色違いの商品|別の商品が届'),
    ...w(1.5, 'とは異なる|とは違う'),
    // i. lost time / consequences
    ...w(
      2,
      '有給を取|有給を使|有休を取|有休を使|仕事を休ん|会社を休ん|無駄にな|時間の無駄|お金の無駄|無駄足|無駄でした|無駄だった|無駄骨|無駄な時間|仕事になりません|仕事にならな|乗り遅れ|間に合わなかった|損害|実害',
    ),
    ...w(1, '半休|休みを取って|損失'),
  },
  positive: [
    ...words('満足|納得|改善|対応して|返信|返事|連絡|回答|返答|信用|信頼|説明'), // satisfied, convinced, improved, handled, reply, contact, answer, trust, explanation
    ...words('使え|動か|役に立|助か|良い|良く|分か|わか|理解'),
    ...words('丁寧|親切|誠実|迅速|ちゃんと|きちんと'), // usable, works, useful, helped, good, understand
  ],
  politeness: {
    ...w(2, '残念|困ります|困っております|困っています|困惑|遺憾|心外|理解に苦しみ'), // regrettable, this troubles us, bewildered, regret, offended, hard to accept
    ...w(2, 'いかがなものか|疑問を感じ|対応に疑問|納得がいきません|納得いかない|とても困って'), // questionable, doubt your handling, can't accept
    ...w(1.5, '困って|期待していた|期待しておりました|どういうことでしょうか|どうなっているのでしょうか'), // troubled, I was expecting, what is the meaning of this
    ...w(1, '早急に|至急|一刻も早く|大変困|ご説明いただけますか|誠意ある対応'), // urgently, as soon as possible, please explain, a sincere response
    ...w(2, 'とのことでしたが|と伺っていましたが|はずでしたが|いただけると思っていました'), // I was told that… but (broken promise), it should have been
    ...w(1.5, 'と言われましたが|と言われたのに'), // I was told… but
    ...w(1, 'と思っていました'), // I had thought (weak)
    ...w(
      2,
      '期待を裏切|期待していただけに|釈然としない|腑に落ちない|納得しかね|承服しかね|理解しかね|不本意|如何なものか|残念な対応|少々がっかり|少しがっかり',
    ), // let down, can't quite accept, regrettable handling
    ...w(1.5, '再考|再検討|ご説明いただけない|いささか|些か'), // please reconsider, please explain, somewhat
    ...w(1, '正直なところ'), // frankly
    ...w(2, '大変困っております|大変困っています|大変困って'),
    ...w(
      1.5,
      '今度こそ|もう少し丁寧|もう少し誠意|もう少し早く|もっと早く|もう少しちゃんと|改善を求め|いい加減解決|そろそろ解決',
    ),
  },
  profanity: [
    'ふざけるな',
    'ふざけんな',
    'バカ',
    '馬鹿',
    'ばかにし',
    'アホ',
    'クソ',
    'くそ',
    '死ね',
    'ゴミ',
    'ボケ',
    'ぼったくり',
  ], // don't mess with me, idiot, crap, die, garbage, rip-off
  sarcasm: [
    'ありがとうございます(笑)',
    'ご丁寧にどうも',
    '結構なことで',
    ...words(
      '結構なことですね|笑わせ|とは恐れ入りました|とは恐れ入る|とは大したもの|とは驚きです|大変勉強になりました|ありがたいことで|さすがの対応ですね|本当に助かりますね',
    ),
  ], // thanks (lol), how kind, fine for you, as expected of you, what wonderful service
  praise: [
    ...words('太っ腹|ご丁寧に|ありがたい'), // round 4: praise used ironically
    ...words('素晴らしい|すばらしい|さすが|流石|最高|お見事|見事|お早い対応'),
    ...words('神対応|優秀|完璧'),
    ...words('素敵|素晴らしいサービス|素晴らしい対応|大したもの|ご立派|恐れ入りました|期待を裏切らない'),
  ], // wonderful, as expected of you, the best, splendid, quick response, godlike service, excellent, perfect
  intensifiers: {
    ...w(0.5, '本当に|ほんとに|本当|非常に|とても|すごく|凄く|大変|全く|まったく|全然'), // really, very, extremely, totally, at all
    ...w(0, 'んだけど|んですけど|んですが|んだが'), // explanatory preface, not a contrast
    ...w(0.5, '一体|極めて|かなり|相当|心底|めちゃくちゃ|マジで|まじで|あまりにも|すぎ|過ぎ'), // extremely, quite, utterly, seriously, too
  },
  conditionals: words('もし|万が一|万一'),
  negators: {
    pre: [],
    post: ['ない', 'ません', 'なかった', 'ず', 'なく', 'できない', 'できません', 'できず'],
  }, // not (plain, polite, past, written, adverbial), cannot
  contrast: ['でも', 'しかし', 'けど', 'けれど', 'けれども', 'ですが', 'ものの', 'ところが', 'のに'], // but, however, although, even though
  resolution: {
    ...w(2, '解決しました|解決できました|解決いたしました|直りました|治りました|使えるようになりました'), // resolved, fixed, usable now
    ...w(2, '動きました|届きました|受け取りました|確認できました|問題なく|助かりました|無事に'), // works, arrived, received, confirmed, no problem, that helped, safely
    ...w(1, 'ありがとうございます|ありがとうございました|ありがとう|感謝|お礼申し上げ'), // thank you, gratitude
    ...w(2, 'ログインできました|無事|つながりました|繋がりました'),
  },
  intents: {
    escalation: {
      ...w(1.5, '担当者を変え|担当を変え'), // change the person handling this
      ...w(1, '責任者|上司|上の者|上長|社長|本社|管理職|電話してください|電話で説明|直接話'), // person in charge, boss, superior, president, head office, manager, call me (often neutral)
      ...w(
        1.5,
        '責任者を出|責任者と話|責任者に代わ|責任者から|上司を出|上司に代わ|上司と話|上の者を出|上の方を出',
      ), // put the person in charge / your boss on, let me talk to them
      ...w(1.5, '上席|責任のある立場|責任ある立場|決定権のある|権限のある方|しかるべき方|しかるべき立場'), // a superior, someone with authority
      ...w(
        1.5,
        '上の人を出|上の人と話|上の人に代わ|偉い人|責任者を呼|店長を呼|店長を出|店長と話|マネージャーを出|マネージャーと話',
      ),
      ...w(1, '上の人|店長|マネージャー|支店長'),
      ...w(1.5, '責任者の方|上司の方|上の方|に代わっていただ'), // the person in charge, your superior, hand me over to
    },
    churn: {
      ...w(1, '解約|退会|契約を解除|アカウントを削除|利用をやめ|使うのをやめ|キャンセル'), // cancel contract, unsubscribe, terminate, delete account, stop using, cancel
      ...w(1.5, '他社|乗り換え|もう使いません|もう利用しません|もう買いません|二度と利用'), // another company, switch, won't use / buy again
      ...w(1.5, '解約します|解約いたします|退会します|退会いたします|解約させていただ'), // I am cancelling / leaving (a decision)
      ...w(
        1.5,
        '解約を検討|解約を考え|他社へ|移行することに|移行いたします|更新しません|更新は不要|更新しない|自動更新を停止|自動更新は停止|今月末で解約|今月末をもって|もう結構です',
      ), // considering cancelling, moving to another company, not renewing
      ...w(1.5, '更新はしないで|更新しないで'),
      ...w(
        1.5,
        '他の会社に|別の会社に|他の店で|他のサービスに|他のところに|よそで|よそに|もう使わない|もう利用しない|もう買わない|もう頼まない|もう頼みません|退会させて|解約させて',
      ), // do not renew
    },
    legal: {
      ...w(2, '訴訟|訴え|法的措置|法的手段|消費者センター|消費生活センター|国民生活センター'), // lawsuit, sue, legal action / means, consumer centres
      ...w(2, '消費者庁|被害届|チャージバック|カード会社に|少額訴訟|景品表示法'), // consumer agency, police, damage report, chargeback, card company
      ...w(1, '弁護士|警察'), // lawyer, police (often neutral)
      ...w(2, '弁護士に相談|弁護士を通|弁護士と相談'),
      ...w(
        2,
        '消費者ホットライン|弁護士を立て|弁護士に依頼|法的に|裁判|訴えます|出るところに出|しかるべき機関|公的機関|総務省|金融庁|特商法|特定商取引法|内容証明|損害賠償|賠償|警察に相談|警察に届',
      ), // consult / go through a lawyer
    },
    public: {
      ...w(2, '悪いレビュー|星1|★1'), // bad review, one star
      ...w(2, 'ネットに書|ネットで公開|拡散|晒'), // write / publish online, spread it, expose
      ...w(1, '口コミ|レビューに|snsで|snsに|ツイッター|twitterで|マスコミ|公表'), // reviews, on social media, the media, publicise (often neutral)
      ...w(
        2,
        '炎上|低評価|最低評価|星一つ|星ひとつ|星1つ|ブログに書|ブログで公開|晒し|晒す|週刊誌|テレビ局|snsで拡散',
      ),
      ...w(1.5, '周りに言|友人にも伝え|みんなに伝え|知り合いにも'),
      ...w(2, '口コミに書|悪い口コミ|レビューに書|snsに書|snsで晒|ネットで晒'), // write it in reviews / on social media, expose online
    },
    repeat: {
      ...w(
        1.5,
        '2回も|2度も|3回も|3度も|4回も|4度も|5回も|5度も|6回も|6度も|7回も|7度も|8回も|8度も|9回も|9度も|10回も|10度も|二回も|二度も|三回も|三度も|四回も|四度も|五回も|五度も|六回も|六度も|七回も|七度も|八回も|八度も|九回も|九度も|十回も|十度も|同じ質問|何度も|何回も|再三|三度目|3度目|3回目|三回目|繰り返し|また同じ|同じ問題',
      ), // many times, repeatedly, third time, same again, same problem
      ...w(1.5, '同じエラー|いまだに|未だに|まだ解決|まだ届|まだ直|前回も|すでに伝え|既にお伝え'), // still, still not resolved / arrived / fixed, last time too, already told
      ...w(1, '二度目|2回目|2度目|毎回|以前も|先日も|何度目'), // second time, every time, before too, how many times now
      ...w(1.5, '何度同じ|何度言|何度説明|何度も同じ|同じ説明'), // how many times must I say / explain the same
      ...w(1, '連続|その都度|毎度'),
      ...w(
        1.5,
        '何度連絡|何度問い合わせ|何回連絡|何回問い合わせ|何回言|またか|またしても|またまた|再発し|再発で|相変わらず|依然として|4回目|四回目|5回目|五回目|説明させないで|言わせないで',
      ), // in a row, each time
    },
    chasing: {
      ...w(1.5, 'いつになったら|いつまで待て|まだでしょうか|返事はまだ|返信はまだ|催促'), // when on earth, how long must I wait, not yet?, reminder
      ...w(2, '誰かいますか|誰もいないんですか|無視ですか|放置ですか|既読スルー'),
      ...w(1.5, '返事まだ|返信まだ|いつまで待|見てますか|聞いてますか'),
      ...w(1, 'もしもし|どうなりましたか|その後いかが|何か進展|いつ届く|いつになる'),
      ...w(1, 'その後どうなって|どうなっていますか|進捗|確認状況'), // what happened since, what's the status, progress
    },
  },
  topics: {
    billing: [
      '返金',
      '請求',
      '引き落とし',
      '課金',
      '料金',
      '支払',
      '決済',
      '二重',
      '代金',
      'クレジットカード',
    ],
    product: [
      ...words(
        '故障した場合|故障の場合|故障時|故障したら|壊れた場合|壊れたら|不良の場合|破損した場合|破損の場合|届かない場合|届かなかった場合|紛失した場合|遅れた場合',
      ), // "if it breaks": a question
      '不具合',
      'エラー',
      '故障',
      '壊れ',
      '動かない',
      '起動',
      'ログイン',
      'アプリ',
      'バグ',
      '使えない',
    ],
    service: ['対応', '態度', '担当者', 'オペレーター', 'サポート', '窓口', '不親切', 'たらい回し'],
    slow: ['返信', '返事', '連絡', '待', '遅', '何日', '一週間', '放置'],
  },
  // Waits stated as a duration (signals/waits.ts): number + unit + a waiting verb right after it (3時間待った,
  // 4日が経ちました, 2週間も待たされ).
  waits: {
    before: {},
    after: {
      ...w(
        2,
        '待った|待って|待ち|待たされ|も待|も待った|も待って|も待たされ|以上待|経ちました|経ちます|経った|が経ち|も経ち|経過',
      ),
      ...w(1.5, 'かかった|かかって|もかかって|もかかった|近く|以上'),
    },
    numbers: [],
    long: words('週間|ヶ月|か月|カ月|ヵ月|年'),
    short: words('日|時間|分'),
  },
  // Round 4: constructions composed by the engine (signals/expectation.ts, softened.ts, sarcasm.ts), by word class.
  expectation: {
    stated: words(
      '楽しみにして|期待していた|心待ちにして|予約の際|予約時|予約した|予約していた|予約しました|お願いしていた|お願いした|頼んでいた|頼んだ|注文した|' +
        '注文していた|注文しました|申し込んだ|申し込みました|指定した|指定で|指定していた|購入した|購入しました|' +
        'と書かれていた|と書かれて|と記載|記載されていた|記載いただいて|とあった|という案内|と案内|と聞いていた|' +
        'と伺っていた|と言われ|とのことでした|確認メール|商品ページ|説明では|契約した|支払った|払った|選んだ|' +
        '選びました|切り替えました',
    ),
    turn: words(
      'ところが|実際に|実際は|実際には|当日|届いたのは|届いた商品|届いたもの|来たのは|案内されたのは|' +
        '行ったら|着いたら|開けたら|見ると|受け取ったら|ましたが|ていたが|たのですが|' +
        'ていたのですが|でしたが',
    ),
    shortfall: words(
      '工事中|故障中|メンテナンス中|利用できない|使用できない|休止中|ために|理由|だからこそ|しかたなく|仕方なく|' +
        'だけ|しか|違う|違いました|異なる|異なって|ではなく|ではありません|じゃなく|のない|がない|別の|普通の|' +
        '一般の|入っていない|なっていました',
    ),
    met: words('通り|とおり|どおり|そのまま|ぴったり|希望通り|期待通り|完璧'),
    ownChange: words(
      'たいのですが|たいです|変更|できますか|でしょうか|ますか|可能ですか|教えて|いただけますか',
    ),
  },
  softeners: words(
    '大したことでは|大したことじゃ|たいしたことでは|一応お伝え|念のため|' +
      '念の為|ご参考まで|参考までに|お知らせまで|ご報告まで|お伝えしておき|お伝えしたく|' +
      '共有させて|気になったので|ちょっとだけ|些細なこと|細かいことですが',
  ),
  rhetorical: words(
    'のでしょうね|んでしょうね|のですね|んですね|というのは|のことを言う|ということですね|らしいですね|ようですね|' +
      'みたいですね',
  ),
  eager: words('待ち遠しい|わくわく|感心します|楽しみです|楽しみにしています'),
  notInside: words(
    'いらっしゃ|やばか|しみじみ|アキレス|遅ればせ|アサヒビール|楽しみ|泥汚れ|汚れ落とし|汚れが落ち|汚れも落ち|ほど落ち|きれいに落ち|上機嫌|機嫌|痛快|漏れなく|夜遅く|遅くまで|お疲れ',
  ),
}
