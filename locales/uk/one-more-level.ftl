one-more-level-title = Ще один рівень
one-more-level-summary = Час на планшеті скінчився, але гра блимає «Ще один рівень!» і показує блискучий приз, молодша сестричка чекає своєї черги, а бабуся кличе всіх вечеряти. Діти вчаться помічати втомлені очі й кислий настрій, зупинятися самостійно й бачити, що деякі ігри зроблені, щоб не відпускати.

one-more-level-zara = Зара
one-more-level-nana = Бабуся Аджоа

one-more-level-hook = Ти у своїй кімнаті граєш у гру про ферму.
one-more-level-timer = Дзвонить бабусин таймер. Дзень! Час на планшеті скінчився.
one-more-level-zara-waits = Тепер моя черга! Я так довго чекала!
one-more-level-game-flashes = Гра блимає: «Ще один рівень! Виграй блискучу золоту скриню!»

one-more-level-stop-prompt = Час скінчився, але скриня така блискуча. Що ти зробиш, { $nickname }?
one-more-level-one-more = Натиснути «Ще один рівень».
one-more-level-one-more-feedback = Від блискучої скрині важко відмовитися! Але Зара досі чекає. Можна зупинитися після цього рівня.
one-more-level-one-more-zara = Зараз її черга, а їй знову треба чекати.
one-more-level-stop-now = Натиснути «Стоп» і віддати Зарі планшет.
one-more-level-stop-now-feedback = Ти зупиняєшся, щойно дзвонить таймер. Це важко! Твоя ферма нікуди не дінеться.
one-more-level-stop-now-zara = Її черга настала вчасно.
one-more-level-go-away = Сказати: «Іди геть, Заро! Ще один!»
one-more-level-go-away-feedback = Тобі дуже хотілося ту скриню. Але «іди геть» — це боляче. Добре слово може все виправити.
one-more-level-go-away-zara = Вона довго чекала. А їй сказали «іди геть».

one-more-level-level-won = Ти проходиш рівень. І гра знову блимає.
one-more-level-bigger-chest = «Ще один рівень! Тебе чекає ще більша скриня!»
one-more-level-tired = Очі сухі й утомлені. І настрій якийсь кислий.

one-more-level-body-prompt = Твоє тіло щось тобі каже. Що ти зробиш?
one-more-level-listen = Сказати: «Очі втомилися. Я зупиняюся».
one-more-level-listen-feedback = Ти слухаєш своє тіло. Втомлені очі й кислий настрій кажуть: «Відпочинь!»
one-more-level-listen-zara = Тепер її черга. Вона біжить по планшет.
one-more-level-keep-going = Грати далі. Наступна скриня ще краща.
one-more-level-keep-going-feedback = Гра завжди показує нову скриню. Тому здається, що кінця немає. Дорослий допоможе зупинитися.
one-more-level-keep-going-zara = Вона так довго чекала. Вона йде по бабусю.
one-more-level-watch = Сказати: «Заро, сідай поруч і дивись!»
one-more-level-watch-feedback = Зарі подобається бути з тобою. Але дивитися — не те саме, що грати. Її черга досі чекає.
one-more-level-watch-zara = Вона сідає поруч. Але їй досі хочеться пограти.

one-more-level-nana-comes = Заходить бабуся. Вона тримає Зару за руку.
one-more-level-nana-asks = Таймер дзвонив уже давно. Як твої очі?
one-more-level-nana-prompt = Що ти скажеш бабусі, { $nickname }?
one-more-level-tell-truth = «Очі втомилися. А гра все каже: ще один».
one-more-level-tell-truth-feedback = Ти кажеш бабусі правду. Тепер вона може допомогти тобі зупинитися.
one-more-level-tell-truth-nana = Ти чесно кажеш, як почуваєшся.
one-more-level-im-fine = «Усе добре! Це ж тільки початок!»
one-more-level-im-fine-feedback = Багато дітей так кажуть, щоб грати далі. Але бабуся чула таймер. Правда допоможе бабусі тобі допомогти.
one-more-level-im-fine-nana = Вона бачить утомлені очі й сердите обличчя.
one-more-level-not-fair = Закричати: «Це нечесно! А як же скриня?!»
one-more-level-not-fair-feedback = Після довгої гри будь-хто може розсердитися. Це нормально. Обійми й перерва допоможуть.
one-more-level-not-fair-nana = Вона знає, що після довгої гри діти бувають такими.
one-more-level-nana-helps = Давай натиснемо «Зберегти». Твоя ферма тебе зачекає.
one-more-level-shelf = Ви з бабусею натискаєте «Зберегти». Планшет лягає на полицю.
one-more-level-dinner = Вечеря готова! Ходіть їсти, мої зіроньки!

