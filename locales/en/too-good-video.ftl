too-good-video-title = Too good to be true
too-good-video-summary = A viral video promises free rare pets in a game, and a friend wants to try it and share it. Then an edited clip makes a classmate look rude. Children practise asking who made a video and why, checking a real source, and thinking about how sharing a fake can hurt a real person.

## Characters
too-good-video-ravi = Ravi
too-good-video-hana = Hana
too-good-video-aunt-zainab = Aunt Zainab

## Hook
too-good-video-hook = It's Saturday afternoon. You're in your bedroom, on a video call with Ravi. You both play the same pet game.
too-good-video-ravi-look = You HAVE to see this video! It has two million views!
too-good-video-video = A kid called PetKing grins at the camera: "Trade all your pets to GoldenGift. They come back doubled, plus a rare golden dragon! Today only!"
too-good-video-ravi-wants = A golden dragon! I'm trying it right now. Let's send it to the whole class too!

## Try it?
too-good-video-try-prompt = What do you say to Ravi, { $nickname }?
too-good-video-try-too = "Let's both try it! Double pets!"
too-good-video-try-too-feedback = It sounded amazing, and lots of people believe videos like this. But the game pets never come back. A grown-up can help you report it.
too-good-video-try-too-ravi = He traded his game pets, and nothing came back.
too-good-video-who-made = "Wait. Who made this video, and why?"
too-good-video-who-made-feedback = Great question. People who make videos want something back: views, likes, or even your pets.
too-good-video-who-made-ravi = He was so sure. Now he stops to think.
too-good-video-comments = "Let's read the comments first."
too-good-video-comments-feedback = Looking further is smart. Lots of comments say: "I traded everything and got nothing back!"
too-good-video-comments-ravi = Some players say they lost all their pets.
too-good-video-share-first = "Send it to the class chat first, so everyone gets a dragon!"
too-good-video-share-first-feedback = You wanted your friends to get a dragon too. But if it's a trick, you just sent it to all of them. Checking first protects them.
too-good-video-share-first-ravi = He thinks the whole class will thank you.
too-good-video-lost-pets = Wait... my pets are gone. And there's no dragon. I feel like such a fool.
too-good-video-kids-reply = In the class chat, three kids reply: "Trying it now!"
too-good-video-stop-think = You both watch PetKing again. This time, something feels a bit off.

## Aunt Zainab
too-good-video-aunt-comes = Aunt Zainab knocks and brings in a bowl of grapes. She sees your faces.
too-good-video-aunt-kind = Oh, Ravi. That trick fools lots of players. It's not your fault, and we can report it.
too-good-video-aunt-detective = Free rare pets, today only? That sounds too good to be true. Let's be detectives.
too-good-video-check-prompt = Aunt Zainab asks: "How could we check if it's true?"
too-good-video-views = "It has two million views. It must be true!"
too-good-video-views-feedback = Lots of views only means lots of people watched. A trick can go viral too.
too-good-video-views-aunt = Lots of people think that. She helps you look again.
too-good-video-news-page = "Let's look at the game's own news page."
too-good-video-news-page-feedback = Good choice! The real news page says: "We never give free pets for trades. Watch out for this trick!"
too-good-video-news-page-aunt = You went to the real source.
too-good-video-who-posted = "Let's look at who posted it and what else they post."
too-good-video-who-posted-feedback = PetKing's page is full of "free pet" videos, and the account is two days old. That's a big clue.
too-good-video-who-posted-ravi = He never thought to look at who made it.
too-good-video-report = Aunt Zainab helps Ravi report the video and the GoldenGift account in the game. Ravi tells his mum too.
too-good-video-warn-class = You write in the class chat: "Don't try the dragon trick. It's fake, sorry!" Two kids reply: "Phew, thanks!"

