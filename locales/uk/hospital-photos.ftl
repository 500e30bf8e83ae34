hospital-photos-title = Фото з лікарні
hospital-photos-summary = Фото Амари на лікарняному ліжку з’являється в чаті класу з жартами, і дитина вирішує, як допомогти.

hospital-photos-amara = Амара
hospital-photos-kenji = Кендзі
hospital-photos-mateo = Матео
hospital-photos-priya = Прія
hospital-photos-ms-okafor = Пані Окафор

hospital-photos-hook = Субота. Ви з Прією робите уроки. Амара з вашого класу цього тижня в лікарні.
hospital-photos-kenji-visits = Сьогодні Кендзі її провідав. А потім чат класу аж гуде.
hospital-photos-kenji-posts = Сьогодні провідав Амару! Ось вона 😄
hospital-photos-the-photo = На фото Амара спить на лікарняному ліжку, волосся скуйовджене.
hospital-photos-mateo-joke = Ха-ха, Спляча красуня! 😴😂
hospital-photos-more-laughs = З’являється ще більше смайликів, що сміються. Багато хто дивиться.

hospital-photos-first-look = Ти дивишся на фото, { $nickname }. Що ти зробиш?
hospital-photos-forward = Переслати двоюрідному братові. Це ж трохи смішно.
hospital-photos-forward-feedback = Здавалося, це дрібний жарт. Але тепер фото вже в іншому чаті. Допоможе, якщо попросиш брата його видалити.
hospital-photos-forward-amara = Незнайомі їй люди бачать її в ліжку.
hospital-photos-sticker = Додати сонний стікер. Усі ж так роблять.
hospital-photos-sticker-feedback = Один стікер — дрібниця. Але кожен каже Амарі, що посміявся ще хтось. Далі може допомогти добре слово.
hospital-photos-sticker-amara = Багато людей сміялися з неї у важкий тиждень.
hospital-photos-sticker-mateo = Він думає, що всім подобається його жарт.
hospital-photos-imagine = Зупинитися й уявити, що ти Амара і бачиш це.
hospital-photos-imagine-feedback = Ти дивишся очима Амари. У лікарні й так важко, а тут ще й сміються.
hospital-photos-imagine-amara = Амара ще не знає. Але ти вже думаєш про неї.
hospital-photos-ask-ok = Спитати: «Амара дозволила це викладати?»
hospital-photos-ask-ok-feedback = Чудове запитання. Фото людини — це й її фото теж, тож ми питаємо, перш ніж ділитися.
hospital-photos-ask-ok-kenji = Він і не подумав її спитати.
hospital-photos-ask-ok-priya = Вона думала про те саме.

hospital-photos-cousin-replies = Двоюрідний брат відповідає: «Ха, а хто це? Можна я перешлю друзям?»
hospital-photos-cousin-choice = Фото може розлетітися ще далі. Що ти напишеш?
hospital-photos-cousin-delete = «Ні, будь ласка, видали його. Вона не дозволяла».
hospital-photos-cousin-delete-feedback = Вчасно! Надіслане фото не повернеш, але можна попросити його видалити.
hospital-photos-cousin-delete-amara = Приватність Амари захищено. Менше людей побачать фото, на яке вона не погоджувалася.
hospital-photos-cousin-share = «Та звісно, пересилай. Смішно ж».
hospital-photos-cousin-share-feedback = Що більше пересилань, то важче повернути фото. Але попросити видалити ніколи не пізно.
hospital-photos-cousin-share-amara = Тепер з неї сміються незнайомці.

hospital-photos-amara-online = Тут Амара з’являється онлайн. Вона читає весь чат.
hospital-photos-amara-oh = ой.

hospital-photos-after-oh = Амара написала тільки «ой». Що ти зробиш, { $nickname }?
hospital-photos-ask-public = Написати: «Кендзі, можеш видалити? Амара не дозволяла».
hospital-photos-ask-public-feedback = Ти заступаєшся за Амару і нікого не ображаєш. Для цього потрібна сміливість.
hospital-photos-ask-public-amara = Хтось помітив її «ой» і заступився.
hospital-photos-ask-public-kenji = Він не хотів її образити, а тепер це бачить.
hospital-photos-ask-public-priya = Вона пише: «Так, видали, будь ласка».
hospital-photos-ask-private = Написати Кендзі особисто: «Здається, Амара засмутилася. Можеш видалити?»
hospital-photos-ask-private-feedback = В особистих Кендзі може все виправити, і ніхто не соромить його перед усіма.
hospital-photos-ask-private-kenji = Легше слухати, коли ніхто не дивиться.
hospital-photos-just-joke = Написати: «Амаро, розслабся, це ж просто жарт! 😂»
hospital-photos-just-joke-feedback = Ти хочеш, щоб було весело. Але «просто жарт» ніби каже, що почуття не важливі. Допоможе прохання видалити фото.
hospital-photos-just-joke-amara = Її почуття відкинули перед усіма.
hospital-photos-just-joke-mateo = Він думає, що ти на його боці.
hospital-photos-say-nothing = Нічого не казати. Саме минеться.
hospital-photos-say-nothing-feedback = Мовчати може здаватися безпечніше. Але мовчання схоже на згоду. Навіть один добрий голос допомагає.
hospital-photos-say-nothing-amara = Вона бачить багато сміху і нікого, хто сказав би «стоп».

