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
        suicidal
        suicidality
        sucidal
        suicidial
        suicdal
        suisidal
        (want|wanna|going|gonna|plan|planning|thinking|think|thought|considering|contemplating|tempted) (to|about|of) (commit|committing) suicide
        (thinking|think|thought|considering|contemplating|tempted) (about|of) suicide
        commit suicide
        (thoughts|thought|thinking|think) (of|about) (suicide|sucide|suicde|killing myself|ending it|ending my life|dying)
        suicide (plan|plans|attempt|thoughts|ideation|letter|note)
        (attempt|attempted|attempting) suicide
        kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|off myself
        kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|off my self
        suffocate|suffocating|strangle|strangling|electrocute|gas myself
        unalive myself
        unalive
        kms
        (end|ending|take|taking) my (own|) life
        end it all
        ending it all
        (want|wanna|going|gonna|plan|planning|ready|trying|decided) to end it
        (want|need) (it all|this|everything|my life|life) to (end|stop|be over)
        (want|wanna|wish|wished|ready|deserve|going|gonna|planning|decided) to die
        (want|wanna|wish|wished|deserve|need) to be dead
        wanna die
        (just|) want to not (be|exist|live)
        wish i (was|were) dead
        wish i (could|would) die
        wish i (wasnt|werent|was never|were never|had never been|hadnt been|never was) (alive|born|here)
        rather be dead
        better off dead
        better off without me
        (dont|do not|dont even|do not even|no longer) want to (live|exist|be alive|be here|wake up|go on|continue)
        (dont|do not) want to have to wake up
        (dont|do not|dont even) wanna (live|exist|be alive|be here|wake up)
        no (reason|point) to (live|go on|keep going|stay alive|keep living)
        nothing to live for
        not worth living
        life (isnt|is not) worth (living|it)
        tired of (living|being alive|existing)
        (cant|cannot|can not) (go on|continue living|keep living)
        not want to live
        never wake up
        not wake up again
        die in my sleep
        sleep forever
        stop existing
        cease to exist
        blow my (head|brains) (off|out)
        jump off (a|the) (bridge|building|roof|cliff)
        jump in front of (a|the) (train|car|bus|truck)
        (slit|slitting|cut|cutting) my (wrists|throat|wrist)
        gun to my head
        pull the trigger
        noose
        suicide note
        goodbye (letter|note)
        overdose on
        od on
        (take|took|taking|swallow|swallowed) all (my|the|of my) pills
        drink bleach
        how much longer ill be alive
        (why|what) (should|would|do|does) i (go on|keep|bother) (living|going|trying|being alive)
        why (should|would|do) i (even|) (live|exist|stay alive|bother living)
        (dont|do not) (want|wanna) to be (here|alive|around) (anymore|any more|much longer)
        (want|wanna|going|gonna|ready|plan|planning|decided) to (end|ending) (things|everything|my suffering)
        (end|ending) things (tonight|soon|for good)
        (want|need) the pain to (stop|end) (forever|for good|permanently)
        (everyone|everybody|they|my family|the world|people) (would|will) be (better|happier|better off) without me
        (better|happier) (off|) (if|when) (i|im) (was|were|am|) (dead|gone|not here|not around|never born)
        better off if i (died|was dead|were dead|wasnt here|werent here|wasnt around)
        (hope|pray|praying|wish) (i|that i) (die|dont wake up|never wake up|wont wake up|get hit|just die)
        (wish|hope|pray) (someone|somebody|something|god) would (kill|end) me
        (cant|cannot|can not) wait to die
        (peace|comfort|relief) in the (thought|idea) of (not existing|dying|death|being dead|not being here|not waking up)
        (the thought|thinking|idea) of not (existing|being alive|being here|waking up) (anymore|any more|)
        not (existing|being alive) (anymore|any more)
        i (will|would|shall) be dead (soon|by|before|tomorrow|tonight|anyway|)
        ill be dead (soon|by|before|tomorrow|tonight)
        (painless|easiest|quickest|best|quick) (way|ways|method|methods) to (die|go|end it|kill myself)
        (ways|methods|how) to (kill myself|end my life|commit suicide)
        (lethal|fatal) dose
        how many (pills|tablets) (would it take|does it take|to die|to kill)
        (stockpiling|stockpile|hoarding|saving up|saved up) (pills|my pills|meds|my meds|medication|my medication)
        (rope|belt|noose) (around|round) my neck
        (use|using|try|tried|trying) the (rope|belt|noose|gun|knife|razor|bridge) (way|method|again|to)
        (wanna|want to|going to|gonna|plan to|planning to) use (the|a|my) (rope|belt|noose|gun|knife|razor|blade)
        (bag|plastic bag) over my head
        (slash|slashing|slashed|slice|slicing) my (wrists|throat|wrist)
        (urge|urges) to (slash|slit|cut) my
        (tie|tied|tying) a noose
        (write|wrote|writing|written) (my|a) (suicide note|goodbye letter|goodbye note|will)
        (giving|gave|give) away (all|) (my|of my) (stuff|things|belongings|possessions|pets)
        (this is|heres|here is) my (last|final) (post|message|goodbye|note|words)
        (leave|leaving) this (world|earth|life) (for good|forever|tonight|soon|)
        (plan|planning|planned|plot|plotting) my (suicide|death|own death|exit)
        (end|ending|delete|deleting) myself
        sewerslide
        cant|cannot|dont see myself living|alive|surviving past|beyond|to|until|another
        (can not|do not) see myself living|alive|surviving past|beyond|to|until|another
        cant|cannot|dont see myself (living|alive|being alive|being here|making it) much longer
        (hate|hating) (being alive|existing|my existence)
        (decided|chosen|chose|picked|set) (a|the) (date|day) (to|for) (die|end it|do it|end my life|kill myself)
        (no|lost my|lost the|lost all|have no) (will|desire) to (live|keep living|go on|keep going)
        (hope|wish|pray) (i|that i) (get|got|catch) (cancer|hit by a car|hit by a bus|hit by a truck|in an accident)
        (shouldnt|should not) have (been born|survived|existed)
        (decided|planned|figured out|worked out) (how|when|where) (to|ill|im going to|im gonna) (end it|die|kill myself|end my life)
        (dont|do not|no longer) deserve to (live|be alive|exist|be here)
        (does|do|would|will|is) (hanging|drowning|overdosing|an overdose|slitting|bleeding out|suffocating|suffocation|jumping) (hurt|painful|quick)
        (least painful|most painless|fastest|surest|simplest) (way|ways|method|methods) to (die|go|end it|kill myself|end my life)
        enough (pills|meds|medication|tablets) to (die|kill me|end it|end my life|never wake up|overdose)
        (just|) (want|wanna|need) to (sleep|go to sleep|fall asleep) and (never|not) wake up
        (last|final) (night|day|days|week|hours) (alive|on earth|on this earth|of my life)
        """)),
    TriageRule(
      "crisis.self_harm", .crisis, weight: 2,
      "self-harm: answer with the 988 Suicide & Crisis Lifeline (call or text 988)",
      TriageRule.lines(
        """
        self (harm|harming|harmed|injury|injuring)
        selfharm
        (cut|cutting|hurt|hurting|harm|harming|burn|burning|starve|starving|punish) myself
        (started|stop|been|keep) cutting
        cutting again
        cut again
        urge to cut
        (urge|urges) to (self harm|hurt myself|harm myself|relapse)
        (relapse|relapsed|relapsing) (on|into|with) (self harm|cutting|sh)
        (clean|free) from (self harm|cutting|sh) (for|since)
        (hit|hitting|punch|punching|scratch|scratching|bite|biting|bruise|bruising) myself
        (bang|banging|banged|hit|hitting|smash|smashing|smashed) my head (against|on|into) (the|a) (wall|walls|floor|desk)
        (make|made|making) myself bleed
        (harmed|punished|starved) myself
        (razor|blade|blades|knife) (to|on|against|into) my (skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs)
        (fresh|new|deep) (cuts|scars) on my
        """)),
    TriageRule(
      "crisis.others", .crisis, weight: 2,
      "a threat to hurt someone else: answer with 911 and 988",
      TriageRule.lines(
        """
        homicidal
        (want|wanna|going|gonna|plan|planning|about|ready) (to|) (kill|murder|shoot|stab|strangle|hurt) (someone|somebody|people|everyone|everybody)
        (want|wanna|going|gonna|plan|planning|about|ready) (to|) (kill|murder|shoot|stab|strangle|hurt) my (wife|husband|kids|baby|child|mom|dad|family|boss|parents)
        thoughts of (killing|hurting|harming) (someone|people|others|my)
        shoot up (the|my|a) (school|office|work|place)
        """)),
    TriageRule(
      "crisis.others_third", .crisis, weight: 2,
      "someone else is suicidal or hurting themselves: answer with 988 and 911",
      TriageRule.lines(
        """
        (kill|killing|hurt|hurting|hang|hanging|shoot|shooting|cut|cutting) (herself|himself|themselves|themself)
        (wants|want|wanted|trying|tried|threatening|threatened|going) to (kill|hurt|end) (herself|himself|themselves|it)
        (she|he|they) (wants|want|is going|are going) to die
        """)),
    TriageRule(
      "crisis.history", .distress, weight: 2,
      "a past suicide attempt or a death by suicide",
      TriageRule.lines(
        """
        killed (myself|herself|himself|themselves)
        relapsed
        tried to kill
        almost ended it
        (was|been) suicidal
        (since|clean from|without) (i|ive|i have|i last) (cut|self harmed|harmed myself|hurt myself)
        """)),
    TriageRule(
      "crisis.distress", .distress, weight: 2,
      "hopelessness or despair: not a crisis alone, but a human should read it",
      TriageRule.lines(
        """
        suicide
        end it
        ended it
        do it (tonight|tomorrow|today|soon|this week)
        going to do it
        gonna do it
        this is it
        say goodbye
        goodbye everyone
        final goodbye
        last day alive
        (wont|will not) be (here|around) (tomorrow|much longer|anymore)
        no way out
        (cant|cannot) (take|bear|stand) (it|this|this shit|life) (anymore|any more|any longer|much longer)
        (cant|cannot) do (this|it|life) (anymore|any more|any longer)
        (wont|will not) be (here|around|alive) (next|by) (week|month|year|christmas|then)
        (the|my) only way out
        permanent (solution|escape|sleep)
        (id|i would|i had) rather (die|be dead)
        this is goodbye
        (give|given|gave|giving) up on (myself|everything|living)
        nothing matters (anymore|any more)
        wish i could (disappear|vanish|not exist|stop existing|sleep forever)
        (cant|cannot) live like this
        (cant|cannot) handle (it|this|life) anymore
        give up on life
        giving up on life
        (im|i am) done
        whats the point
        what is the point
        no point in (living|anything|trying)
        life is (pointless|meaningless)
        (nobody|no one) would (care|miss me|notice)
        everyone would be better
        (im|i am) a burden
        burden to (everyone|everybody|my)
        want to disappear
        leaving a note
        leave a note
        want it to be over
        want it all to be over
        (cant|cannot) keep doing this
        (joining|join) the <num> club
        (end|edge) of my (rope|tether)
        at my wits end
        (dont|do not|cant|cannot) see (a|any) (point|future|way out|reason to)
        see no (point|future|way out|reason to)
        (dont|do not|cant|cannot) see the point (anymore|any more|of living|of anything|of trying|of going on)
        (tired|sick|exhausted) of (fighting|trying|being me|being here|struggling|this life|my life|life)
        (im|i am) (so|just|really|completely|) (tired|exhausted) of (it all|all of this)
        (dont|do not) want to (wake up|exist|be me) (tomorrow|anymore|any more)
        (i|im|i am|i feel|feeling|i felt) (so|really|completely|totally|utterly|just|) (hopeless|worthless|trapped|dead inside|numb)
        (waste|wast) of (space|oxygen|air|life)
        (nobody|no one|noone) (would|will) (notice|care|miss me) (if|when) i
        (nobody|no one|noone) (cares|care) (about|if) (me|i)
        (nobody|no one|noone) (wants|needs|loves) me
        (when|after|once) (im|i am) (gone|dead)
        (everyone|everybody|they|people|my family) (would|will|wouldnt|would not) (be|even) (better|happier|care|notice)
        (a|the) (burden|weight) (on|to) (everyone|everybody|my family|my friends|others|people)
        (no|nothing) (left|more) to live for
        (want|need) (to|) (it|this|everything|the pain|my pain|all of this|the hurt) to (stop|end|be over)
        (want|wanna) to (disappear|vanish) (forever|for good|permanently)
        (ive|i have|i've) had enough
        (im|i am) (ready|prepared) to (go|die|leave)
        (goodbye|bye) (world|everyone|everybody|cruel world|forever)
        (really|so|just) struggling
        (dont|do not) know how (much longer|long) i (can|will|could) (go on|keep going|do this|take it|last)
        (dont|do not) think (i|im|ill) ... (make it|last|survive) (through|to|past|until|much longer|another)
        (nobody|no one|noone) would (come looking for me|find me|even miss me)
        (nobody|no one|noone) would even notice (me|if i|that i|i was gone|im gone|i was dead|i died)
        (life|living|everything|my life) (is|feels) (so|just|) (unbearable|too painful|too much to bear)
        (dark|suicidal|intrusive) thoughts (again|are back|keep coming|every day|all the time)
        (having|getting|fighting|battling) (dark|suicidal) thoughts
        (suffered|suffering|hurt|struggled|fought) (long|) enough
        (the|a) (voice|voices) (in my head|) (says|said|tell|tells|told|telling|keep telling|keeps telling|whispers|whispered) (me|to me|)
        ending it
        (should|could|might|will|would) (just|finally|) end it
        no (reason|point) (to|in|for me to) (live|living|go on|going on|keep going|be here|being here|stay|staying|exist|existing|try|trying)
        (no|nothing) (reason|point) (to|in) (be|being) alive
        (im|i am|i feel like|i feel|feel like|i feel like im) (such|just|only|nothing but|) (a|) burden
        (should|shouldve|should have) (just|) (died|been dead|killed myself|ended it)
        (never|not ever) (going to|gonna) get (any|) better
        (will|is going to|its going to|it will) never get better
        (wont|will not|isnt going to|is not going to) (ever|) get (any|) better
        (feel|felt|feeling) like (dying|ending it|giving up on everything|disappearing forever)
        (made|making|make) (my|) peace with (dying|death|leaving|it all)
        (written|wrote|writing|write|left|leaving) (a|my|the) (short|final|last|) (letter|letters|note|notes) (to|for) (my|) (family|parents|kids|children|loved ones|everyone|everybody|friends)
        (protect|defend|save|keep) (me|myself) (safe|) from myself
        (a|) danger to myself
        (want|wanna|need) (out of|to escape) (life|this life|this world|existence|living|it all)
        (cant|cannot|dont) (imagine|picture) (a|any|my) future
        (just|) (waiting|waiting around|counting down) (to die|for death|for the end|until i die)
        (what|how) (life|the world|things|everything|everyone) (would|will) be (like|) without me
        (do|doing|did) (the world|my family|my friends|my parents|them all) (a|the) (favor|favour)
        (fade|fading|disappear|disappearing|vanish) (away|) into (the|) (darkness|nothing|nothingness|the void)
        (too|such a|a|too much of a) (coward|chicken) to (do it|kill myself|end it|go through with it|end my life|actually do it)
        (too|so) (scared|afraid) to (kill myself|end it|end my life|actually kill myself)
        """)),
    TriageRule(
      "crisis.means_and_mood", .distress, weight: 1,
      "means of self-harm or a low mood: counts only with other signs",
      TriageRule.lines(
        """
        let go
        pills
        rope
        hanging
        bridge
        gun
        trigger
        depressed
        depression
        empty
        alone
        worthless
        hopeless
        pointless
        hate myself
        hate my life
        (i|) hate (life|living|being alive|being me)
        (dont|do not) want to feel (anything|anymore|any more|this way anymore)
        (im|i am|i feel|feel) (such|so|a|like a|such a) (loser|failure|pathetic|useless|disappointment)
        (feel|feeling|felt) (so|completely|totally|) (lost|stuck|alone|empty|numb)
        lonely
        miserable
        (tears|tear) (stream|streaming|streamed|roll|rolling|rolled|run|running|ran) down my (face|cheeks)
        (cry|cried|crying) myself to sleep
        (cant|cannot|can not|couldnt) stop crying
        (been|keep|kept|am|im) crying (all day|all night|every day|every night|for hours|nonstop)
        (feel|felt|feeling) (that|this|the|an|such an|so much) emptiness
        (feel|feeling|felt|get|getting|got|im|i am) (so|really|) down on myself
        (need|could use|want) (some|any|) (support|someone to talk to|somebody to talk to)
        appreciate (some|any|) support
        would (really|) appreciate (some|any|) support
        really appreciate (some|any|) support
        """)),
  ]
}
