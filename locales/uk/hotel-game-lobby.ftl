hotel-game-lobby-title = Ігрове лобі в готелі
hotel-game-lobby-summary = У грі дитячого клубу готелю незнайомець питає номер кімнати й фото, нова подруга почувається самотньо, а фото біля басейну видає готель.

## Персонажі
hotel-game-lobby-nia = Нія
hotel-game-lobby-diego = Дієго
hotel-game-lobby-mum = Мама
hotel-game-lobby-starracer = StarRacer

## Початок
hotel-game-lobby-hook = Ура, канікули! У дитячому клубі готелю твоя черга грати на планшеті.
hotel-game-lobby-hook-nia = Поруч сидить Нія — дівчинка, з якою ви вчора познайомилися біля басейну.
hotel-game-lobby-lobby = Ти заходиш у гру-перегони. У лобі повно гравців, яких ти не знаєш.

## Номер кімнати
hotel-game-lobby-starracer-hello = Привіт! Класно їздиш! Мені 10, і я теж на канікулах. У якому ти готелі?
hotel-game-lobby-starracer-room = А який у тебе номер кімнати? Може, ми в одному готелі!
hotel-game-lobby-choice-room = Що ти зробиш, { $nickname }?
hotel-game-lobby-room-tell = Написати назву готелю й номер кімнати.
hotel-game-lobby-room-tell-feedback = StarRacer пише так по-дружньому, що відповісти здається звичайною справою. Але номер кімнати підказує незнайомцю, де тебе знайти. З цим допоможе дорослий.
hotel-game-lobby-room-tell-mum = Мама б хвилювалася — і була б рада дізнатися про це від тебе.
hotel-game-lobby-room-tell-starracer = StarRacer ніби радіє. Але ти не бачиш, хто насправді пише.
hotel-game-lobby-room-private = Написати: «Я таким не ділюся. Погнали!»
hotel-game-lobby-room-private-feedback = Ти не видаєш, де ти, і все одно говориш привітно. Це корисна звичка в інтернеті.
hotel-game-lobby-room-private-starracer = StarRacer не отримує відповіді. Справжній друг по грі просто гонитиметься далі.
hotel-game-lobby-room-diego = Показати повідомлення Дієго, аніматорові дитячого клубу.
hotel-game-lobby-room-diego-feedback = Спитати дорослого про дивне запитання — розумно й сміливо. Не треба розбиратися самотужки.
hotel-game-lobby-room-diego-diego = Дієго радий, що ти звертаєшся до нього. Допомагати дітям — його робота.
hotel-game-lobby-room-diego-mum = Мама зрадіє, що ти не мовчиш.

## Фото
hotel-game-lobby-photo-ask = Слухай, надішли мені своє фото. Щоб переконатися, що ти справді дитина!
hotel-game-lobby-photo-feel = У животі стає якось неспокійно. Дивне прохання.
hotel-game-lobby-choice-photo = Що ти зробиш тепер?
hotel-game-lobby-photo-send = Швиденько зробити селфі й надіслати.
hotel-game-lobby-photo-send-feedback = Хотіти дружити — це добре. Але в інтернеті будь-хто може сказати, що він дитина. Тепер допоможе дорослий, і тебе ніхто не сваритиме.
hotel-game-lobby-photo-send-mum = Мама хотіла б дізнатися одразу, щоб допомогти.
hotel-game-lobby-photo-send-diego = Дієго не сердитиметься. Він допомагає дітям саме з такими речами.
hotel-game-lobby-photo-no = Написати: «Жодних фото. Бувай!» — і вийти з лобі.
hotel-game-lobby-photo-no-feedback = Ти кажеш «ні» і виходиш. Твоє фото — твоє. Але дорослому все одно варто знати.
hotel-game-lobby-photo-no-starracer = StarRacer не отримує фото. Справжнім друзям по грі не потрібні докази.
hotel-game-lobby-photo-diego = Піти й показати повідомлення Дієго.
hotel-game-lobby-photo-diego-feedback = Це сміливий вибір. Коли щось в інтернеті здається дивним, скажи дорослому, якому довіряєш.
hotel-game-lobby-photo-diego-diego = Дієго пишається тобою. Розповісти не завжди легко.
hotel-game-lobby-tell-after = Дивне відчуття не минає. Тож ти показуєш чат Дієго. Це сміливо!

