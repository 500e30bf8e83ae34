prize-pop-up-title = Цуценя в подарунок?
prize-pop-up-summary = Поки дитина з двоюрідною сестричкою грається в розмальовку, яскраве вікно каже, що вони виграли іграшкове цуценя, і просить ім’я, домашню адресу й школу. Діти вчаться розпізнавати рекламу, схожу на приз, берегти особисті дані й питати дорослого.

## Персонажі
prize-pop-up-hana = Хана
prize-pop-up-grandma-mei = Бабуся Мей

## Початок
prize-pop-up-hook = Дощовий день у бабусі Мей. Ви з двоюрідною сестричкою Ханою граєте в розмальовку.
prize-pop-up-hook-hana = Я зробила кицю рожевою! Тепер ти вибирай колір.
prize-pop-up-popup = Хоп! Вискакує яскраве віконце. Навколо крутяться зірочки.
prize-pop-up-popup-says = Там написано: «Вітаємо! Твій приз — іграшкове цуценя! Напиши ім’я, домашню адресу і школу».
prize-pop-up-hana-wants = Цуценя! Дай я напишу! Я знаю нашу вулицю!

## Віконце
prize-pop-up-popup-prompt = Що ти зробиш, { $nickname }?
prize-pop-up-let-hana = Дати Хані написати. Цуценя — це весело!
prize-pop-up-let-hana-feedback = Це було схоже на справжній приз. Але ім’я й адреса — це приватне. Розкажи бабусі, вона допоможе.
prize-pop-up-let-hana-hana = Вона думає, що цуценя скоро приїде.
prize-pop-up-ask-grandma = Сказати: «Стривай! Спершу спитаймо бабусю».
prize-pop-up-ask-grandma-feedback = Ти зупиняєшся й питаєш. Дорослий відрізнить справжній приз від обману.
prize-pop-up-ask-grandma-hana = Вона хотіла швидко написати. Тепер вона чекає.
prize-pop-up-ask-grandma-grandma = Ти нічого не пишеш, а спершу йдеш до неї.
prize-pop-up-close-it = Натиснути хрестик. Закрити віконце.
prize-pop-up-close-it-feedback = Розумно! Справжній приз не питає, де ти живеш. А ще добре розповісти бабусі.
prize-pop-up-close-it-hana = Їй дуже хотілося те цуценя.

## Хана написала
prize-pop-up-more-box = Хана пише ваші імена й вулицю. А цуценяти немає.
prize-pop-up-more-box-says = Тоді віконце пише: «Тепер напиши номер телефону! Швидше!»
prize-pop-up-more-prompt = Віконце все питає й питає. Що тепер, { $nickname }?
prize-pop-up-tell-now = Побігти й розповісти бабусі Мей.
prize-pop-up-tell-now-feedback = Це сміливо! Розповісти — найкраща допомога, навіть якщо вже щось написано.
prize-pop-up-tell-now-grandma = Вона рада, що ти їй розповідаєш. Вона знає, як допомогти.
prize-pop-up-type-more = Написати номер. Цуценя вже близько!
prize-pop-up-type-more-feedback = Віконце просить ще і ще. Це підказка. Це обман, а не приз. Бабуся може допомогти.
prize-pop-up-type-more-hana = Цуценяти так і немає. Лише нові питання.
prize-pop-up-close-quiet = Закрити віконце. Нікому не казати.
prize-pop-up-close-quiet-feedback = Закрити — розумно. Але ваші імена вже потрапили у віконце. Бабуся може з цим допомогти.
prize-pop-up-close-quiet-hana = Вона написала ваші імена. Тепер не знає, чи можна було.

## Віконце закрили
prize-pop-up-box-again = Ти закриваєш віконце. Але хоп! Воно вискакує знову.
prize-pop-up-box-again-says = Там написано: «Останній шанс! Забери своє цуценя зараз!»
prize-pop-up-hana-quick = Швидше! Поки цуценя не зникло!
prize-pop-up-again-prompt = Хана поспішає. Що ти зробиш?
prize-pop-up-close-tell = Знову закрити. Потім піти й сказати бабусі.
prize-pop-up-close-tell-feedback = «Останній шанс» — це хитрість, щоб тебе поквапити. А ти не квапишся і йдеш по допомогу.
prize-pop-up-close-tell-grandma = Ти одразу розповідаєш їй про віконце.
prize-pop-up-close-tell-hana = Бабуся знатиме, що робити.
prize-pop-up-let-tap = Дати Хані натиснути. Лише один разочок.
prize-pop-up-let-tap-feedback = Хана поспішала. Але віконце хотіло ваші імена й адресу. Бабуся може з цим допомогти.
prize-pop-up-let-tap-hana = Вона написала ваші імена, а цуценяти так і немає.
prize-pop-up-switch-off = Вимкнути планшет. Гратися кубиками.
prize-pop-up-switch-off-feedback = Ваші імена в безпеці. А ще добре розповісти бабусі про віконце.
prize-pop-up-switch-off-hana = Вона досі думає про цуценя.

