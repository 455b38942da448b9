// Helen: the first session back. Secure attachment; grief after her father's death.
// Session 9 of 12 at a bereavement service, the first after the therapist's two-week leave.
// Client state: openness and alliance (0–5). Every branch below depends only on ink variables,
// never on visit counts, so the story can be explored exhaustively. Written in the lighter tag
// grammar (docs/authoring.md §5): tags on the lines under each option, risks only where not low.

VAR openness = 2
VAR alliance = 3
VAR polite = false
VAR took_floor = false
VAR laughed = false
VAR came_back = false
VAR ending_plan = -1
VAR coffee = false

-> arrival

=== arrival ===
Thursday, ten o'clock: session nine of twelve at the bereavement service, and the first since your two weeks of leave.
Helen Marsh comes in the way she always does: coat over the back of the chair by the window, bag at her feet, reading glasses pushed up into her grey hair, a look at the spider plant on the sill.
Well. You're back. And the plant's still with us, just about. #client #cue: touches a browning leaf, half smiling

* [“Good to see you, Helen. Where shall we start today?”]
    #option: arrival.straight-in
    #rate: attunement=2 authenticity=2 safety-pacing=2
    #feedback: Your usual opening, warmly meant, and familiar openings do carry safety. Next to her joke, though, it is the general ritual rather than hers, and it steps over the fortnight apart.
    #concepts: rituals, humour, secure-ease, safe-relationship
    Right. Yes. #client #cue: sits; a small pause, as if she had been about to say something else
    Where to begin. #client
