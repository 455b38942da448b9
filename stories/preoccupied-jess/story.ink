// Jess: the last session before the break. Anxious (preoccupied) attachment.
// Session 14 of open-ended weekly counselling (Wednesdays at eleven) at a low-cost counselling
// centre; the therapist's two-week summer break starts tomorrow. Client state: alliance, arousal and
// autonomy (0–5). `blur` (hidden, 0–2) counts the times the frame was loosened. Branches depend
// only on ink variables, never on visit counts. Risks not written on an option are low.

VAR alliance = 3
VAR arousal = 3
VAR autonomy = 1
VAR blur = 0

-> gift

=== gift ===
Wednesday, eleven o'clock. The receptionist tells you Jess Marlow has been in the waiting room since twenty to. When you go out to fetch her she is already on her feet, holding a cake tin in both hands.
Hiya! Sorry. I know I'm early. I was passing. Sort of. #client #cue: talking fast; holds the tin out before you've reached her
It's lemon drizzle. I made it at midnight, which tells you how my week's been. There's a card, but don't read it now, it's cringe. #client
The envelope is taped to the lid. Through the paper you can make out, in glitter pen: "To my favourite person. Don't forget me!!"
* [“Oh, you shouldn't have! Lemon drizzle's my favourite. Did you remember that? That's so thoughtful of you.”]
    #option: gift.effusive
    #rate: boundaries-frame=1 attunement=2 boundary-confusion=elevated
    #feedback: Taking a small home-made gift can be fine; gushing over it, on the day before a break, feeds the sense of being your favourite and walks straight past the card. Enjoying being special to a client is one of the pulls worth noticing in yourself.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing
    ~ erode()
    ~ shift(arousal, 1)
    I knew it! You said, ages ago, about your nan's cake. #client #cue: glowing; follows you in close behind
* [“Thank you. 'Don't forget me', though. Can we come back to that once we're sitting down?”]
    #option: gift.read-card
    #rate: boundaries-frame=3 attunement=2
    #feedback: You caught the real message and gave it a place in the session, which matters. But she had just asked you not to read the card yet, and you read it out in the corridor. Receiving first and letting her choose when the card comes in would have respected the request and kept the message.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing
    ~ shift(arousal, 1)
    Oh no. I said don't read it. #client #cue: hides her face behind her hand, laughing, mortified
* [“Thank you, that's kind. Let's take it in with us, card and all.”]
    #option: gift.receive
    #rate: boundaries-frame=3 attunement=3
    #feedback: You took the gift simply, without a fuss either way, and let the card come into the room without reading it against her wishes. Its message is now something the two of you can come back to when she is ready, which is how a bid for closeness can become work on separateness.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing
    ~ shift(alliance, 1)
    Card and all. Oh God. OK. #client #cue: laughs, pink; walks beside you rather than behind
* [Take the tin with a quick thank-you, put it on the shelf in the room, and start the session as usual.]
    #option: gift.set-aside #action
    #rate: boundaries-frame=2 attunement=2
    #feedback: Calm and unfussy, which is worth something. But the tin and the card were the first thing she brought today, and with a client who fears being forgotten a gift is usually a message about the relationship; putting it out of sight leaves the message unread.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing
    She watches the tin go onto the shelf, and keeps glancing at it as she sits.
- -> emails

=== emails ===
She sits on the edge of the chair, coat still on.
Did you get my emails? You only sent back the bit about the contact policy. I thought you were annoyed with me. You were a bit quiet last Wednesday. #client #cue: searching your face
There were three. The last arrived at eleven forty-eight on Sunday night: "Have I done something wrong? Just tell me if I have."
* [“It sounds like something I did last Wednesday left you feeling I was annoyed with you. Can you tell me what it was?”]
    #option: emails.explore
    #rate: boundaries-frame=2 rupture-repair=3 attunement=2
    #feedback: Good rupture work: open to your own part and inviting her account, the move the research favours while a strain is live. But she asked you a direct question and it stays unanswered while she is at her most anxious, and the contact policy she experienced as coldness is left without its reason.
    #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy
    Just, you didn't laugh at my joke about the bus. And then the email was so short. #client #cue: twisting her ring
* [“I'm so sorry, Jess. I wasn't annoyed at all. I should have written back to you properly.”]
    #option: emails.apologise
    #rate: boundaries-frame=1 rupture-repair=1 attunement=2 boundary-confusion=elevated
    #feedback: The relief is kind, but the apology says the policy was a mistake and that more emails would get fuller replies. Over-apologising for a boundary gives way on the very structure she needs in order to feel safe.
    #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy
    ~ erode()
    ~ shift(arousal, -1)
    Oh thank God. I knew I was being stupid. #client #cue: sags with relief
    So it's OK to email, then? #client #cue: quickly, hopefully
* [“I got all three. I wasn't annoyed. I keep replies short so we can really talk in here. How was Sunday night?”]
    #option: emails.answer-and-frame
    #rate: boundaries-frame=3 rupture-repair=2 attunement=3
    #feedback: You answered her fear first, gave the boundary its reason in her interest, and turned to what the silence was like for her. The trade-off: you reassured rather than asking what you did last week that felt cold, so the rupture is settled rather than explored; it is worth coming back to once she is steadier.
    #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy
    ~ shift(alliance, 1)
    ~ shift(arousal, -1)
    Horrible. #client #cue: laughs, but her eyes fill
    I kept checking. Like, every ten minutes. I know that's mad. #client
* [“As we agreed when we started, I keep email for practical things like times and dates. That's so we have proper time for the rest in here.”]
    #option: emails.policy
    #rate: boundaries-frame=3 rupture-repair=1 attunement=2
    #feedback: The limit comes with its reason, in her interest, which is how a boundary can feel like care. But she asked whether you were annoyed with her, and that question goes unanswered: to an anxious client, a policy where an answer should be sounds like the coldness she feared.
    #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy
    ~ shift(alliance, -1)
    ~ shift(arousal, 1)
    Right. Yeah. Proper time. #client #cue: pulls her coat tighter
- -> spiral

=== spiral ===
{ arousal >= 4:
    And then, before you can answer, the words start to come faster.
- else:
    She takes a breath, and then the week comes out in a rush.
}
Tom's new girlfriend posted a picture at the lido and she's got the same coat as me, the green one, so he's basically replaced me with a better me, and Mum said on the phone I'm "a lot", and she's right, I've always been a lot, and I'm thirty in March and then that's basically it, I'll be in a flat on my own with a cat that doesn't even like me, and- #client #cue: breathless; hands moving; not looking at you
You can feel it pulling at you: the urge to rush in, to fix it, to find the right words fast enough to make it stop.
* [“Jess. Can we pause a second? That's a lot of worries all at once, and you're racing. Which one's loudest right now?”]
    #option: spiral.steady
    #rate: attunement=3 safety-pacing=3
    #feedback: You noticed the pull to rush in and did the opposite: slowed her down, kindly, and gave her one thing to hold instead of six. With a client who floods, containment is the attunement that comes first.
    #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship
    ~ shift(arousal, -2)
    ~ shift(alliance, 1)
    She stops. Breathes. Laughs, shakily.
    Sorry. I do that. #client
    The coat. The coat's the stupidest bit, isn't it. It's just a coat. #client
* [“You're not too much, Jess. You're kind and you're funny, and Tom's the one who's lost out here.”]
    #option: spiral.reassure
    #rate: attunement=1 safety-pacing=2
    #feedback: It interrupts, which helps a little, but reassurance answers the content and leaves the spin alone; she will need it again in five minutes. The pull to rescue an anxious client is strong, and worth noticing in yourself.
    #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship
    You have to say that. #client #cue: half a laugh; the spin slows, then picks up again
* [“Let's take a slow breath together, Jess. In through your nose, and out, nice and slowly.”]
    #option: spiral.breathe
    #rate: attunement=2 safety-pacing=2
    #feedback: Slowing the body is a sound instinct, and it does interrupt the flood. Offered as an instruction before she has been heard at all, though, it can feel like being managed; a word that shows you caught what she said, then one thing to hold, tends to land better.
    #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship
    ~ shift(arousal, -1)
    She breathes, obediently, twice. Then: "Sorry. I know. I'm doing it again." #cue: embarrassed
* [“Hang on. Thirty in March, and then that's basically it?”]
    #option: spiral.tease
    #rate: attunement=2 safety-pacing=2 shame-withdrawal=elevated
    #feedback: Gentle teasing can puncture a catastrophising spiral, and shared laughter at how far a worry has run can be a real relief. But it depends on the laugh being shared, and she is flooded and about to lose you for two weeks; it can land as being laughed at.
    #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship
    { alliance >= 4:
        ~ shift(arousal, -1)
        She stares at you. Then she snorts. "A cat that doesn't even like me," she says, and laughs properly, and so do you.
    - else:
        ~ shift(alliance, -1)
        Don't. Don't laugh at me. #client #cue: flinches; the smile goes out like a light
    }
- -> break

=== break ===
{ arousal >= 4:
    She wipes her face on her sleeve and looks at the calendar on your wall.
- else:
    She is quieter now. Her eyes go to the calendar on your wall.
}
And you're off after today. Two weeks. So. #client
Great. Off you go, then. People always do. #client #cue: arms folded, chin up; for a second a much younger face
* [“Of course it feels like that. With your mum, you never knew if she'd be home when you got back. I'm back on Wednesday the fourteenth, at eleven.”]
    #option: break.link-mum
    #rate: rupture-repair=2 attunement=2 safety-pacing=3
    #feedback: The date is exactly right, and using her story shows you know it. But linking her anger to her mother at the height of the protest moves it away from you, the person she is angry with right now; the research on ruptures favours validating first and saving the pattern for a calmer moment.
    #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy
    Yeah. I know. Mum. #client #cue: the anger goes flat rather than soft
    Can we not do Mum today. #client
* [“You're cross with me for going. That's allowed. I'm back on Wednesday the fourteenth, at eleven.”]
    #option: break.allow-anger
    #rate: rupture-repair=3 attunement=3 safety-pacing=2
    #feedback: You let her be angry with you, named it without defending, and answered the fear with a fact: a day and a time. The trade-off: you left her history out of it, which the linking option used well; here that restraint was the better call, because the link can wait and the anger cannot.
    #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy
    ~ shift(alliance, 1)
    ~ shift(autonomy, 1)
    The fourteenth. #client #cue: the arms loosen
    I say it fifty times a day at work, you know. "Grown-ups come back at home time." I just never believe it about me. #client
* [“I can hear how angry you are, and breaks often stir up old feelings about people leaving.”]
    #option: break.stock
    #rate: rupture-repair=2 attunement=2 safety-pacing=2
    #feedback: Nothing wrong in it, but it is a sentence that could be said to anyone, and "old feelings" quietly moves the anger away from you. She is still left without the one thing she needs to know: when you are back.
    #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy
    Old feelings. Right. #client #cue: looks at the window
* [“It's only two weeks, Jess. You'll be fine, honestly. It'll fly by.”]
    #option: break.minimise
    #rate: rupture-repair=1 attunement=1 safety-pacing=1 shame-withdrawal=elevated
    #feedback: Breezy reassurance tells her that what feels like an ending to her is small to you. A break is a rupture you can see coming with an anxious client; it needs taking seriously and planning for.
    #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy
    ~ shift(alliance, -1)
    ~ shift(arousal, 1)
    Right. Two weeks. Easy for you. #client #cue: looks away
- So what am I supposed to do for two weeks? #client
-> plan

=== plan ===
* [“What's got you through bad weeks before? Start with yours, and I'll add the centre's out-of-hours line.”]
    #option: plan.her-ideas
    #rate: safety-pacing=3 boundaries-frame=3 attunement=3
    #feedback: You built the plan from what she already knows about herself first, then filled the gap with support that sits inside the frame. That invites the slow move towards separateness an anxious client needs, with a safety net that does not depend on you.
    #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries
    ~ shift(autonomy, 1)
    She counts them off on her fingers, slowly at first: her flatmate Nadia, who makes terrible tea and never asks questions; the swimming she used to do before work; her brother Liam, who rings on Sundays.
* [“I've put together some grounding and self-soothing ideas on a sheet. Shall we go through it and pick the ones that suit you?”]
    #option: plan.worksheet
    #rate: safety-pacing=2 boundaries-frame=2 attunement=2
    #feedback: Collaborative and structured, and picking together is better than handing it over. But a ready-made sheet puts your ideas first, when she has ways of coping of her own that would carry more weight, and it leaves out who she can turn to if things get bad.
    #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries
    She takes the sheet and reads it carefully, and folds it into a very small square.
* [“Take my work mobile number. It's only for emergencies, but I'd rather you used it than sat on your own with it.”]
    #option: plan.work-mobile
    #rate: safety-pacing=2 boundaries-frame=1 attunement=2 boundary-confusion=elevated complaint-ethics=elevated
    #feedback: Kindly meant, but a number given to one client on the eve of a break is special treatment without reflection: it makes you the plan. Cover for a crisis belongs with the service's out-of-hours routes, which exist so that your leave is real leave.
    #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries
    ~ erode()
    She puts the number into her phone straight away, under "T", with a heart. You see her do it.
* [“If it would help, I could send you one short email halfway through, just to check in.”]
    #option: plan.check-in
    #rate: safety-pacing=2 boundaries-frame=1 attunement=2 boundary-confusion=elevated complaint-ethics=elevated
    #feedback: Generous, and it would calm her for now, but it turns the break into a smaller break and tells her the fear was right: the gap cannot be survived without you. Offering contact during leave to one client is a change of frame to take to supervision first.
    #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries
    ~ erode()
    ~ shift(arousal, -1)
    Would you? Oh, that would actually help so much. #client #cue: relief floods her face
- -> attack

=== attack ===
~ arousal = 5
Then, without warning, her face changes.
Why are we even doing this? Making lists, like I'm one of the kids at work. You don't care, not really. It's your job. I'm a name in your diary, eleven o'clock on a Wednesday. #client #cue: sharp, loud; eyes bright with tears and anger
It stings. You notice a quick, hot wish to list everything you have done for her: the emails answered, the minutes given, the thought.
* [“I do care about you, Jess, I really do. It isn't only a job to me, and I think part of you knows that.”]
    #option: attack.insist
    #rate: rupture-repair=2 attunement=2
    #feedback: True, and said warmly, but it answers the accusation with a counter-claim, so she has to argue or give in. The anger is about something you did today; asking about it would have helped more than insisting.
    #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing
    -> escalated
* [“If that's really how you feel about coming here, Jess, then maybe we need to think about whether this is the right kind of therapy for you.”]
    #option: attack.threaten-ending
    #rate: rupture-repair=1 attunement=1 escalation=high complaint-ethics=elevated shame-withdrawal=elevated
    #feedback: Harm flag. Raising the end of the work in answer to her anger, on the day before a break, is a counter-attack aimed at her deepest fear. Irritation and a wish to distance are known pulls when a client reaches for you this often; they are for supervision, not for the room.
    #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing
    -> leaves_angry
* [“OK, forget the lists, they don't matter. Tell me what's going on for you. We'll take as long as you need today, I promise.”]
    #option: attack.collapse
    #rate: rupture-repair=2 attunement=2 boundary-confusion=elevated
    #feedback: Dropping a task that is not working is a legitimate repair, and you did hear her. But "as long as you need" gives up the frame to make the anger stop, which teaches an anxious client that anger buys closeness, and leaves her without a therapist who can survive her.
    #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing
    ~ erode()
    ~ shift(arousal, -1)
    -> overrun
* [“Today of all days, I've got you making lists. No wonder you're furious. What felt most like not caring?”]
    #option: attack.survive
    #rate: rupture-repair=3 attunement=3
    #feedback: You survived the attack: no defence, no retaliation, no collapse. You took her experience seriously, owned what you had been doing, and invited her to say more. For an anxious client, finding that her anger does not destroy the relationship is part of learning she can be separate.
    #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing
    ~ shift(alliance, 1)
    ~ shift(autonomy, 1)
    ~ shift(arousal, -1)
    -> hurt

=== hurt ===
She opens her mouth to fire back, and then doesn't. Her shoulders drop.
It's not you. It's... I hate that I need this so much. I'm going to be counting the days like one of the kids at nursery. #client #cue: crying now, properly; the anger gone
* [“I'll be thinking about you while I'm away, Jess. Every single day, I promise you that.”]
    #option: hurt.promise
    #rate: authenticity=2 attunement=2 boundary-confusion=elevated
    #feedback: Heartfelt, and she will hold on to it. But a promise like this makes you the thing that carries her through the gap, and it is one you may not keep. Warmth that fosters merger works against the autonomy the break could help her find.
    #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy
    ~ erode()
    Every day? #client #cue: looks up, holding on to it
* [“You won't be forgotten. And I think you can hold more of the gap than you fear.”]
    #option: hurt.both-true
    #rate: authenticity=3 attunement=3
    #feedback: You answered the card at last, personally and truthfully, and in the same breath backed her ability to manage alone. Being held in mind and being believed in as separate is the combination through which security can be earned.
    #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy
    ~ shift(autonomy, 1)
    ~ shift(alliance, 1)
    ~ shift(arousal, -2)
    She looks at you for a long moment. Something settles.
    You saw the card, then. #client #cue: a wet laugh
    Yes. #therapist
* [“Can we look at the evidence together? You've coped with an awful lot on your own already, more than you give yourself credit for.”]
    #option: hurt.evidence
    #rate: authenticity=1 attunement=1 shame-withdrawal=elevated
    #feedback: A technique in answer to tears. She has just moved from anger to hurt, the turn you were hoping for; this is a moment to meet her, not to test her.
    #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy
    ~ shift(alliance, -1)
    Right. Evidence. #client #cue: wipes her face; closes up a little
* [Stay quiet while she cries, move the box of tissues a little nearer, and let the silence do the work for a while.]
    #option: hurt.tissues #action
    #rate: authenticity=2 attunement=3
    #feedback: Quiet company was well judged: you let the tears be, without hurrying them. But she has just told you something true about needing you, and the card is still unanswered; a few words of your own were possible here.
    #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy
    ~ shift(arousal, -1)
    She takes one, and then another, and laughs at herself for needing two.
- -> doorknob

=== escalated ===
You'd say that. That's what you're paid to say. #client #cue: on her feet, then sitting again; breathing fast
* [“You're right, it is my job, and I'm paid for it. That's true. I still care a great deal about what happens to you.”]
    #option: escalated.honest-job
    #rate: rupture-repair=2 attunement=2
    #feedback: Honest and undefended about the money, which takes the sting out of her point. But it still ends on a claim she has to accept or argue with; what she needed was for you to hear what you did that felt like not caring.
    #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy
    ~ shift(arousal, 1)
    So I'm a job you happen to like. Great. #client #cue: arms wrapped round herself
    -> doorknob
* [“You're right: I rushed to reassure you instead of listening. Say it again. I'm listening now.”]
    #option: escalated.own-it
    #rate: rupture-repair=3 attunement=3
    #feedback: You owned a specific part, plainly and without grovelling, and invited her back. A therapist who can say "I got that wrong" is a new experience for a client who expects to be told she is too much.
    #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy
    ~ shift(alliance, 2)
    ~ shift(arousal, -1)
    -> hurt
* [“I'm sorry. That came out wrong.”]
    #option: escalated.vague-sorry
    #rate: rupture-repair=2 attunement=2
    #feedback: An apology helps, and it takes some heat out. But it does not say what came out wrong, so she cannot tell whether you have understood; owning something specific is what lets her go on.
    #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy
    It's fine. #client #cue: it is not fine; she looks at the clock
    -> doorknob
* [“OK. Let's both take a breath and calm down a little before we go any further with this, shall we?”]
    #option: escalated.calm-down
    #rate: rupture-repair=1 attunement=1 escalation=elevated shame-withdrawal=elevated
    #feedback: "Calm down" said to someone who is upset usually has the opposite effect, and the "both" does not hide who is being told. Slowing things down works as an offer, not as an instruction.
    #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy
    ~ shift(alliance, -1)
    ~ shift(arousal, 1)
    I am calm! #client #cue: not calm
    -> doorknob

=== overrun ===
Relief floods through her, and she talks: about Tom, about the lido, about a parent at work who said something about her hair. The clock on the wall says ten to twelve. Your next client is in the waiting room.
She shows no sign of stopping.
* [Let the session run on past the hour. It's the last one before the break, and today she needs the time more than your next client does.]
    #option: overrun.let-it-run #action
    #rate: boundaries-frame=1 safety-pacing=2 boundary-confusion=elevated complaint-ethics=elevated
    #feedback: It feels like kindness, but an overrun on the eve of a break tells her the session can stretch to fit her fear, and it makes the ending harder, not easier. Your next client pays for it too.
    #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures
    ~ erode()
    It is twenty past twelve before she looks at the clock.
* [“We're nearly out of time, Jess. Shall we finish with something that's gone all right this week?”]
    #option: overrun.quiet-retreat
    #rate: boundaries-frame=2 safety-pacing=3
    #feedback: A kind way to bring the session in to land, and it gives the ending a shape. But you had offered her as long as she needed; taking that back without saying so leaves her unsure which of your words to trust.
    #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures
    Oh. Right. Yeah, OK. Swimming, I suppose. #client #cue: a beat of confusion, then she goes along with it
* [“I'm afraid our time's up for today, Jess. I'll see you on the fourteenth, at eleven.”]
    #option: overrun.abrupt
    #rate: boundaries-frame=2 safety-pacing=2 shame-withdrawal=elevated
    #feedback: The boundary is right, but arriving without warning after you offered her more time, it lands as a door shut in her face. A frame is easier to trust when its edges are signposted.
    #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures
    ~ shift(alliance, -1)
    ~ shift(arousal, 1)
    Oh. You said. Right. #client #cue: scrambles for her bag
* [“I said as long as you need, and I shouldn't have. We've five minutes. Let's use them to get you ready.”]
    #option: overrun.own-and-land
    #rate: boundaries-frame=3 safety-pacing=3
    #feedback: You corrected your own earlier offer openly, without making a drama of it, and gave the ending a shape she can use. Recovering the frame, and saying that you are doing so, is a repair in itself.
    #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures
    ~ shift(autonomy, 1)
    OK. Yeah. That's fair. #client #cue: takes a breath; nods
- -> doorknob

=== doorknob ===
{ alliance <= 1:
    The anger drains out of her as suddenly as it came, and leaves her looking smaller.
}
She picks up her bag and holds it on her knee, one hand on the strap.
Can I just say one more thing? It's stupid. It's a thing I haven't said to anybody, ever. #client #cue: not looking at you; very fast
I think I've got feelings for you. Like, proper ones. I think about you all the time. I know you can't, I know. I just didn't want to go two weeks without saying it. #client #cue: face burning; eyes on the carpet
* [“Thank you for trusting me with that. Sit back for a minute. I don't want you carrying it out of the door on your own.”]
    #option: doorknob.stay-a-minute
    #rate: boundaries-frame=2 safety-pacing=2 authenticity=3
    #feedback: Warm and real, and you met her where she was: nobody should leave alone with a confession like that. But "a minute" at the door of a break tends to become twenty, and the time boundary bends for this disclosure in particular, which makes it, and her, an exception.
    #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures
    ~ shift(arousal, -1)
    She sits back. It is quarter past before either of you looks at the clock.
* [“I care about you a lot too, Jess. You must know that.”]
    #option: doorknob.reciprocate
    #rate: boundaries-frame=1 safety-pacing=2 authenticity=2 boundary-confusion=high complaint-ethics=high
    #feedback: Harm flag. Meant as kindness, but in answer to a declaration of love, "I care about you too" is heard as love returned, and it leaves her guessing for two weeks what you meant. Feelings like hers are received warmly and understood; they are never reciprocated.
    #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures
    ~ erode()
    ~ erode()
    She looks up, stunned, and something in her face lights and then goes very uncertain.
* [“Feelings like that often come up when someone finally feels understood, Jess. It's actually quite common in therapy, and nothing to be ashamed of.”]
    #option: doorknob.normalise
    #rate: boundaries-frame=2 safety-pacing=2 authenticity=1
    #feedback: Normalising takes some of the shame away, which matters. But a general fact about clients, offered to a woman who has just said the bravest thing of her year, sounds like a lecture and keeps you at a distance; it also leaves the feeling nowhere to go over the break.
    #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures
    ~ shift(alliance, -1)
    Right. Common. Great. #client #cue: the blush deepens; she zips up her bag
* [“I'm glad you said it, and it's all right to feel. It needs more than the doorway: can we start there on the fourteenth?”]
    #option: doorknob.receive-and-place
    #rate: boundaries-frame=3 safety-pacing=3 authenticity=2
    #feedback: Warm, unshocked and clear: you received it without shame or encouragement and gave it a planned place, keeping the time boundary. The trade-off: it is a little measured for such an exposed moment, less personal than staying a minute; at the door of a break, the frame was the kinder thing to protect. Take it to supervision.
    #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures
    ~ shift(alliance, 1)
    ~ shift(autonomy, 1)
    ~ shift(arousal, -1)
    She lets out a breath she seems to have been holding since September.
    OK. OK. You're not, like, weirded out? #client
    No. #therapist
- -> door

=== door ===
At the door she stops, coat on, hand on the frame. She always does this: one last look back, and "same time next week". Today she doesn't say it.
Can I email you while you're away? Just once. Just so I know you're still there. #client #cue: very small voice
Part of you wants to say yes. It would cost you one email, and her face would change.
* [“Just once, then. A line to say you're OK, and I'll read it when I'm back.”]
    #option: door.once
    #rate: boundaries-frame=1 attunement=2 authenticity=2 boundary-confusion=elevated
    #feedback: A reluctant exception is still an exception, and an invitation to test it. She wanted to know you are still there; an email you will not read for two weeks does not tell her that, and the rule has bent anyway.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals
    ~ erode()
    Once. OK. I promise I'll only do once. #client
* [“What would it mean to you, knowing I was still there?”]
    #option: door.what-it-means
    #rate: boundaries-frame=2 attunement=2 authenticity=1
    #feedback: A good question for the fourteenth. Asked at the door, as she leaves for two weeks, it hands her request back to her unanswered, and she has to work out the answer to her own question on the bus.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals
    I don't know. That I'm not... I don't know. Forget it. #client #cue: lets go of the door frame
* [“Not while I'm away. You could write to me in a notebook, though, and bring it on the fourteenth. I'd like to read it.”]
    #option: door.notebook
    #rate: boundaries-frame=3 attunement=3 authenticity=3
    #feedback: You held the limit and kept the need it carries: she can still talk to you, in a way that stays in her own hands until you are back, and you said plainly that you want to hear it. That is merger turned gently towards autonomy.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals
    ~ shift(autonomy, 1)
    A notebook. I've actually got one. #client #cue: a smile, small and real
    Same time on the fourteenth, then. #client
* [“I won't be reading emails while I'm away, Jess. The centre's out-of-hours line is there if it gets bad.”]
    #option: door.centre-line
    #rate: boundaries-frame=3 attunement=2 authenticity=2
    #feedback: Clear, kind and safe: the limit holds and she knows where help is. But she did not ask for help; she asked to know you are still there, and that question goes unanswered at the moment she finds hardest.
    #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals
    OK. Yeah. Course. #client #cue: nods too many times
- -> ending

=== leaves_angry ===
For a second she just looks at you.
Fine. Maybe it isn't. #client #cue: very quiet; then she stands, grabs her bag and leaves the tin on the shelf
The door does not slam. Somehow that is worse.
That evening the centre manager forwards you an email from Jess. It says you told her to find another therapist because she was too much, the day before you went on holiday. She wants to make a complaint.
Some of it is not quite what you said. Enough of it is. The cake is still on the shelf when you lock up. #ending: leaves-angry
-> END

=== ending ===
{ blur >= 2:
    She goes. The session is over, but it does not quite feel finished: something has been promised, or stretched, that you will have to hold for two weeks and then unpick.
    On the first evening of your leave you catch yourself checking your work inbox, in case she has written. That, more than anything she did, is the thing to take to supervision. #ending: merged
    -> END
}
{ alliance >= 5 && autonomy >= 4:
    She lifts a hand at the door, the old ritual back in place.
    Later you open the card. Under "Don't forget me!!" she has added, in smaller writing: "(I know you won't. I'm working on believing it.)" #ending: separate-together
    -> END
}
She goes. It was a hard hour and not everything in it went well, but the frame held and so did she, mostly.
In two weeks you will find out what the gap did. #ending: held-but-shaky
-> END

// Moves a 0–5 client-state value and keeps it in range.
=== function shift(ref x, by)
~ x = x + by
{ x > 5:
    ~ x = 5
}
{ x < 0:
    ~ x = 0
}

// One more loosening of the frame (counted up to 2).
=== function erode()
{ blur < 2:
    ~ blur = blur + 1
}
