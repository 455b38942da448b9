VAR mood = 0 // expect: warning no-rated-decisions
-> start

=== start ===
The client sits down. #client
* [Say hello.]
    ~ mood += 1
    -> close

=== close ===
The session ends. #ending: done
-> END