## Дієго допомагає
hotel-game-lobby-diego-thanks = Дякую, що показуєш мені, { $nickname }. Це правильний вчинок.
hotel-game-lobby-diego-no-blame = Привітні гравці бувають підступними. Тебе ніхто не сваритиме.
hotel-game-lobby-diego-block = Давай разом заблокуємо StarRacer і поскаржимося на чат.
hotel-game-lobby-diego-maybe = В інтернеті кожен може сказати, що йому 10. Ми не знаємо, хто такий StarRacer насправді.
hotel-game-lobby-diego-mum = Я розповім і твоїй мамі. А тепер — знову веселитися!

## Нія
hotel-game-lobby-nia-watch = Нія тихенько дивиться на твій екран. Вона тут новенька, і її черга ще не настала.
hotel-game-lobby-nia-asks = Цікаво? Я тут ще майже нікого не знаю.
hotel-game-lobby-choice-nia = Що ти відповіси Нії?
hotel-game-lobby-nia-ignore = Сказати: «Ага, цікаво!» — і грати далі.
hotel-game-lobby-nia-ignore-feedback = Зараз твоя черга, тож це ніби чесно. Але Нія насправді хотіла пограти. Просте «Хочеш спробувати?» могло б змінити її день.
hotel-game-lobby-nia-ignore-nia = Нії самотньо. Вона новенька і зовсім сама.
hotel-game-lobby-nia-show = Повернути планшет, щоб вона бачила, як ти граєш.
hotel-game-lobby-nia-show-feedback = Дати їй подивитися — це привітно. Але, може, вона й сама хоче пограти. Можна її спитати.
hotel-game-lobby-nia-show-nia = Нія рада сидіти поруч, але їй усе ж хочеться пограти.
hotel-game-lobby-nia-invite = Сказати: «Хочеш позмагатися? Гратимемо по черзі!»
hotel-game-lobby-nia-invite-feedback = Ти помічаєш, що Нії самотньо, і щось із цим робиш. Це і є доброта на ділі.
hotel-game-lobby-nia-invite-nia = Нія відчуває, що їй раді. Її помітили.
hotel-game-lobby-nia-invite-diego = Дієго усміхається. Саме для цього й потрібен дитячий клуб.
hotel-game-lobby-nia-plays = Я передостання! Це ж теж рахується, правда?

## Фото з канікул
hotel-game-lobby-pool-photo-nia = Пізніше ви з Нією робите смішне фото біля басейну.
hotel-game-lobby-pool-photo = Пізніше ти робиш класне фото біля басейну.
hotel-game-lobby-hotel-sign = Позаду тебе видно велику вивіску з назвою готелю.
hotel-game-lobby-post-want = Тобі хочеться викласти фото просто зараз, щоб друзі вдома побачили.
hotel-game-lobby-choice-post = Що ти зробиш із фото?
hotel-game-lobby-post-now = Викласти зараз. Таке класне фото!
hotel-game-lobby-post-now-feedback = Ділитися щасливою миттю — чудово. Але вивіска показує всім, де ти просто зараз. Можна прибрати фото й викласти його вдома.
hotel-game-lobby-post-now-mum = Мама б хвилювалася, що незнайомі люди бачать, де ти.
hotel-game-lobby-post-home = Зберегти й викласти, коли будеш удома.
hotel-game-lobby-post-home-feedback = Гарна думка! Удома це фото — весела згадка, а не підказка, де ти сьогодні.
hotel-game-lobby-post-home-mum = Мама пишалася б, що ти думаєш, перш ніж публікувати.
hotel-game-lobby-post-ask-mum = Спершу показати мамі й спитати, що вона думає.
hotel-game-lobby-post-ask-mum-feedback = Спершу спитати — розумна звичка. Мама може помітити те, що легко проґавити, як-от вивіску.
hotel-game-lobby-post-ask-mum-mum = Мама рада, що ти питаєш. Їй теж подобається фото.
hotel-game-lobby-post-nia = Спитати Нію, чи можна, щоб вона була на фото.
hotel-game-lobby-post-nia-feedback = Нія теж на фото, тож і їй вирішувати. Спитати спершу — значить подбати про неї.
hotel-game-lobby-post-nia-nia = Нія відчуває повагу. Ти питаєш, перш ніж показувати її обличчя.
hotel-game-lobby-mum-photo-tip = Чудове фото! Викладімо його вдома, щоб не було видно, де ми зараз.
hotel-game-lobby-nia-later = Так! Але почекаймо, поки будемо вдома. Тоді не буде видно, де ми.

