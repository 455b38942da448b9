// The best option repeats four content words of an objective ("say hello warmly and clearly"): the briefing gives the answer away.
VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello, warmly and clearly. #option: greet.warm #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Warm and clear.] // expect: error objective-leak "hello, warmly and clearly"
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.]
    -> close

=== close ===
The session ends. #ending: done
-> END
