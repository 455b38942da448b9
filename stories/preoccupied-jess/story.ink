// Jess: the last session before the break. Anxious (preoccupied) attachment.
// Session 14 of open-ended weekly counselling at a low-cost counselling centre; the therapist's
// two-week summer break starts tomorrow. Client state: alliance, arousal and autonomy (0–5).
// `blur` (hidden, 0–2) counts the times the frame was loosened. Branches depend only on ink
// variables, never on visit counts.

VAR alliance = 3
VAR arousal = 3
VAR autonomy = 1
VAR blur = 0

-> gift

=== gift ===
Wednesday, eleven o'clock. The receptionist tells you Jess Adeyemi has been in the waiting room since twenty to. When you go out to fetch her she is already standing, holding a cake tin with both hands.
Hiya! Sorry, I know I'm early. I was just, I was passing. #client #cue: talking fast; holds the tin out before you've reached her
It's lemon drizzle. I made it last night. And there's a card, but don't read it now, it's embarrassing. #client
The envelope is taped to the lid. Through the paper you can read, in glittery pen: "To my favourite person. Don't forget me!!"
* [Oh, you shouldn't have! Lemon drizzle's my absolute favourite, how did you remember? You're a star, honestly. #option: gift.effusive #rate: boundaries-frame=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Accepting a small home-made gift can be fine; what matters is that it is thought about. Gushing over it, on the day before a break, feeds the sense of being special to you and steps straight past the "don't forget me" on the card. #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing]
  ~ erode()
  ~ shift(arousal, 1)
  I knew it! I remembered you said, ages ago. #client #cue: glowing; follows you in close behind
* [I'm afraid I can't accept gifts from clients. #option: gift.refuse #rate: boundaries-frame=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: A policy stated in a corridor, to someone holding out a cake she baked at midnight, lands as rejection. Even where a service does not allow gifts, the limit can be held warmly and the meaning of the gift explored. #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  Oh. Right. No, course. Sorry. I'll just, I'll leave it at reception for the staff. #client #cue: face crumples, then rearranges into a smile
* [Thank you, that's a kind thing to do. "Don't forget me", though. Can we come back to that today? #option: gift.receive-and-wonder #rate: boundaries-frame=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You received the gesture without fuss, and picked up the real message taped to the lid. The gift becomes something to understand together, which is how a preoccupied client's bids for closeness can turn into work on separateness. #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing]
  ~ shift(alliance, 1)
  Oh God, you read it. Yeah. Yeah, OK. #client #cue: laughs, embarrassed, pleased
* [(Take the tin with a quick thanks, put it on the side, and begin.) #option: gift.set-aside #rate: boundaries-frame=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Calm and unfussy, which is not nothing. But the tin and the card were the first thing she said today, and with a preoccupied client the gift is usually a message about the relationship that is worth reading aloud. #concepts: preoccupied-merger-autonomy, consistency-boundaries, therapist-attachment-pairing]
  She watches the tin go onto the shelf, and keeps glancing at it as she sits.
- -> emails

=== emails ===
She sits on the edge of the chair, coat still on.
Did you get my emails? You only sent back the thing about the contact policy. I thought you were annoyed with me. You were a bit quiet on Thursday. #client #cue: searching your face
There were three of them. The last one arrived at eleven forty-eight on Sunday night: "Have I done something wrong? Just tell me if I have."
* [What made you think I was annoyed? Was it something I did on Thursday, or the reply? #option: emails.explore #rate: boundaries-frame=2 rupture-repair=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Curious and open to your part, which is good rupture work. It leaves the contact policy unexplained, though, and she has just told you that the policy itself felt like coldness. #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy]
  Just, you didn't laugh at my joke about the bus. And then the email was so short. #client
* [I'm not annoyed at all! I'm so sorry. I should have written back properly. #option: emails.apologise #rate: boundaries-frame=1 rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: The reassurance is kind, but the apology says the policy was a mistake and that more emails would get more replies. Over-apologising collapses the frame she needs in order to feel safe. #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy]
  ~ erode()
  ~ shift(arousal, -1)
  Oh thank God. I knew I was being stupid. #client #cue: sags with relief
  So it's OK to email, then? #client #cue: quickly, hopefully
* [I got them, and I'm not annoyed. I keep the big things for in here, so they get proper time. What was the waiting like? #option: emails.warm-frame #rate: boundaries-frame=3 rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You answered the fear directly, gave the boundary its reason in her interest, and turned towards what the silence was like for her. Holding the frame warmly is what lets it feel like care rather than rejection. #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy]
  ~ shift(alliance, 1)
  ~ shift(arousal, -1)
  Horrible. #client #cue: laughs, but her eyes fill
  I kept checking. Like, every ten minutes. I know that's mad. #client
* [As we agreed at the start, I don't reply to emails about the content of our sessions. That's the same for all my clients, Jess. #option: emails.policy #rate: boundaries-frame=2 rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Accurate, and the frame holds, but "the same for everyone" answers a fear of not mattering with a reminder that she is one of many. The limit needs its warmth and its reason. #concepts: consistency-boundaries, working-alliance-contract, preoccupied-merger-autonomy]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  Right. Yeah. Everyone. #client #cue: pulls her coat tighter
- -> spiral

=== spiral ===
{ arousal >= 4:
  And then, she says, before you can answer, and the words start to come faster:
- else:
  She takes a breath, and then the week comes out in a rush.
}
Tom's new girlfriend posted a picture at the lido and she's got the same coat as me, the green one, which means he's literally replaced me with a better version of me, and Mum said on the phone that I'm "a lot", and she's right, I am a lot, I've always been a lot, and I'm going to be thirty and then that's basically it, and I'll end up in a flat on my own, and- #client #cue: breathless; hands moving; not looking at you
You can feel it pulling at you: the urge to rush in, to fix, to say the right thing quickly enough to stop it.
* [This is your fear of abandonment talking again. #option: spiral.label #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: A label thrown into a flood does not slow it; it adds a judgement to it. A preoccupied client needs steadying first, and understanding later. #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship]
  ~ shift(arousal, 1)
  ~ shift(alliance, -1)
  I know! I know it is. That doesn't help! #client #cue: voice cracks
* [You're a lovely, kind, funny person, Jess, and honestly, you'll definitely meet someone better than Tom. #option: spiral.reassure #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Reassurance answers the content and leaves the spin untouched; she will need it again in five minutes. The pull to rescue is strong with anxious clients, and it is worth noticing in yourself. #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship]
  You have to say that. #client #cue: half a laugh; the spin slows a little, then resumes
* [(Nod along, and let her keep going.) #option: spiral.let-it-run #rate: attunement=2 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Listening is not wrong, but letting the spiral run leaves her alone inside it and raises the temperature. With a client who floods, structure is a form of care. #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship]
  ~ shift(arousal, 1)
  She goes on for several minutes. By the end she is crying and cannot remember how she got there.
* [Jess, can we stop for a second? You're racing. Let's take one piece at a time. #option: spiral.steady #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You noticed the pull to rush in and did the opposite: slowed things down, kindly, and offered a structure she could use. Containment is the attunement a flooding client needs before anything else can land. #concepts: attunement-countertransference, therapist-attachment-pairing, safe-relationship]
  ~ shift(arousal, -2)
  ~ shift(alliance, 1)
  She stops. Breathes. Laughs, shakily.
  Sorry. I do that. #client
  One piece. OK. The coat's the stupidest bit, isn't it. It's just a coat. #client
- -> break

=== break ===
{ arousal >= 4:
  She wipes her face on her sleeve and looks at the calendar on your wall.
- else:
  She is quieter now. Her eyes go to the calendar on your wall.
}
And you're off after today. Two weeks. So. #client
Great. Off you go, then. People always do. #client #cue: arms folded, chin up; a child's face for a second
* [Of course it feels like that: with your mum, you never knew if she'd be home. I'm back on Monday the fourteenth, at eleven. #option: break.concrete-return #rate: safety-pacing=3 rupture-repair=3 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You validated the feeling by linking it to her story, briefly, and answered the fear with a fact: a day and a date. The break stays a break, and she has something concrete to hold. #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy]
  ~ shift(alliance, 1)
  ~ shift(autonomy, 1)
  The fourteenth. #client #cue: the arms loosen
  I say it fifty times a day at work, you know. "Grown-ups always come back at home time." I just never believe it about me. #client
* [If it would help, I could check in with you by email once while I'm away. #option: break.offer-contact #rate: safety-pacing=2 rupture-repair=2 boundaries-frame=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Generous, and it calms her for now, but it turns the break into a smaller break and tells her the fear was right: separation cannot be survived. Offering contact during leave to one client is also a frame change worth supervision first. #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy]
  ~ erode()
  ~ shift(arousal, -1)
  Would you? Oh, that would actually help so much. #client #cue: relief floods her face
* [I think you're putting your feelings about your mum onto me. #option: break.interpret #rate: safety-pacing=2 rupture-repair=1 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: The link may be right, but an interpretation in the middle of a separation protest sounds like being told her feelings are not really about you. Validate first; understand together later. #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  Oh, here we go. Everything's about my mum. #client #cue: eyes roll; voice tight
* [It's only two weeks. You'll be fine, honestly. #option: break.minimise #rate: safety-pacing=1 rupture-repair=1 boundaries-frame=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Breezy reassurance tells her that what feels like an ending to her is small to you. Breaks are foreseeable ruptures with anxious clients; they need taking seriously and planning for. #concepts: anticipating-ruptures, knowing-the-story, preoccupied-merger-autonomy]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  Right. Two weeks. Easy for you. #client #cue: looks away
- So what am I supposed to do for two weeks? #client
-> plan

=== plan ===
* [What's helped before, when things got bad? Let's start with your ideas, and I'll add the centre's out-of-hours numbers. #option: plan.her-ideas #rate: safety-pacing=3 boundaries-frame=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You built the plan from her own resources first, and filled the gaps with proper support inside the frame. That invites autonomy, the slow move towards more separateness that anxious clients need. #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries]
  ~ shift(autonomy, 1)
  She counts them off on her fingers, slowly at first: her sister Funmi, who lives ten minutes away; the swimming she used to do; the notebook she keeps meaning to start.
* [Look, take my mobile number. It's only for emergencies, but if things get really bad I'd rather you used it than didn't. #option: plan.personal-number #rate: safety-pacing=2 boundaries-frame=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Kindly meant, but a personal number given to one client, on the eve of a break, is special treatment without reflection: it makes you the plan. Crisis cover belongs with the service's out-of-hours routes. #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries]
  ~ erode()
  She puts your number into her phone straight away, under "T", with a heart emoji. You see her do it.
* [I've printed a sheet of coping strategies you can work through. #option: plan.worksheet #rate: safety-pacing=2 boundaries-frame=3 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Structure is good, but a generic sheet handed over at this moment feels like being given homework instead of company. Her own ideas would carry more weight. #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries]
  She takes the sheet and folds it into a very small square.
* [You're stronger than you think. You'll manage. #option: plan.cheerlead #rate: safety-pacing=1 boundaries-frame=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Encouraging, but it skips the planning she asked for. Belief in her is more convincing when it comes with a concrete plan built together. #concepts: preoccupied-merger-autonomy, earned-security, consistency-boundaries]
  ~ shift(arousal, 1)
  Am I, though. #client
- -> attack

=== attack ===
~ arousal = 5
Then, without warning, her face changes.
Why are we even doing this? Making lists, like I'm one of the kids at work. You don't care, not really. It's your job. I'm a name in your diary at eleven o'clock. #client #cue: sharp, loud; eyes bright with tears and anger
* [That's not true. I've answered more of your emails than anyone else's. #option: attack.defend #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Defending yourself with evidence turns her pain into an argument you intend to win, and turns her reaching out into evidence against her. Staying undefended is what lets anger move towards the hurt underneath. #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  -> escalated
* [If that's really how you feel, maybe this isn't the right therapy for you. #option: attack.threaten-ending #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=high complaint-ethics=elevated #feedback: Harm flag. Hinting at ending the work in answer to her anger, the day before a break, is a counter-attack aimed at her deepest fear. Irritation and distancing are known pulls when a client reaches for you this often; they are for supervision, not for the room. #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing]
  -> leaves_angry
* [I'm so sorry, Jess. I do care, I care so much, please don't think I don't. Look, we can run over today, for as long as you need. #option: attack.collapse #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: You felt her pain, but you gave up the frame to make it stop. Collapsing under an attack teaches a preoccupied client that anger buys closeness, and it leaves her without a therapist who can survive her. #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing]
  ~ erode()
  ~ shift(arousal, -1)
  -> overrun
* [On the day I'm going away, you're sitting with someone who seems not to care. No wonder you're angry. Tell me what I did today that felt like that. #option: attack.survive #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You survived the attack: no defence, no retaliation, no collapse. You took her experience seriously and invited her to say what you did. For a preoccupied client, finding that anger does not destroy the relationship is part of learning she can be separate. #concepts: risk-attack, preoccupied-merger-autonomy, working-model-disconfirmed, therapist-attachment-pairing]
  ~ shift(alliance, 1)
  ~ shift(autonomy, 1)
  ~ shift(arousal, -1)
  -> hurt

=== hurt ===
She opens her mouth to fire back, and then doesn't. Her shoulders drop.
It's not you. It's... I hate that I need this so much. I'm going to be counting the days like a kid at nursery. #client #cue: crying now, properly; the anger gone
* [I'll be thinking about you every single day while I'm away, Jess, I promise you that. #option: hurt.promise #rate: authenticity=2 attunement=2 boundaries-frame=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Heartfelt, but a promise you cannot keep makes you the thing that holds her together through the gap. Warmth that fosters merger undermines the autonomy the break could help her find. #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy]
  ~ erode()
  Every day? #client #cue: looks up, holding onto it
* [Let's look at the evidence that you can cope on your own. #option: hurt.evidence #rate: authenticity=1 attunement=1 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: A technique in answer to tears. She has just moved from anger to hurt, which is the turn you hoped for; this is the moment to meet her, not to test her. #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy]
  ~ shift(alliance, -1)
  Right. Evidence. #client #cue: wipes her face, closes up a little
* [I won't forget you, Jess. And I think you can manage more of the gap than you fear. #option: hurt.both-true #rate: authenticity=3 attunement=3 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You answered the card at last, personally and truthfully, and in the same breath backed her capacity to cope alone. Holding her in mind and believing in her separateness is the combination that builds earned security. #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy]
  ~ shift(autonomy, 1)
  ~ shift(alliance, 1)
  ~ shift(arousal, -2)
  She looks at you for a long moment. Something settles.
  You saw the card, then. #client #cue: a wet laugh
  Yes. #therapist
* [Needing people isn't a weakness, you know. #option: hurt.generic #rate: authenticity=2 attunement=2 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: True and kind, and it soothes a little. It is also a general statement offered at a very particular moment, when a personal answer was possible. #concepts: moment-of-meeting, earned-security, preoccupied-merger-autonomy]
  I know. Funmi says that. #client #cue: nods; blows her nose
- -> doorknob

=== escalated ===
Oh, so now I'm too much. Brilliant. Everyone ends up saying that, you know. Everyone. #client #cue: on her feet, then sitting again; breathing fast
* [Hang on, that isn't fair. I never said you were too much, and I don't think I've ever given you that impression. #option: escalated.clarify #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Technically true, but correcting her account keeps the argument going and leaves her alone with the feeling. The repair starts with your part, not with the record. #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy]
  ~ shift(arousal, 1)
  You didn't have to. #client #cue: arms wrapped round herself
  -> doorknob
* [I got defensive just then, and I'm sorry. You're not too much. Can we go back to what you were feeling? #option: escalated.own-it #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You owned a specific contribution, plainly and without grovelling, and invited her back. A therapist who can say "I got that wrong" is a new experience for a client who expects to be told she is too much. #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy]
  ~ shift(alliance, 2)
  ~ shift(arousal, -1)
  -> hurt
* [Let's both calm down a bit. #option: escalated.calm-down #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: "Calm down" to someone who is upset usually has the opposite effect, and the "both" does not hide who is being told. Slowing things down works better as an offer than as an instruction. #concepts: risk-attack, working-model-disconfirmed, preoccupied-merger-autonomy]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  I am calm! #client #cue: not calm
  -> doorknob

=== overrun ===
Relief floods through her, and she talks: about Tom, about the lido, about a parent at work who said something about her hair. The clock on the wall says ten to twelve. Your next client is in the waiting room.
She shows no sign of stopping.
* [(Let it run on. It's the last session before the break, and she needs this more than your next client does.) #option: overrun.let-it-run #rate: boundaries-frame=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: It feels like kindness, but an overrun on the eve of a break tells her that the session can stretch to fit her fear, and it makes the ending harder, not easier. Your next client also pays the price. #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures]
  ~ erode()
  It is twenty past twelve before she looks at the clock.
* [(Stand up.) I'm afraid our time's up for today, Jess. I'll see you after the break. #option: overrun.abrupt #rate: boundaries-frame=2 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The boundary is right, but arriving without warning, after you offered her more time, it lands as a door shut in her face. A frame is easier to trust when its edges are signposted. #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  Oh. You said. Right. #client #cue: scrambles for her bag
* [We need to stop in a few minutes. I know that's hard today, so let's use them to get you ready to go. #option: overrun.signpost #rate: boundaries-frame=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You corrected your own earlier offer of extra time without making a drama of it, and gave the ending a shape she can use. Recovering the frame is a repair in itself. #concepts: consistency-boundaries, preoccupied-merger-autonomy, anticipating-ruptures]
  ~ shift(autonomy, 1)
  OK. Yeah. You did say. #client #cue: takes a breath; nods
- -> doorknob

=== doorknob ===
{ alliance <= 1:
  The anger drains out of her as suddenly as it came, and leaves her looking smaller.
}
She picks up her bag and holds it on her knee, one hand on the strap.
Can I just say one more thing? It's stupid. It's a thing I haven't said to anybody, ever. #client #cue: not looking at you; very fast
I think I've got feelings for you. Like, proper ones. I think about you all the time. I know you can't, I know. I just didn't want to go two weeks without saying it. #client #cue: face burning; eyes on the carpet
* [I think about you a lot too, Jess. #option: doorknob.reciprocate #rate: boundaries-frame=1 safety-pacing=2 authenticity=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=high escalation=low complaint-ethics=high #feedback: Harm flag. Returning a client's romantic feelings, in any form, breaks the most basic boundary of the work and leaves her to guess what you meant for two weeks. Feelings like hers are received warmly and understood; they are never reciprocated. #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures]
  ~ erode()
  ~ erode()
  She looks up, stunned, and something in her face lights and then goes very uncertain.
* [I'm glad you said it, and I'm not thrown by it. Let's give it a proper hour: it's the first thing we'll talk about when I'm back. #option: doorknob.receive-and-hold #rate: boundaries-frame=3 safety-pacing=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Warm, unshocked and clear: you received it without shame or encouragement, and you kept the time boundary while promising it a proper place. Feelings like these often grow where someone finally feels understood; they are worth exploring, and worth taking to supervision. #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures]
  ~ shift(alliance, 1)
  ~ shift(autonomy, 1)
  ~ shift(arousal, -1)
  She lets out a breath she seems to have been holding since September.
  OK. OK. You're not, like, weirded out? #client
  No. #therapist
* [That's not something we can talk about in here, Jess. I'm your therapist, and that's all I can ever be to you. #option: doorknob.shut-down #rate: boundaries-frame=2 safety-pacing=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The role is clear, but declaring the subject off-limits shames her for the feeling and sends it underground. Clients often hide exactly these feelings from their therapists; the aim is for them to be speakable. #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures]
  ~ shift(alliance, -1)
  ~ shift(arousal, 1)
  No. God. Sorry. Forget I said it. #client #cue: stands up too fast
* [Then let's keep going. This is important, and I can take some extra time today for it. #option: doorknob.extend #rate: boundaries-frame=1 safety-pacing=2 authenticity=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Stretching the session for this particular disclosure makes it, and her, an exception, which is exactly the confusion to avoid. It deserves time, and the time it deserves is a planned one. #concepts: risk-seduction-confusion, consistency-boundaries, anticipating-ruptures]
  ~ erode()
  She talks for twenty more minutes, and you are not sure, afterwards, what either of you was hoping for.
- -> door

=== door ===
At the door she stops, coat on, hand on the frame. She always does this: one last look back, and "same time next week". Today she doesn't say it.
Can I email you while you're away? Just once. Just so I know you're still there. #client #cue: very small voice
* [Not while I'm away. But write to me in a notebook, and bring it on the fourteenth. I'll want to read it. #option: door.notebook #rate: boundaries-frame=3 attunement=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You held the limit and kept the need it carries: she can still talk to you, in a way that lives in her own hands until you are back. That is merger turned gently towards autonomy. #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals]
  ~ shift(autonomy, 1)
  A notebook. I've actually got one. #client #cue: a smile, small and real
  Same time on the fourteenth, then. #client
* [No, Jess. We've been through the contact policy. #option: door.rule #rate: boundaries-frame=2 attunement=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The limit is right and the tone is tired. At a goodbye, with a client who fears being forgotten, a bare rule sounds like a door closing. #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals]
  ~ shift(alliance, -1)
  Yeah. Sorry. #client #cue: gone before you can say goodbye
* [Of course you can. Text me whenever you like, day or night, and I'll always answer. Sending love till the fourteenth. #option: door.always-there #rate: boundaries-frame=1 attunement=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=high escalation=low complaint-ethics=high #feedback: Harm flag. Unlimited personal contact with an affectionate sign-off is a clear boundary violation and a recurring theme in upheld complaints. It fosters the very dependency the work is trying to loosen. #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals]
  ~ erode()
  ~ erode()
  Really? Oh my God. Thank you. #client #cue: hugs herself; almost hugs you
* [I'd rather you didn't, but if you really need to, once would probably be OK. #option: door.once #rate: boundaries-frame=1 attunement=2 authenticity=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: A reluctant exception is still an exception, and it is an invitation to test it. Anxious clients settle with limits that are clear and kind, not with limits that bend when pushed. #concepts: preoccupied-merger-autonomy, consistency-boundaries, rituals]
  ~ erode()
  Once. OK. Promise I'll only do once. #client
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
  Later you read the card properly. Under "Don't forget me!!" she has added, in smaller writing: "(I know you won't. I'm working on believing it.)" #ending: separate-together
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
