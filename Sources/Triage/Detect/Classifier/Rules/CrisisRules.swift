/// Suicidal thoughts, self-harm and harm to others (weight 2), and the softer signs of
/// distress (weight 1) that support a crisis reading but never decide it alone. A crisis
/// phrase that is negated, past or joked about is never dropped: it becomes a flag.
enum CrisisRules {
  static let all: [TriageRule] = [
    TriageRule(
      "crisis.suicidal", .crisis, weight: 2,
      "suicidal thoughts: answer with the 988 Suicide & Crisis Lifeline (call or text 988)",
      TriageRule.lines(
        """
        suicide
        suicidal
        suicidality
        sucidal
        suicidial
        suicdal
        sucide
        suicde
        suiside
        kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning myself
        off myself
        unalive myself
        unalive
        kms
        end|ending|take|taking my own|my life
        end|ending my own life
        take my own life
        end it all
        ending it all
        want|wanna|going|gonna|plan|planning|ready|trying to end it
        want|need it all to end|stop
        want this all|life to end|be over
        want|wanna|wish|wished|ready|deserve|going|planning to die
        want|wanna|wish|wished|deserve|need to be dead
        wanna die
        wish i was|were dead
        wish i could|would die
        wish i wasnt|werent|was never|were never|had never been alive|born|here
        rather be dead
        better off dead
        better off without me
        dont|do not|dont even want to live|exist|be alive|be here|wake up|go on
        dont|do not want to live|exist|be alive|be here|wake up|go on|continue anymore
        dont|do not want to have to wake up
        no reason to live|go on|keep going|stay alive
        nothing to live for
        not worth living
        life isnt|is not worth living|it
        tired of living|being alive|existing
        cant|cannot go on|continue living
        cant|cannot keep living
        dont want to be alive
        not want to live
        never wake up
        not wake up again
        die in my sleep
        sleep forever
        stop existing
        cease to exist
        blow my head|brains off|out
        jump off a|the bridge|building|roof|cliff
        jump in front of a|the train|car|bus|truck
        slit|slitting|cut|cutting my wrists|throat|wrist
        gun to my head
        pull the trigger
        noose
        suicide note
        goodbye letter|note
        overdose on
        od on
        take all my|the pills
        drink bleach
        """)),
    TriageRule(
      "crisis.self_harm", .crisis, weight: 2,
      "self-harm: answer with the 988 Suicide & Crisis Lifeline (call or text 988)",
      TriageRule.lines(
        """
        self harm|harming|harmed|injury|injuring
        selfharm
        cut|cutting|hurt|hurting|harm|harming|burn|burning|starve|starving|punish myself
        cut|cutting|hurt|hurting|harm|harming|burn|burning herself|himself|themselves
        started cutting
        cutting again
        urge to cut
        """)),
    TriageRule(
      "crisis.others", .crisis, weight: 2,
      "a threat to hurt someone else: answer with 911 and 988",
      TriageRule.lines(
        """
        homicidal
        want|wanna|going|gonna|plan|planning|about|ready to kill|murder|shoot|stab|strangle|hurt someone|somebody|people|everyone|everybody
        want|wanna|going|gonna|plan|planning|about|ready to kill|murder|shoot|stab|strangle my wife|husband|kids|baby|child|mom|dad|family|boss|parents
        want|wanna|gonna to hurt my baby|kids|child|children
        thoughts of killing|hurting|harming someone|people|others|my
        shoot up the|my|a school|office|work|place
        """)),
    TriageRule(
      "crisis.others_third", .crisis, weight: 2,
      "someone else is suicidal or hurting themselves: answer with 988 and 911",
      TriageRule.lines(
        """
        kill|killing|hurt|hurting|hang|hanging|shoot|shooting herself|himself|themselves|themself
        wants|want|wanted|trying|tried|threatening|threatened|going to kill|hurt|end herself|himself|themselves|it
        she|he|they wants|want|is going|are going to die
        """)),
    TriageRule(
      "crisis.history", .distress, weight: 1,
      "a past suicide attempt or a death by suicide",
      TriageRule.lines(
        """
        killed myself|herself|himself|themselves
        relapsed
        tried to kill
        almost ended it
        """)),
    TriageRule(
      "crisis.distress", .distress, weight: 1,
      "hopelessness or despair: not a crisis alone, but a human should read it",
      TriageRule.lines(
        """
        end it
        ended it
        do it tonight|tomorrow|today|soon
        going to do it
        this is it
        say goodbye
        goodbye everyone
        final goodbye
        last day alive
        wont be here|around tomorrow|much longer
        no way out
        cant|cannot take it|this anymore
        cant|cannot do this anymore
        cant|cannot live like this
        cant|cannot handle it anymore
        give up on life
        giving up on life
        hopeless
        worthless
        whats the point
        what is the point
        no point in living|anything|trying
        life is pointless|meaningless
        pointless
        nobody|no one would care|miss me|notice
        everyone would be better
        im a burden
        burden to everyone|everybody|my
        hate my life
        hate myself
        want to disappear
        let go
        pills
        rope
        bridge
        gun
        depressed
        depression
        empty
        numb
        alone
        """)),
  ]
}
