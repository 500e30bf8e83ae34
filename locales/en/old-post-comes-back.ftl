old-post-comes-back-title = An old video comes back
old-post-comes-back-summary = A video the child posted at age 8, singing and dancing, is found and shared by classmates. Children practise handling embarrassment, being kind to themselves, seeing who they are now, asking for a post to be taken down, thinking about what they post today, and not sharing other people's old posts.

## Characters
old-post-comes-back-ayo = Ayo
old-post-comes-back-freya = Freya
old-post-comes-back-ines = Ines
old-post-comes-back-grandma-rosa = Grandma Rosa

## Hook and turn
old-post-comes-back-hook = It's lunchtime at school. You're eating with Freya when both your phones buzz.
old-post-comes-back-ayo-posts = LOL look what I found! Our very own pop star!
old-post-comes-back-the-video = It's a video you posted when you were 8. You're singing into a hairbrush and dancing in your pyjamas.
old-post-comes-back-comments = Comments pop up: "so cute!", "cringe!", "play it again!" At the next table, people are watching it.
old-post-comes-back-freya-notices = Are you okay? Your face has gone bright red.

## Decision 1
old-post-comes-back-react-prompt = Your cheeks are burning, { $nickname }. What do you do first?
old-post-comes-back-comeback = Write back: "At least I'm not as boring as you, Ayo."
old-post-comes-back-comeback-feedback = You wanted the laughing to stop. But a mean comeback hurts Ayo and keeps the chat going. A calm reply, or no reply, works better.
old-post-comes-back-comeback-ayo = Now he's being put down in front of everyone.
old-post-comes-back-own-it = Write: "Ha, I was 8! Still got the moves though."
old-post-comes-back-own-it-feedback = Owning it can take the sting out, if it feels true for you. You don't have to find it funny, though.
old-post-comes-back-own-it-ayo = You didn't hide, so the joke loses its power.
old-post-comes-back-own-it-freya = You're standing tall.
old-post-comes-back-breathe = Put the phone away and take a slow breath with Freya.
old-post-comes-back-breathe-feedback = Pausing before you reply is a strong move. Big feelings shrink a little when you breathe.
old-post-comes-back-breathe-freya = She's right beside you.
old-post-comes-back-deny = Write: "That's not me. It's fake."
old-post-comes-back-deny-feedback = Hiding felt safer. But it can make you feel you have to hide who you were. Being 8 is nothing to be ashamed of.
old-post-comes-back-deny-freya = She knows it's you, and wonders why you're hiding.

old-post-comes-back-self-talk = All afternoon, the video plays in your head. A voice inside says: "Everyone thinks you're weird now."

## Decision 2
old-post-comes-back-self-prompt = What do you tell yourself?
old-post-comes-back-harsh = "They're right. I'm so embarrassing. I wish I could hide forever."
old-post-comes-back-harsh-feedback = Lots of people feel this after being laughed at. But you'd never talk to a friend like that. Try being that friend to yourself.
old-post-comes-back-harsh-freya = She can see you're being hard on yourself.
old-post-comes-back-kind = "I was 8 and having fun. That's okay. I'm still me, just older."
old-post-comes-back-kind-feedback = That's kindness to yourself. Everyone grows and changes. Little you was just having fun.
old-post-comes-back-kind-freya = You're talking to yourself the way a friend would.
old-post-comes-back-talk = Tell Freya how it really feels.
old-post-comes-back-talk-feedback = Sharing a big feeling with a friend makes it lighter. You don't have to carry it alone.
old-post-comes-back-talk-freya = You trusted her with something real.

old-post-comes-back-freya-shares = I get it. There's a video of me singing with my old braces. My dad took it down when I asked.

## At home
old-post-comes-back-home = At home, you show Grandma Rosa. She helped you post the video when you were little.
old-post-comes-back-rosa-asks = Oh, sweetheart. You were so happy that day. But it's your video. What would you like to do now?

