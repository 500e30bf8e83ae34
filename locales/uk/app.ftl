# Слова екранів гри. Слова історій — у файлах <scenario-id>.ftl.

# Назва цієї мови цією мовою (видно в перемикачі мов).
language-name = Українська

app-title = Kind Quest
title-tagline = Історії про доброту й безпеку в інтернеті
title-play = Грати
title-language = Мова

profiles-title = Хто грає?
profiles-new = Новий гравець
profiles-none = Тут ще нікого немає. Створи нового гравця!
profiles-hello = Привіт, { $nickname }!
profiles-pick-face = Вибери обличчя
profiles-your-name = Твоє ігрове ім’я
profiles-another-name = Інше ім’я
profiles-create = Уперед!
profiles-no-real-names = Ми ніколи не питаємо твоє справжнє ім’я.

map-title = Мапа історій
map-finished-count = { $count ->
    [0] Ще не пройдено жодної історії
    [one] Пройдено { $count } історію
    [few] Пройдено { $count } історії
    [many] Пройдено { $count } історій
   *[other] Пройдено { $count } історії
}
map-done = Пройдено
map-ages = Вік: { $ages }
map-change-player = Змінити гравця
map-empty = Жодна історія не завантажилася.

play-next = Далі
play-next-hint = Натисни Enter, щоб іти далі
play-choose-hint = Натисни цифру або клацни
play-to-map = Мапа
play-narrator = Історія

feedback-title = Що всі відчувають?
feedback-try-another-way = Спробувати інакше
feedback-go-on = Далі
feedback-you-chose = Твій вибір: { $choice }

ending-title = Кінець
ending-think = Подумай
ending-sticker = Наліпка «{ $skill }»!
ending-break = Саме час відпочити. Може, розкажеш комусь про цю історію?
ending-to-map = Назад до мапи

data-problem = Не вдалося прочитати деякі збережені дані. Ми зберегли копію, щоб її переглянув дорослий.
content-problem = { $count ->
    [one] Не вдалося завантажити { $count } файл історії. Дорослий може запустити «kind-quest check», щоб дізнатися чому.
    [few] Не вдалося завантажити { $count } файли історій. Дорослий може запустити «kind-quest check», щоб дізнатися чому.
    [many] Не вдалося завантажити { $count } файлів історій. Дорослий може запустити «kind-quest check», щоб дізнатися чому.
   *[other] Не вдалося завантажити { $count } файлу історій. Дорослий може запустити «kind-quest check», щоб дізнатися чому.
}

play-text-stopped = зупинка на виборі

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }):
feeling-calm = спокій
feeling-happy = радість
feeling-sad = смуток
feeling-worried = тривога
feeling-angry = злість
feeling-surprised = здивування
feeling-left-out = самотність
feeling-proud = гордість
feeling-embarrassed = ніяковість

setting-home = Дім
setting-school = Школа
setting-online-game = Онлайн-гра
setting-hospital = Лікарня
setting-hotel = Готель
setting-restaurant = Ресторан
setting-park = Парк
setting-bedroom = Спальня

skill-identity = Бути собою
skill-identity-learns = Бути тією ж доброю і чесною людиною в інтернеті й поза ним.
skill-balanced-use = Екран у міру
skill-balanced-use-learns = Помічати, як тобі з екраном, і зупинятися, коли вирішиш.
skill-cyberbullying = Стати на захист
skill-cyberbullying-learns = Помітити цькування, підтримати людину, сказати дорослому, якому довіряєш.
skill-security = Безпека
skill-security-learns = Надійні паролі, підступні посилання й повідомлення, і що робити.
skill-empathy = Доброта
skill-empathy-learns = Помічати почуття інших в інтернеті й дбати про них.
skill-footprint = Цифрові сліди
skill-footprint-learns = Те, що ти публікуєш, лишається і розповідає про тебе та інших.
skill-critical-thinking = Подумати
skill-critical-thinking-learns = Правда чи ні, друг чи незнайомець, реклама чи порада.
skill-privacy = Приватність
skill-privacy-learns = Берегти свої й чужі особисті дані.

# Тваринки — малята середнього роду (лисеня, совеня...),
# тож кожен прикметник (сміливе, добре...) пасує до кожної тваринки.
nickname-pattern = { $adjective } { $animal }
nick-adj-brave = Сміливе
nick-adj-kind = Добре
nick-adj-happy = Щасливе
nick-adj-clever = Розумне
nick-adj-gentle = Лагідне
nick-adj-bright = Яскраве
nick-adj-calm = Спокійне
nick-adj-cheerful = Веселе
nick-adj-curious = Допитливе
nick-adj-friendly = Привітне
nick-adj-quick = Прудке
nick-adj-sunny = Сонячне
nick-animal-otter = Видреня
nick-animal-fox = Лисеня
nick-animal-panda = Панденя
nick-animal-owl = Совеня
nick-animal-dolphin = Дельфіненя
nick-animal-koala = Коаленя
nick-animal-turtle = Черепашеня
nick-animal-penguin = Пінгвіненя
nick-animal-rabbit = Кроленя
nick-animal-tiger = Тигреня
nick-animal-whale = Китеня
nick-animal-hedgehog = Їжаченя
