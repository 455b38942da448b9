// The scenario.yaml names an ending "don" that the story does not have (it has "done").
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
The session ends. #ending: done
-> END
