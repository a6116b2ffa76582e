/// Medical emergencies: weight 2 decides on its own when the phrase is affirmed; weight 1 needs
/// a word saying it is happening now and is bad ("suddenly", "right now", "help").
enum EmergencyRules {
  static let all: [TriageRule] = [
    TriageRule(
      "emergency.cardiac", .emergency, weight: 2,
      "chest pain or a heart attack: call 911",
      TriageRule.lines(
        """
        chest pain|pains
        chest pressure|tightness|heaviness
        pain|pressure|tightness in my|his|her|the chest
        chest hurts|hurt|hurting|aches
        (having|had|have) a heart attack (now|right now)
        (think|thinks|might be|may be|could be) (having|had) a heart attack
        (im|i am|he is|hes|she is|shes|they are|theyre|mom is|dad is) having a heart attack
        cardiac arrest
        heart stopped
        no pulse
        crushing pain
        """)),
    TriageRule(
      "emergency.stroke", .emergency, weight: 2,
      "signs of a stroke (face, arm, speech): call 911",
      TriageRule.lines(
        """
        (having|had|have|is having|is) a stroke (now|right now)
        (think|thinks|might be|may be|could be) (having|had) a stroke
        (im|i am|he is|hes|she is|shes|they are|theyre|mom is|dad is) having a stroke
        face is drooping|droopy
        face drooping|droops|drooped|sagging
        drooping|droopy face|mouth
        one side of my|his|her face
        slurred speech
        slurring his|her|my|their words|speech
        speech is slurred
        cant|cannot|couldnt feel my|his|her|their left|right arm|leg|side|face|hand
        cant|cannot|couldnt feel my|his|her|their arm|leg|face|hand|arms|legs
        cant|cannot|couldnt move my|his|her|their left|right arm|leg|side
        cant|cannot|couldnt move my|his|her|their arm|leg|arms|legs
        numb on one side
        numbness on one side
        suddenly cant|cannot speak|talk|see
        lost vision in one eye
        worst headache of my|his|her life
        thunderclap headache
        """)),
    TriageRule(
      "emergency.breathing", .emergency, weight: 2,
      "trouble breathing: call 911",
      TriageRule.lines(
        """
        cant|cannot|couldnt breathe|breath
        can not breathe|breath
        trouble|difficulty|struggling|fighting breathing
        struggling to breathe|breath
        hard to breathe
        not breathing
        stopped breathing
        gasping for air|breath
        lips|face|skin are|is|turning blue
        turning blue

        """)),
    TriageRule(
      "emergency.cardiac_weak", .emergency, weight: 1,
      "a heart attack or a stroke: an emergency when it is happening now",
      TriageRule.lines(
        """
        heart attack
        stroke
        """)),
    TriageRule(
      "emergency.breathing_weak", .emergency, weight: 1,
      "shortness of breath: an emergency when sudden or severe",
      TriageRule.lines(
        """
        short of breath
        shortness of breath
        out of breath
        wheezing
        """)),
    TriageRule(
      "emergency.bleeding", .emergency, weight: 2,
      "severe bleeding: call 911",
      TriageRule.lines(
        """
        wont|cant|doesnt stop bleeding
        bleeding (wont|doesnt|will not|isnt going to) stop
        cant stop the bleeding
        bleeding heavily|profusely|everywhere
        severe bleeding
        blood everywhere
        so much blood
        losing a lot of blood
        (vomiting|throwing up|puking|coughing up|spitting up) blood
        spurting blood
        gushing blood
        """)),
    TriageRule(
      "emergency.bleeding_weak", .emergency, weight: 1,
      "bleeding: an emergency when heavy or sudden",
      TriageRule.lines(
        """
        heavy bleeding
        bleeding a lot
        lots of blood
        deep cut
        blood in vomit
        """)),
    TriageRule(
      "emergency.anaphylaxis", .emergency, weight: 2,
      "a severe allergic reaction: use an epinephrine auto-injector if prescribed and call 911",
      TriageRule.lines(
        """
        anaphylaxis
        anaphylactic
        throat is closing|swelling|tight
        throat closing|swelling|closed
        tongue is swelling
        """)),
    TriageRule(
      "emergency.anaphylaxis_weak", .emergency, weight: 1,
      "an allergic reaction: an emergency when breathing or swallowing is affected",
      TriageRule.lines(
        """
        allergic reaction
        swollen tongue|throat|lips
        lips are swelling
        epipen
        epi pen
        hives all over
        """)),
    TriageRule(
      "emergency.overdose", .emergency, weight: 2,
      "an overdose or poisoning: call 911 or Poison Control (1-800-222-1222)",
      TriageRule.lines(
        """
        overdosed
        overdosing
        took too many pills|tablets
        took (a whole|an entire) bottle
        swallowed a bottle
        swallowed|drank|ate bleach|poison|detergent|antifreeze
        swallowed a battery|batteries|magnet
        rat poison
        carbon monoxide
        poison control
        """)),
    TriageRule(
      "emergency.overdose_weak", .emergency, weight: 1,
      "an overdose: an emergency if it is happening now",
      TriageRule.lines(
        """
        overdose
        too much insulin|tylenol|acetaminophen
        """)),
    TriageRule(
      "emergency.unresponsive", .emergency, weight: 2,
      "someone unconscious or having a seizure: call 911",
      TriageRule.lines(
        """
        unconscious
        unresponsive
        wont|doesnt wake up
        not waking up
        cant wake him|her|them|my up

        having a seizure

        convulsing
        """)),
    TriageRule(
      "emergency.unresponsive_weak", .emergency, weight: 1,
      "fainting or a seizure: an emergency when it is happening now",
      TriageRule.lines(
        """
        passed out
        fainted
        choking
        collapsed
        seizing
        seizure
        convulsions
        """)),
    TriageRule(
      "emergency.injury", .emergency, weight: 2,
      "a serious injury: call 911",
      TriageRule.lines(
        """
        bone sticking out
        been|got|was shot
        gunshot wound
        been|got|was stabbed
        badly burned
        severe burn
        hit his|her|my head and
        fell and cant get up
        """)),
    TriageRule(
      "emergency.infant_fever", .emergency, weight: 1,
      "a fever in a young baby: call now",
      TriageRule.lines(
        """
        newborn has a fever|temperature
        baby has a fever|temperature
        month old has a fever|temperature
        stiff neck and|with a fever
        """)),
    TriageRule(
      "emergency.pregnancy_context", .pregnancy, weight: 1,
      "a pregnancy",
      TriageRule.lines(
        """
        pregnant
        pregnancy
        weeks along
        trimester
        """)),
    TriageRule(
      "emergency.pregnancy", .pregnancyDanger, weight: 2,
      "a danger sign in pregnancy: call the doctor or 911 now",
      TriageRule.lines(
        """
        bleeding
        spotting
        severe cramping|cramps|pain
        baby (isnt|hasnt|is not|has not|not|stopped|stopped moving|doesnt) (moving|moved|move|kicking)
        no movement
        less movement
        reduced movement
        water broke
        leaking fluid
        severe headache
        blurred|blurry vision
        seeing spots
        swollen face|hands
        preeclampsia
        contractions
        """)),
  ]
}
