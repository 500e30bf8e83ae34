school-message-title = A message from school?
school-message-summary = A message that looks like it comes from the school says "Your account will be closed today! Log in here." A classmate has already typed his password and feels silly. Children practise spotting the signs of phishing, supporting someone who was tricked, changing a password safely with a grown-up and warning others through a teacher.

## Characters
school-message-ibrahim = Ibrahim
school-message-chloe = Chloé
school-message-mum = Mum

## Hook
school-message-hook = It's Sunday evening. You're finishing homework on the family laptop. Mum is at the table too, paying bills.
school-message-new-message = A new message pops up. It has the school logo, and it says it's from "Schoo1 Office".
school-message-message-text = It says: "URGENT!!! Your acount will be closed TODAY. Log in hear now to keep it: sch00l-log1n.zz"
school-message-heart-beats = Your heart beats fast. All your homework is in that account!

## The message
school-message-first-prompt = What do you do, { $nickname }?
school-message-log-in = Tap the link and log in fast. You need that account!
school-message-log-in-feedback = The message was made to look real and to rush you. Lots of people tap. Changing your password soon fixes it.
school-message-log-in-mum = She sees you typing fast with a tense face.
school-message-look-closely = Stop. Read it again, slowly.
school-message-look-closely-feedback = Slowing down beats a trick. Rushing you is exactly what the message wants.
school-message-look-closely-mum = She sees you stop and think before you tap.
school-message-ask-mum = Show Mum: "Is this real?"
school-message-ask-mum-feedback = Asking before you tap is smart. Two pairs of eyes spot more.
school-message-ask-mum-mum = You checked with her before you tapped anything.
school-message-forward = Send it to the class chat: "Did everyone get this?"
school-message-forward-feedback = You wanted to warn people. But now the trick link is in front of the whole class. A warning without the link is safer.
school-message-forward-chloe = She almost tapped the link in your post.

## After the first choice
school-message-typed-page = A page opens that looks like the school's. You type your name and password. Then the page goes blank.
school-message-mum-puzzled = You look puzzled. What happened?
school-message-mum-not-your-fault = Thanks for telling me. These tricks fool lots of grown-ups too. Let's look at it together.
school-message-chloe-replies = Is this real?? I nearly tapped it! My mum says don't.
school-message-mum-looks = Let me see. Let's look at it together.
school-message-mum-signs = See the clues? It's in a big hurry. The link isn't our school's website. And "acount" and "hear" are spelled wrong.
school-message-mum-phishing = Schools never ask for passwords in a message. This trick is called phishing. It's fishing for passwords.
school-message-change-own = You type the real school website yourself. With Mum, you log in and change your password. Done!
school-message-fix-forward = You delete your post and write: "Don't tap that link, it's a trick!" Chloé sends a thumbs-up.

## Ibrahim
school-message-ibrahim-buzz = Then your phone buzzes. It's Ibrahim from your class.
school-message-ibrahim-says = I got that school message and logged in. Chloé says it's fake. I feel so silly. Please don't tell anyone.
school-message-you-too = You know just how he feels. It happened to you an hour ago.
school-message-ibrahim-prompt = What do you write back, { $nickname }?
school-message-laugh = "Haha, how did you fall for that?"
school-message-laugh-feedback = It was meant as a joke. But Ibrahim already feels bad, and these tricks fool lots of people. A kind word helps.
school-message-laugh-ibrahim = He already felt bad. Now a friend is laughing too.
school-message-kind = "It's not your fault. That message was made to trick people."
school-message-kind-feedback = Nobody should feel ashamed for being tricked. You put the blame on the trick, not on Ibrahim.
school-message-kind-ibrahim = It was the trick's fault, not his. He can breathe again.
school-message-forget-it = "Don't worry. Just forget about it."
school-message-forget-it-feedback = You wanted to cheer him up. But the trick knows his password now. Changing it soon keeps his account safe.
school-message-forget-it-ibrahim = He feels better for now. But his password is still out there.
school-message-name-him = Post in the class chat: "Ibrahim got tricked! Don't be like him."
school-message-name-him-feedback = Warning the class is a good idea. But naming Ibrahim puts him on the spot. A warning with no names works better.
school-message-name-him-ibrahim = Now the whole class knows, and he asked you not to tell.
school-message-name-him-chloe = She didn't expect Ibrahim to be named in front of everyone.
school-message-ibrahim-quiet = Ibrahim doesn't answer for a long time. Then a short message comes.
school-message-ibrahim-ok = ok. what do I do now?
school-message-ibrahim-thanks = Thanks. That helps. So what do I do now?

