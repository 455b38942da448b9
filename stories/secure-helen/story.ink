// Helen: the first session back. Secure attachment; grief after her father's death.
// Session 9 of 12 at a bereavement service, the first after the therapist's two-week leave.
// Client state: openness and alliance (0–5). Every branch below depends only on ink variables,
// never on visit counts, so the story can be explored exhaustively.

VAR openness = 2
VAR alliance = 3
VAR polite = false
VAR took_floor = false
VAR laughed = false
VAR ending_plan = -1
VAR coffee = false

-> arrival

=== arrival ===
Thursday, ten o'clock: session nine of twelve at the bereavement service, and the first since your two weeks of leave.
Helen Marsh comes in the way she always does. Coat over the back of the chair by the window, bag at her feet, a look at the spider plant on the sill.
Well. You're back. And the plant's still with us, just about. #client #cue: touches a browning leaf, half smiling
* [It's been living on neglect and your good wishes. It's good to see you, Helen. #option: arrival.meet-the-tease #rate: attunement=3 authenticity=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You joined the small ritual she has built over eight weeks and answered her tease in kind, then said plainly that you were glad to see her. Familiar openings like this carry the reliability that lets closeness happen later. #concepts: rituals, humour, secure-ease, safe-relationship]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  Good wishes are about all that plant gets from me. #client #cue: laughs, settles into the chair
  It's good to see you too. It's been a funny old fortnight. #client
* [Shall we make a start? Where would you like to begin today? #option: arrival.straight-in #rate: attunement=2 authenticity=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A perfectly respectable opening, but it stepped over the ritual she offered and the fact of the break. With a secure client the cost is small; still, the joke was an invitation to be met as a person first. #concepts: rituals, humour, secure-ease, safe-relationship]
  Right. Yes. #client #cue: sits; a small pause, as if she had been about to say something else
  Where to begin. #client
* [Ha, yes. Before the break we were in the middle of the care-home paperwork, so let's pick that up. #option: arrival.take-the-agenda #rate: attunement=1 authenticity=2 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: The laugh was real, but you then set the agenda from your notes and went straight past two weeks apart. After a break, the first minutes belong to finding out where the client is now. #concepts: rituals, humour, secure-ease, safe-relationship]
  ~ shift(openness, -1)
  Oh. The paperwork. Yes, I suppose. #client #cue: glances at the plant again
  That feels like a long time ago, actually. #client
* [I'm sorry I had to be away. I hope the fortnight wasn't too hard without our sessions? #option: arrival.apologise #rate: attunement=2 authenticity=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Naming the break is right, but the apology puts your guilt in the room and tells her how she ought to have felt. She now has to reassure you before she can tell you anything. #concepts: rituals, humour, secure-ease, safe-relationship]
  Oh, don't be daft, you're allowed a holiday. #client #cue: waves a hand
  It was fine. Mostly. #client
- -> opening

=== opening ===
She folds her hands. There is a card tucked into the side pocket of her bag, the corner showing.
* [How did you get on while I was away? #option: opening.general-check #rate: attunement=2 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A sound, open way back in after a break, and it gives her the choice. It does not yet show her that you carried her story with you while you were away. #concepts: knowing-the-story, safe-relationship]
  Up and down. #client
  It was Dad's birthday on the Tuesday, actually. He'd have been eighty-three. #client #cue: her thumb finds the corner of the card
* [We've got four sessions left, so I thought today we might start thinking about the ending. #option: opening.ending-agenda #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Endings do need planning, but opening the first session after a break with the countdown tells her the clock matters more than what she brings. It also risks a second separation landing on top of the first. #concepts: knowing-the-story, safe-relationship]
  ~ shift(openness, -1)
  Right. Four. Yes. #client #cue: the card goes further into the pocket
  It was Dad's birthday while you were away, as it happens. #client
* [Tuesday was your dad's birthday, wasn't it. I wondered how the day went. #option: opening.remember-the-day #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You knew her story and let her know that you knew it: the day was held in mind while you were away. That is one of the quiet ways safety is built, and it lets her start where the feeling is. #concepts: knowing-the-story, safe-relationship]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  You remembered. #client #cue: eyebrows up; then a slow nod
  Eighty-three, he'd have been. I wrote him a card, daft as that is. Then I had nowhere to send it, so it's been living in my bag. #client
- Ruth and I drove up to the reservoir. We took his flask, the tartan one, and drank terrible tea on the bench he always said was his. #client
Then she laughs, quickly, and looks at you to see how the next bit lands.
And, this is silly, I was a bit cross with you. Not cross. Put out. I kept composing things to tell you in the car, and then it was Thursday and you weren't here. #client #cue: a laugh that covers it; watching your face
-> gap

=== gap ===
* [Breaks can stir up old feelings of being left, especially in grief. #option: gap.interpret #rate: rupture-repair=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: You noticed the strain, but turned her ordinary, rather generous complaint into a theory about her. Experts favour taking a rupture seriously and asking about it in the moment and keeping pattern-talk for later. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ polite = true
  ~ shift(alliance, -1)
  Mm. Maybe. #client #cue: a smaller smile
* [Not silly at all. I was away in a week that mattered. What did you want to tell me, in the car? #option: gap.welcome-it #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You took her being put out as legitimate, owned your part in it without grovelling, and turned towards what she had been carrying. Secure clients use here-and-now repair readily; this is the move that lets them. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  Oh, all sorts. That I'd managed the day. That I'd cried at a man singing in the car park at the big Tesco, which is new. #client #cue: laughing properly now
  Mainly that I'd managed. I wanted you to know I'd managed. #client
* [Well, everyone needs a holiday now and then, even therapists! #option: gap.joke-it-off #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The joke defended you rather than meeting her. She risked telling you something slightly awkward, and the message she will take away is that complaints here get laughed off. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ polite = true
  ~ shift(alliance, -1)
  ~ shift(openness, -1)
  Ha. Quite right. #client #cue: her laugh stops a beat early
* [I'm so sorry. I should have arranged for someone to cover, or checked in with you while I was away. #option: gap.collapse #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Remorse in place of repair: you offered changes to the frame that the break did not call for, and she is left comforting you. A repair owns something specific and then stays with the client's experience. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ polite = true
  No, no, goodness. I didn't mean it like that. It's fine. Honestly. #client #cue: leans forward, almost reaching to pat your arm, stops
- { polite:
    -> polite_turn
  }
-> keys

= polite_turn
Something has closed a little. Her voice has gone to its staff-room register: pleasant, efficient, slightly far away.
Anyway. I don't want to make a thing of it. #client #cue: straightens her cuff
* [Can I go back a moment? I think I brushed past what you said about being put out. #option: polite.go-back #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You caught the polite withdrawal, owned your part in it and reopened the door without making her wrong. Clients often hide small disappointments to spare the therapist; a specific, light invitation like this is what brings them back. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ polite = false
  ~ shift(alliance, 2)
  ~ shift(openness, 1)
  She looks at you for a moment, and something in her shoulders lets go.
  You did, a bit. It's all right. I think I just wanted you to know the fortnight counted. That I'd managed. #client
* [Of course. You were telling me about the reservoir? #option: polite.move-on #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: You followed her lead back to the story, which is kind on the surface, but "I don't want to make a thing of it" was the marker of a withdrawal. Taking it at face value lets the strain go underground. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  Yes. The reservoir. Well, there's not much more to say, really. It was nice. #client
* [You say it's fine, but your whole voice has changed. I think you're angry with me. #option: polite.confront #rate: rupture-repair=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: You saw the shift, which matters, but you told her what she feels and put it more strongly than she did. Naming a withdrawal works best tentatively and with your own part in it. #concepts: anticipating-ruptures, safe-relationship, secure-ease]
  ~ shift(alliance, -1)
  Angry? No. I'm not angry. #client #cue: a small, surprised laugh; arms fold
- -> keys

=== keys ===
~ polite = false
{ openness >= 3:
  Oh, and I have to tell you about Saturday. #client #cue: leaning in, eyes bright
- else:
  She smooths her skirt and finds a safer story.
  Something silly happened on Saturday. #client
}
I lost my car keys. Forty minutes. By minute five I'd decided this is how it started with Dad. By minute fifteen I'd put the house on the market. By minute thirty I was in the lounge at Larchfield being offered a custard cream, and Colin had taken up with the woman who runs the café at the garden centre. She does a very good scone. #client
She stops. Something twitches at the corner of her mouth.
They were in the fridge. #client #cue: deadpan, then her lip goes
* [That must have been frightening, after everything you saw with your dad. #option: keys.solemn #rate: attunement=2 authenticity=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Accurate about the fear, but she had already stepped back far enough to see the comedy and was inviting you to see it with her. Solemnity here can make her feel she has to be frightened properly. #concepts: shared-laughter, humour, unscripted-spontaneity, secure-ease]
  Well. Yes. It was, at the time. #client #cue: the smile fades
* [I notice you're turning something painful into a comic story. #option: keys.interpret-defence #rate: attunement=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Treating shared humour as a defence to be exposed leaves her feeling caught out. With a secure client, humour is usually a sign of safety, not a symptom; notice it, enjoy it, and then follow what is underneath. #concepts: shared-laughter, humour, unscripted-spontaneity, secure-ease]
  ~ shift(openness, -1)
  ~ shift(alliance, -1)
  Am I? I suppose I am. Sorry. #client #cue: colour rises in her neck
* [Keys in the fridge! My mum once put the cat's dinner in the bread bin and swore the cat did it. #option: keys.own-anecdote #rate: attunement=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You met the humour, but then took the floor with a story of your own. She laughs politely and the moment is now about your family. Shared laughter works when it stays with what the client brought. #concepts: shared-laughter, humour, unscripted-spontaneity, secure-ease]
  ~ took_floor = true
  Ha! Did it? Oh, that's lovely. #client #cue: laughs, politely, then waits for you
* [Forty minutes, and you'd sold the house and lost Colin to a scone. #option: keys.laugh-together #rate: attunement=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: She had already half-seen the absurdity of the spiral, and you laughed with her, not at her. Laughing together at a catastrophising spiral can be a real relief and a moment of contact, as long as you then come back to what it was about. #concepts: shared-laughter, humour, unscripted-spontaneity, secure-ease]
  ~ laughed = true
  ~ shift(openness, 1)
  ~ shift(alliance, 1)
  You can't help it: you laugh. A beat later she does too, properly, the kind that makes her reach for a tissue.
  A very good scone, though. #client #cue: wiping her eyes
- -> underneath

=== underneath ===
{ laughed:
  Oh, God. Sorry. #client #cue: still smiling, breath settling
  Then, quieter:
}
I do think about it, though. Whether it's in me. #client #cue: looking at her hands
* [Forgetting things is really common when you're grieving. It doesn't mean it's dementia. #option: underneath.reassure #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: True and kindly meant, but the reassurance closes the door she has just opened. She has told you a fear, not asked for a verdict. #concepts: attunement-countertransference, knowing-the-story, safe-relationship]
  I know. I know that, really. #client #cue: nods too quickly
* [The fear under the joke is real, isn't it. Can we stay with it for a minute? #option: underneath.stay-with-it #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: After the laugh you returned to meaning, and you asked rather than led. You will have felt the pull to keep it light; noticing that pull and choosing to stay is what turned the joke into the way in. #concepts: attunement-countertransference, knowing-the-story, safe-relationship]
  ~ shift(openness, 1)
  It is. #client #cue: a long breath out
  Three years I watched it. I know what the start looks like. I know what the end looks like. I used to check his face for the moment he'd stop knowing me, and now I catch myself checking my own. #client
* [Have you thought about asking your GP for a memory assessment? #option: underneath.refer #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Jumping to a medical test turns a fear into an alarm. There may be a time for that conversation, but not as the first response to a feeling she has only just admitted. #concepts: attunement-countertransference, knowing-the-story, safe-relationship]
  ~ shift(openness, -1)
  Do you think I should? God. I hadn't really thought it was that serious. #client #cue: sits up, alarmed
* [Well, as long as the scones are good, you'll be all right. #option: underneath.keep-joking #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: She moved from the joke to the fear and you stayed in the joke. Humour that builds safety comes back to what matters; humour that keeps going can leave the client alone with the serious part. #concepts: attunement-countertransference, knowing-the-story, safe-relationship]
  ~ shift(openness, -1)
  Ha. Yes. #client #cue: the laugh does not reach her eyes
- He used to whistle Elgar, you know. Near the end, when he couldn't find my name, he'd whistle "Nimrod" at me instead. As if that would do. #client #cue: a small, wet laugh
{ took_floor:
  And your poor mum, with the bread bin. It comes for all of us. #client #cue: kindly, looking after you
}
She is quiet for a moment. Then she tilts her head.
Can I ask you something? You don't have to answer. Have you lost a parent? #client #cue: curious, not testing
-> question

=== question ===
~ laughed = false
* [I have, yes, some years ago. I'll keep the details to myself, but I know a little of that world. What made you wonder? #option: question.brief-and-back #rate: boundaries-frame=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A brief, honest answer with a clear limit, then straight back to her and to why the question came now. Disclosure like this tends to deepen the relationship when it is short, purposeful and brought back to the client. #concepts: unscripted-spontaneity, therapist-attachment-pairing, safe-relationship]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  I thought so. You've got the look. People who know get a particular look when I say "Nimrod". #client #cue: nods, satisfied, not probing
  I suppose I wanted to know you weren't just being kind. #client
* [Let's keep this hour about you, Helen. #option: question.deflect #rate: boundaries-frame=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Holding back is a legitimate choice, but said like this it is a closed door with no reason on it, and she may feel told off for asking. If you do not answer, say warmly why, and stay curious about the question. #concepts: unscripted-spontaneity, therapist-attachment-pairing, safe-relationship]
  ~ shift(alliance, -1)
  ~ shift(openness, -1)
  Of course. Sorry. That was nosy. #client #cue: sits back
* [I have. My mum died when I was thirty, and honestly her birthday is still the hardest day of my year. We used to go to the coast, and I still drive down there on my own every March. #option: question.long-story #rate: boundaries-frame=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Genuine, but it became your story: the focus moved to your grief and she is now the one listening. Self-disclosure helps when it is brief and serves the client; here she will feel she has to look after you. #concepts: unscripted-spontaneity, therapist-attachment-pairing, safe-relationship]
  ~ took_floor = true
  Oh, I'm so sorry. That must be hard, every year. #client #cue: leans towards you, concerned
  There is a pause in which it is not clear whose session this is.
* [What would it mean to you if I had? #option: question.turn-it-back #rate: boundaries-frame=2 authenticity=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Curiosity about the question is useful, but handing it straight back can feel like a technique, and it leaves her question hanging. It is a fair choice done a little stiffly. #concepts: unscripted-spontaneity, therapist-attachment-pairing, safe-relationship]
  I suppose I'd feel you weren't just being kind. That you knew. #client #cue: thinks about it honestly
- { openness >= 4 && alliance >= 4:
    -> meeting
  }
-> surface

=== meeting ===
{ took_floor:
  She glances at you first, as if checking that you are all right, before she goes on.
}
She looks at the card in her bag, then back at you. Her eyes have filled, and she doesn't look away.
Do you know what I realised, up at the reservoir? You're the only one I've let see me properly sad. Colin wants to mend it. Ruth writes a list. You just sit in it with me. #client #cue: tears, steady gaze
* [How does it feel to tell me that? #option: meeting.technique #rate: authenticity=1 attunement=2 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A respectable question, but in a now moment it reads as a step back behind technique. She offered you something direct; a missed moment of meeting is one where the therapist answers with method rather than with themself. #concepts: moment-of-meeting, unscripted-spontaneity, secure-ease]
  ~ shift(openness, -1)
  Oh. I don't know. Strange, I suppose. #client #cue: blinks; reaches for a tissue and looks at the window
* [You've done such brave work in here. Colin and Ruth are lucky to have you. #option: meeting.praise #rate: authenticity=2 attunement=1 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Warm, but it moves the moment off the two of you and onto her achievements and her family. She was telling you something about this relationship; the generous thing is to receive it. #concepts: moment-of-meeting, unscripted-spontaneity, secure-ease]
  That's kind. #client #cue: smiles, looks down
* [I'm glad it could happen in here. I've felt it too. #option: meeting.receive-it #rate: authenticity=3 attunement=3 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Brief, personal and true, and then you let the silence do the rest. This is the kind of specific, unscripted response that a moment of meeting asks for; with a securely attached client it can simply be received. #concepts: moment-of-meeting, unscripted-spontaneity, secure-ease]
  ~ shift(alliance, 1)
  For a while neither of you says anything. Outside, someone is mowing a verge. She nods, once, and it feels as if something has been agreed.
  Thank you. #client #cue: very quietly
* [Oh, Helen. Working with you has been such a gift. You're one of my favourite people to see. #option: meeting.special #rate: authenticity=2 attunement=2 boundaries-frame=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Heartfelt, but telling a client she is a favourite makes her special and leaves her with your feelings to manage. Let the warmth be about what happened in the room, not about ranking her. #concepts: moment-of-meeting, unscripted-spontaneity, secure-ease]
  Oh! Well. That's nice to hear. #client #cue: pleased and a little unsure where to put it
- -> plan

=== surface ===
{ took_floor:
  She glances at you, as if checking that you are all right.
}
There is a moment when she might say more. She looks at the window instead.
Anyway. I should tell you about the headstone. The stonemason's quoted for the lettering. #client #cue: brisk; the teacher's voice
* [How much are they asking? #option: surface.follow-content #rate: attunement=1 rupture-repair=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: You followed the words and let the moment go. Something had been close to the surface, and the brisk change of subject was the sign that she had decided not to risk it today. #concepts: attunement-countertransference, secure-ease, risk-shame-retreat]
  Nine hundred, if you want his dates in gold. Which of course we do. #client
* [We can do the headstone. Before we do, I have a feeling I've been a step behind you today. #option: surface.own-it #rate: attunement=3 rupture-repair=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You agreed to her topic, then named the process and owned your part in it. A secure client can use that kind of honesty straight away, and it often brings back what was about to be said. #concepts: attunement-countertransference, secure-ease, risk-shame-retreat]
  ~ shift(alliance, 2)
  ~ shift(openness, 1)
  She laughs, surprised.
  Not behind, exactly. I think I've been keeping things tidy for you. Habit. Thirty years of parents' evenings. #client
  What I was going to say was that you're about the only person I've let see me properly sad. Colin mends, Ruth makes lists. #client #cue: eyes filling, holding your gaze
* [You looked as if you were about to say something else just then. #option: surface.notice #rate: attunement=2 rupture-repair=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Good noticing, and lightly done. It puts the whole weight on her, though; adding your own part in the distance would have made it easier to answer. #concepts: attunement-countertransference, secure-ease, risk-shame-retreat]
  ~ shift(openness, 1)
  Was I? Maybe. It'll keep. #client #cue: a half-smile
- -> plan

=== plan ===
~ took_floor = false
She sits up and gathers herself, the way she gathers a class after a noisy minute.
I've been thinking. I wonder whether I need all twelve. Could we stop at ten? Not because anything's wrong. I think I might be ready to do some of this on my own. #client #cue: watching your face for the answer
* [Is this to do with me being away? #option: plan.about-me #rate: attunement=1 safety-pacing=2 boundaries-frame=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Worth wondering privately, but asked first it makes her step towards independence about you. A secure client's wish to finish early is usually what it looks like; explore it before you interpret it. #concepts: working-alliance-contract, anticipating-ruptures, secure-ease]
  ~ ending_plan = 1
  No! Goodness, not everything's about you. #client #cue: laughs, but shakes her head
* [I'd be cautious. Grief has a way of coming back, and we did agree on twelve. #option: plan.hold-on #rate: attunement=1 safety-pacing=2 boundaries-frame=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=elevated #feedback: This leans on the contract to keep her, and the wish to keep a client who is doing well is often the therapist's. Discouraging a sound ending risks fostering dependency, which codes ask us to avoid. #concepts: working-alliance-contract, anticipating-ruptures, secure-ease]
  ~ ending_plan = 2
  ~ shift(alliance, -1)
  Oh. Right. I hadn't thought of it like that. #client #cue: deflates a little
* [Of course. If you're ready, we could even make next week the last one. #option: plan.rush #rate: attunement=2 safety-pacing=1 boundaries-frame=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You respected her autonomy, but shortened the ending further without thinking it through together. An ending is part of the work; a rushed one can feel like being let go. #concepts: working-alliance-contract, anticipating-ruptures, secure-ease]
  ~ ending_plan = 3
  Next week? Oh. I suppose we could. #client #cue: blinks; she had meant ten
* [That sounds as if it comes from somewhere solid. Let's think it through, and use the time we have left to end well. #option: plan.explore #rate: attunement=3 safety-pacing=3 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You supported her autonomy, kept the ending as shared work, and made room to plan it. That is how a contract serves the client: as something to think with, not something to hold her to. #concepts: working-alliance-contract, anticipating-ruptures, secure-ease]
  ~ ending_plan = 0
  ~ shift(alliance, 1)
  Yes. I'd like that. Ten, then, and we'll see. I'd like the last one not to be about the headstone. #client #cue: a grin
- It is ten to eleven. She stands and puts her coat on, and stops with one arm in the sleeve.
{ alliance >= 2:
  It's daft, but I wish we'd met some other way. You'd get on with Ruth. You'd get on with all of us, actually. #client #cue: lightly, coat half on
- else:
  Well. Thank you. It's daft, but I'll miss these when they stop. I have liked coming. #client #cue: carefully, coat half on; more formal than usual
}
-> goodbye

=== goodbye ===
* [Ha. Well. Same time next week? #option: goodbye.brush-past #rate: boundaries-frame=3 authenticity=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: The frame is intact, but she said something warm and a little exposing and you stepped round it. Even at the door, a short true sentence would have let her know it had landed. #concepts: consistency-boundaries, risk-seduction-confusion, therapist-attachment-pairing]
  Same time. Yes. #client #cue: finishes with the coat
* [It isn't daft. What we have is real, and it belongs in here. Same time next week? #option: goodbye.warm-frame #rate: boundaries-frame=3 authenticity=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You received the warmth, affirmed that the relationship is real, and kept it where it can stay safe, all in a sentence. With a secure client the pull is towards easy friendliness; the frame is what makes the closeness trustworthy. #concepts: consistency-boundaries, risk-seduction-confusion, therapist-attachment-pairing]
  ~ shift(alliance, 1)
  It does. Same time. #client #cue: smiles; a little nod as if filing it somewhere safe
* [I have to keep things professional, Helen. #option: goodbye.rule #rate: boundaries-frame=2 authenticity=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The boundary is right but it arrived as a rebuke for a harmless, affectionate remark. Hold the frame warmly, so she is not left embarrassed for having said something kind. #concepts: consistency-boundaries, risk-seduction-confusion, therapist-attachment-pairing]
  ~ shift(alliance, -2)
  Of course. I didn't mean anything by it. #client #cue: colour in her cheeks; she does the coat up to the top
* [Maybe once we've finished we could go for a coffee. I'd like that. #option: goodbye.coffee #rate: boundaries-frame=1 authenticity=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=high escalation=low complaint-ethics=high #feedback: Harm flag. Proposing a friendship after therapy turns the work into a route to a personal relationship, a dual relationship the ethics codes rule out, and it changes what every remaining session means. The warmth was real; the answer is to honour it inside the frame and take the pull to supervision. #concepts: consistency-boundaries, risk-seduction-confusion, therapist-attachment-pairing]
  ~ coffee = true
  Oh! Would you? I'd like that too. #client #cue: brightens, surprised
- -> endings

=== endings ===
{ coffee:
  She goes out lighter than she came in, and carrying something she did not bring: a half-promise that sits over the sessions that are left. Next week she will wonder whether to bring up the coffee, and whether her grief is still the point.
  When you write your notes you leave that part out, and then you notice that you have left it out. It is the first thing to take to supervision. #ending: frame-blurred
  -> END
}
{ alliance >= 5 && ending_plan == 0:
  At the door she turns and lifts a hand, the way she does. The card is still in her bag; you suspect it will come out at the last session, and that will be the right time.
  The spider plant, you notice, could do with some water. You give it some. #ending: moment-of-meeting
  -> END
}
{ alliance <= 2 || ending_plan >= 2:
  She thanks you, as she always does, and the door closes politely behind her.
  It was a good enough session on paper. But something she brought in today went home with her untouched, and you find yourself wondering whether she will bother to bring it back before the end. #ending: polite-distance
  -> END
}
She says goodbye at the door, as always. It was an ordinary, decent hour: some of it met, some of it left for another week.
With three sessions left, there is still time to come back to what you stepped past. #ending: good-enough
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