## Decision 3
old-post-comes-back-video-prompt = The video is still on your old account. What do you decide, { $nickname }?
old-post-comes-back-take-down = Ask Grandma Rosa to help you delete it. Then ask Ayo to delete his copy.
old-post-comes-back-take-down-feedback = It's your video, so you get to decide. Taking it down stops new people finding it.
old-post-comes-back-take-down-rosa = You're taking charge of your own story.
old-post-comes-back-keep = Keep it up. Little you was brave, and you like that.
old-post-comes-back-keep-feedback = That's your choice to make. Just remember that it can keep being found and shared.
old-post-comes-back-keep-rosa = You still like little you, just as she does.
old-post-comes-back-ignore = Do nothing, and hope everyone forgets about it.
old-post-comes-back-ignore-feedback = Wanting it to go away is natural. But old posts can keep coming back. You can still decide to take it down.
old-post-comes-back-ignore-rosa = She knows old videos can pop up again.

old-post-comes-back-rosa-today = Here's a trick for what you post today. Ask yourself: "Would I be okay with this in five years?"

## The next day
old-post-comes-back-ayo-sorry = Hey, I deleted it from the chat. Honestly, I thought it was cute, not embarrassing. Sorry.
old-post-comes-back-ayo-cross = You called me boring in front of everyone. So I'm leaving the video up.
old-post-comes-back-video-still-around = The next day, the video is still in the class chat. A few people hum your song in the corridor.

old-post-comes-back-ines-photo = That evening, you scroll an old school page. You find a photo of Ines at age 7, with a giant bow and a gap-toothed grin.
old-post-comes-back-temptation = A thought pops up: if you post this, people might stop talking about your video.

## Decision 4
old-post-comes-back-ines-prompt = What do you do with Ines's old photo?
old-post-comes-back-post-ines = Post it in the class chat. Now it's someone else's turn.
old-post-comes-back-post-ines-feedback = It's tempting to pass the spotlight on. But now Ines feels what you felt. Deleting it fast can still help.
old-post-comes-back-post-ines-ines = Her old photo is in the chat, and she didn't choose that.
old-post-comes-back-scroll-past = Scroll past. It's Ines's photo, not yours to share.
old-post-comes-back-scroll-past-feedback = You turned your own hard day into kindness for someone else. That's real empathy.
old-post-comes-back-scroll-past-ines = Her old photo stays where it was.
old-post-comes-back-tell-ines = Tell Ines tomorrow that the photo is out there, so she can decide.
old-post-comes-back-tell-ines-feedback = You gave Ines the choice. It's her photo and her story.
old-post-comes-back-tell-ines-ines = She gets a say before anyone else sees it.

## Endings
old-post-comes-back-end-you-now = The old video is gone from your account and the class chat. You still sing, just not into a hairbrush. At lunch, you and Freya sit with Ines.
old-post-comes-back-end-you-now-reflect = What would you like to remember about your younger self?
old-post-comes-back-end-you-now-freya = You were kind to yourself, and to Ines too.
old-post-comes-back-end-you-now-ines = Her old photo is safe, and she has friends at her table.
old-post-comes-back-end-still-online = The video is still online, and sometimes someone hums your song. But you know who you are now. Grandma Rosa will help if you change your mind.
old-post-comes-back-end-still-online-reflect = What can you do if an old post of you comes back?
old-post-comes-back-end-still-online-freya = She's still right beside you.
old-post-comes-back-end-still-online-rosa = She trusts you to decide, and she's ready to help.
old-post-comes-back-end-two-sides = Ines goes quiet when she sees her photo. You remember your own burning cheeks. You delete it and say sorry, and Grandma Rosa helps you think it through.
old-post-comes-back-end-two-sides-reflect = How is sharing someone else's old post different from sharing your own?
old-post-comes-back-end-two-sides-ines = Lots of people saw her photo before it was gone.
old-post-comes-back-end-two-sides-rosa = Everyone makes mistakes. She is helping you put this one right.

## For teachers
old-post-comes-back-discuss-1 = Why might a video that felt fine to post at 8 feel different at 11? What stays the same about who we are, and what changes?
old-post-comes-back-discuss-2 = Ayo thought the video was cute, not embarrassing. How can the same post feel different to the person in it? What could Ayo have asked first?
old-post-comes-back-discuss-3 = What could you ask yourself before posting something today? Who could help you take down an old post you no longer want online?
