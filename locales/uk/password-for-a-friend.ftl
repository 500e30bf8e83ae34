password-for-a-friend-title = Пароль для подруги
password-for-a-friend-summary = Лейла, найкраща подруга дитини, просить пароль від шкільного застосунку для читання, щоб заробити за неї зірочки. Діти вчаться відмовляти по-доброму, дбати про почуття ображеної подруги, з допомогою вчителя робити новий пароль і знати, що пароль кажуть тільки рідним дорослим.

password-for-a-friend-leila = Лейла
password-for-a-friend-oskar = Оскар
password-for-a-friend-mr-chen = Пан Чен

password-for-a-friend-hook = Час читати! За кожну прочитану книжку ти отримуєш зірочки.
password-for-a-friend-leila-stars = Дивись! У мене вже десять зірочок!
password-for-a-friend-you-have = У тебе три. Лейла читає дуже швидко.
password-for-a-friend-leila-asks = Скажи мені свій пароль. Я почитаю за тебе і зароблю тобі зірочки!
password-for-a-friend-leila-friends = Ми ж найкращі друзі. А найкращі друзі діляться всім!

password-for-a-friend-ask-prompt = Що ти скажеш, { $nickname }?
password-for-a-friend-share = Сказати Лейлі свій пароль.
password-for-a-friend-share-feedback = Ти хочеш поділитися з подругою. Але пароль — тільки для тебе і дорослих удома. Це ще можна виправити.
password-for-a-friend-share-leila = Лейла думає, що допомагає тобі.
password-for-a-friend-kind-no = Сказати: «Вибач, ні. Мій пароль — тільки для мене».
password-for-a-friend-kind-no-feedback = Пароль у безпеці, і ти відмовляєш по-доброму. Справжні друзі приймають «ні».
password-for-a-friend-kind-no-leila = Лейла хотіла допомогти. Вона сподівалася, що ти скажеш «так».
password-for-a-friend-sharp-no = Сказати: «Нізащо! Ти все зіпсуєш!»
password-for-a-friend-sharp-no-feedback = Пароль у безпеці. Але слова були різкі. Відмовити можна й по-доброму.
password-for-a-friend-sharp-no-leila = Лейла лише хотіла допомогти. Від твоїх слів їй боляче.

password-for-a-friend-leila-hurt = Лейла схрещує руки. Вона дивиться в підлогу.
password-for-a-friend-leila-sad = Я думала, ми найкращі друзі.
password-for-a-friend-hurt-prompt = Лейла засмучена. Що ти зробиш, { $nickname }?
password-for-a-friend-reassure = Сказати: «Ти моя найкраща подруга! Почитаймо разом».
password-for-a-friend-reassure-feedback = І пароль у безпеці, і подруга поруч. Читати разом теж весело!
password-for-a-friend-reassure-leila = Лейла знає, що ви й далі найкращі друзі.
password-for-a-friend-give-in = Сказати їй пароль, щоб вона не засмучувалася.
password-for-a-friend-give-in-feedback = Ти не хочеш, щоб Лейла засмучувалася. Це по-доброму. Але пароль — не перевірка дружби.
password-for-a-friend-give-in-leila = Лейла всміхається. Вона думає, що це дрібниця.
password-for-a-friend-walk-off = Сказати: «Ну й будь така!» — і піти геть.
password-for-a-friend-walk-off-feedback = Важко, коли подруга засмучена. Але коли йдеш геть, ви опиняєтеся нарізно. Можна поговорити пізніше.
password-for-a-friend-walk-off-leila = Тепер Лейла сидить сама.
password-for-a-friend-read-together = Добре! А почитаймо разом книжку про дракона?

password-for-a-friend-next-day = Наступного дня ти відкриваєш застосунок для читання.
password-for-a-friend-joke = Сюрприз! На твоїй аватарці — жаба. А на сторінці написано: «Я їм мух!»
password-for-a-friend-oskar-laughs = Ха-ха! Ти їси мух!
password-for-a-friend-leila-joke = Це ж просто жарт! Я зайшла з твоїм паролем.
password-for-a-friend-cheeks = Щоки аж пашать. Увесь клас бачить твою сторінку.
password-for-a-friend-joke-prompt = Що ти зробиш, { $nickname }?
password-for-a-friend-joke-tell = Розповісти панові Чену, що сталося.
password-for-a-friend-joke-tell-feedback = Розповісти дорослому — сильний вибір. Пан Чен допоможе все виправити.
password-for-a-friend-joke-tell-chen = Ти звертаєшся до пана Чена по допомогу.
password-for-a-friend-joke-fix = Повернути сторінку як було. Нічого не казати.
password-for-a-friend-joke-fix-feedback = Сторінка знову як треба. Але Лейла досі знає твій пароль. Дорослий допоможе зробити новий.
password-for-a-friend-joke-fix-leila = Лейла думає, що жарт — це дрібниця.
password-for-a-friend-joke-shout = Крикнути: «Лейло, ти зіпсувала мені сторінку!»
password-for-a-friend-joke-shout-feedback = Засмучуватися — нормально. Але крик теж ранить. Можна спокійно сказати їй, що ти відчуваєш.
password-for-a-friend-joke-shout-leila = Увесь клас обернувся на неї.
password-for-a-friend-frog-again = Наступного ранку жаба знову тут!
password-for-a-friend-chen-sees = Щось тебе засмутило? Що сталося?
password-for-a-friend-show-chen = Ти показуєш панові Чену свою сторінку.
password-for-a-friend-chen-hears = Я бачу, що тобі дуже прикро. Вдихнімо й поговорімо.
password-for-a-friend-chen-help = Виправмо твою сторінку разом. А потім зробимо новий пароль.