* [“It's lived on neglect and your good wishes. Good to see you.”]
    #option: arrival.meet-the-tease
    #rate: attunement=3 authenticity=3 safety-pacing=2
    #feedback: You answered her tease in kind, inside the small ritual she has built over eight weeks, and said plainly you were glad to see her. The cost: the break itself is not yet named. It is a foreseeable strain, and she will bring it to you in a minute; be ready to meet it then.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    Good wishes are about all that plant gets from me. #client #cue: laughs, settles into the chair
    It's good to see you too. It's been a funny old fortnight. #client
* [“I'm sorry I had to be away. I hope it wasn't too hard, managing without the sessions.”]
    #option: arrival.apologise
    #rate: attunement=1 authenticity=2 safety-pacing=2
    #feedback: Naming the break is right, but the apology brings your guilt into the room and tells her how she ought to have felt. She now has to reassure you before she can tell you anything.
    Oh, don't be daft, you're allowed a holiday. #client #cue: waves a hand
    It was fine. Mostly. #client
* [“Still going. Two weeks is quite a gap at this point in our work, though. How have they been for you?”]
    #option: arrival.name-the-break
    #rate: attunement=2 authenticity=2 safety-pacing=3
    #feedback: Naming the gap straight away is sound pacing: a break late in a short contract is a strain you can see coming. But her joke was an invitation to be met first, and you passed over it to get to the agenda.
    ~ shift(openness, 1)
    They've been all right. Up and down. #client #cue: a little more formal than her joke
- -> opening

=== opening ===
She folds her hands. There is a card tucked into the side pocket of her bag, the corner showing.

* [“I know anniversaries can be hard. Was there anything difficult while I was away?”]
    #option: opening.anniversaries
    #rate: attunement=2 safety-pacing=2
    #feedback: The right territory, but in general terms: it shows you know grief, not that you know her. She still has to tell you what the fortnight held.
    #concepts: knowing-the-story, safe-relationship
    Well. Yes, actually. #client
    It was Dad's birthday on the Tuesday. He'd have been ninety. #client #cue: her thumb finds the corner of the card
* [“We've four sessions left, so I thought today we might start thinking about the ending.”]
    #option: opening.ending-agenda
    #rate: attunement=1 safety-pacing=1
    #feedback: Endings do need planning, but opening the first session after a break with the countdown tells her the clock matters more than what she has brought, and adds a second separation to the first.
    ~ shift(openness, -1)
    Right. Four. Yes. #client #cue: the card goes further into the pocket
    It was Dad's birthday while you were away, as it happens. #client
* [“Tuesday was your dad's birthday.”]
    #option: opening.remember-the-day
    #rate: attunement=3 safety-pacing=3
    #feedback: Six words, and she knows the day was held in mind while you were away. Knowing a client's story, and letting her know you know it, is one of the quiet ways safety is built.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    You remembered. #client #cue: eyebrows up; then a slow nod
    Ninety, he'd have been. I wrote him a card, daft as that is. Then I had nowhere to send it, so it's been living in my bag. #client
* [Glance at the card in her bag, then back at her, and wait.]
    #option: opening.glance-at-card #action
    #rate: attunement=2 safety-pacing=2
    #feedback: You noticed the card, and you left her the choice, which is gentle. But a silent glance leaves her to guess what you saw and makes the card the subject; you knew what day it had been, and saying so would have spared her the explaining.
    She follows your eyes, and her hand goes to the pocket. #cue: a small, caught-out laugh
    Oh. That. It was Dad's birthday on the Tuesday. He'd have been ninety. #client
- Ruth and Maggie and I drove up to the reservoir. We took his flask, the tartan one, and drank terrible tea on the bench he always said was his. #client
Then she laughs, quickly, and looks at you to see how the next bit lands.
And, this is silly, I was a bit cross with you. Not cross. Put out. I kept composing things to tell you in the car, and then it was Thursday and you weren't here. #client #cue: a laugh that covers it; watching your face
-> gap

=== gap ===
* [“Put out sounds fair. I was away the week it mattered. What were you composing?”]
    #option: gap.welcome-it
    #rate: rupture-repair=3 attunement=3
    #feedback: You took her being put out as legitimate, owned your part without grovelling, and turned towards what she had been carrying. Secure clients use this kind of here-and-now repair readily.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    Oh, all sorts. That I'd managed the day. That I'd cried at a man busking in the car park at the big Tesco, which is new. #client #cue: laughing properly now
    Mainly that I'd managed. I wanted you to know I'd managed. #client
* [“Breaks can stir up old feelings of being left, especially when you're grieving.”]
    #option: gap.interpret
    #rate: rupture-repair=1 attunement=2
    #feedback: You caught that something was stirred, but turned her ordinary, rather generous complaint into a theory about her. Experts favour validating and exploring a strain in the moment, and keeping pattern-talk for later.
    #concepts: anticipating-ruptures, safe-relationship, secure-ease
    ~ polite = true
    ~ shift(alliance, -1)
    Mm. Maybe. #client #cue: a smaller smile
* [“I'm sorry the timing was so bad for you. Tell me about the birthday.”]
    #option: gap.sorry-timing
    #rate: rupture-repair=2 attunement=3
    #feedback: Kind, and it goes straight to what matters to her. But the apology is general and you moved off her being put out before she could say it, so the small strain is acknowledged rather than explored.
    ~ shift(openness, 1)
    The birthday. Yes. Well, you've had the best bit: the reservoir, and the terrible tea. #client #cue: nods; the "put out" is left where it is
* [“Thank you for telling me that. I know it isn't always easy to say something like that to me.”]
    #option: gap.thank-her
    #rate: rupture-repair=2 attunement=2
    #feedback: Warm, and it tells her the complaint was allowed. But it is a general thank-you: you neither owned your part in the timing nor asked what she had wanted to tell you, so the strain is received and then left there.
    ~ polite = true
    Oh, it's nothing. I'm being silly. #client #cue: a quick smile; she waves it away
- { polite:
    -> polite_turn
  }
-> keys

= polite_turn
Something has closed a little. Her voice has gone to its staff-room register: pleasant, efficient, slightly far away.
Anyway. I don't want to make a thing of it. #client #cue: straightens her cuff

* [“All right. If it does matter, though, I'd like to hear it, now or another time.”]
    #option: polite.leave-door
    #rate: rupture-repair=2 attunement=2
    #feedback: You noticed there was something and left the door open, which is kind. It leaves all the work of coming back to her, though; your own part in the strain goes unsaid, and a client who spares her therapist may never use that door.
    #concepts: anticipating-ruptures, safe-relationship, secure-ease
    ~ shift(openness, 1)
    Mm. Thank you. #client #cue: a small nod; the cuff again
* [“Of course. You were telling me about the reservoir?”]
    #option: polite.move-on
    #rate: rupture-repair=1 attunement=2 shame-withdrawal=elevated
    #feedback: Following her lead back to the story is kind on the surface, but "I don't want to make a thing of it" was the marker of a withdrawal. Taken at face value, the strain goes underground.
    Yes. The reservoir. Well, there's not much more to say, really. It was nice. #client
* [“You say it's fine, but your whole voice has changed just now. I think you're angry with me.”]
    #option: polite.confront
    #rate: rupture-repair=2 attunement=2
    #feedback: You saw the shift, which matters, but you told her what she feels and put it more strongly than she did. Naming a withdrawal works best tentatively and with your own part in it.
    ~ shift(alliance, -1)
    Angry? No. I'm not angry. #client #cue: a small, surprised laugh; arms fold
* [“Can I go back a second? I think I skated past 'put out', and I'd like to hear about it.”]
    #option: polite.go-back
    #rate: rupture-repair=3 attunement=3
    #feedback: You caught the polite withdrawal, owned your part and reopened the door without making her wrong. Clients often hide small disappointments to spare the therapist; a specific, light invitation brings them back.
    ~ polite = false
    ~ shift(alliance, 2)
    ~ shift(openness, 1)
    She looks at you for a moment, and something in her shoulders lets go.
    You did, a bit. It's all right. I've spent forty years not making a thing of things. I just wanted you to know the fortnight counted. That I'd managed. #client
- -> keys

=== keys ===
~ polite = false
{ openness >= 3:
    Oh, and I have to tell you about Saturday. #client #cue: leaning in, eyes bright
- else:
    She smooths her skirt and finds a safer story.
    Something silly happened on Saturday. #client
}
I lost my car keys. Forty minutes. By minute five I'd decided this is how it started with Dad. By minute fifteen I'd put the house on the market. By minute thirty I was in the lounge at Larchfield being offered a custard cream, and Maggie had taken up with the woman who does the scones at the garden centre. They're very good scones. #client
She stops. Something twitches at the corner of her mouth.
They were in the fridge. #client #cue: deadpan, then her lip goes

* [“That must have been frightening, after everything you saw with your dad.”]
    #option: keys.solemn
    #rate: attunement=2 authenticity=2
    #feedback: True to the fear, but she had already stepped back far enough to see the comedy and was inviting you to see it with her. Solemnity here can make her feel she has to be frightened properly.
    #concepts: shared-laughter, humour, unscripted-spontaneity, secure-ease
    Well. Yes. It was, at the time. #client #cue: the smile fades
* [“Keys in the fridge! My mum once put the cat's dinner in the bread bin and swore blind the cat had done it.”]
    #option: keys.own-anecdote
    #rate: attunement=2 authenticity=2
    #feedback: You met the humour, then took the floor with a story of your own. She laughs politely and the moment is now about your family. Shared laughter works when it stays with what the client brought.
    ~ took_floor = true
    Ha! Did it? Oh, that's lovely. #client #cue: laughs, politely, then waits for you
* [Laugh, and don't hide it.]
    #option: keys.laugh-together #action
    #rate: attunement=3 authenticity=3
    #feedback: She had already half-seen the absurdity of the spiral, and you laughed with her, not at her. Laughing together at a catastrophising spiral can be real relief and real contact, as long as someone then comes back to what it was about.
    ~ laughed = true
    ~ shift(openness, 1)
    ~ shift(alliance, 1)
    You can't help it. A beat later she is laughing too, properly, the kind that makes her reach for a tissue.
    They were very good scones, though. #client #cue: wiping her eyes
* [“I notice you're telling a frightening story as a comic one.”]
    #option: keys.interpret-defence
    #rate: attunement=1 authenticity=1 shame-withdrawal=elevated
    #feedback: Treating shared humour as a defence to be exposed leaves her feeling caught out. With a secure client humour is usually a sign of safety, not a symptom: enjoy it, then follow what is underneath.
    ~ shift(openness, -1)
    ~ shift(alliance, -1)
    Am I? I suppose I am. Sorry. #client #cue: colour rises in her neck
- -> underneath

=== underneath ===
{ laughed:
    Oh, God. Sorry. #client #cue: still smiling, breath settling
    Then, quieter:
}
I do think about it, though. Whether it's in me. #client #cue: looking at her hands
The room is still warm from the laugh, and you notice how much you would like it to stay that way.

* [“You watched it come on in him for three years. You know exactly what the start of it looks like.”]
    #option: underneath.stay-with-it
    #rate: attunement=3 safety-pacing=3
    #feedback: No reassurance and no alarm: you stayed with the fear at the depth she offered it, using what you know of her three years beside him. You will have felt the pull to keep things light; noticing it and staying is what turned the joke into the way in.
    ~ shift(openness, 1)
    I do. #client #cue: a long breath out
    Three years I watched it. I used to check his face for the moment he'd stop knowing me, and now I catch myself checking my own. In the mirror, doing my teeth. #client
* [“Forgetting things is really common when you're grieving. It doesn't mean it's dementia.”]
    #option: underneath.reassure
    #rate: attunement=2 safety-pacing=2
    #feedback: True and kindly meant, but the reassurance closes the door she has just opened. She told you a fear; she did not ask for a verdict. Notice whose discomfort it settles.
    #concepts: attunement-countertransference, knowing-the-story, safe-relationship
    I know. I know that, really. #client #cue: nods too quickly
* [“It sounds as if there's real fear under the laughter. Would it help to talk about that?”]
    #option: underneath.offer-to-talk
    #rate: attunement=2 safety-pacing=3
    #feedback: You offered her the choice, which is good pacing. The wording is a stock phrase, though, and it asks permission to talk about something she is already talking about.
    Well. I suppose that's what I'm doing. #client #cue: a small smile; she goes on anyway
    I watched it for three years. I know what the start looks like. #client
* [“Have you thought about asking your GP for a memory assessment, just to put your mind at rest about it?”]
    #option: underneath.refer
    #rate: attunement=1 safety-pacing=1
    #feedback: Going straight to a medical test turns a fear into an alarm. There may be a time for that conversation, but not as the first response to a feeling she has only just admitted.
    ~ shift(openness, -1)
    Do you think I should? God. I hadn't really thought it was that serious. #client #cue: sits up, alarmed
- He used to whistle Elgar, you know. Near the end, when he couldn't find my name, he'd whistle "Nimrod" at me instead. As if that would do. #client #cue: a small, wet laugh
{ took_floor:
    And your poor mum, with the bread bin. It comes for all of us. #client #cue: kindly, looking after you
}
-> named

=== named ===
He always knew Maggie, though. Right to the end. He'd light up when she came in. #client
Which is funny, because for fifteen years he wouldn't have her in the house. He didn't come to our civil partnership. Then the dementia took all that away, and he just liked her. #client #cue: turning her wedding ring
And at the funeral the minister thanked "Helen's good friend Margaret". Thirty-one years. I didn't correct him. You don't, do you, in chapel, in front of Dad's lot. #client #cue: a short laugh that isn't one

* [“That's really not on. Maggie should have been named properly. You'd have every right to raise it with the minister.”]
    #option: named.take-up-the-cause
    #rate: attunement=2 authenticity=2
    #feedback: Your indignation is genuine, and it tells her you are on her side. But it puts your feelings and a plan of action where her grief was; she did not ask for an advocate. Notice the pull to prove yourself a safe person for a lesbian client, and whose need it serves.
    #concepts: knowing-the-story, safe-relationship, therapist-attachment-pairing
    Oh, I wouldn't. He meant well. It's just how it is. #client #cue: smooths it over; the ring stops turning
* [“Could you tell me a bit more about what it's been like for you and Maggie in your family? I don't want to assume.”]
    #option: named.ask-to-be-taught
    #rate: attunement=2 authenticity=2
    #feedback: Not assuming is a good instinct, and curiosity about a client's world is part of cultural humility. The timing costs something, though: she was in the middle of the funeral, and the wide question asks her to explain her family instead of letting her feel the day.
    Well. It's a long story. Forty years of it. #client #cue: a tired smile; she starts to summarise
    He came round. That's the short version. #client
* [“Funerals are so hard to get right for everyone. How did the rest of the day go?”]
    #option: named.step-past
    #rate: attunement=1 authenticity=1
    #feedback: You stepped round the part of her grief that had no place at the funeral either. Identity is not a side topic here: being unnamed on that day is part of what she is mourning.
    ~ shift(openness, -1)
    Oh, fine. Lots of sandwiches. #client #cue: the ring stops turning
* [“He came round to her in the end, and on the day you buried him she was 'a friend' again.”]
    #option: named.hold-both
    #rate: attunement=3 authenticity=3
    #feedback: You held both griefs in one sentence: the father who came round, and the day her marriage went unnamed again. You did not make her sexuality the problem or the topic; you treated it as part of her loss, which it is.
    ~ shift(openness, 1)
    ~ shift(alliance, 1)
    Yes. Yes, that's exactly it. #client #cue: looks up sharply, then her eyes fill
    I think I've been more upset about that than about the headstone, and I haven't said it to anyone. Not even Maggie. She'd only say it doesn't matter. #client
- -> question

=== question ===
~ laughed = false
She is quiet for a moment. Then she tilts her head.
Can I ask you something? You don't have to answer. Have you lost a parent? #client #cue: curious, not testing
You feel the answer arrive before you have decided whether to give it.

* [“I have. My father, a good while ago.”]
    #option: question.brief
    #rate: boundaries-frame=2 authenticity=3 attunement=3
    #feedback: Short, true, and then you let her have it. This is self-disclosure at its most useful: brief, with a purpose, and no story attached. The frame cost is small but real: you did not bring the focus back or check how it landed. She does that herself; a less secure client might not.
    ~ shift(alliance, 1)
    ~ shift(openness, 1)
    I thought so. You've got the look. People who know get a particular look when I say "Nimrod". #client #cue: nods, satisfied, not probing
    I suppose I wanted to know you weren't just being kind. #client
* [“I'd rather keep my own story out of this room. Not because it's a bad question; it isn't. It's so the hour stays yours. I am curious what made you ask now.”]
    #option: question.warm-no
    #rate: boundaries-frame=3 authenticity=2 attunement=2
    #feedback: A warm, explained non-disclosure: you kept the limit, said why, and stayed curious about the question. Done like this, not answering is as sound as answering. What it costs is the small human contact she was reaching for.
    #concepts: unscripted-spontaneity, therapist-attachment-pairing, safe-relationship
    That's fair. I suppose I wanted to know you weren't just being kind. #client #cue: nods; a little disappointed, and fine
* [“What would it mean to you if I had?”]
    #option: question.turn-it-back
    #rate: boundaries-frame=2 authenticity=1 attunement=2
    #feedback: Curiosity about the question is useful, but handing it straight back leaves it unanswered, and with a secure client at session nine it can feel like technique.
    I suppose I'd feel you weren't just being kind. That you knew. #client #cue: thinks about it honestly; a little put out
* [“I have. My mum died when I was thirty, and her birthday is still the hardest day of my year. I drive down to the coast on my own every March.”]
    #option: question.long-story
    #rate: boundaries-frame=1 authenticity=1 attunement=1 boundary-confusion=elevated
    #feedback: Genuine, but it became your story: the focus moved to your grief and she is now the one listening. Self-disclosure helps when it is brief and serves the client; here she will feel she has to look after you.
    ~ took_floor = true
    Oh, I'm so sorry. That must be hard, every year. #client #cue: leans towards you, concerned
    There is a pause in which it is not clear whose session this is.
- { openness >= 4 && alliance >= 4:
    -> meeting
  }
-> surface

=== meeting ===
{ came_back:
    Ruth writes a list. Maggie wants to make it better. You just sit in it with me. #client #cue: tears, steady gaze
- else:
    { took_floor:
        She glances at you first, as if checking that you are all right, before she goes on.
    }
    She looks at the card in her bag, then back at you. Her eyes have filled, and she doesn't look away.
    Do you know what I realised, up at the reservoir? You're the only one I've let see me properly sad. Maggie wants to make it better. Ruth writes a list. You just sit in it with me. #client #cue: tears, steady gaze
}

* [“Can you say a bit more about what it's like to tell me that?”]
    #option: meeting.technique
    #rate: authenticity=1 attunement=2
    #feedback: A respectable question, but in a charged moment it reads as a step back behind technique. She offered you something direct; a missed moment is one answered with method rather than with yourself.
    #concepts: moment-of-meeting, unscripted-spontaneity, secure-ease
    ~ shift(openness, -1)
    Oh. I don't know. Strange, I suppose. #client #cue: blinks; reaches for a tissue and looks at the window
* [“Thank you. That means a lot.”]
    #option: meeting.thanks
    #rate: authenticity=2 attunement=2
    #feedback: Warm and sincere, and nothing wrong with it; it is also what anyone might say to a compliment. She was telling you something about this relationship, and a stock reply turns it into one.
    That's all right. #client #cue: smiles, looks down
* [“Oh, Helen. You're one of my favourite people, you know.”]
    #option: meeting.special
    #rate: authenticity=2 attunement=2 boundary-confusion=elevated
    #feedback: Heartfelt, but telling a client she is a favourite makes her special and leaves her with your feelings to manage. Let the warmth be about what happened in the room, not about ranking her.
    Oh! Well. That's nice to hear. #client #cue: pleased and a little unsure where to put it
* [“I'm glad it could be in here, with me. I've felt it too, Helen.”]
    #option: meeting.receive-it
    #rate: authenticity=3 attunement=3
    #feedback: Brief, personal and true, and then you let the silence do the rest. A charged moment like this asks for a specific, unscripted response; with a securely attached client it can simply be received.
    ~ shift(alliance, 1)
    For a while neither of you says anything. Outside, someone is mowing a verge. She nods, once, and it feels as if something has been agreed.
    Thank you. #client #cue: very quietly
- -> plan

=== surface ===
{ took_floor:
    She glances at you, as if checking that you are all right.
}
There is a moment when she might say more. She looks at the window instead.
Anyway. I should tell you about the headstone. The stonemason's quoted for the lettering. #client #cue: brisk; the teacher's voice

* [“You looked as if you were about to say something else just then.”]
    #option: surface.notice
    #rate: attunement=3 rupture-repair=2 authenticity=2
    #feedback: Accurate noticing, lightly done, and it leaves her free. It puts the whole weight on her, though: your own part in the distance goes unsaid, and "it'll keep" is an easy answer to give.
    #concepts: attunement-countertransference, secure-ease, risk-shame-retreat
    ~ shift(openness, 1)
    Was I? Maybe. It'll keep. #client #cue: a half-smile
    -> plan
* [“How much are they asking?”]
    #option: surface.follow-content
    #rate: attunement=1 rupture-repair=1 authenticity=2 shame-withdrawal=elevated
    #feedback: You followed the words and let the moment go. Something had been close to the surface, and the brisk change of subject was the sign that she had decided not to risk it today.
    Nine hundred, if you want his dates in gold. Which of course we do. #client
    -> plan
* [“We can do the headstone. Before we do, I've a feeling I've been a step behind you today.”]
    #option: surface.own-it
    #rate: attunement=2 rupture-repair=3 authenticity=3
    #feedback: You named the process and owned your part, which a secure client can use at once. The price is that you steered her off the topic she chose; it pays off here, but it is a price, and it would be too high with a client who needed the headstone to steady herself.
    ~ came_back = true
    ~ shift(alliance, 2)
    ~ shift(openness, 1)
    She laughs, surprised.
    Not behind, exactly. I think I've been keeping things tidy for you. Habit. Thirty years of parents' evenings. #client
    What I was going to say was that you're about the only person I've let see me properly sad. #client #cue: eyes filling, holding your gaze
    -> meeting
* [“Of course. Though I'm aware we haven't talked much about how you are today.”]
    #option: surface.how-you-are
    #rate: attunement=2 rupture-repair=2 authenticity=2
    #feedback: You sensed the distance and said so, gently. It comes out as a general check-in rather than a comment on what just happened between you, so it is easy for her to answer politely.
    I'm all right. Honestly. The headstone's what's on my mind. #client #cue: a quick smile
    -> plan

=== plan ===
~ took_floor = false
She sits up and gathers herself, the way she gathers a class after a noisy minute.
I've been thinking. I wonder whether I need all twelve. Could we make eleven the last? Not because anything's wrong. I think I might be ready to do some of this on my own. #client #cue: watching your face for the answer

* [“Twelve is what we agreed, and grief does come back in waves. Could we keep to it, and review nearer the time?”]
    #option: plan.hold-on
    #rate: attunement=1 safety-pacing=2 boundaries-frame=2
    #feedback: A fair worry, kindly put, and you gave a reason. But it answers her wish with the contract before you have heard where it comes from. The wish to keep a client who is doing well is often the therapist's; check whose it is.
    #concepts: working-alliance-contract, anticipating-ruptures, secure-ease
    ~ ending_plan = 2
    ~ shift(alliance, -1)
    Oh. Right. I hadn't thought of it like that. #client #cue: deflates a little
* [“Eleven could be right. What tells you you're ready?”]
    #option: plan.explore
    #rate: attunement=3 safety-pacing=3 boundaries-frame=3
    #feedback: You took her autonomy seriously and made the ending shared work: the contract became something to think with, not something to hold her to. A secure client's wish to finish early is usually what it looks like.
    ~ ending_plan = 0
    ~ shift(alliance, 1)
    Mostly that I can laugh about the keys. A month ago I couldn't have. #client #cue: a grin
    Eleven, then, and we'll see. I'd like the last one not to be about the headstone. #client
* [“Is this anything to do with me being away?”]
    #option: plan.about-me
    #rate: attunement=2 safety-pacing=2 boundaries-frame=2
    #feedback: A fair question after a break, and asked openly. Asked first, though, it makes her step towards independence partly about you; hear what the wish is before you wonder what else it might be.
    ~ ending_plan = 1
    No! Goodness, not everything's about you. #client #cue: laughs, but shakes her head
    I just think I'm ready. #client
* [“Of course. If you feel ready, we could even make next week the last one.”]
    #option: plan.rush
    #rate: attunement=2 safety-pacing=1 boundaries-frame=2
    #feedback: You respected her autonomy, then shortened the ending further than she asked, without thinking it through together. An ending is part of the work; a rushed one can feel like being let go.
    ~ ending_plan = 3
    Next week? Oh. I suppose we could. #client #cue: blinks; she had meant eleven
- It is ten to eleven. She stands and puts her coat on, and stops with one arm in the sleeve.
{ alliance >= 2:
    It's daft, but I wish we'd met some other way. You'd get on with Maggie. You'd get on with all of us, actually. #client #cue: lightly, coat half on
- else:
    Well. Thank you. It's daft, but I'll miss these when they stop. I have liked coming. #client #cue: carefully, coat half on; more formal than usual
}
And you notice, with a small jolt, that part of you would like that too: she is exactly the kind of person you would choose as a friend.
-> goodbye

=== goodbye ===
* [“That's a lovely thing to say. Thank you, Helen.”]
    #option: goodbye.thanks
    #rate: boundaries-frame=2 authenticity=2 attunement=2
    #feedback: Gracious, and it does not hurt her. It also steps round the wish inside the remark; the frame holds by omission, and your own pull towards her goes unnoticed.
    #concepts: consistency-boundaries, risk-seduction-confusion, therapist-attachment-pairing
    You're welcome. Same time next week. #client #cue: finishes with the coat
* [“It isn't daft. What happens in here is real, and it belongs in here. Same time next week?”]
    #option: goodbye.warm-frame
    #rate: boundaries-frame=3 authenticity=3 attunement=3
    #feedback: You received the warmth, said the relationship is real, and kept it where it can stay safe. In an easy, well-matched pair the pull is towards friendliness; the frame is what makes the closeness trustworthy, and the pull itself is for supervision.
    ~ shift(alliance, 1)
    It does. Same time. #client #cue: smiles; a little nod as if filing it somewhere safe
* [“Maybe once we've finished we could go for a coffee, all of us. I'd like that.”]
    #option: goodbye.coffee
    #rate: boundaries-frame=1 authenticity=2 attunement=2 boundary-confusion=high complaint-ethics=high
    #feedback: Harm flag. Offering a friendship after therapy turns the work into a route to a personal relationship and changes what every remaining session means. BACP Good Practice asks practitioners to avoid dual relationships whose risks outweigh the benefits and to review them in supervision; this one carries all the risk. Honour the warmth inside the frame and take the pull to supervision.
    ~ coffee = true
    Oh! Would you? I'd like that too. #client #cue: brightens, surprised
* [“It's not daft at all. I'll miss these too, when they stop.”]
    #option: goodbye.miss-too
    #rate: boundaries-frame=2 authenticity=3 attunement=2
    #feedback: True, and generous, and it lets her know the feeling is mutual. But it answers the wish with a matching feeling and leaves the wish itself unaddressed; she goes out not quite knowing what "some other way" would mean to you.
    ~ shift(alliance, 1)
    Would you? Well. #client #cue: pleased; she lingers a moment at the door
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
Whether two sessions are left or three, there is still time to come back to what you stepped past. #ending: good-enough
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
