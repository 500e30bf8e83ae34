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
ending-break = Саме час відпочити. Може, розкажеш комусь про цю історію?
ending-to-map = Назад до мапи

data-problem = Не вдалося прочитати деякі збережені дані. Ми зберегли копію, щоб її переглянув дорослий.
data-in-use = Kind Quest уже відкрито в іншому вікні. Усі гравці там: закрий це вікно й грай у тому.
data-not-saved = Зараз Kind Quest не може нічого зберегти на цьому комп’ютері. Ти все одно можеш грати. Дорослий може дізнатися чому в розділі для дорослих.
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

## The grown-up area: the gate, progress, data.
grown-ups-button = Для дорослих
grown-ups-what-can-see-button = Що бачать дорослі
grown-ups-what-can-see-title = Що бачать дорослі
grown-ups-what-can-see-text = Дорослі бачать твоє ігрове ім’я, обличчя, історії, у які ти граєш, і що ти в них вибираєш. Усе це лишається на цьому комп’ютері. Більше ніхто цього не бачить.
grown-ups-what-can-see-close = Добре
gate-title = Для дорослих
gate-explain = Цей розділ — для батьків і вчителів. Щоб продовжити, дайте відповідь на запитання.
gate-question = Скільки буде { $a } × { $b }?
gate-go = Продовжити
gate-wrong = Це не та відповідь. Ось нове запитання.
gate-back = Назад
grown-ups-banner = Розділ для дорослих. Закривається сам, якщо ним не користуватися 5 хвилин.
grown-ups-title = Діти на цьому комп’ютері
grown-ups-close = Закрити
grown-ups-finished = { $count ->
    [one] Пройдено { $count } історію
    [few] Пройдено { $count } історії
    [many] Пройдено { $count } історій
   *[other] Пройдено { $count } історії
}
grown-ups-open-progress = Переглянути прогрес
grown-ups-no-children = Ще ніхто не грав.
grown-ups-files-set-aside = Деякі збережені файли не вдалося прочитати. Їх збережено, а не видалено:
progress-title = Прогрес: { $nickname }
progress-skills = Відпрацьовані навички
progress-figures = показано { $shown } з { $available } можливих · рішень: { $count }
progress-how = Як це рахується
progress-how-text = У кожному рішенні кожна навичка, яку міг показати якийсь із варіантів, рахується один раз. Смужка показує, що показав перший вибір дитини, із того, що показав би найдобріший чи найбезпечніший вибір. Поки рішень менше ніж 3, біля навички написано «лише початок»: однієї історії замало, щоб сказати більше. «Спробувати інакше» нічого не додає й не віднімає.
progress-stories = Пройдені історії
progress-none-finished = Ще не пройдено жодної історії.
progress-choices = Вибір дитини
progress-not-finished = ще не пройдено
progress-tried-again = потім спробувано інакше
progress-choices-earlier = …і ще { $count } { $count ->
    [one] давніша історія
    [few] давніші історії
   *[other] давніших історій
}. «Зберегти копію» містить усі.
progress-talk = Про що поговорити
progress-export = Зберегти копію
progress-exported = Копію збережено в { $path }
progress-export-failed = Не вдалося зберегти копію: { $error }
progress-erase = Видалити
progress-erase-confirm = Видалити { $nickname } разом з усім прогресом із цього комп’ютера? Цю дію не можна скасувати.
progress-erase-yes = Так, видалити
progress-erase-no = Ні, залишити
progress-back = Назад
growth-not-yet-played = ще не грали
growth-just-starting = лише початок
growth-growing = у розвитку
growth-getting-strong = дедалі впевненіше
growth-shining = на висоті

## Аркуш уроку для вчителів.
lesson-count = { $count ->
    [one] { $count } історія
    [few] { $count } історії
    [many] { $count } історій
   *[other] { $count } історії
}
lesson-endings-ask = Запитання наприкінці історії
lesson-talk = Для спільної розмови
lesson-notes = Нотатки

