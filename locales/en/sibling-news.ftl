sibling-news-title = My brother's news
sibling-news-summary = The child's little brother is in hospital for a few days: he has just learned he has diabetes and is doing well. Classmates ask questions in the class chat, and the child wants to post a photo of him in his hospital bed. Children practise seeing that health news belongs to the person, asking first, thinking about what a post leaves behind, and noticing that a worried older sibling's feelings matter too.

## Characters
sibling-news-malik = Malik
sibling-news-papa = Papa
sibling-news-dr-reyes = Dr. Reyes
sibling-news-chloe = Chloé
sibling-news-ibrahim = Ibrahim

## Hook
sibling-news-hook = Your little brother Malik has been in hospital since Monday. After school, you visit him with Papa.
sibling-news-dr-reyes-says = Malik has diabetes. His body needs a little help with sugar. He's learning fast, and he's doing really well.
sibling-news-malik-pro = Look! I can check my own sugar now. Dr. Reyes says I'm a pro!
sibling-news-tummy = You smile. But your tummy has felt tight all week.
sibling-news-buzz = Your phone buzzes. It's the class chat.
sibling-news-ibrahim-asks = Where were you this week? Someone said Malik is in hospital. Is he okay?
sibling-news-more-questions = More messages pop up: "What happened?" "Is it bad?" "Send a pic!"
sibling-news-easy-photo = Malik sits up in bed in his dinosaur pyjamas. One photo would answer everyone at once.

## Whose news is it?
sibling-news-photo-prompt = What do you do, { $nickname }?
sibling-news-post-photo = Snap a photo of Malik in bed and post it: "He's in hospital!"
sibling-news-post-photo-feedback = You wanted to answer your friends, and that's caring. But it's Malik's news and Malik's photo. Once it's posted, people can save it and pass it on.
sibling-news-post-photo-malik = He saw the flash, but he doesn't know where the photo went.
sibling-news-ask-malik = Ask Malik: "Can I tell my class you're in hospital?"
sibling-news-ask-malik-feedback = It's his news, so you asked him first. That shows respect.
sibling-news-ask-malik-malik = He got asked, just like a grown-up.
sibling-news-later = Write: "He's okay. I'll tell you more later."
sibling-news-later-feedback = You calmed your friends without sharing private news. Now you have time to ask Malik and Papa.
sibling-news-later-ibrahim = He knows Malik is okay, and that's all he needed.
sibling-news-details = Write everything: "He has diabetes. He needs insulin now."
sibling-news-details-feedback = You were honest, and your friends were worried. But health news belongs to the person. Malik might want to tell it his own way.
sibling-news-details-ibrahim = He didn't expect so much news all at once.

## The photo
sibling-news-chat-reacts = Lots of replies appear: "Whoa!" "What's that on his arm?" "Is he really sick?"
sibling-news-malik-sees = Hey, that's me! Why is my picture in your class chat? I look weird in bed.
sibling-news-delete-prompt = Malik looks upset. What do you do, { $nickname }?
sibling-news-delete-sorry = Delete the photo and say sorry to Malik.
sibling-news-delete-sorry-feedback = Deleting it fast and saying sorry helps a lot. Someone may have saved it, but it won't spread any further from you.
sibling-news-delete-sorry-malik = You listened to him and took it down.
sibling-news-keep-it = Keep it up. Everyone is being so nice about it.
sibling-news-keep-it-feedback = The comments are kind. But Malik said he doesn't like it, and it's his photo. It's not too late to delete it.
sibling-news-keep-it-malik = His picture is still there, and he said he doesn't like it.
sibling-news-malik-forgives = It's okay. Just ask me next time!
sibling-news-details-reacts = The questions pile up: "Can you catch it?" "Does it hurt?" "Will he be okay?"

sibling-news-doctor-answers = I saw one of those questions. Nobody can catch diabetes. But Malik might like to explain the rest himself.

