secret-in-the-game-title = Секрет у грі
secret-in-the-game-summary = У грі про тваринок незнайомий гравець дарує подарунки, потім просить фото й каже: «Не кажи дідусеві». Діти вчаться відрізняти добрі секрети від поганих, не надсилати фото й розповідати дорослому, якому довіряють, — він допоможе і не сердитиметься.

secret-in-the-game-grandpa = Дідусь Ахмед
secret-in-the-game-marisol = Тітка Марісоль
secret-in-the-game-starpaws = Зіркова Лапка
secret-in-the-game-kofi = Кофі

secret-in-the-game-hook = Ти живеш із дідусем Ахмедом. У неділю в нього день народження.
secret-in-the-game-cake-secret = Тсс! Торт — наш секрет. Це сюрприз!
secret-in-the-game-cake-smile = Ти хихикаєш. Від цього секрету хочеться усміхатися.
secret-in-the-game-game-time = Після школи ти граєш на планшеті в «Місто тваринок». Дідусь поруч читає.
secret-in-the-game-starpaws-hi = Привіт! Твоє кошеня таке миле! Ось тобі подарунок!
secret-in-the-game-gifts = Ось золота миска. А тепер — зоряний капелюшок!
secret-in-the-game-starpaws-friends = Тепер ми найкращі друзі, так?

secret-in-the-game-gift-prompt = Ти зовсім не знаєш Зіркову Лапку. Що ти зробиш, { $nickname }?
secret-in-the-game-gift-yes = Написати: «Так! Найкращі друзі!»
secret-in-the-game-gift-yes-feedback = Подарунки — це приємно. Але найкращий друг — той, кого ти знаєш. Можна не поспішати.
secret-in-the-game-gift-yes-starpaws = Зіркова Лапка швидко почула «так».
secret-in-the-game-gift-thanks = Написати: «Дякую! Але ми щойно познайомилися».
secret-in-the-game-gift-thanks-feedback = Це і чемно, і обережно водночас. Для дружби потрібен час.
secret-in-the-game-gift-thanks-starpaws = Зіркова Лапка чекала, що ти швидко скажеш «так».
secret-in-the-game-gift-show = Показати дідусеві класні подарунки.
secret-in-the-game-gift-show-feedback = Гарна ідея! Дорослим важливо знати, з ким ти граєш.
secret-in-the-game-gift-show-grandpa = Дідусеві подобається твоє кошеня в капелюшку.
secret-in-the-game-grandpa-peek = Оце капелюшок! Якщо щось здасться дивним, скажи мені, добре?

secret-in-the-game-ask-photo = Можеш надіслати мені своє фото? Тільки обличчя!
secret-in-the-game-the-secret = Це наш секрет. Не кажи дідусеві.
secret-in-the-game-tummy = У животику якось дивно. Це не такий секрет, як торт.

secret-in-the-game-photo-prompt = Що ти зробиш, { $nickname }?
secret-in-the-game-photo-send = Надіслати фото. Зіркова Лапка така добра.
secret-in-the-game-photo-send-feedback = Хочеться відповісти добром. Але надсилати фото ніколи не треба. Допоможе, якщо скажеш дідусеві.
secret-in-the-game-photo-send-grandpa = Дідусь ще не знає. Він поруч і допоможе.
secret-in-the-game-photo-no = Написати: «Жодних фото!» І мовчати про секрет.
secret-in-the-game-photo-no-feedback = Молодець. Надсилати фото ніколи не треба. Але від цього секрету досі погано.
secret-in-the-game-photo-no-starpaws = Зіркова Лапка не отримала фото.
secret-in-the-game-photo-tell = Піти й одразу сказати дідусеві.
secret-in-the-game-photo-tell-feedback = Це сміливо! Секрет, від якого погано, можна розповісти.
secret-in-the-game-photo-tell-grandpa = Ти одразу йдеш до дідуся.

secret-in-the-game-dinner = За вечерею ти тільки колупаєш рис.
secret-in-the-game-grandpa-asks = Ти сьогодні все мовчиш. Щось сталося?
secret-in-the-game-dinner-prompt = Що ти скажеш, { $nickname }?
secret-in-the-game-dinner-tell = Розповісти дідусеві про Зіркову Лапку і секрет.
secret-in-the-game-dinner-tell-feedback = Розповісти — сильний вибір. Тепер не треба нести це самотужки.
secret-in-the-game-dinner-tell-grandpa = Ти ділишся з дідусем чимось важким.
secret-in-the-game-dinner-nothing = Сказати: «Нічого. Це секрет».
secret-in-the-game-dinner-nothing-feedback = Зіркова Лапка просила нікому не казати. Але поганий секрет ніколи не треба берегти.
secret-in-the-game-dinner-nothing-grandpa = Дідусь бачить, що тебе щось турбує.

secret-in-the-game-bedtime = Перед сном дідусь сідає до тебе на ліжко.
secret-in-the-game-good-secrets = Деякі секрети веселі, як сюрприз. Вони закінчуються усмішками.
secret-in-the-game-bad-secrets = А якщо від секрету болить животик? Завжди кажи мені.
secret-in-the-game-bed-prompt = Що ти зробиш, { $nickname }?
secret-in-the-game-bed-tell = Глибоко вдихнути. Розповісти дідусеві все.
secret-in-the-game-bed-tell-feedback = Це сміливо. Тепер дідусь може тобі допомогти.
secret-in-the-game-bed-tell-grandpa = Ти розповідаєш, хоч це й важко.
secret-in-the-game-bed-wait = Сказати «На добраніч» і сховатися під ковдру.
secret-in-the-game-bed-wait-feedback = Деякі речі важко сказати. Дорослому можна розповісти будь-коли, навіть завтра.
secret-in-the-game-bed-wait-grandpa = Дідусь сподівається, що ти скоро з ним поговориш.

