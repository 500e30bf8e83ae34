game-chat-teasing-title = Новенька в грі
game-chat-teasing-summary = У грі з кубиками новенька гравчиня будує повільно, хтось пише «нуб, ти погано граєш, іди геть», а інші сміються в чаті. Діти вчаться помічати, заступатися без грубощів, допомагати, скаржитися й блокувати та розповідати дорослим удома.

## Персонажі
game-chat-teasing-ines = Інес
game-chat-teasing-wei = Вей
game-chat-teasing-ayo = Айо
game-chat-teasing-mama = Мама

## Початок
game-chat-teasing-hook = Субота. Ти граєш на планшеті в гру з кубиками. Мама поруч читає.
game-chat-teasing-friends = Твої друзі Вей і Айо теж у грі. Ти будуєш високу вежу.
game-chat-teasing-ines-joins = Привіт! Я Інес. Я тут новенька. Можна мені теж будувати?
game-chat-teasing-ines-slow = Інес будує маленький будиночок. Вона будує повільно. Дах падає.
game-chat-teasing-wei-teases = нуб, ти погано граєш, іди геть
game-chat-teasing-ayo-laughs = ха-ха-ха
game-chat-teasing-more-laughs = У чаті з’являється ще більше сміху.

## Вибір 1
game-chat-teasing-chat-prompt = Що ти зробиш, { $nickname }?
game-chat-teasing-join = Теж написати «ха-ха».
game-chat-teasing-join-feedback = Приєднатися було легко. Але тепер Інес бачить ще один сміх. Далі допоможуть добрі слова.
game-chat-teasing-join-ines = Ще хтось посміявся з її будиночка.
game-chat-teasing-join-wei = Він думає, що всім подобається його жарт.
game-chat-teasing-quiet = Нічого не казати. Будувати вежу далі.
game-chat-teasing-quiet-feedback = Мовчати ніби безпечно. Але ніхто не заступився за Інес. Ти ще можеш їй допомогти.
game-chat-teasing-quiet-ines = Багато сміху, і ніхто не каже «стоп».
game-chat-teasing-kind = Написати: «Годі. Спочатку всі новенькі».
game-chat-teasing-kind-feedback = Ти заступаєшся за Інес і нікого не ображаєш. Це сміливо.
game-chat-teasing-kind-ines = Хтось у чаті на її боці.
game-chat-teasing-kind-wei = Він не думав, що хтось скаже «стоп».

game-chat-teasing-ines-thanks = Дякую. Я ще вчуся.
game-chat-teasing-ines-sees-you = Інес бачить і твоє «ха-ха».
game-chat-teasing-ines-stops = Потім Інес перестає будувати. Її персонаж просто стоїть.

## Вибір 2
game-chat-teasing-notice-prompt = Інес більше не будує. Що ти зробиш?
game-chat-teasing-help = Підійти до Інес. Спитати: «Допомогти з будиночком?»
game-chat-teasing-help-feedback = Ти бачиш, що Інес зупинилася. І йдеш допомогти. Це турбота.
game-chat-teasing-help-ines = Тепер їй є з ким будувати.
game-chat-teasing-kind-words = Написати Інес: «Мені подобається твій будиночок!»
game-chat-teasing-kind-words-feedback = Добрі слова дуже допомагають. Інес читає їх двічі.
game-chat-teasing-kind-words-ines = Комусь сподобалося те, що вона зробила.
game-chat-teasing-keep-building = Будувати далі. Вежа майже готова!
game-chat-teasing-keep-building-feedback = Будувати вежу весело. Але Інес досі сама. Ти можеш підійти до неї зараз.
game-chat-teasing-keep-building-ines = Усі зайняті, і ніхто до неї не підходить.

game-chat-teasing-wei-again = лол Інес така повільна. Іди геть, нуб!
game-chat-teasing-ayo-again = Айо знову надсилає «ха-ха».

