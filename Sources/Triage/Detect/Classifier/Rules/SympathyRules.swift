/// Words about or to another person: sympathy with someone's loss, grief for someone who
/// died, affection and gratitude. They never decide a category; they stop the learned model
/// alone from calling a crisis, since its first-person word weights cannot tell "I miss her
/// so much" or "she makes me a better person" from the writer's own despair. Any distress
/// phrase from the writer still counts as before.
enum SympathyRules {
  static let all: [TriageRule] = [
    TriageRule(
      "sympathy.condolence", .sympathy, weight: 1,
      "sympathy with someone else's loss: the model alone does not make it a crisis",
      TriageRule.lines(
        """
        sorry (for|about) (your|you|ur) (loss|wife|husband|mom|mother|dad|father|son|daughter|friend)
        sorry to hear (that|this|about|of|it)
        (im|i am) (so|very|really|truly) sorry (to hear|for you|for what|that you|it happened)
        (my|our) (heart|hearts|thoughts|prayers) (go|goes|are) (out|with) (to|) (you|your)
        (my|our) (deepest|sincere|sincerest|heartfelt) (condolences|sympathies|sympathy)
        condolences
        hang in there
        (rest|rip|resting) in peace
        (thoughts|thinking) and prayers
        (praying|pray) for (you|your family|them)
        (stay|be) strong (friend|my friend|man|brother|sister|op)
        sending (you|) (love|hugs|strength|prayers)
        (hugs|hug) to you
        the pain (fades|will fade|gets easier|eases|will ease)
        (it|things) (gets|will get) easier with time
        (cherish|treasure) (that|those|the|these|this|them|it)
        (i|we) cant (even|) (begin to|) imagine (what|how) (you|your)
        (reading this|this post|your post|your story) (broke|breaks|made|makes|touched) (my|me)
        """)),
    TriageRule(
      "sympathy.bereavement", .sympathy, weight: 1,
      "grief for someone who died: not the writer's own wish to die",
      TriageRule.lines(
        """
        (lost|losing|lose) my (wife|husband|mom|mum|mother|dad|father|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|best friend|partner|fiance|fiancee|boyfriend|girlfriend|baby|child|uncle|aunt|cousin|dog|cat)
        (she|he|they) passed (away|)
        (she|he) died (of|from|in|after|last|<num>|a|when)
        (passed away|died) (a|<num>|last|two|three|few|several) (days|weeks|months|years|week|month|year|ago)
        (his|her|their) (funeral|passing|memorial|death)
        (since|after) (she|he) (passed|died|left us)
        (i|we) miss (her|him|them) (so|every|more|terribly|dearly)
        (late|deceased) (wife|husband|mother|father|mom|dad|son|daughter|brother|sister|grandmother|grandfather|friend)
        widow|widower|widowed
        (notes|letters|cards|drawings|doodles|pictures|things) (she|he) (made|wrote|left|gave|sent|drew) (me|for me|us|for us)
        (going|went|go) through (her|his) (things|stuff|belongings|clothes|room|notes|letters)
        """)),
    TriageRule(
      "sympathy.affection", .sympathy, weight: 1,
      "affection or gratitude for another person",
      TriageRule.lines(
        """
        (my|her|his) better half
        (she|he) (makes|made) me (a better|so happy|happy|smile|laugh)
        (she|he) (loved|loves) me
        (so|truly|very|really|) (blessed|grateful|thankful|lucky) to (have|know|be with|be married to) (her|him|them|you|such|a|my)
        (filled|full) with (gratitude|love|joy)
        (love|loved) (her|him) (so much|more than|with all)
        (a|my) true best friend
        (thats|that is|thats so|that is so|so|very) (very|) kind of you
        (thank you|thanks) (so much|very much) (for|everyone|all)
        (thank you|thanks) for (your|the|sharing your|all your) (insight|advice|kind words|words|reply|response|comment|story|perspective|help)
        (i|) (really|truly|greatly|) appreciate (it|that|your|you) (so much|a lot|very much|)
        """)),
    TriageRule(
      "sympathy.moved", .sympathy, weight: 1,
      "moved to tears by someone else's story",
      TriageRule.lines(
        """
        (tear|tearing|teared|choke|choked|choking) up (when|while|reading|at|over)
        (cry|cried|crying|sob|sobbed|sobbing|bawling|tears) (reading|while reading|when i read|at this|at your|over this)
        (this|your) (post|story|note|letter) (made|makes|has) me (cry|tear up|sob|emotional)
        (made|makes|making) me (cry|tear up) (reading|at|this)
        """)),
  ]
}
