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
* [Yes. #option: rebook.yes #risk: harm=low #feedback: Clear.] // expect: warning decision-no-quality
    -> bye
* [Maybe. #option: rebook.maybe #risk: harm=elevated #feedback: Vague.]
    -> bye

=== bye ===
The session ends. #ending: done
-> END
