photo-without-asking-title = Смішне фото на пікніку
photo-without-asking-summary = На святковому пікніку дитина робить смішне фото подруги з тортом на обличчі й хоче надіслати його в чат класу. Діти вчаться спершу питати, приймати «ні» і розуміти, що надіслане може лишитися й розлетітися.

## Персонажі
photo-without-asking-freya = Фрея
photo-without-asking-sofia = Софія
photo-without-asking-jamal = Джамал
photo-without-asking-mum = Мама

## Початок
photo-without-asking-hook = У Софії день народження, і всі на пікніку в парку. Там великий торт!
photo-without-asking-freya-bite = Фрея відкушує величезний шматок. Тепер у неї все обличчя в торті!
photo-without-asking-freya-laughs = Ммм! Найсмачніший торт!
photo-without-asking-snap = Мама дає тобі свій телефон, щоб фотографувати. Клац! Вийшло смішне фото.
photo-without-asking-jamal-says = Ха-ха! Надішли в чат класу!

## Вибір 1
photo-without-asking-first-prompt = Фото таке смішне. Що ти зробиш, { $nickname }?
photo-without-asking-send-now = Одразу надіслати в чат класу.
photo-without-asking-send-now-feedback = Здавалося, це веселий жарт. Але Фрея не казала «так». Мама допоможе це виправити.
photo-without-asking-send-now-freya = Її обличчя в торті тепер у чаті класу.
photo-without-asking-send-now-jamal = Він думає, що це чудовий жарт.
photo-without-asking-ask-freya = Спитати Фрею: «Можна надіслати це в чат класу?»
photo-without-asking-ask-freya-feedback = Ти питаєш спершу. Це її обличчя, тож і вибір її.
photo-without-asking-ask-freya-freya = Про своє обличчя вона вирішує сама.
photo-without-asking-ask-mum = Спершу показати мамі. Спитати, чи можна надіслати.
photo-without-asking-ask-mum-feedback = Порадитися з дорослим — розумно. Мама допоможе подумати.
photo-without-asking-ask-mum-mum = Ти радишся з нею, перш ніж надсилати.

photo-without-asking-mum-says-ask = Добре, що ти питаєш. Це обличчя Фреї. Спитаймо її.
photo-without-asking-freya-answers = Ні! Будь ласка, не треба. У мене все обличчя брудне.

## Вибір 2 (спершу спитали)
photo-without-asking-no-prompt = Фрея сказала «ні». Що ти відповіси?
photo-without-asking-okay = «Гаразд! Я не надсилатиму».
photo-without-asking-okay-feedback = «Ні» — це нормально. Ти слухаєш Фрею, тож вона може тобі довіряти.
photo-without-asking-okay-freya = Ти її чуєш.
photo-without-asking-please = «Але ж смішно! Ну будь ласка!»
photo-without-asking-please-feedback = Тобі дуже подобається фото. Але Фрея вже сказала «ні». «Ні» — це нормально, і для фото теж.
photo-without-asking-please-freya = Вона сказала «ні», а ти все просиш.
photo-without-asking-new-photo = «Гаразд. Може, зробимо нове разом?»
photo-without-asking-new-photo-feedback = Ти слухаєш Фрею — і придумуєш щось нове. Вибирає Фрея.
photo-without-asking-new-photo-freya = Спершу вона може витерти обличчя й усміхнутися.

photo-without-asking-mum-steps-in = Фрея сказала «ні». Коли хтось каже «ні», ми слухаємо.
photo-without-asking-say-sorry = Ти просиш вибачення. Фрея знову всміхається.
photo-without-asking-mum-pleased = Ти прислухаєшся до Фреї. Це по-доброму.

## Вибір 2 (надіслали)
photo-without-asking-phones-ding = Дзень! Дзень! На пікніку починають дзеленчати телефони.
photo-without-asking-freya-sees = Навіщо це надсилати? Тепер усі бачать!
photo-without-asking-sent-prompt = Фрея засмучена. Що ти зробиш тепер?
photo-without-asking-sorry-fix = Вибачитися. Попросити маму допомогти видалити фото.
photo-without-asking-sorry-fix-feedback = Вибачитися й виправити — це сміливо. Мама тобі допоможе.
photo-without-asking-sorry-fix-freya = Ти просиш вибачення і хочеш усе виправити.
photo-without-asking-joke = «Це ж просто жарт! Смішно ж!»
photo-without-asking-joke-feedback = Ти хочеш, щоб було весело. Але жарт смішний, тільки коли Фрея теж сміється. Допоможе вибачення.
photo-without-asking-joke-freya = Ти смієшся, а їй не смішно.
photo-without-asking-run-off = Нічого не казати. Побігти гратися.
photo-without-asking-run-off-feedback = Важко, коли жарт не вдався. Але Фреї досі погано. Мама допоможе все виправити.
photo-without-asking-run-off-freya = Ніхто їй не допомагає.