password-for-a-friend-class-time = Після обіду пан Чен говорить з усім класом.
password-for-a-friend-toothbrush = Пароль — як зубна щітка. Він тільки твій!
password-for-a-friend-grown-ups = Його можна сказати дорослим удома. Більше нікому.
password-for-a-friend-class-new = Сьогодні всі зроблять новий пароль. Я допоможу!

password-for-a-friend-password-prompt = Пан Чен допомагає тобі. Який новий пароль ти вибереш, { $nickname }?
password-for-a-friend-pw-pet = Ім’я твого кота: «Мурчик». Це легко!
password-for-a-friend-pw-pet-feedback = Легко запам’ятати! Але друзі знають, як звати твого кота. Три кумедні слова вгадати важче.
password-for-a-friend-pw-pet-chen = Пан Чен знає, що ти можеш зробити пароль надійнішим.
password-for-a-friend-pw-silly = Три кумедні слова: «лимон кит місяць».
password-for-a-friend-pw-silly-feedback = Чудовий вибір! Ти його запам’ятаєш. А інші не вгадають.
password-for-a-friend-pw-silly-chen = Такий пароль спаде на думку тільки тобі.
password-for-a-friend-pw-leila = Попросити Лейлу вибрати пароль за тебе.
password-for-a-friend-pw-leila-feedback = Тоді Лейла теж його знатиме. Пароль — тільки для тебе і дорослих удома.
password-for-a-friend-pw-leila-leila = Лейла щойно чула, як пан Чен казав, що пароль — тільки твій.
password-for-a-friend-show-at-home = Увечері покажи його комусь із дорослих удома.

password-for-a-friend-leila-sorry = Вибач за жабу. Я просто хотіла пожартувати.
password-for-a-friend-leila-alone = На перерві Лейла сидить сама в куточку читання.
password-for-a-friend-leila-prompt = Що ти зробиш, { $nickname }?
password-for-a-friend-make-up = Сказати Лейлі, що ти відчуваєш. А потім покликати її почитати разом.
password-for-a-friend-make-up-feedback = Ти ділишся почуттями і кличеш її до себе. Так роблять друзі.
password-for-a-friend-make-up-leila = Лейла рада, що ви й далі друзі.
password-for-a-friend-stay-away = Гратися з Оскаром. Лишити Лейлу саму.
password-for-a-friend-stay-away-feedback = Іноді потрібна перерва. Але Лейлі досі боляче. Добре слово допоможе, навіть завтра.
password-for-a-friend-stay-away-leila = Лейла дивиться, як ви з Оскаром граєтеся.
password-for-a-friend-stay-away-oskar = Оскар не розуміє, чому Лейла не грається з вами.

password-for-a-friend-end-own-stars = Ви з Лейлою разом читаєте книжку про дракона. У кожного — свої зірочки!
password-for-a-friend-end-own-stars-reflect = Як по-доброму сказати другові «ні»?
password-for-a-friend-end-own-stars-leila = Ви з Лейлою знову поруч, як найкращі друзі.
password-for-a-friend-end-home-help = Ви з Лейлою знову друзі. Удома дорослий допомагає тобі зробити пароль надійнішим.
password-for-a-friend-end-home-help-reflect = Кому можна казати свій пароль?
password-for-a-friend-end-home-help-leila = Ви помирилися, і вона знову сидить поруч.
password-for-a-friend-end-tomorrow = Твоя сторінка тепер у безпеці. Але сьогодні ви з Лейлою не гралися. Завтра можна поговорити.
password-for-a-friend-end-tomorrow-reflect = Як завтра допомогти Лейлі почуватися краще?
password-for-a-friend-end-tomorrow-leila = Лейла сумує за тобою.

password-for-a-friend-discuss-1 = Лейла сказала: «Найкращі друзі діляться всім». Чи є речі, якими не діляться навіть найкращі друзі? Чому пароль — одна з них?
password-for-a-friend-discuss-2 = Лейла думала, що змінити сторінку — смішний жарт. Як той самий жарт може відчуватися для того, про кого він?
password-for-a-friend-discuss-3 = Яким дорослим можна сказати свій пароль? Що робити, якщо хтось інший дізнався твій пароль?