## Fixing it
school-message-fix-prompt = What do you tell Ibrahim to do, { $nickname }?
school-message-change-with-adult = "Change your password tonight with your dad. Use the real school website."
school-message-change-with-adult-feedback = That's the fix. Once the password is new, the old one the trick saw won't work.
school-message-change-with-adult-ibrahim = He has a plan, and his dad will help.
school-message-through-link = "Go back to the link and change your password there."
school-message-through-link-feedback = That link leads to the trick page, so the new password would go there too. Typing the real school website yourself is safer.
school-message-through-link-ibrahim = He nearly gave his new password to the trick too.
school-message-wait-see = "Wait and see if anything weird happens."
school-message-wait-see-feedback = Waiting feels easier. But the sooner the password changes, the safer the account. It's not too late.
school-message-wait-see-ibrahim = He keeps wondering who has his password.
school-message-ibrahim-fixed = Done! Dad helped me. My old password is no use to anyone now.
school-message-dad-stops = Dad saw the page and stopped me. It was the trick page again! We used the real school website instead. Done.
school-message-mum-suggests = It's safer to change it tonight. Shall I call his dad?
school-message-mum-calls = Mum calls Ibrahim's dad. That evening, they change his password together.

## Who else should know?
school-message-school-tomorrow = The next morning, you pack your bag for school. Other kids may have got the message too.
school-message-tell-prompt = What do you do, { $nickname }?
school-message-tell-teacher = Tell your teacher about the message, so she can warn the class.
school-message-tell-teacher-feedback = Telling protects the whole class. You're telling on the trick, not on Ibrahim.
school-message-tell-teacher-ibrahim = You talk about the message, not about him.
school-message-check-site = Check the real school website first. Then show your teacher.
school-message-check-site-feedback = Good detective work! The real website says: "We never ask for passwords in a message." Now you can show your teacher.
school-message-check-site-mum = You checked the real source for yourself.
school-message-keep-secret = Tell nobody. Ibrahim asked you not to.
school-message-keep-secret-feedback = You wanted to keep your word. But other kids might get tricked too. You can warn the teacher without saying who typed a password.
school-message-keep-secret-ibrahim = His secret is safe with you.
school-message-keep-secret-chloe = She still isn't sure which messages to trust.

## Endings
school-message-end-class-safe = Your teacher warns the whole class about the fake message, with no names. Ibrahim catches your eye and grins.
school-message-end-class-safe-reflect = How can you help a friend who was tricked online, without making them feel silly?
school-message-end-class-safe-ibrahim = He fixed it, and a friend stood by him.
school-message-end-class-safe-chloe = She knows the clues of a fake message now.
school-message-end-teacher-helps = Your teacher warns the class, with no names. At break, you say sorry to Ibrahim. He nods. "Thanks for helping me fix it."
school-message-end-teacher-helps-reflect = What could you say to a friend who feels silly for being tricked?
school-message-end-teacher-helps-ibrahim = The sorry helped. His account is safe again.
school-message-end-two-more = At school, two more kids say they typed their passwords into the trick page. Your teacher warns everyone, and they all change their passwords.
school-message-end-two-more-reflect = What could you do so fewer people get tricked?
school-message-end-two-more-chloe = She wonders what else might be fake.
school-message-end-two-more-ibrahim = His password is safe. The teacher helps the others too.

## For teachers
school-message-discuss-1 = The message was in a hurry, had a strange link and spelling mistakes. What other clues can show that a message is a trick? Where can you check if it is real?
school-message-discuss-2 = Ibrahim felt silly for being tricked and asked his friend not to tell. Why do people feel ashamed after a trick, and how can we make it easy for them to ask for help?
school-message-discuss-3 = Which grown-ups could help you change a password safely? Why is it better to type a website yourself than to use a link in a message?