## The clip
too-good-video-clip-buzz = Later, the class chat buzzes again. Someone has posted a new clip.
too-good-video-clip = It shows Hana from your class getting a reading prize. She rolls her eyes and says: "Whatever. Who cares about this prize?"
too-good-video-ravi-clip = Wow, Hana is so rude! Everyone's sharing it.
too-good-video-clip-prompt = The clip is spreading fast. What do you do, { $nickname }?
too-good-video-share-clip = Share it. Everyone has seen it anyway.
too-good-video-share-clip-feedback = It's easy to think one more share doesn't matter. But each share shows this clip of Hana to more people. You can still help.
too-good-video-share-clip-hana = More people are laughing at her, and she can't stop it.
too-good-video-look-again = Watch it again, slowly. Does anything look cut or changed?
too-good-video-look-again-feedback = Sharp eyes! The picture jumps, and her mouth doesn't match the words. Someone edited this clip.
too-good-video-look-again-ravi = He didn't see the jumps until you showed him.
too-good-video-ask-hana = Message Hana: "Did you really say that?"
too-good-video-ask-hana-feedback = Asking the real person is a great way to check. It also shows Hana that someone wants to hear her side.
too-good-video-ask-hana-hana = Someone asked her before believing the clip.
too-good-video-laugh-react = Add a laughing face. It's just a silly video.
too-good-video-laugh-react-feedback = It looked like a joke. But Hana is a real person, and she can see every laughing face. You can still help.
too-good-video-laugh-react-hana = Every laughing face under the clip feels like it's at her.
too-good-video-hana-private = I never said that! I said: "Thank you, this is great." Someone cut it up and changed my voice.
too-good-video-hana-in-chat = That's not what I said!! Someone changed it. Please stop sharing it.
too-good-video-ravi-realises = Oh no. I believed it right away, just like the dragon video.
too-good-video-aunt-real-people = Fake videos can be funny or exciting. But when they're about a real person, sharing them can really hurt.

## Helping Hana
too-good-video-help-prompt = How can you help Hana now, { $nickname }?
too-good-video-post-truth = Write in the class chat: "That clip was edited. Hana never said that. Please stop sharing it."
too-good-video-post-truth-feedback = You stood up for the truth and for Hana, without being mean to anyone. That takes courage.
too-good-video-post-truth-hana = Someone stood up for the real her.
too-good-video-tell-teacher = Ask Aunt Zainab to help you tell your teacher.
too-good-video-tell-teacher-feedback = A fake clip going round the class is too big to fix alone. Getting a grown-up to help is the strong choice.
too-good-video-tell-teacher-aunt = You asked for help with something too big to fix alone.
too-good-video-tell-teacher-hana = A grown-up will help make it stop.
too-good-video-stay-out = Stay out of it. It's not your problem.
too-good-video-stay-out-feedback = Keeping out can feel safer. But silence lets the fake clip keep going. One kind voice can change a lot.
too-good-video-stay-out-hana = Nobody is speaking up for her.
too-good-video-revenge = Make a funny edited video of whoever posted the clip.
too-good-video-revenge-feedback = You wanted to stand up for Hana. But a new fake video hurts another real person. Telling the truth works better.
too-good-video-revenge-hana = She doesn't want more fake videos going round.
too-good-video-delete-share = You delete what you posted under the clip, and send Hana a message: "Sorry. I believed it at first."

## Endings
too-good-video-end-adult-helps = On Monday, your teacher asks everyone to delete the clip. The class watches the real video of Hana's prize, and everyone cheers.
too-good-video-end-adult-helps-reflect = Before you share a video, what questions could you ask yourself?
too-good-video-end-adult-helps-hana = The real her is back, and her class cheered.
too-good-video-end-adult-helps-ravi = Next time, he'll check before he believes a video.
too-good-video-end-stood-up = A few kids write "Sorry, Hana." The clip stops spreading. On Monday, you and Hana show your teacher what happened.
too-good-video-end-stood-up-reflect = How can you stand up for someone in a fake video, without being mean back?
too-good-video-end-stood-up-hana = Her friends believed the real her.
too-good-video-end-still-spreading = The clip keeps going round all weekend. On Monday, Hana is very quiet. Aunt Zainab says: "It's not too late to help."
too-good-video-end-still-spreading-reflect = What could you do on Monday to help Hana?
too-good-video-end-still-spreading-hana = People still believe the fake clip.
too-good-video-end-still-spreading-aunt = She knows you can still help, and she will help too.

## For teachers
too-good-video-discuss-1 = Who makes videos that seem too good to be true, and what might they want (views, likes, things from your game)? Where could you check if something is real?
too-good-video-discuss-2 = How can a clip be cut or changed to make someone look bad? What clues can show that a video was edited?
too-good-video-discuss-3 = How might Hana feel when a fake clip of her goes round the class? What can we do if we have already shared something that turns out to be fake?