## Клас: уроки на великому екрані та класи.
classroom-title = Клас
classroom-lessons = Уроки
classroom-new-lesson = Новий урок
classroom-lesson-default = Урок { $number }
classroom-name = Назва
classroom-edit = Змінити
classroom-done = Готово
classroom-delete = Видалити
classroom-start = Почати на великому екрані
classroom-sheet = Аркуш уроку
classroom-pick-stories = Виберіть історії в тому порядку, у якому хочете їх пройти.
classroom-in-lesson = У цьому уроці
classroom-classes = Класи
classroom-new-class = Новий клас
classroom-class-default = Клас { $number }
classroom-members = Хто в цьому класі?
classroom-children = { $count ->
    [one] { $count } дитина
    [few] { $count } дитини
    [many] { $count } дітей
   *[other] { $count } дитини
}
classroom-class-report = Звіт про клас
classroom-saved = Збережено в { $path }
projector-banner = Урок для всього класу: вибір не зберігається ні в чий прогрес.
projector-vote-hint = Голосуйте разом. Учитель вибере варіант, за який найбільше рук.
projector-talk = Поговорімо про це
projector-next = Наступна історія
projector-end = Завершити урок
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = клас

## PIN-код учителя.
pin-title = PIN-код учителя
pin-explain = Якщо встановлено PIN-код, розділ для дорослих питатиме його замість прикладу. Забули код? Видаліть файл grown-ups.ron у папці з даними: прогрес не зникне.
pin-new = Новий PIN-код (від 4 до 8 цифр)
pin-set = Задати PIN-код
pin-remove = Вимкнути PIN-код
pin-is-set = PIN-код встановлено.
pin-invalid = PIN-код має містити від 4 до 8 цифр.
gate-pin-question = Введіть PIN-код учителя.
gate-pin-wrong = Це не той PIN-код.

## Сторінка звіту для батьків і вчителів (kind-quest report --format html).
report-meta = { $children ->
    [one] { $children } дитина
    [few] { $children } дитини
    [many] { $children } дітей
   *[other] { $children } дитини
} · створено на цьому комп’ютері; нічого нікуди не надіслано.
report-empty = У цих папках не знайдено збереженого прогресу.
report-child-meta = Розпочато історій: { $started } · пройдено: { $finished } · профіль { $id }
report-col-skill = Навичка
report-col-growth = Розвиток
report-col-shown = Показано / з можливих
report-col-decisions = Рішення
report-col-not-yet = Поки що ні
report-col-retries = Спробувано інакше

## Налаштування, альбом наліпок, читання вголос (сторінки самої дитини)
settings-open = Налаштування
settings-title = Мої налаштування
settings-language = Мова
settings-look = Як усе виглядає
settings-text-size = Розмір тексту
settings-size-normal = Звичайний
settings-size-large = Великий
settings-size-larger = Ще більший
settings-font = Літери
settings-font-usual = Звичайні
settings-font-dyslexic = Легко розрізнити
settings-contrast = Чіткі кольори
settings-motion = Менше руху
settings-preview = Ось так виглядатимуть твої історії.
settings-sound-and-voice = Звук і голос
settings-sound = Звукові ефекти
settings-volume = Гучність
settings-quieter = Тихіше
settings-louder = Гучніше
settings-read-aloud = Читати все вголос
settings-read-aloud-sample = Привіт! Я можу читати тобі історії.
settings-on = Увімкнено
settings-off = Вимкнено
read-aloud-button = Прочитати вголос
read-aloud-not-built = Ця копія Kind Quest не вміє читати вголос. Дорослий може дізнатися з посібника, чому так.
read-aloud-no-engine = Щоб читати вголос, комп’ютеру потрібна програма озвучування. Дорослий може її встановити.
read-aloud-no-voice = На цьому комп’ютері ще немає голосу для цієї мови. Дорослий може його додати.
stickers-open = Мої наліпки
stickers-title = Мій альбом наліпок
stickers-explain = Щоразу, коли навичка росте, ти отримуєш наліпку. Кожна історія допомагає, а наліпки лишаються у твоєму альбомі.
stickers-count = Наліпок: { $count } з { $total }
sticker-label = Наліпка: { $skill }, { $level }
sticker-empty-label = Порожнє місце для наліпки «{ $level }»
ending-new-stickers = { $count ->
    [1] Нова наліпка для твого альбому!
    [one] { $count } нова наліпка для твого альбому!
    [few] { $count } нові наліпки для твого альбому!
    [many] { $count } нових наліпок для твого альбому!
   *[other] { $count } нової наліпки для твого альбому!
}
ending-no-new-sticker = Кожна історія допомагає твоїм навичкам рости.
face-label = { $name }, { $feeling }
profiles-face-label = Обличчя { $number }
