VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Point to www.example.org//help. #option: greet.link #rate: warmth=1 clarity=1 #feedback: A link is not a greeting.] // expect: error text-comment "closes the option"
    -> close

=== close ===
The session ends. #ending: done
-> END
