VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=0 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.] // expect: error rating-out-of-scale "warmth=0"
    -> close

=== close ===
The session ends. #ending: done
-> END