## Вибір 3
game-chat-teasing-stop-prompt = Злі слова не припиняються. Що тепер, { $nickname }?
game-chat-teasing-report = Натиснути «Скарга» і «Блок» на злих словах.
game-chat-teasing-report-feedback = Гарна думка. Скарга покличе помічників гри. Блок прибере злі слова з твого екрана.
game-chat-teasing-report-ines = Хтось щось робить, щоб їй допомогти.
game-chat-teasing-mean-back = Написати: «Це ТИ нуб, Вей!»
game-chat-teasing-mean-back-feedback = Ти хочеш допомогти Інес. Але злі слова у відповідь роблять ще болючіше. Сила й доброта можуть бути разом.
game-chat-teasing-mean-back-wei = Тепер і його обзивають.
game-chat-teasing-mean-back-ines = Тепер у чаті сварка через неї.
game-chat-teasing-tell = Зупинити гру. Піти й сказати мамі.
game-chat-teasing-tell-feedback = Розповісти дорослому — це сила. Це пошук допомоги, а не ябедництво.
game-chat-teasing-tell-mama = Ти довіряєш їй велику проблему.

game-chat-teasing-report-sent = З’являється віконце: «Дякуємо. Помічник це перевірить».
game-chat-teasing-mama-notices = Ти відкладаєш планшет. Мама підводить очі.
game-chat-teasing-mama-asks = Щось тебе засмутило? Що там у твоїй грі?

## Вибір 4
game-chat-teasing-mama-prompt = Що ти скажеш мамі?
game-chat-teasing-show = Показати мамі чат. Розповісти, що сталося.
game-chat-teasing-show-feedback = Чесно розповісти дорослому — сміливо. Тепер мама може допомогти.
game-chat-teasing-show-mama = Тепер вона знає і може допомогти.
game-chat-teasing-fine = Сказати: «Нічого. Усе добре».
game-chat-teasing-fine-feedback = Говорити буває важко. Але тривога легшає, коли нею ділишся. Мамі можна розповісти будь-коли.
game-chat-teasing-fine-mama = Вона бачить, що щось не так.

## Дорослий допомагає
game-chat-teasing-mama-listens = Дякую, що розповідаєш. Допоможімо Інес разом.
game-chat-teasing-mama-mean-back = Злі слова у відповідь роблять гірше. А ще можна вибачитися.
game-chat-teasing-mama-helps = Мама допомагає тобі поскаржитися на чат. Потім вона дзвонить татові Вея.
game-chat-teasing-you-say-sorry = Ти просиш в Інес вибачення за своє «ха-ха». Вона киває.
game-chat-teasing-mama-waits = Гаразд. Я поруч, коли захочеш поговорити.

## Кінцівки
game-chat-teasing-end-build-together = Наступного дня Вей просить в Інес вибачення. Айо каже: «Мені було смішно тільки через Вея». Тепер ви всі разом будуєте замок.
game-chat-teasing-end-build-together-reflect = Як допомогти, коли в чаті гри когось ображають?
game-chat-teasing-end-build-together-ines = Її будиночок тепер — частина замку.
game-chat-teasing-end-build-together-wei = Він попросив вибачення, а Інес сказала «добре».
game-chat-teasing-end-grown-up-helps = Вей просить в Інес вибачення. Інес повертається в гру. Вона ще трохи соромиться. Але знає, що про неї дбають.
game-chat-teasing-end-grown-up-helps-reflect = Як допомогти новому гравцю відчути, що йому раді?
game-chat-teasing-end-grown-up-helps-ines = Дорослий допоміг, і злі слова припинилися.
game-chat-teasing-end-ines-left = Інес виходить із гри. Сьогодні вона вже не повернеться. Мама досі поруч. Їй можна розповісти будь-коли.
game-chat-teasing-end-ines-left-reflect = Якому дорослому можна розповісти про образи в чаті гри?
game-chat-teasing-end-ines-left-ines = Її перша гра закінчилася злими словами.
game-chat-teasing-end-ines-left-mama = Вона вислухає, коли захочеш поговорити.

## Для вчителів
game-chat-teasing-discuss-1 = Вей назвав Інес «нубом», бо вона була новенька й повільна. Чому деякі гравці дражнять новеньких? Як почуваєшся, коли робиш щось уперше?
game-chat-teasing-discuss-2 = Айо сміється, бо сміється Вей. Чому важко не приєднатися, коли сміється вся компанія? Що інше можна було зробити на місці Айо?
game-chat-teasing-discuss-3 = Що роблять кнопки «Скарга» і «Блок» в іграх, які ти знаєш? Яким дорослим удома чи в школі можна показати злий чат?