photo-without-asking-mum-sees = Я бачила фото. Виправмо це разом.
photo-without-asking-mum-deletes = Мама прибирає фото з чату. Але дехто вже встиг його побачити.

## Вибір 3
photo-without-asking-mum-explains = Те, що ми надсилаємо, може лишитися. Його можуть зберегти й переслати далі.
photo-without-asking-jamal-asks = Можеш надіслати мені фото з тортом? Хочу показати старшому братові.
photo-without-asking-jamal-prompt = Що ти скажеш Джамалові, { $nickname }?
photo-without-asking-say-no = «Ні. Фрея не хоче, щоб його пересилали».
photo-without-asking-say-no-feedback = Ти бережеш фото Фреї. Фото можуть полетіти далеко. Одне «ні» дуже допомагає.
photo-without-asking-say-no-freya = Ти нікому не пересилаєш її фото.
photo-without-asking-say-no-jamal = Він не подумав про Фрею.
photo-without-asking-send-jamal = Надіслати Джамалові. Тільки йому.
photo-without-asking-send-jamal-feedback = Надіслати одному другові — ніби нічого страшного. Але Джамал може переслати далі, і ще далі. Можна попросити його видалити фото.
photo-without-asking-send-jamal-freya = Її фото йде до людей, яких вона не знає.
photo-without-asking-delete = Видалити фото з маминого телефона.
photo-without-asking-delete-feedback = Тепер звідси його ніхто не надішле. Так обличчя Фреї в безпеці.
photo-without-asking-delete-freya = Тепер фото нікуди не потрапить.

photo-without-asking-jamal-brother = Того вечора брат Джамала пересилає фото ще й своїм друзям.
photo-without-asking-freya-idea = Твоя ідея! Зробімо нове фото всі разом!
photo-without-asking-sofia-idea = Зробімо спільне фото на мій день народження!

## Кінцівки
photo-without-asking-end-group-photo = Фрея витирає обличчя. Усі тісняться в кадр. Клац! Усі кажуть «так», тож мама надсилає фото в чат класу.
photo-without-asking-end-group-photo-reflect = Як спитати друзів, перш ніж ділитися їхнім фото?
photo-without-asking-end-group-photo-freya = Вона сама вибрала фото, і воно їй подобається.
photo-without-asking-end-group-photo-sofia = На її святковому фото — всі її друзі.
photo-without-asking-end-fixed = Фото більше немає в чаті. Ти просиш вибачення, і Фрея всміхається. Але дехто його бачив. Наступного разу питай спершу.
photo-without-asking-end-fixed-reflect = Чому варто питати, перш ніж надсилати фото?
photo-without-asking-end-fixed-freya = Ти допомагаєш прибрати фото.
photo-without-asking-end-went-far = Мама допомагає тобі попросити всіх видалити фото. Ти просиш у Фреї вибачення. Тепер ти знаєш, як далеко може полетіти фото.
photo-without-asking-end-went-far-reflect = Куди може потрапити фото, коли ти його надішлеш?
photo-without-asking-end-went-far-freya = Вона не знає, хто бачив її фото.
photo-without-asking-end-went-far-mum = Вона допомагає тобі все виправити.

## Для вчителів
photo-without-asking-discuss-1 = Фрея сміялася з торта, але не хотіла, щоб фото надсилали. Чому щось буває смішним у ту мить, але ним не варто ділитися?
photo-without-asking-discuss-2 = Як спитати друга чи подругу, перш ніж ділитися їхнім фото? Що робити, якщо вони кажуть «ні»?
photo-without-asking-discuss-3 = Мама сказала, що фото можуть зберегти й переслати далі. Куди може потрапити фото після того, як ми його надішлемо? Хто допоможе, якщо воно полетить задалеко?