## Papa
sibling-news-papa-says = Malik's news is his to share. Let's ask him what he wants his friends to know.
sibling-news-malik-wanted = I wanted to tell my friends myself. In my own way.
sibling-news-malik-answers = I want to tell my friends myself! When I'm back, I'll show them my sugar checker.
sibling-news-papa-notices = And how about you? It's been a big week for you too.
sibling-news-feelings-prompt = Papa is asking about you. What do you say, { $nickname }?
sibling-news-tell-worried = Tell Papa you've been worried too.
sibling-news-tell-worried-feedback = Your feelings matter too. Saying them out loud can make them lighter.
sibling-news-tell-worried-papa = Now he knows how you feel, and he can help.
sibling-news-im-fine = Say: "I'm fine. Malik is the one who's sick."
sibling-news-im-fine-feedback = It's kind to think of Malik first. But worried feelings are okay, and grown-ups want to hear them. You can tell Papa any time.
sibling-news-im-fine-papa = He has seen you go quiet all week.
sibling-news-tell-chloe = Message your friend Chloé: "It's been a tough week. Can we talk?"
sibling-news-tell-chloe-feedback = Good idea. You can share how you feel with a friend, without sharing Malik's news.
sibling-news-tell-chloe-chloe = You trusted her, and she wants to help.

## The class chat
sibling-news-chat-waiting = The class chat is still waiting for an answer.
sibling-news-answer-prompt = What do you write to the class now?
sibling-news-his-way = "Malik is doing well! He wants to tell you about it himself when he's back."
sibling-news-his-way-feedback = You answered your friends and kept Malik's news for Malik. That's care in action.
sibling-news-his-way-malik = He gets to tell his own story.
sibling-news-his-way-ibrahim = Malik is doing well. That's what he wanted to know.
sibling-news-cards = "He's doing well! Want to make him get-well cards?"
sibling-news-cards-feedback = Your class can care about Malik without knowing every detail. Lovely idea!
sibling-news-cards-malik = Get-well cards are on their way to him.
sibling-news-answer-all = Answer all their questions. They keep asking.
sibling-news-answer-all-feedback = Your friends care, and that's nice. But Malik wants to tell it himself. You can say "He'll tell you" and stop there.
sibling-news-answer-all-malik = His news is out before he gets the chance to tell it.
sibling-news-mute = Don't answer. Mute the chat.
sibling-news-mute-feedback = A break can help. But your friends are still worried. A short answer would calm them.
sibling-news-mute-ibrahim = He still doesn't know if Malik is okay.
sibling-news-papa-hug = That evening, Papa gives you a long hug. You sleep better than you have all week.
sibling-news-cards-arrive = The next day, a big pile of get-well cards arrives. Malik reads every one.

## Endings
sibling-news-end-his-way = Next week, Malik is back at school. He tells his class about diabetes himself, and shows them his sugar checker. They have lots of questions!
sibling-news-end-his-way-reflect = Whose news is it? How can you find out what someone wants to share?
sibling-news-end-his-way-malik = He told his own story, his way.
sibling-news-end-his-way-papa = His two kids looked after each other this week.
sibling-news-end-not-his-way = Malik goes back to school. His friends already know everything. He shows them his sugar checker anyway, but he wishes he had told them first.
sibling-news-end-not-his-way-reflect = How could you answer worried friends without telling someone else's news?
sibling-news-end-not-his-way-malik = He didn't get to tell his own news.
sibling-news-end-not-his-way-papa = He knows you meant well. Next time, you'll ask first.
sibling-news-end-photo-stayed = Back at school, a kid tells Malik: "I saw your photo in bed!" Malik goes quiet. That night, Papa helps you delete the photo, and you say sorry again.
sibling-news-end-photo-stayed-reflect = What would you want someone to ask before they post a photo of you?
sibling-news-end-photo-stayed-malik = Kids he hardly knows saw him in his hospital bed.
sibling-news-end-photo-stayed-papa = He helps you fix it, and he knows you'll ask next time.

## For teachers
sibling-news-discuss-1 = Why is news about someone's health theirs to share? How could you answer worried friends without telling someone else's news?
sibling-news-discuss-2 = A photo in a class chat can be saved and passed on. What would you want someone to ask before posting a photo of you, especially in hospital?
sibling-news-discuss-3 = When someone in a family is ill, brothers and sisters can feel worried too. Who could they talk to, and how can friends help?
