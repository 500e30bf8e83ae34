# Words of the game's own screens. Scenario words live in <scenario-id>.ftl.

# The name of this language, in this language (shown in the language switch).
language-name = English

app-title = Kind Quest
title-tagline = Stories about being kind and safe online
title-play = Play
title-language = Language

profiles-title = Who is playing?
profiles-new = New player
profiles-none = Nobody is here yet. Make a new player!
profiles-hello = Hello, { $nickname }!
profiles-pick-face = Pick a face
profiles-your-name = Your game name
profiles-another-name = Another name
profiles-create = Let's go!
profiles-no-real-names = We never ask for your real name.

map-title = Story map
map-finished-count = { $count ->
    [0] No stories finished yet
    [one] You finished one story
   *[other] You finished { $count } stories
}
map-done = Done
map-ages = Ages { $ages }
map-change-player = Change player
map-empty = No stories could be loaded.

play-next = Next
play-next-hint = Press Enter to go on
play-choose-hint = Press a number key, or click
play-to-map = Map
play-narrator = Story

feedback-title = How does everyone feel?
feedback-try-another-way = Try another way
feedback-go-on = Go on
feedback-you-chose = You chose: { $choice }

ending-title = The end
ending-think = Think about it
ending-break = This is a good place for a break. Maybe tell someone about the story?
ending-to-map = Back to the map

data-problem = Some saved data could not be read. A copy was kept safe for a grown-up to look at.
data-in-use = Kind Quest is already open in another window. Your players are there: close this window and play in the other one.
data-not-saved = Kind Quest cannot save anything on this computer right now. You can still play. A grown-up can find out why in the grown-up area.
content-problem = { $count ->
    [one] One story file could not be loaded. A grown-up can run "kind-quest check" to see why.
   *[other] { $count } story files could not be loaded. A grown-up can run "kind-quest check" to see why.
}

play-text-stopped = stopped at a decision

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }):
feeling-calm = calm
feeling-happy = happy
feeling-sad = sad
feeling-worried = worried
feeling-angry = angry
feeling-surprised = surprised
feeling-left-out = left out
feeling-proud = proud
feeling-embarrassed = embarrassed

setting-home = Home
setting-school = School
setting-online-game = Online game
setting-hospital = Hospital
setting-hotel = Hotel
setting-restaurant = Restaurant
setting-park = Park
setting-bedroom = Bedroom

skill-identity = Being me
skill-identity-learns = Be the same kind, honest person online and offline.
skill-balanced-use = Screen balance
skill-balanced-use-learns = Notice how screen time feels, and stop by choice.
skill-cyberbullying = Standing up
skill-cyberbullying-learns = Spot bullying, support the person, tell a grown-up you trust.
skill-security = Staying safe
skill-security-learns = Strong passwords, tricky links and messages, and what to do.
skill-empathy = Kindness
skill-empathy-learns = Notice and care for how others feel online.
skill-footprint = Footprints
skill-footprint-learns = What you post stays, and tells about you and others.
skill-critical-thinking = Thinking it through
skill-critical-thinking-learns = True or false, friend or stranger, ad or advice.
skill-privacy = Privacy
skill-privacy-learns = Keep your own and others' personal information safe.

nickname-pattern = { $adjective } { $animal }
nick-adj-brave = Brave
nick-adj-kind = Kind
nick-adj-happy = Happy
nick-adj-clever = Clever
nick-adj-gentle = Gentle
nick-adj-bright = Bright
nick-adj-calm = Calm
nick-adj-cheerful = Cheerful
nick-adj-curious = Curious
nick-adj-friendly = Friendly
nick-adj-quick = Quick
nick-adj-sunny = Sunny
nick-animal-otter = Otter
nick-animal-fox = Fox
nick-animal-panda = Panda
nick-animal-owl = Owl
nick-animal-dolphin = Dolphin
nick-animal-koala = Koala
nick-animal-turtle = Turtle
nick-animal-penguin = Penguin
nick-animal-rabbit = Rabbit
nick-animal-tiger = Tiger
nick-animal-whale = Whale
nick-animal-hedgehog = Hedgehog