secret-in-the-game-morning = Уранці приходить тітка Марісоль, щоб спекти торт.
secret-in-the-game-marisol-notices = Секрети про торт — це весело. Але тебе щось турбує. Що сталося?
secret-in-the-game-tell-marisol = Ти розповідаєш їй про Зіркову Лапку. Вона міцно тебе обіймає.
secret-in-the-game-marisol-helps = Як добре, що ти мені розповідаєш. Ходімо скажемо дідусеві разом.

secret-in-the-game-grandpa-thanks = Дякую, що розповідаєш. Я зовсім не сердюся.
secret-in-the-game-not-in-trouble = Тебе ніхто не сваритиме. Зіркова Лапка не мала просити фото.
secret-in-the-game-block = Дідусь натискає «Заблокувати» і «Поскаржитися». Ти допомагаєш знайти кнопки.
secret-in-the-game-block-done = Готово! Зіркова Лапка більше не може тобі писати. Помічники гри все перевірять.

secret-in-the-game-party = У неділю дідусь бачить торт. Сюрприз! Він сміється й сміється.
secret-in-the-game-kofi-says = Дивись! Мені Зіркова Лапка теж дала золоту миску!
secret-in-the-game-kofi-prompt = Твій двоюрідний брат Кофі теж грає в «Місто тваринок». Що ти зробиш, { $nickname }?
secret-in-the-game-kofi-tell = Розповісти Кофі про Зіркову Лапку. Сказати: «Скажімо твоїй мамі».
secret-in-the-game-kofi-tell-feedback = Ти думаєш про Кофі й допомагаєш йому. Це турбота.
secret-in-the-game-kofi-tell-kofi = Кофі не знав, що Зіркова Лапка просить тримати секрети.
secret-in-the-game-kofi-tell-marisol = Тітка Марісоль бачить, що ти дбаєш про її сина.
secret-in-the-game-kofi-laugh = Засміятися: «Ха! Зіркова Лапка всіх дурить!»
secret-in-the-game-kofi-laugh-feedback = Зараз це може здаватися смішним. Але обдурити можна будь-кого. Кофі ні в чому не винен. Ти ще можеш йому допомогти.
secret-in-the-game-kofi-laugh-kofi = Кофі радів подарунку. А тепер йому ніяково.
secret-in-the-game-kofi-nothing = Нічого не казати. Зараз свято!
secret-in-the-game-kofi-nothing-feedback = Свята — це весело! Але Кофі не знає того, що знаєш ти. Кілька слів можуть йому допомогти.
secret-in-the-game-kofi-nothing-kofi = Кофі досі думає, що Зіркова Лапка — його друг.
secret-in-the-game-kofi-blocks = Дякую! Кофі, давай разом заблокуємо Зіркову Лапку.
secret-in-the-game-grown-ups-talk = Пізніше дорослі розмовляють. Тітка Марісоль теж допомагає Кофі заблокувати Зіркову Лапку.

secret-in-the-game-end-straight-away = Дідусь дізнався все одразу — від тебе. Тепер ви разом граєте в «Місто тваринок». Ото день народження!
secret-in-the-game-end-straight-away-reflect = Який секрет добрий, а який поганий?
secret-in-the-game-end-straight-away-grandpa = Ти точно знаєш, що робити.
secret-in-the-game-end-not-in-trouble = Дідусь міцно тебе обіймає. Помічники гри в усьому розберуться. Розповісти йому — правильно.
secret-in-the-game-end-not-in-trouble-reflect = Кому можна сказати, якщо хтось просить фото?
secret-in-the-game-end-not-in-trouble-grandpa = Дідусь знає, що робити. Тепер ви в цьому разом.
secret-in-the-game-end-told = Торт був веселим секретом. А поганого секрету більше немає.
secret-in-the-game-end-told-reflect = Як поганий секрет відчувається в животику? Кому можна сказати?
secret-in-the-game-end-told-grandpa = Дідусь отримав торт-сюрприз, і ти йому довіряєш.
secret-in-the-game-end-aunt-noticed = Тітка Марісоль помітила, що тобі неспокійно, і допомогла. Наступного разу можна одразу сказати дорослому.
secret-in-the-game-end-aunt-noticed-reflect = Яким дорослим можна сказати, якщо від секрету погано?
secret-in-the-game-end-aunt-noticed-marisol = Ти все ж розповідаєш їй. Це сміливо.

secret-in-the-game-discuss-1 = Зіркова Лапка спершу дарувала подарунки, а потім попросила фото й секрет. Чому хтось в інтернеті може бути дуже милим, перш ніж щось попросити?
secret-in-the-game-discuss-2 = Чим сюрприз, як-от торт на день народження, відрізняється від секрету, від якого в животику неспокійно? Наведи приклад кожного.
secret-in-the-game-discuss-3 = Яким дорослим можна сказати, якщо хтось в інтернеті просить фото чи секрет? Що ти скажеш і що хочеш почути у відповідь?
