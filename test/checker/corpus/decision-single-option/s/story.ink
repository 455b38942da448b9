// A minimal clean scenario: one rated decision, two endings' worth of nothing wrong.
VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.]
    -> close

=== close ===
"Same time next week?" #client
* [Yes. #option: rebook.yes #rate: warmth=2 clarity=3 #risk: harm=low #feedback: Clear.] // expect: warning decision-single-option
    -> bye
* {mood > 5} [Maybe. #option: rebook.maybe #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Vague.] // expect: warning choice-never-offered
    -> bye

=== bye ===
The session ends. #ending: done
-> END
