VAR mood = 0
-> start

=== start ===
I read about it on https://example.org/sleep. #client #cue: holds up her phone // expect: error text-comment "//example.org/sleep"
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.]
    -> close

=== close ===
The session ends. #ending: done
-> END
