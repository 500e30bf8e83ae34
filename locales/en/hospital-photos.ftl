hospital-photos-title = A photo from the hospital
hospital-photos-summary = A photo of Amara in her hospital bed is shared in the class chat with jokes, and the child decides how to help.

hospital-photos-amara = Amara
hospital-photos-kenji = Kenji
hospital-photos-mateo = Mateo
hospital-photos-priya = Priya
hospital-photos-ms-okafor = Ms. Okafor

hospital-photos-hook = It's Saturday. You and Priya are doing homework. Amara from your class is in hospital this week.
hospital-photos-kenji-visits = Kenji went to visit her today. Then the class chat buzzes.
hospital-photos-kenji-posts = Visited Amara today! Here she is 😄
hospital-photos-the-photo = It's a photo of Amara asleep in her hospital bed, hair all messy.
hospital-photos-mateo-joke = Haha, Sleeping Beauty! 😴😂
hospital-photos-more-laughs = More laughing faces pop up. Lots of people are looking.

hospital-photos-first-look = You look at the photo, { $nickname }. What do you do?
hospital-photos-forward = Forward it to your cousin. It's kind of funny.
hospital-photos-forward-feedback = It felt like a small joke. But now the photo is in another chat. Asking your cousin to delete it helps.
hospital-photos-forward-amara = People she doesn't know can see her in bed.
hospital-photos-sticker = Add a sleepy sticker. Everyone else is joining in.
hospital-photos-sticker-feedback = One sticker feels tiny. But each one tells Amara another person laughed. A kind word next can help.
hospital-photos-sticker-amara = Lots of people laughed at her during a hard week.
hospital-photos-sticker-mateo = He thinks everyone likes his joke.
hospital-photos-imagine = Stop and imagine you're Amara, seeing this.
hospital-photos-imagine-feedback = You took Amara's view. Being in hospital is hard enough without being laughed at.
hospital-photos-imagine-amara = Amara doesn't know yet. But you're already thinking of her.
hospital-photos-ask-ok = Ask: "Did Amara say it's OK to post this?"
hospital-photos-ask-ok-feedback = Great question. A photo of someone is theirs too, so we ask before we share.
hospital-photos-ask-ok-kenji = He didn't think to ask her.
hospital-photos-ask-ok-priya = She was wondering the same thing.

hospital-photos-cousin-replies = Your cousin replies: "Ha, who's that? Can I send it to my friends?"
hospital-photos-cousin-choice = The photo could travel even further. What do you write?
hospital-photos-cousin-delete = "No, please delete it. She didn't say it was OK."
hospital-photos-cousin-delete-feedback = Good save! You can't unsend a photo, but you can ask people to delete it.
hospital-photos-cousin-delete-amara = Amara's privacy is protected. Fewer people will see a photo she never agreed to.
hospital-photos-cousin-share = "Sure, send it. It's funny."
hospital-photos-cousin-share-feedback = Every share makes a photo harder to take back. It's never too late to ask people to delete it.
hospital-photos-cousin-share-amara = Strangers are laughing at her now.

hospital-photos-amara-online = Then Amara comes online. She reads the whole chat.
hospital-photos-amara-oh = oh.

hospital-photos-after-oh = Amara only wrote "oh." What do you do, { $nickname }?
hospital-photos-ask-public = Write: "Kenji, could you delete it? Amara didn't say OK."
hospital-photos-ask-public-feedback = You stood up for Amara without being mean to anyone. That takes courage.
hospital-photos-ask-public-amara = Someone noticed her "oh" and spoke up.
hospital-photos-ask-public-kenji = He didn't mean to hurt her, and now he sees it.
hospital-photos-ask-public-priya = She writes: "Yes, please delete it."
hospital-photos-ask-private = Message Kenji on his own: "I think Amara's upset. Could you delete it?"
hospital-photos-ask-private-feedback = A private message lets Kenji fix it without feeling called out in front of everyone.
hospital-photos-ask-private-kenji = It's easier to listen when nobody is watching.
hospital-photos-just-joke = Write: "Relax Amara, it's just a joke! 😂"
hospital-photos-just-joke-feedback = You wanted to keep it light. But "just a joke" can make feelings seem not to count. Asking to delete the photo helps.
hospital-photos-just-joke-amara = Her feelings got brushed off in front of everyone.
hospital-photos-just-joke-mateo = He thinks you're on his side.
hospital-photos-say-nothing = Say nothing. It will blow over.
hospital-photos-say-nothing-feedback = Staying quiet can feel safer. But silence can look like everyone agrees. Even one kind voice helps.
hospital-photos-say-nothing-amara = She sees lots of laughs and nobody saying stop.

