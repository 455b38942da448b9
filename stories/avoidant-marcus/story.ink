// Marcus: the session after a cancellation. Avoidant (dismissing) attachment.
// Session 5 of open-ended weekly counselling in private practice. In session 4 he spoke about his
// mother leaving and went quiet for a long time; he cancelled last week's session by text. Client
// state: openness, alliance and shame (0–5). Branches depend only on these, never on visit counts.
// Written in the lighter tag grammar (docs/authoring.md §5): tags on the lines under each option,
// risks only where they are not low.

VAR openness = 1
VAR alliance = 2
VAR shame = 1

-> back

=== back ===
Thursday, six o'clock: your last slot of the day. Two weeks since you last saw Marcus Webb. Last week's session was cancelled by a text at seven in the morning: "Sorry, site emergency, can't do today. M"
He arrives exactly on the hour, still in his site jacket, and takes the chair nearest the door as he always does. He puts his phone face down on his knee.
Sorry about last week. Work. #client #cue: a brief nod; eyes on the bookshelf rather than on you

* [“That's all right. Good to see you. How have the two weeks been?”]
    #option: return.steady-welcome
    #rate: attunement=3 safety-pacing=3
    #feedback: Warm, unfussed and reliable: the session is here as usual, and nothing has to be explained at the door. Not pursuing him is what keeps the base secure for a client who may be backing away after a close session.
    ~ shift(alliance, 1)
    Busy. #client #cue: the shoulders come down a fraction
    Not bad, actually. Well. Mixed. #client
* [“I did wonder whether last time got a bit close to the bone, and that's partly why.”]
    #option: return.name-it-now
    #rate: attunement=2 safety-pacing=2
    #feedback: The link may well be right, you put it tentatively, and wondering aloud about the last session is worth doing. But made in his first minute back it feels like being caught out; with a client who keeps his distance, meet him where he is first and wonder about the cancellation once he has settled.
    #concepts: avoidant-pacing, consistency-boundaries, therapist-attachment-pairing
    ~ shift(shame, 1)
    No. It was work. There was a crane. #client #cue: flat; the phone turns over in his hand
* [“It's important we keep the thread going, so I'd ask you to try not to cancel.”]
    #option: return.momentum
    #rate: attunement=1 safety-pacing=1 shame-withdrawal=elevated
    #feedback: Pursuing him with a request about attendance confirms what he already expects of closeness: that it comes with pressure and disappointment. A cancellation after a close session is best met with steadiness, then explored together when he is ready.
    ~ shift(shame, 1)
    ~ shift(alliance, -1)
    Yep. Noted. #client #cue: jaw tightens; a glance at the door
* [“Work's been heavy, then?”]
    #option: return.logistics
    #rate: attunement=2 safety-pacing=2
    #feedback: Easy and unthreatening, and it meets him on ground he likes. It also quietly agrees that work is the whole story, which is the invitation a dismissing client makes and a distance-loving therapist may accept.
    Always. #client #cue: half a smile
- -> report

=== report ===
Right. Update. #client
Dad's back in. Third time this year. Fluid on the lungs again, so they've upped the diuretics. I've sorted his bins, I've spoken to the ward sister, and I've set up a spreadsheet for his meds so the district nurses stop contradicting each other. #client #cue: counting the items off on his fingers
It's under control. #client
You feel a familiar tug to be useful: you know a bit about carers' assessments.

* [“Have you thought about asking for a carer's assessment? It might take some of that off you.”]
    #option: report.advice
    #rate: attunement=1 safety-pacing=2 authenticity=1
    #feedback: Practical help is tempting because it is where he is comfortable, and it answers your own pull to be useful. Staying in logistics together is the collusion to watch for when a distance-keeping client meets a therapist who also prefers the practical.
    #concepts: avoidant-pacing, attunement-countertransference, therapist-attachment-pairing
    Already done. Form's in. #client #cue: a flicker of satisfaction
* [“A spreadsheet. Of course there's a spreadsheet.”]
    #option: report.tease
    #rate: attunement=2 safety-pacing=2 authenticity=3
    #feedback: The most personal reply on offer: he likes dry humour, it lands, and it tells him you know him. It skips over how much he is carrying, though, and with his father in hospital that was the thing to see first. A real trade-off: warmth of contact against recognition.
    ~ shift(alliance, 1)
    Colour-coded. Obviously. #client #cue: a short laugh through the nose
* [“Third time this year. That's a lot of hospital, for both of you, and it doesn't get easier.”]
    #option: report.third-time
    #rate: attunement=2 safety-pacing=2 authenticity=2
    #feedback: Accurate and kind, and it does not push him towards feelings. It sums up the situation rather than him, though: what he has just told you is how much he is managing, and that is what wanted seeing.
    It is what it is. He's eighty. #client #cue: shrugs; the fingers stop counting
* [“That's a lot to be holding, on top of a full-time job.”]
    #option: report.value-competence
    #rate: attunement=3 safety-pacing=3 authenticity=2
    #feedback: You valued what he is managing before asking anything of his feelings. With avoidant clients, recognising the self-reliance first is what makes it safe, later, to be less self-reliant in the room. It is a fairly ordinary sentence; its value is in the timing.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    Well. Someone has to. #client #cue: looks at you properly for the first time
- -> drift

=== drift ===
He tells you about the spreadsheet: the columns, the drop-down for the pharmacy, the nurse who types in capitals. It is precise and fluent and goes on for some time.
When he talked about the crane earlier he was loose and funny. The detail has thickened as he has come nearer to the ward, and when your eyes go to the clock he catches it at once and speeds up.
You notice your attention sliding. The room feels airless, as if nothing in it could matter very much. You have felt this before with Marcus, usually just before something hard.

* [Let him finish in his own time, and say nothing about it.]
    #option: drift.wait #action
    #rate: attunement=2 authenticity=1 safety-pacing=2
    #feedback: Patience is not wrong with an avoidant client, and he finishes in his own time. But the deadness in the room was worth wondering about, and saying nothing leaves you both in it.
    #concepts: attunement-countertransference, therapist-attachment-pairing, avoidant-pacing
    So that's the system. #client #cue: sits back, done
* [“Would it help if I asked more specific questions? Some people find 'how are you' hard to answer.”]
    #option: drift.accommodate
    #rate: attunement=2 authenticity=2 safety-pacing=3
    #feedback: A thoughtful adjustment, and the right one for a client who takes language literally, as many autistic people do. But notice when Marcus's precision comes: loose and ironic about the crane, exact as the ward comes near, quick to catch your glance at the clock. That is distance being kept rather than a different way of processing, and the offer hands him a comfortable way round it. If you wonder about neurodivergence, ask what helps rather than decide.
    Not really. I know how I am. I'm just telling you how it is. #client #cue: a slight frown, then a shrug
* [“I realise I know a lot about the spreadsheet and not much about how you are.”]
    #option: drift.use-it
    #rate: attunement=3 authenticity=3 safety-pacing=2
    #feedback: You treated your own drifting attention as information about the room and fed it back lightly, as your experience rather than his failing. It does close the distance a step before he chose to, which is the price; with a client who reads faces this quickly, the lightness is what makes it affordable.
    ~ shift(openness, 1)
    ~ shift(alliance, 1)
    He stops. Looks at you. Huffs something that is nearly a laugh.
    Fair. #client #cue: rubs the back of his neck
    How I am. I'm all right. I'm tired. #client
* [“Which pharmacy are you using? The one on the high street can be slow with repeats.”]
    #option: drift.follow-detail
    #rate: attunement=1 authenticity=1 safety-pacing=2
    #feedback: The airless feeling was a signal and you followed the content further into it. This is the co-deactivation to notice in yourself: two people agreeing, without a word, to keep things safely factual.
    The Boots. They're fine. #client #cue: happy to go on
- -> leak

=== leak ===
Anyway. The ward sister asked me if Dad had someone at home. And I said... #client #cue: his voice catches on "home"; he clears his throat
He stops, and starts again somewhere else.
Work's mad, though. We've got a bridge deck that's failed its load test, and the council want someone to blame by Friday. #client #cue: brisk again; looks at the window

* [“Your voice went somewhere when you said 'home'. You can leave it there if you like; I just noticed.”]
    #option: leak.mark-lightly
    #rate: attunement=3 safety-pacing=3
    #feedback: You marked the catch without pouncing and handed him the choice. With a dismissing client, noticing lightly and leaving the door open is what makes it possible for him to walk through it.
    ~ shift(openness, 1)
    -> mother
* [“It sounds like there's a lot of feeling about your dad that's hard to let out.”]
    #option: leak.reflect-feeling
    #rate: attunement=2 safety-pacing=2 shame-withdrawal=elevated
    #feedback: You caught that something happened, which matters. But the reflection names a bigger feeling than he showed and says it is stuck in him; to a man who fears being seen as weak that is close to an accusation. Marking the moment itself, and leaving him the choice, asks far less of him.
    #concepts: avoidant-pacing, risk-shame-retreat
    ~ shift(shame, 1)
    { shame >= 3:
        -> retreat
    }
    Not really. It's just logistics. #client #cue: the jaw sets
    -> deck
* [“Sounds like a lot is landing on you at once. What's happening with the deck?”]
    #option: leak.follow-work
    #rate: attunement=2 safety-pacing=2
    #feedback: You caught the pressure he is under, which is real, and followed him where he chose to go. But the catch in his voice was the moment, and he has learned again that it can be stepped over; it was worth marking, lightly.
    -> deck
* [“I'm going to stop you there. I'm not letting you change the subject until you tell me how you feel about your dad dying.”]
    #option: leak.force
    #rate: attunement=1 safety-pacing=1 shame-withdrawal=high escalation=elevated
    #feedback: Harm flag. Forcing a disclosure, and naming his father's death for him, exposes a man for whom feeling in front of someone is already shaming. This is the kind of move that makes a dismissing client decide not to come back. Mark the shift lightly and let him choose.
    ~ shift(shame, 2)
    ~ shift(alliance, -2)
    -> retreat

=== mother ===
He is quiet for a long moment. When he speaks it is to the carpet.
I said no. That he didn't have anyone at home. #client
Then in the night he got confused and asked the nurse where Pauline was. My mum. She left when I was seven. He hasn't said her name in thirty-four years, and he asked for her like she'd popped out for milk. #client #cue: his eyes fill; he looks anywhere but at you, at the door, the window, the floor
{ alliance >= 3 && shame <= 1:
    -> find
}
-> find_guarded

=== find ===
Over the hour he has let you a little closer. He is not looking at you, but he has not gone.

* [“Let it come. It's all right to cry in here.”]
    #option: find.permission
    #rate: attunement=1 safety-pacing=1 authenticity=2 shame-withdrawal=elevated
    #feedback: Kindly meant, but it tells him what to do with a feeling he is struggling to allow at all, and it turns a spotlight on the tears. For an ashamed client, being seen crying needs to feel survivable, not encouraged.
    #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat
    ~ shift(shame, 1)
    I'm not going to cry. #client #cue: presses the heel of his hand to one eye; turns his face away
* [Lean in a little, until you find his eyes. “Hey. Still here.”]
    #option: find.reach #action
    #rate: attunement=3 safety-pacing=3 authenticity=3
    #feedback: You went looking for him rather than waiting for him to come back, gently and briefly. With the alliance built this hour he could bear being found, and for a man who expects to be left alone with feeling, being found can disconfirm an old expectation in a way no words could. The same move in a strained hour would have been a spotlight.
    ~ shift(openness, 1)
    ~ shift(alliance, 1)
    ~ shift(shame, -1)
    His eyes meet yours, and for a second he looks about seven. Then he laughs, wetly, and doesn't look away.
    Hi. #client #cue: wipes his face with the back of his hand
* [Quietly move the box of tissues within his reach, without saying anything.]
    #option: find.tissues #action
    #rate: attunement=2 safety-pacing=2 authenticity=1
    #feedback: A practical kindness, and he takes one. A tissue offered straight away can also say "tidy this up", though, and it keeps you at arm's length at the moment he most expects to be alone.
    Thanks. #client #cue: takes one; doesn't use it; looks at the window
* [Look down at your hands, to give him room.]
    #option: find.give-room #action
    #rate: attunement=2 safety-pacing=3 authenticity=2
    #feedback: Giving him room is a real kindness with a man who hates being watched, and it keeps him safe. Tonight, though, the relationship could have held more: he was looking for somewhere to put his eyes, and you took yours away.
    He breathes out, slowly, and wipes his face while you are not looking. #cue: steadier; still not looking at you
- -> mum

=== find_guarded ===
The hour has had its bumps, and you can feel him braced for what you will do next.

* [Look down at your hands, to give him room.]
    #option: find-guarded.give-room #action
    #rate: attunement=3 safety-pacing=3 authenticity=2
    #feedback: After a strained hour this was the kind thing: he could let his face do what it needed without being watched. Reaching for him can come when the relationship can hold it; tonight it would have been one more thing done to him.
    #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat
    ~ shift(shame, -1)
    He breathes out, slowly, and wipes his face while you are not looking. #cue: steadier; he glances at you when you look up
* [Lean in a little, until you find his eyes. “Hey. Still here.”]
    #option: find-guarded.reach #action
    #rate: attunement=2 safety-pacing=1 authenticity=2 shame-withdrawal=elevated
    #feedback: The move that can disconfirm an old expectation, at the wrong moment. After pressure earlier in the hour, leaning in to find the eyes of a man who already feels exposed is a spotlight; judged before you know how he takes it, the shame risk is real.
    ~ shift(shame, 1)
    He turns his head further away. #cue: jaw set, eyes on the door
    Give me a minute. #client
* [“Let it come. It's all right to cry in here.”]
    #option: find-guarded.permission
    #rate: attunement=1 safety-pacing=1 authenticity=2 shame-withdrawal=elevated
    #feedback: Kindly meant, but it tells him what to do with a feeling he is struggling to allow at all, and it turns a spotlight on the tears, in an hour that has already pressed him.
    ~ shift(shame, 1)
    I'm not going to cry. #client #cue: presses the heel of his hand to one eye; turns his face away
* [Quietly move the box of tissues within his reach, without saying anything.]
    #option: find-guarded.tissues #action
    #rate: attunement=2 safety-pacing=2 authenticity=1
    #feedback: Practical and unintrusive, which counts for something after a strained hour. It can also say "tidy this up", and it lets you both off being with the feeling at all.
    Thanks. #client #cue: takes one; doesn't use it; looks at the window
- -> mum

=== mum ===
She left a note on the kitchen table. Dad read it, folded it up and made fish fingers. We never talked about it. Not once. Not when I was seven, not when I was twenty. #client #cue: steady now; the engineer's voice, laying it out
You're the first person I've told about the fish fingers. Dad would call that taking our business outside. Isn't that stupid. #client #cue: a short breath that could be a laugh

* [“How do you think growing up with that silence has shaped things with Priya?”]
    #option: mum.link
    #rate: attunement=1 safety-pacing=1 authenticity=1
    #feedback: The link may matter one day, but it turns a raw memory into a case formulation and hands him something to think about instead of something to feel. Pattern-linking belongs later in the work.
    #concepts: knowing-the-story, working-model-disconfirmed, earned-security
    ~ shift(openness, -1)
    Priya thinks it's shaped everything. She's probably right. She usually is. #client #cue: the engineer's voice returns; the feeling has gone
* [“It isn't stupid. You've told someone now, and I'm not going to fold it up.”]
    #option: mum.not-folded
    #rate: attunement=3 safety-pacing=2 authenticity=3
    #feedback: You answered the shame and then did, in the room, the thing nobody did at that kitchen table: you kept the note open. That is earned security being offered rather than talked about. It is also a step closer than he asked for, which is the cost; how he takes it depends on what the hour has built.
    ~ shift(alliance, 1)
    { alliance >= 4 && shame <= 1:
        He laughs, once, wetly.
        Don't fold it up. Right. #client #cue: looks at you, then away, then back
        I used to think I'd made her up. Nobody said her name, so maybe she was never there. Then Dad asks the nurse for her. #client
    - else:
        Right. Well. #client #cue: a glance at you, quickly away; but he stays with it
        He folded everything up. Still does. #client
    }
* [“Taking your business outside. Was that your dad's rule, or the whole family's?”]
    #option: mum.whose-rule
    #rate: attunement=2 safety-pacing=3 authenticity=2
    #feedback: You took up his own phrase and asked whose rule it was, instead of deciding for him whether it came from his dad, his family, his church or somewhere wider. That curiosity lets him tell you, in his words, how feeling was handled at home, and it keeps the pace entirely his. It also steps back from what he has just said: he has told you something for the first time and called himself stupid for it, and the question moves to the family and away from him in the room.
    Everyone's. Auntie Merle came down from Birmingham the week Mum went and cooked for a fortnight. Fed us till we couldn't speak, which I think was the idea. #client #cue: almost fond
    Nobody said her name. Not Dad, not Merle, not church. You turned up and you got on with it. #client
    He glances down at the phone on his knee. #cue: a small, dry huff
    House rules. #client
* [“That must have been devastating for a boy of seven, and nobody to help him with it.”]
    #option: mum.big-word
    #rate: attunement=2 safety-pacing=2 authenticity=2
    #feedback: Warm and accurate, but "devastating" is a bigger word than he can pick up yet. A dismissing client may have to disagree with a large feeling before he can own a small one.
    I don't know about devastating. It was just how it was. #client #cue: a small shrug
- -> touchy

=== deck ===
Honestly, the deck's fine. It's the bearings. If a deck fails a load test, you don't blame the deck, you look at what it's been carrying and for how long. #client #cue: animated; draws the span in the air

* [“Tell me more about the load test.”]
    #option: deck.more-work
    #rate: attunement=1 safety-pacing=2
    #feedback: He has just offered, without meaning to, a perfect picture of himself, and you asked for more engineering. It is comfortable for both of you, which is exactly what to notice.
    #concepts: avoidant-pacing, attunement-countertransference
    Happily. #client #cue: he does, at length
* [“Earlier, when your dad came up, your voice changed and then you changed the subject.”]
    #option: deck.name-it-late
    #rate: attunement=2 safety-pacing=2 shame-withdrawal=elevated
    #feedback: Going back to the missed moment is worth doing, but put like this it sounds like evidence being presented. Owning that you let it pass would have made it easier for him to pick up.
    Did it? I don't think it did. #client #cue: a flicker; then the shutters
* [“I think I let something go past earlier. When you mentioned home. I'd like to go back to it, if that's all right.”]
    #option: deck.go-back
    #rate: attunement=2 safety-pacing=3
    #feedback: Owning that you let it pass and asking permission is good pacing. But he had just handed you a way in on his own terms, the deck and what it carries, and you went round it to reach the place he had left.
    ~ shift(alliance, 1)
    If you like. There's not much to say. He asked for my mum in the night. #client #cue: guarded, but he says it
* [“I wonder if that's true of you at the moment, too.”]
    #option: deck.bridge
    #rate: attunement=3 safety-pacing=3
    #feedback: You used his own image, which kept the distance he needs while pointing at what matters. Working inside the client's metaphor is often the way a dismissing client can come near feeling without being cornered.
    ~ shift(openness, 1)
    ~ shift(alliance, 1)
    He looks at you. Then at his own hand, still drawing the span.
    Very good. Yes. All right. #client #cue: a rueful half-laugh
    Dad asked for Pauline, in the night. My mum. She left when I was seven. He hasn't said her name in thirty-four years. #client
- -> touchy

=== retreat ===
His face shuts like a door.
Right. Is this the bit where I'm supposed to cry, and you tick a box? #client #cue: arms folded, jaw set; the phone back in his hand

* [“That came out wrong. Sorry.”]
    #option: retreat.vague-sorry
    #rate: rupture-repair=2 attunement=2
    #feedback: An apology at once, which is better than a defence. But it does not say what came out wrong, so he cannot tell whether you understood what happened or just want it to stop.
    #concepts: risk-shame-retreat, working-model-disconfirmed
    ~ shift(alliance, 1)
    Right. #client #cue: arms stay folded
* [“No. I pushed too hard, and I'm sorry. How far we go is up to you.”]
    #option: retreat.own-it
    #rate: rupture-repair=3 attunement=3
    #feedback: You owned a specific contribution, without grovelling, and gave him back control. For a client who expects closeness to come with humiliation, a therapist who notices and repairs is an expectation not met.
    ~ shift(alliance, 2)
    ~ shift(shame, -1)
    He looks at you for a long moment, checking for the catch.
    Okay. #client #cue: the arms stay folded, but the phone goes back on his knee
    It's my dad. He's not well. That's all. I'm not ready to take it apart. #client
* [“I was only trying to help you get in touch with your feelings.”]
    #option: retreat.defend
    #rate: rupture-repair=1 attunement=2 escalation=elevated
    #feedback: Explaining your good intentions puts your feelings at the centre, and it asks him to reassure you. A defensive response to a confrontation is one of the stronger predictors of a rupture not being resolved.
    ~ shift(alliance, -2)
    -> walks_out
* [“Okay. Shall we leave that for now and talk about something else for a bit?”]
    #option: retreat.change-task
    #rate: rupture-repair=2 attunement=2
    #feedback: Changing the task is a legitimate quick repair and it lowers the temperature. Without naming your part, though, the rupture goes underground, and he is left to wonder whether it will happen again.
    ~ shift(openness, -1)
    Fine. #client #cue: looks at the window; the phone stays in his hand
- -> touchy

=== walks_out ===
He looks at his watch.
Actually, I've got a call at half six. I should go. #client #cue: already standing, jacket zipped
He leaves twenty minutes early. On Saturday an email arrives, polite and short: he thinks he has got what he needed from the sessions, and thanks you for your time.
You write back to say the door is open if he ever wants it. You do not hear from him again. It is a familiar pattern with dismissing clients, and it is also the one outcome where you never find out what might have been. #ending: walks-out
-> END

=== touchy ===
He sits back and rubs his face with both hands, then looks at you over his fingers.
{ openness >= 3:
    Blimey. We're getting very in touch with our feelings this evening, aren't we. #client #cue: a crooked smile; testing
- else:
    Go on, then. This is the bit where you ask me how it all makes me feel, isn't it. #client #cue: a crooked smile; testing
}

* [“Fair enough. We can stick to practical strategies for a while, if you'd prefer that.”]
    #option: touchy.concede
    #rate: rupture-repair=2 authenticity=2
    #feedback: Changing the task eases the strain, but conceding the whole relational aim agrees that closeness is the problem. Adjust the pace with him rather than abandoning the direction.
    #concepts: humour, avoidant-pacing, safe-relationship
    ~ shift(openness, -1)
    That'd be good, yeah. #client #cue: relieved, a little flat
* [“Fair. Is it too much today? You can tell me straight.”]
    #option: touchy.check-in
    #rate: rupture-repair=3 authenticity=2
    #feedback: A straight question about the pace, and it invites him to say so: good repair. It treats the joke only as a complaint, though; he offered it with a grin, and a grin back would have made disagreeing feel safer still.
    ~ shift(alliance, 1)
    No. It's all right. It's just not my natural habitat. #client #cue: half a smile
* [“You make a joke whenever things get close.”]
    #option: touchy.interpret
    #rate: rupture-repair=1 authenticity=2 shame-withdrawal=elevated
    #feedback: Accurate, perhaps, but it turns his joke into evidence against him. His humour was a small, half-serious protest about the pace; answering the protest works better than exposing the defence.
    ~ shift(shame, 1)
    ~ shift(alliance, -1)
    Noted. #client #cue: the smile goes
* [“Guilty. We'll go at your speed, though: you tell me when it's too much.”]
    #option: touchy.meet-it
    #rate: rupture-repair=3 authenticity=3
    #feedback: You met the joke with one of your own, then took the protest inside it seriously and handed him the dial. Humour shared like this makes it safe to disagree, which a dismissing client rarely believes it is.
    ~ shift(alliance, 1)
    { shame >= 2:
        I'll let you know. #client #cue: a small nod; not quite a smile
    - else:
        I'll let you know. Probably by leaving. #client #cue: grins, and for once it reaches his eyes
        Joke. Mostly. #client
    }
- -> cancel

=== cancel ===
He turns the phone over on his knee.
Priya reckons I cancelled last week because of what we talked about the time before. I told her it was work. #client #cue: checks your face, quickly

* [“What do you think it was: work, or last time?”]
    #option: cancel.which-was-it
    #rate: rupture-repair=2 attunement=2 safety-pacing=2
    #feedback: A fair, open question, and it takes his remark seriously. But it asks him to pick between work and avoidance, which is a choice a dismissing client will usually settle in favour of work; it also leaves the next cancellation unplanned for.
    #concepts: working-alliance-contract, anticipating-ruptures, avoidant-pacing
    Work. Mostly. Probably. #client #cue: a shrug that doesn't quite finish
* [“It might have been both. If a session ever feels like too much, could you tell me, even by text, instead of not coming?”]
    #option: cancel.make-room
    #rate: rupture-repair=3 attunement=3 safety-pacing=3
    #feedback: You did not make him choose between work and avoidance, and you turned the cancellation into an agreement: strain can be said rather than acted out. Anticipating the next rupture, out loud, is what lets the work survive it.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    He thinks about it, the way he'd think about a tolerance.
    I could do that. It might just say "too much". #client
    That would be plenty. #therapist
* [“We agreed to keep coming even when it's hard, so it's important you don't cancel.”]
    #option: cancel.contract-lecture
    #rate: rupture-repair=2 attunement=1 safety-pacing=2 shame-withdrawal=elevated
    #feedback: The contract matters, but used as a rule it becomes a reprimand. The point of agreeing to keep coming is to make hard feelings speakable, not to make missing a session a failure.
    ~ shift(shame, 1)
    Right. Sorry. #client #cue: a schoolboy's apology
* [“Well, it's good that you're here today.”]
    #option: cancel.skip
    #rate: rupture-repair=1 attunement=2 safety-pacing=2
    #feedback: Warm, and it lets him off the hook, but he has just opened the door to talking about the cancellation and you closed it. The withdrawal stays unspoken, ready to happen again.
    Yeah. #client #cue: relief, and a little disappointment
- It's five to seven. You ask him what today has been like, what it did, if anything.
He shrugs into his jacket.
Fine. Useful, I suppose. Didn't really touch the sides, if I'm honest. No offence. #client #cue: zipping up; not looking at you
{ alliance >= 4 && shame <= 1:
    -> impact
- else:
    -> impact_guarded
}

=== impact ===
{ openness >= 3:
    You have watched him, this hour, look at the carpet and come back. You don't believe a word of it, and you suspect he knows you don't.
- else:
    It has been an hour of near misses, but you have seen enough to doubt it, and you suspect he knows you do.
}

* [“I hear that it didn't feel like much today, and I respect that, though I did notice a few moments when something seemed to shift, and I wonder whether some of it might land later.”]
    #option: impact.hedge
    #rate: authenticity=2 attunement=2
    #feedback: Careful and respectful, and completely safe, which is the problem: a cushioned paragraph is easy to shrug off. With the alliance you had built today, he could have taken something more direct.
    #concepts: challenging-avoidance, on-the-edge-relating, unscripted-spontaneity, moment-of-meeting
    Maybe. #client #cue: shrugs; hand on the door
    -> door_ajar
* [“Fair enough. For what it's worth, it had an impact on me.”]
    #option: impact.own-impact
    #rate: authenticity=3 attunement=2
    #feedback: Honest and brief, and it leaves him free. With this much alliance, though, it lets "no impact" stand for him: you spoke for yourself when he could have taken being disbelieved, fondly.
    ~ shift(alliance, 1)
    He stops with his hand on the door. #cue: a half-nod
    Right. Well. Thanks. #client
    -> door_ajar
* [“Come off it, Marcus.”]
    #option: impact.come-off-it
    #rate: authenticity=3 attunement=3 shame-withdrawal=elevated
    #feedback: A blunt, fond challenge that could only come from someone who had been paying attention all hour, and the alliance you had built made it the right risk. It is still a risk: judged before you know how he takes it, a man this prone to shame could have heard it as being caught out. On the edge, and worth it here.
    It's out before you have weighed it. For a second you wonder whether you've got it wrong.
    Then he laughs: a real one, surprised out of him, his hand over his eyes.
    Yeah. All right. It did. #client #cue: looks straight at you
    -> landed
* [“Okay. Thanks for being honest with me.”]
    #option: impact.accept
    #rate: authenticity=1 attunement=1
    #feedback: Taking "no impact" at face value after the hour you have just had lets the old story stand: nothing touches him and nobody notices. He may even be a little disappointed that you believed him.
    No worries. #client #cue: a nod, and he's gone
    -> door_ajar

=== impact_guarded ===
The hour has had its bumps. He is already half out of the chair.

* [“Fair enough. For what it's worth, today had an impact on me. I'll be thinking about your dad this week.”]
    #option: impact-guarded.own-impact
    #rate: authenticity=3 attunement=3
    #feedback: You did not argue with him, and you did not pretend. A short, true statement of your own experience leaves him free and lets him know he is held in mind, which is often all the closeness a guarded client can take at the end of a hard hour.
    ~ shift(alliance, 1)
    ~ shift(shame, -1)
    He stops with his hand on the door.
    Right. Thanks. #client #cue: doesn't turn round, but he stands there a second longer than he needs to
    -> last_door
* [“Come off it, Marcus.”]
    #option: impact-guarded.come-off-it
    #rate: authenticity=2 attunement=1 shame-withdrawal=elevated
    #feedback: The right words at the wrong time. A blunt challenge works when the relationship can hold it; after a bumpy hour it sounds like being caught out, and a dismissing client will hear judgement rather than affection.
    #concepts: challenging-avoidance, on-the-edge-relating, avoidant-pacing
    ~ shift(shame, 1)
    ~ shift(alliance, -1)
    Sorry? #client #cue: stops; a cold look
    It's how I feel. Or don't. Whatever. #client
    -> last_door
* [“Fair enough. Look after yourself this week.”]
    #option: impact-guarded.look-after
    #rate: authenticity=2 attunement=2
    #feedback: Kind, and not pushing was wise after a strained hour. It is also what anyone might say at a door; he leaves without knowing that anything reached you.
    Yeah. You too. #client
    -> last_door
* [“Okay. I'm glad you came tonight, after last week.”]
    #option: impact-guarded.glad-you-came
    #rate: authenticity=2 attunement=2
    #feedback: Warm, and it marks his coming back without pursuing him. It also turns, at the last moment, to the cancellation; he hears a little of "you nearly didn't", when what he needed to hear was that something of him had reached you.
    Yeah. Well. Work permitting. #client #cue: a half-smile that closes as quickly as it opened
    -> last_door

=== landed ===
At the door he pauses, zip halfway.
Same time next week. I'll be here. Even if it's just to say "too much". #client #cue: a crooked smile
From the window you watch him cross the car park. At his van he stops and stands for a moment with one hand flat on the roof, before he gets in. #ending: it-landed
-> END

=== door_ajar ===
He goes, on time, as he always does.
Something moved today, and something did not. He will probably come next week, and you will both pick up where he can bear to. #ending: door-ajar
-> END

=== last_door ===
{ alliance <= 1 || shame >= 3:
    On Monday morning there is a text: "Going to leave it there for now. Thanks for everything. M."
    You reply, briefly, that you are sorry he is stopping, that he is welcome back, and that you hope his dad is comfortable. You take the session to supervision, and you wonder where in the hour he decided. #ending: leaves-therapy
    -> END
}
-> door_ajar

// Moves a 0–5 client-state value and keeps it in range.
=== function shift(ref x, by)
~ x = x + by
{ x > 5:
    ~ x = 5
}
{ x < 0:
    ~ x = 0
}
