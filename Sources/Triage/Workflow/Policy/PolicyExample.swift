/// The commented example `rounds policy init` writes. Every key is optional; without a file
/// the built-in defaults apply.
public enum PolicyExample {
  public static let text = """
    # rounds.toml: the practice's rules for public replies.
    # Rounds reads this file from beside the inbox database, or from --policy PATH.
    # Check it with `rounds policy check`. Every key is optional.

    [practice]
    # Reported as PRACTICE, never as PHI, so replies may mention them.
    name = "Example Family Medicine"
    phone = "(555) 010-0100"
    portal = "https://portal.example.org"
    websites = ["https://www.example.org"]
    addresses = ["100 Main Street, Springfield"]
    # The practice's own accounts (tagging them in a reply is fine).
    handles = ["examplefm"]
    staff = ["Dr. Ada Lovelace", "Grace Hopper, RN"]

    [links]
    # Domains replies may link to (subdomains included). The portal, the websites and
    # 988lifeline.org are always allowed.
    approved_domains = ["example.org", "988lifeline.org", "cdc.gov", "medlineplus.gov"]

    [review]
    # Which drafts need a supervisor's approval: ["all"] (every draft, the default without
    # this key), or the severities of reply risks that do: block, warn, info.
    require_for = ["block", "warn"]

    [reply]
    # Every reply must end with this sign-off and include this disclaimer (empty: none).
    sign_off = "— The care team at Example Family Medicine"
    disclaimer = "This is general information, not medical advice."

    [triage]
    # Platforms whose messages are reviews whatever they say.
    review_platforms = ["google", "yelp", "healthgrades", "zocdoc", "vitals", "ratemds"]

    # Phrases added to or removed from the classifier and the reply checker. Syntax: words
    # separated by spaces; a|b for alternatives; (a b|c) for alternative word sequences;
    # * for any one word; ... for up to three words; <num>, <url>, <mention>.
    # Classifier lists: emergency, crisis, distress, health, advice, question, admin, praise,
    # complaint, spam, ignore. Reply lists: relationship, diagnosis, dosing, guarantee, tone,
    # cost, advice, redirect.
    [lexicon.add]
    admin = ["flu shot clinic"]
    tone = ["do your homework"]

    [lexicon.remove]
    spam = ["free"]

    """
}
