/// Figures of speech that contain evidence words but are not evidence: anything matched
/// inside them is dropped.
enum IgnoreRules {
  static let all: [TriageRule] = [
    TriageRule(
      "ignore.figure_of_speech", .ignore, weight: 2, "a figure of speech",
      TriageRule.lines(
        """
        stroke of (luck|genius|midnight|brilliance|bad luck)
        brush|swim|back|breast|heat stroke
        unconscious bias
        killing it
        killed it
        dying to see|know|try|go|hear|get
        to die for
        dead tired
        dead serious
        heart attack on a plate
        gave me a heart attack
        almost had a heart attack
        nearly had a heart attack
        chest day
        suicide squad
        suicide doors
        suicide mission
        suicide bomber|bombing|bombings
        political suicide
        career suicide
        social suicide
        cut myself some slack
        (cut|cutting|burned|burnt|burning|hurt|hurting|injured|injuring|scratched|hit) myself (shaving|cooking|chopping|slicing|gardening|lifting|running|playing|skiing|exercising|working out|at work|at the gym|by accident|accidentally)
        (cut|burned|burnt|hurt|injured) myself on (a|the) (knife|glass|can|stove|pan|oven|iron|grill|paper|nail|fence)
        (accidentally|accidently) (cut|burned|burnt|hurt|injured|scratched|hit|shot) myself
        cut myself a piece|slice
        hurt myself laughing
        """))
  ]
}