## Бабуся бачить віконце
prize-pop-up-grandma-sees = Згодом бабуся Мей бере планшет. Хоп! Віконце з цуценям знову тут.
prize-pop-up-grandma-asks = Ой! Ви бачили це віконце?
prize-pop-up-open-prompt = Що ти скажеш, { $nickname }?
prize-pop-up-tell-all = Розповісти бабусі все-все.
prize-pop-up-tell-all-feedback = Розповісти дорослому — це сила. Нікого не сварять за те, що його обдурили.
prize-pop-up-tell-all-grandma = Тепер вона знає і може допомогти.
prize-pop-up-shrug = Знизати плечима: «Не знаю».
prize-pop-up-shrug-feedback = Розповідати буває важко. Але бабуся не сердиться. Вона просто хоче допомогти.
prize-pop-up-shrug-grandma = Вона бачить, що щось не так.
prize-pop-up-hana-blurts-typed = Я написала наші імена! Щоб було цуценя!
prize-pop-up-hana-blurts = Там було написано, що ми виграли цуценя!
prize-pop-up-grandma-kind = Дякую, Хано. Нікого не сваритимуть. Подивімося.

## Бабуся допомагає
prize-pop-up-grandma-comes = Дякую, що розповіли. Подивімося.
prize-pop-up-grandma-explains = Це реклама. Вона схожа на приз, але це обман. Вона хоче дізнатися, хто ви.
prize-pop-up-grandma-private = Повне ім’я, адреса і школа — це приватне. Це лише для людей, яких ми знаємо.

## Що приватне?
prize-pop-up-private-prompt = Бабуся питає: «Що можна розповісти грі?»
prize-pop-up-colour = Мій улюблений колір.
prize-pop-up-colour-feedback = Так! Колір — це весело. Він не каже, хто ти.
prize-pop-up-colour-grandma = Ти знаєш, чим можна ділитися.
prize-pop-up-school = Назву моєї школи.
prize-pop-up-school-feedback = Багато дітей так думають. Але школа показує, де ти щодня буваєш. Це приватне.
prize-pop-up-school-grandma = Вона рада допомогти тобі це зрозуміти.
prize-pop-up-full-name = Моє ім’я та прізвище.
prize-pop-up-full-name-feedback = Повне ім’я — теж приватне. В іграх можна взяти веселе ігрове ім’я.
prize-pop-up-full-name-grandma = Вона рада допомогти тобі це зрозуміти.

## Хана
prize-pop-up-hana-sad = То цуценяти не буде?
prize-pop-up-hana-prompt = Хані сумно. Що ти скажеш, { $nickname }?
prize-pop-up-both-tricked = «Мене воно теж обдурило. Давай намалюємо своє цуценя!»
prize-pop-up-both-tricked-feedback = Ти бачиш, що Хані сумно. Тепер вона не сама.
prize-pop-up-both-tricked-hana = Вона малює цуценя разом з тобою.
prize-pop-up-baby = «Це все несправжнє! Ну ти й маля!»
prize-pop-up-baby-feedback = Хану обдурили. Так можна обдурити будь-кого. Можна вибачитися.
prize-pop-up-baby-hana = Вона повірила віконцю, а тепер ти з неї смієшся.
prize-pop-up-hug = Обійняти Хану: «Хитрощі обдурюють багатьох».
prize-pop-up-hug-feedback = Добрі слова допомагають. Обдурити можна будь-кого, навіть дорослих.
prize-pop-up-hug-hana = Не лише її обдурили.
prize-pop-up-say-sorry = Потім ти просиш у Хани вибачення. Вона трішки всміхається.

## Кінцівки
prize-pop-up-end-puppy-picture = Ви з Ханою розмальовуєте велике цуценя. Бабуся чіпляє малюнок на холодильник. Жодних віконець не треба!
prize-pop-up-end-puppy-picture-reflect = Гра питає твоє ім’я чи адресу. Що ти можеш зробити?
prize-pop-up-end-puppy-picture-hana = У неї таки є цуценя — на папері!
prize-pop-up-end-puppy-picture-grandma = Ваші імена й адреса лишилися приватними.
prize-pop-up-end-grandma-helps = Бабуся Мей розповідає родині. Вона налаштовує планшет, щоб віконець було менше. Тепер ти знаєш цю хитрість!
prize-pop-up-end-grandma-helps-reflect = Кому можна розповісти, якщо ти випадково щось напишеш?
prize-pop-up-end-grandma-helps-hana = Дорослий про все подбає.
prize-pop-up-end-grandma-helps-grandma = Завдяки тобі вона змогла допомогти.
prize-pop-up-end-next-time = Бабуся Мей лагодить планшет і обіймає вас обох. Наступного разу можна розповісти їй одразу.
prize-pop-up-end-next-time-reflect = Чому добре одразу розповідати дорослому?
prize-pop-up-end-next-time-grandma = Вона не сердиться. Вона просто хоче знати.
prize-pop-up-end-next-time-hana = Бабуся допомогла, і нікого не насварили.

## Для вчителів
prize-pop-up-discuss-1 = Віконце писало «Вітаємо!» і «Останній шанс!». Які підказки показують, що приз насправді може бути рекламою чи обманом?
prize-pop-up-discuss-2 = Що про тебе — приватне (повне ім’я, домашня адреса, школа, номер телефону), а чим можна ділитися в грі (улюблений колір, ігрове ім’я)?
prize-pop-up-discuss-3 = Після обману Хані було сумно й трохи ніяково. Як допомогти тому, кого обдурили в інтернеті? Яким дорослим ти можеш розповісти?
