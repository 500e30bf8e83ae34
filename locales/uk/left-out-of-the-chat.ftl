left-out-of-the-chat-title = Не взяли в чат
left-out-of-the-chat-summary = Клас створює чат, щоб спланувати пікнік, і хтось пише: «Не додавайте Прію». Діти вчаться помічати, кликати до гурту, думати самостійно й розповідати дорослим.

left-out-of-the-chat-priya = Прія
left-out-of-the-chat-tomas = Томас
left-out-of-the-chat-lena = Лена
left-out-of-the-chat-ms-okafor = Пані Окафор
left-out-of-the-chat-dad = Тато

left-out-of-the-chat-hook = Після школи ти береш сімейний планшет. Тато поруч готує їсти.
left-out-of-the-chat-chat-made = Я створив чат для нашого класу! Плануймо пікнік!
left-out-of-the-chat-not-added = У чат заходить багато дітей. Але не Прія.
left-out-of-the-chat-lena-says = Не додавайте Прію, добре?

left-out-of-the-chat-chat-prompt = Що ти зробиш, { $nickname }?
left-out-of-the-chat-go-along = Написати: «Добре!»
left-out-of-the-chat-go-along-feedback = Погоджуватися з усіма легко. Але коли когось не беруть, це боляче. Ти ще можеш допомогти Прії.
left-out-of-the-chat-go-along-priya = Прія не знатиме про пікнік.
left-out-of-the-chat-go-along-lena = Лена думає, що всі з нею згодні.
left-out-of-the-chat-speak-up = Написати: «У чаті мають бути всі».
left-out-of-the-chat-speak-up-feedback = Ти думаєш своєю головою. Це сміливо. Тепер і інші можуть подумати ще раз.
left-out-of-the-chat-speak-up-tomas = Томас забув про Прію. Тепер він про неї думає.
left-out-of-the-chat-speak-up-lena = Лена такого не чекала. Вона зупиняється й думає.
left-out-of-the-chat-say-nothing = Нічого не казати. Краще пограти в гру.
left-out-of-the-chat-say-nothing-feedback = Мовчати легко. Але ніхто не заступився за Прію. Завтра ти ще можеш допомогти.
left-out-of-the-chat-say-nothing-priya = Прії досі немає в чаті.

left-out-of-the-chat-next-day = Наступного дня ти йдеш до школи.
left-out-of-the-chat-priya-alone = На перерві Прія сидить сама. Вона дивиться собі під ноги.
left-out-of-the-chat-lena-giggles = Ха-ха! Прія не знає про наш пікнік!

left-out-of-the-chat-notice-prompt = Що ти зробиш, { $nickname }?
left-out-of-the-chat-ask = Підійти до Прії. Спитати: «Усе добре?»
left-out-of-the-chat-ask-feedback = Ти бачиш, що Прії сумно. І ти її питаєш. Це турбота.
left-out-of-the-chat-ask-priya = Прії трохи краще. Її помітили.
left-out-of-the-chat-play = Побігти гратися з іншими.
left-out-of-the-chat-play-feedback = Гратися весело. Але Прія досі сама. Ти можеш підійти до неї зараз.
left-out-of-the-chat-play-priya = Прія дивиться, як усі граються без неї.
left-out-of-the-chat-laugh = Сміятися з Леною.
left-out-of-the-chat-laugh-feedback = Коли смієшся з усіма, ніби стаєш частиною гурту. Але Прія це чула. Можна попросити вибачення.
left-out-of-the-chat-laugh-priya = Прія чула сміх. Їй було боляче.
left-out-of-the-chat-laugh-lena = Лена думає, що це нормально, бо ти теж смієшся.

left-out-of-the-chat-priya-tells = Мене ніхто не додав у чат. Мені самотньо.
left-out-of-the-chat-tomas-sees = Прія така сумна. Це через наш чат?

left-out-of-the-chat-help-prompt = Що ти можеш зробити зараз, { $nickname }?
left-out-of-the-chat-add = Спитати Томаса: «Можна додати Прію?»
left-out-of-the-chat-add-feedback = Ти хочеш, щоб Прія була з усіма. Так друзі знаходять місце для всіх.
left-out-of-the-chat-add-tomas = Томас згоден. Чат для всього класу.
left-out-of-the-chat-add-priya = Прія тебе чує. Вона починає всміхатися.
left-out-of-the-chat-tell-teacher = Розповісти пані Окафор про чат.
left-out-of-the-chat-tell-teacher-feedback = Розповісти — не означає наябедничати. Це означає знайти допомогу. Це сміливо.
left-out-of-the-chat-tell-teacher-priya = Прії спокійніше. Дорослий допоможе.
left-out-of-the-chat-tell-teacher-ms-okafor = Пані Окафор пишається, що ти їй довіряєш.
left-out-of-the-chat-do-nothing = Нічого не робити. Це не твій чат.
left-out-of-the-chat-do-nothing-feedback = Може здаватися, що це не твоя справа. Але Прія досі сама. Дорослий міг би допомогти.
left-out-of-the-chat-do-nothing-priya = Прії досі самотньо.