one-more-level-zara-plays = Зара грає свою чергу. Ти будуєш високу вежу з кубиків.
one-more-level-zara-one-more = Ще один рівень! Ну будь ласка!
one-more-level-help-prompt = Зара не хоче зупинятися. Що ти зробиш?
one-more-level-help-stop = Сказати: «Гра завжди так каже! Збережімо — і їсти».
one-more-level-help-stop-feedback = Ти знаєш, як важко зупинитися. Тому ти лагідно допомагаєш Зарі.
one-more-level-help-stop-zara = Вона зберігає гру. З тобою зупинитися легше.
one-more-level-grab = Забрати планшет у Зари з рук.
one-more-level-grab-feedback = Ти хочеш допомогти їй зупинитися. Але коли забирають силою, Зара засмучується. Краще попросити лагідно.
one-more-level-grab-zara = Планшет вихопили в неї з рук.
one-more-level-go-eat = Піти їсти. Зара сама зупиниться.
one-more-level-go-eat-feedback = Зара маленька. Їй теж важко зупинитися. Тож бабуся приходить допомогти.
one-more-level-go-eat-zara = Вона чує «вечеря», але сама зупинитися не може.
one-more-level-go-eat-nana = Вона допомагає Зарі натиснути «Зберегти».

one-more-level-zara-asks = А чому гра завжди каже «ще один»?
one-more-level-trick-prompt = Що ти скажеш Зарі, { $nickname }?
one-more-level-made-to-keep = «Гра хоче, щоб ми грали далі. Але вирішуємо ми».
one-more-level-made-to-keep-feedback = Так! Блискучі призи роблять, щоб гра тебе не відпускала. А коли зупинитися — вирішуєш ти.
one-more-level-made-to-keep-zara = Вона не знала, що ігри намагаються її втримати.
one-more-level-best-part = «Бо скриня — це найкраще!»
one-more-level-best-part-feedback = Скрині — це весело. Але завжди буде нова. Тому здається, що гра ніколи не закінчиться.
one-more-level-best-part-zara = Вона теж хоче скриню. Вона ще не бачить хитрості.
one-more-level-play-cards = «Не знаю. Пограємо в карти після вечері?»
one-more-level-play-cards-feedback = Пограти з Зарою в карти — це по-доброму. А питання в неї теж слушне. Бабуся може допомогти вам обом.
one-more-level-play-cards-zara = Вона дуже любить гратися з тобою.
one-more-level-nana-smiles = Розумничка! Хитрість розгадано. А тепер — їсти!
one-more-level-nana-explains = Деякі ігри роблять так, щоб від них важко було відірватися. Але коли зупинитися — вирішуєш ти.
one-more-level-say-sorry = Після вечері ти кажеш Зарі: «Вибач». Вона міцно тебе обіймає.

one-more-level-end-by-choice = Ти зупиняєшся самостійно. Зара вчасно отримує свою чергу. А вечеря така смачна!
one-more-level-end-by-choice-reflect = Як твоє тіло каже, що час відпочити?
one-more-level-end-by-choice-zara = Її черга настала вчасно.
one-more-level-end-by-choice-nana = Ти вирішуєш зупинитися, навіть коли є блискуча скриня.
one-more-level-end-nana-helped = Сьогодні бабуся допомогла тобі зупинитися. Наступного разу першою гратиме Зара. Тоді ти спробуєш зупинитися самостійно.
one-more-level-end-nana-helped-reflect = Що ти можеш зробити, коли гра каже «ще один»?
one-more-level-end-nana-helped-nana = Зупинятися важко. Вона допомагатиме, поки ти вчишся.
one-more-level-end-nana-helped-zara = Наступного разу вона гратиме першою.

one-more-level-discuss-1 = Гра показала приз саме тоді, коли час скінчився. Навіщо грі так робити? Що ще намагається втримати нас біля екрана?
one-more-level-discuss-2 = Як почувається тіло після довгого часу перед екраном? Які ознаки показують, що час на перерву, і що допомагає?
one-more-level-discuss-3 = Як родині чесно ділити один планшет? Який план, щоб вчасно зупинятися, спрацював би у вас удома?