hospital-photos-kenji-sorry = Вибач, Амаро! Я просто хотів показати, що з тобою все добре. Я видалив.
hospital-photos-photo-stays = Фото лишається в чаті. З’являються ще два смайлики, що сміються.
hospital-photos-amara-quiet = Амара більше нічого не пише. Вона замовкла.

hospital-photos-reach-out = Як ти можеш підтримати Амару, { $nickname }?
hospital-photos-private-message = Написати Амарі особисто: «Вибач за фото. Ми сумуємо за тобою! 💛»
hospital-photos-private-message-feedback = Це турбота на ділі. Особисте повідомлення каже «я на твоєму боці» без глядачів.
hospital-photos-private-message-amara = Хтось думає про неї, а не сміється з неї.
hospital-photos-group-get-well = Написати в чаті класу: «Одужуй швидше, Амаро!»
hospital-photos-group-get-well-feedback = Добрі слова! Але в чаті класу вони стоять одразу під жартами. Особисте повідомлення може бути безпечнішим.
hospital-photos-group-get-well-amara = Амарі трохи краще. Але вона все одно бачить жарти вище.
hospital-photos-screenshots = Надіслати Амарі скриншоти жартів, щоб вона знала, хто сміявся.
hospital-photos-screenshots-feedback = Ти хочеш, щоб вона знала. Але перечитувати кожен жарт боляче, а скриншоти — це ще більше копій. Добре слово допоможе більше.
hospital-photos-screenshots-amara = Вона знову читає кожен жарт, один за одним.

hospital-photos-amara-thanks = Дякую. Тут так нудно, а я аж усміхнулася. 💛
hospital-photos-no-reply = Амара не відповідає. Може, вона відпочиває.
hospital-photos-uneasy = І все ж багато людей бачили те фото. Хтось міг його зберегти.

hospital-photos-grown-up = Це завелика справа, щоб виправити її самотужки. Що ти зробиш?
hospital-photos-tell-teacher = Розповісти пані Окафор, вчительці, що сталося.
hospital-photos-tell-teacher-feedback = Сказати дорослому — не означає наробити комусь проблем. Це означає знайти допомогу для Амари.
hospital-photos-tell-teacher-okafor = Ти їй довіряєш, і тепер вона може допомогти.
hospital-photos-tell-parent = Увечері розповісти комусь із дорослих удома й показати чат.
hospital-photos-tell-parent-feedback = Сміливо й мудро. Тебе вислуховують, а потім допомагають написати пані Окафор.
hospital-photos-tell-parent-okafor = Тепер вона знає, і в неї є план.
hospital-photos-ask-amara = Спершу спитати Амару: «Можна я розповім пані Окафор?»
hospital-photos-ask-amara-feedback = Ти питаєш, перш ніж розповідати про неї. Це повага, і допомога теж буде.
hospital-photos-ask-amara-amara = Вона теж вирішує, що буде далі.
hospital-photos-keep-quiet = Нікому не казати. Розповісти — це ж наче наябедничати.
hospital-photos-keep-quiet-feedback = Багато хто цього боїться. Але розповісти, щоб допомогти, — це турбота, а не ябедництво. Можна сказати дорослому й завтра.
hospital-photos-keep-quiet-amara = Вона не знає, куди потрапило те фото.

hospital-photos-amara-says-yes = Так, будь ласка. Не хочу, щоб таке сталося ще з кимось.
hospital-photos-teacher-steps-in = Фото людей належать і їм самим. Спершу питаймо, а це фото видалімо разом.

hospital-photos-end-cared-for = Фото видалено, і пані Окафор перевіряє, щоб ніхто не зберіг копію. Клас робить для Амари величезну листівку «Одужуй!».
hospital-photos-end-cared-for-reflect = Чого б тобі хотілося від друзів, якби хтось поширив твоє фото?
hospital-photos-end-cared-for-amara = Вона знає, що класу не байдуже.
hospital-photos-end-cared-for-kenji = Він виправив помилку, і наступного разу спершу спитає.
hospital-photos-end-grown-up-helps = Усі видаляють фото. Кендзі просить вибачення, а Матео пише Амарі: «Одужуй!»
hospital-photos-end-grown-up-helps-reflect = Кому з дорослих ти можеш розповісти, якщо хтось поширить фото друга?
hospital-photos-end-grown-up-helps-amara = Дорослий допоміг, і фото більше немає.
hospital-photos-end-grown-up-helps-mateo = Він не думав, як почувається Амара. Тепер думає.
hospital-photos-end-still-wondering = Амара повертається до школи. Вона усміхається, але досі думає, хто бачив те фото.
hospital-photos-end-still-wondering-reflect = Якби можна було почати знову, як зробити, щоб Амарі не довелося про це думати?
hospital-photos-end-still-wondering-amara = Важко не знати, куди потрапило фото.
hospital-photos-end-still-wondering-priya = Ви вдвох займаєте для Амари місце в їдальні.

hospital-photos-discuss-1 = Чому людина може не хотіти, щоб поширювали її фото з лікарні, навіть дружнє?
hospital-photos-discuss-2 = Кендзі не хотів образити Амару. Що він міг зробити, перш ніж публікувати?
hospital-photos-discuss-3 = Чи поширювали колись твоє фото без дозволу? Як це було і хто допоміг?