hospital-photos-kenji-sorry = Sorry, Amara! I just wanted to show you're OK. I deleted it.
hospital-photos-photo-stays = The photo stays in the chat. Two more laughing faces pop up.
hospital-photos-amara-quiet = Amara doesn't write anything else. She has gone quiet.

hospital-photos-reach-out = How could you reach out to Amara, { $nickname }?
hospital-photos-private-message = Message Amara on her own: "Sorry about the photo. We miss you! 💛"
hospital-photos-private-message-feedback = You cared in action. A private message says "I'm on your side" without an audience.
hospital-photos-private-message-amara = Someone is thinking of her, not laughing at her.
hospital-photos-group-get-well = Post "Get well soon, Amara!" in the class chat.
hospital-photos-group-get-well-feedback = Kind words! But in the class chat they sit right under the jokes. A private message can feel safer.
hospital-photos-group-get-well-amara = Amara feels a bit better. But she still sees the jokes above it.
hospital-photos-screenshots = Send Amara screenshots of the jokes, so she knows who laughed.
hospital-photos-screenshots-feedback = You wanted her to know. But reading every joke again hurts, and screenshots make more copies. A kind message helps more.
hospital-photos-screenshots-amara = She reads every joke again, one by one.

hospital-photos-amara-thanks = Thanks. It's boring in here, and that made me smile. 💛
hospital-photos-no-reply = Amara doesn't reply. Maybe she is resting.
hospital-photos-uneasy = Still, lots of people saw that photo. Some may have saved it.

hospital-photos-grown-up = This feels too big to fix alone. What do you do?
hospital-photos-tell-teacher = Tell Ms. Okafor, your teacher, what happened.
hospital-photos-tell-teacher-feedback = Telling a grown-up isn't getting people in trouble. It's getting help for Amara.
hospital-photos-tell-teacher-okafor = You trusted her, and now she can help.
hospital-photos-tell-parent = Tell a grown-up at home tonight, and show them the chat.
hospital-photos-tell-parent-feedback = Brave and wise. They listen, then help you write to Ms. Okafor.
hospital-photos-tell-parent-okafor = Now she knows, and she has a plan.
hospital-photos-ask-amara = Ask Amara first: "Is it OK if I tell Ms. Okafor?"
hospital-photos-ask-amara-feedback = You asked before sharing her news. That shows respect, and it gets help too.
hospital-photos-ask-amara-amara = She gets a say in what happens next.
hospital-photos-keep-quiet = Keep it to yourself. Telling feels like snitching.
hospital-photos-keep-quiet-feedback = Lots of people worry about that. But telling to help someone is caring, not snitching. You can still tell a grown-up tomorrow.
hospital-photos-keep-quiet-amara = She doesn't know where that photo has gone.

hospital-photos-amara-says-yes = Yes, please. I don't want this to happen to anyone else.
hospital-photos-teacher-steps-in = Photos of people belong to them too. Let's ask first, and delete this one together.

hospital-photos-end-cared-for = The photo is gone, and Ms. Okafor checks nobody kept a copy. The class makes Amara a giant get-well card.
hospital-photos-end-cared-for-reflect = What would you want friends to do if a photo of you was shared?
hospital-photos-end-cared-for-amara = She knows her class cares about her.
hospital-photos-end-cared-for-kenji = He fixed his mistake, and next time he'll ask first.
hospital-photos-end-grown-up-helps = Everyone deletes the photo. Kenji says sorry, and Mateo sends Amara a get-well message.
hospital-photos-end-grown-up-helps-reflect = Which grown-ups could you tell if a photo of a friend was shared?
hospital-photos-end-grown-up-helps-amara = A grown-up helped, and the photo is gone.
hospital-photos-end-grown-up-helps-mateo = He didn't think about how Amara felt. Now he does.
hospital-photos-end-still-wondering = Amara comes back to school. She smiles, but she still wonders who saw that photo.
hospital-photos-end-still-wondering-reflect = If you could go back, what would you do so Amara didn't have to wonder?
hospital-photos-end-still-wondering-amara = It's hard not knowing where a photo went.
hospital-photos-end-still-wondering-priya = The two of you save Amara a seat at lunch.

hospital-photos-discuss-1 = Why might someone not want a photo of themselves in hospital shared, even a friendly one?
hospital-photos-discuss-2 = Kenji didn't mean to hurt Amara. What could he have done before posting?
hospital-photos-discuss-3 = Has a photo of you ever been shared without asking? How did it feel, and who helped?