left-out-of-the-chat-tomas-remembers = Я пам’ятаю твоє повідомлення в чаті. Це правда! Я її додам.
left-out-of-the-chat-tomas-agrees = Так! Я додам її сьогодні ввечері.
left-out-of-the-chat-lena-reason = Але Прія не взяла мене у свою команду.

left-out-of-the-chat-lena-prompt = Що ти скажеш Лені, { $nickname }?
left-out-of-the-chat-understand = «Тобі було прикро. Але Прії теж прикро, коли її не беруть».
left-out-of-the-chat-understand-feedback = Ти думаєш і про почуття Лени, і про почуття Прії. Це допомагає всім.
left-out-of-the-chat-understand-lena = Лену почули. Тепер вона думає про Прію.
left-out-of-the-chat-tell-priya = «Ти можеш сказати Прії, що тобі було прикро».
left-out-of-the-chat-tell-priya-feedback = Розмова може загоїти образу. А коли когось не беруть — ні.
left-out-of-the-chat-tell-priya-lena = Лена трохи хвилюється. Але вона хоче спробувати.
left-out-of-the-chat-mean-back = «Лено, ти така зла!»
left-out-of-the-chat-mean-back-feedback = Ти заступаєшся за Прію. Але тепер і Лені боляче. Сила й доброта можуть бути разом.
left-out-of-the-chat-mean-back-lena = Лені боляче. Вона йде геть.

left-out-of-the-chat-make-up = Я бачу, що комусь боляче. Поговорімо й помирімося.
left-out-of-the-chat-lena-sorry = Вибач, Пріє. Я образилася. Ти теж можеш бути в чаті.
left-out-of-the-chat-priya-added = Того вечора Прія заходить у чат. Усі пишуть їй «привіт»!
left-out-of-the-chat-end-picnic = На пікніку Прія грається з усіма. Який веселий день!
left-out-of-the-chat-end-picnic-reflect = Як допомогти, коли когось не беруть?
left-out-of-the-chat-end-picnic-priya = Прія знову відчуває себе частиною класу.

left-out-of-the-chat-home-dad = Удома ти майже не говориш.
left-out-of-the-chat-dad-asks = Тебе щось турбує? Хочеш поговорити?
left-out-of-the-chat-dad-prompt = Що ти скажеш, { $nickname }?
left-out-of-the-chat-tell-dad = Розповісти татові про Прію і чат.
left-out-of-the-chat-tell-dad-feedback = Розповісти дорослому — сильний вибір. Тепер тато може допомогти.
left-out-of-the-chat-tell-dad-dad = Тато радий, що ти йому довіряєш.
left-out-of-the-chat-im-fine = Сказати: «Нічого. Усе добре».
left-out-of-the-chat-im-fine-feedback = Говорити буває важко. Але коли ділишся тривогою, стає легше. Татові можна розповісти будь-коли.
left-out-of-the-chat-im-fine-dad = Тато бачить, що щось не так. Він хоче допомогти.
left-out-of-the-chat-dad-helps = Добре, що ти мені розповідаєш. Завтра скажемо пані Окафор.
left-out-of-the-chat-dad-waits = Гаразд. Я поруч, коли захочеш поговорити.
left-out-of-the-chat-teacher-sees = Наступного дня пані Окафор бачить, що Прія сама.
left-out-of-the-chat-teacher-asks = Пріє, ти сумна. Ходи до мене, поговоримо.

left-out-of-the-chat-teacher-listens = Дякую, що розповідаєш. Це сміливо.
left-out-of-the-chat-teacher-talks = Діти, поговорімо про наш чат класу.
left-out-of-the-chat-class-rule = Клас домовляється про правило: у чаті класу — всі.
left-out-of-the-chat-end-rule = Тепер Прія в чаті. Вона йде на пікнік. Їй ще трохи сумно. Але вона знає, що про неї дбають.
left-out-of-the-chat-end-rule-reflect = Якому дорослому ти можеш сказати, якщо когось не беруть?
left-out-of-the-chat-end-rule-priya = Прії спокійніше. Допомогли друзі й дорослі.
left-out-of-the-chat-end-teacher-noticed = Пані Окафор допомогла Прії. Тепер Прія в чаті. Наступного разу ти теж можеш допомогти.
left-out-of-the-chat-end-teacher-noticed-reflect = Що ти можеш зробити, якщо когось не беруть?
left-out-of-the-chat-end-teacher-noticed-priya = Прії краще. Дорослий побачив, що їй сумно.

left-out-of-the-chat-discuss-1 = Прія не бачила чату, але все одно відчувала себе самотньою. Які ознаки показували, що їй сумно? Як помітити, що когось не беруть?
left-out-of-the-chat-discuss-2 = Лена образилася, бо Прія не взяла її в команду. Як Лена могла б сказати про свої почуття і не виключати Прію?
left-out-of-the-chat-discuss-3 = Чи бувало, що когось не брали в гру чи в чат? Що допомогло або могло б допомогти? Яким дорослим можна про це сказати?