## Вечір з мамою
hotel-game-lobby-evening = Увечері ви з мамою сидите на балконі готелю.
hotel-game-lobby-mum-proud = Дієго розповів мені про StarRacer. Сказати йому було дуже сміливо.
hotel-game-lobby-mum-asks = Ну, як сьогодні в дитячому клубі?
hotel-game-lobby-choice-tell-mum = Що ти розкажеш мамі?
hotel-game-lobby-tell-all = Розповісти їй усе про StarRacer.
hotel-game-lobby-tell-all-feedback = Для цього треба сміливість. Тепер мама може допомогти, і тобі не треба нести це самотужки.
hotel-game-lobby-tell-all-mum = Мама пишається і рада, що ти їй довіряєш.
hotel-game-lobby-tell-pool = Говорити тільки про басейн і велику гірку.
hotel-game-lobby-tell-pool-feedback = Про басейн розповідати весело! Але мама може допомогти лише з тим, про що знає. Розповісти їй ніколи не пізно.
hotel-game-lobby-tell-pool-mum = Мамі цікаво слухати, але вона не знає про гру.
hotel-game-lobby-mum-gentle = Щось ти сьогодні мало говориш. Знаєш, мені можна розповісти все.
hotel-game-lobby-you-tell = І ти розповідаєш їй про StarRacer. На душі стає легше.
hotel-game-lobby-mum-thanks = Дякую, що розповідаєш. Тебе ніхто не сваритиме. Ми разом поскаржимося на цього гравця.
hotel-game-lobby-mum-sees-post = Яке гарне фото біля басейну! Але вивіска показує, де ми зупинилися.
hotel-game-lobby-take-down = Поки що ви разом прибираєте фото. Викладеш його знову вдома.

## Кінцівки
hotel-game-lobby-end-friends = Наступного ранку ви з Нією граєте в одній команді. Дієго вболіває. Грати весело й безпечно.
hotel-game-lobby-end-friends-reflect = Що можна відповісти, якщо привітний гравець питає, де ти?
hotel-game-lobby-end-friends-nia = Нія радіє. Тепер їй є з ким дружити на канікулах.
hotel-game-lobby-end-friends-mum = Мама пишається, як ти дбаєш про себе і про Нію.
hotel-game-lobby-end-wave = За сніданком Нія махає тобі. Дієго каже, що вона дуже хоче сьогодні пограти.
hotel-game-lobby-end-wave-reflect = Як допомогти комусь новому долучитися до гри?
hotel-game-lobby-end-wave-nia = Нії ще трохи самотньо, але вона сподівається сьогодні пограти.
hotel-game-lobby-end-wave-mum = Мама рада, що знає про гру. Ти завжди можеш прийти до неї.

## Для вчителів
hotel-game-lobby-discuss-1 = Як в інтернеті зрозуміти, чи людина справді дитина? Що робити, якщо є сумнів?
hotel-game-lobby-discuss-2 = Що на фото може показати, де ти? Коли краще почекати з публікацією?
hotel-game-lobby-discuss-3 = Яким дорослим ти довіряєш і можеш розповісти вдома, у школі чи на канікулах?