## The grown-up area: the gate, progress, data.
grown-ups-button = For grown-ups
grown-ups-what-can-see-button = What grown-ups can see
grown-ups-what-can-see-title = What grown-ups can see
grown-ups-what-can-see-text = Grown-ups can see your game name, your face, the stories you played and the choices you made. It all stays on this computer. Nobody else can see it.
grown-ups-what-can-see-close = Okay
gate-title = For grown-ups
gate-explain = This part is for parents and teachers. Please answer the question to go on.
gate-question = What is { $a } × { $b }?
gate-go = Go on
gate-wrong = That is not it. Here is a new question.
gate-back = Back
grown-ups-banner = Grown-up area. It closes by itself after 5 minutes without use.
grown-ups-title = Children on this computer
grown-ups-close = Close
grown-ups-finished = { $count ->
    [one] 1 story finished
   *[other] { $count } stories finished
}
grown-ups-open-progress = See progress
grown-ups-no-children = Nobody has played yet.
grown-ups-files-set-aside = Some saved files could not be read. They were kept, not deleted:
progress-title = Progress: { $nickname }
progress-skills = Skills practised
progress-figures = showed { $shown } of a possible { $available }, over { $count ->
    [one] 1 decision
   *[other] { $count } decisions
}
progress-how = How this is worked out
progress-how-text = At each decision, every skill a choice there could show counts once. The bar shows what the child's first choice showed, out of what the kindest or safest choice would have shown. With fewer than 3 decisions a skill says "just starting", because one story is not enough to say more. "Try another way" neither adds nor takes away.
progress-stories = Stories finished
progress-none-finished = No story finished yet.
progress-choices = Choices made
progress-not-finished = not finished yet
progress-tried-again = then tried another way
progress-choices-earlier = …and { $count } earlier { $count ->
    [one] story
   *[other] stories
}. "Save a copy" keeps them all.
progress-talk = Things to talk about
progress-export = Save a copy
progress-exported = Saved a copy in { $path }
progress-export-failed = The copy could not be saved: { $error }
progress-erase = Erase
progress-erase-confirm = Erase { $nickname } and all their progress from this computer? This cannot be undone.
progress-erase-yes = Yes, erase
progress-erase-no = No, keep it
progress-back = Back
growth-not-yet-played = not played yet
growth-just-starting = just starting
growth-growing = growing
growth-getting-strong = getting strong
growth-shining = shining

## The lesson sheet for teachers.
lesson-count = { $count ->
    [one] { $count } story
   *[other] { $count } stories
}
lesson-endings-ask = Questions the endings ask the child
lesson-talk = To talk about together
lesson-notes = Notes

## The classroom: lessons on the big screen, and classes.
classroom-title = Classroom
classroom-lessons = Lessons
classroom-new-lesson = New lesson
classroom-lesson-default = Lesson { $number }
classroom-name = Name
classroom-edit = Edit
classroom-done = Done
classroom-delete = Delete
classroom-start = Start on the big screen
classroom-sheet = Lesson sheet
classroom-pick-stories = Pick the stories in the order you want to play them.
classroom-in-lesson = In this lesson
classroom-classes = Classes
classroom-new-class = New class
classroom-class-default = Class { $number }
classroom-members = Who is in this class?
classroom-children = { $count ->
    [one] { $count } child
   *[other] { $count } children
}
classroom-class-report = Class report
classroom-saved = Saved in { $path }
projector-banner = Class lesson: the choices are not saved to anyone's progress.
projector-vote-hint = Vote together. The teacher picks the choice with the most hands.
projector-talk = Let's talk about it
projector-next = Next story
projector-end = End the lesson
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = class

## The teacher PIN.
pin-title = Teacher PIN
pin-explain = With a PIN, the grown-up area asks for it instead of a sum. Forgotten it? Delete the file grown-ups.ron in the data folder: no progress is lost.
pin-new = New PIN (4 to 8 digits)
pin-set = Set PIN
pin-remove = Remove PIN
pin-is-set = A PIN is set.
pin-invalid = A PIN is 4 to 8 digits.
gate-pin-question = Enter the teacher PIN.
gate-pin-wrong = That is not the PIN.

## The report page for parents and teachers (kind-quest report --format html).
report-meta = { $children ->
    [one] 1 child
   *[other] { $children } children
} · made on this computer; nothing was sent anywhere.
report-empty = No saved progress was found in these folders.
report-child-meta = Stories started: { $started } · finished: { $finished } · profile { $id }
report-col-skill = Skill
report-col-growth = Growth
report-col-shown = Shown / possible
report-col-decisions = Decisions
report-col-not-yet = Not yet
report-col-retries = Tried another way

## Settings, sticker book, reading aloud (the child's own pages)
settings-open = Settings
settings-title = My settings
settings-language = Language
settings-look = How it looks
settings-text-size = Text size
settings-size-normal = Normal
settings-size-large = Large
settings-size-larger = Larger
settings-font = Letters
settings-font-usual = Usual
settings-font-dyslexic = Easy to tell apart
settings-contrast = Strong colours
settings-motion = Less movement
settings-preview = This is how your stories will look.
settings-sound-and-voice = Sound and voice
settings-sound = Sound effects
settings-volume = Volume
settings-quieter = Quieter
settings-louder = Louder
settings-read-aloud = Read everything aloud
settings-read-aloud-sample = Hello! I can read the stories to you.
settings-on = On
settings-off = Off
read-aloud-button = Read aloud
read-aloud-not-built = This copy of Kind Quest cannot read aloud. A grown-up can find out why in the guide.
read-aloud-no-engine = Reading aloud needs the computer's speech service. A grown-up can install it.
read-aloud-no-voice = This computer has no voice for this language yet. A grown-up can add one.
stickers-open = My stickers
stickers-title = My sticker book
stickers-explain = You get a sticker each time a skill grows. Every story helps, and stickers stay in your book.
stickers-count = { $count } of { $total } stickers
sticker-label = Sticker: { $skill }, { $level }
sticker-empty-label = Empty place for a “{ $level }” sticker
ending-new-stickers = { $count ->
    [one] A new sticker for your book!
   *[other] { $count } new stickers for your book!
}
ending-no-new-sticker = Every story helps your skills grow.
face-label = { $name }, { $feeling }
profiles-face-label = Face { $number }
