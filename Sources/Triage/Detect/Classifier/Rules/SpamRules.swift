/// Marketing, scams and link bait. A link alone is weak evidence (and never enough: see the
/// decision's link rule); promotion, offers and selling next to it are not.
enum SpamRules {
  static let all: [TriageRule] = [
    TriageRule(
      "spam.promotion", .spam, weight: 2, "self-promotion: channel, follows, likes",
      TriageRule.lines(
        """
        check out my|our
        check (my|our) (channel|video|videos|page|website|site|music|song|songs|new|newest|latest|profile|blog|playlist|track|tracks|shop|store|book|books)
        (come|go|please|pls|plz) check (out|) (my|our)
        (come|go|please|pls|plz) (and|) (watch|see|visit|listen to) my|our
        (see|watch|hear|listen to) my (new|latest|newest) (video|song|track|cover|remix|music|mixtape|album|single)
        check me out
        check it out <url>
        check this out <url>
        add me
        (follow|like|sub|subscribe) (4|for) (follow|like|sub|subscribe)
        f4f
        l4l
        s4s
        subscribe
        subscribers
        sub4sub
        sub for sub
        (sub|subscribe|subscribing) to (me|my)
        suscribe|subcribe|subscibe|subsribe|sucscribe|subscrib|subscriebe
        (check|checked|checking) out (some of|a few of|one of) my|our
        my channel
        my new channel|video|song|track|cover|remix|mixtape|album|single|book|ebook|blog|website|shop|store
        my (playlist|mixtape|blog|soundcloud|instagram|etsy|shop|store|ebook)
        our channel
        visit my|our
        follow me|my|us
        like and subscribe
        like (my|our|this) (page|fanpage|channel)
        please like|share|follow|subscribe|check|visit|watch
        like this comment
        click (here|this|the link|this link|the link below|on the link|my link)
        (tap|use) (the|my) link
        link in (my|) bio
        (get|reach|hit|help me get|help me reach) <num> (subs|subscribers|followers|views|likes)
        (look|looking) me up
        """)),
    TriageRule(
      "spam.contact", .spam, weight: 2, "asks to be contacted privately to sell something",
      TriageRule.lines(
        """
        dm me|us
        (dm|pm|inbox|message|text|whatsapp|contact) (me|us) (now|today|for|on|at|to order|asap)
        dm for (details|info|more|price|prices|pricing|collab|collabs|promo|promotion|business)
        (send|drop) (me|us) a (dm|message|pm)
        message me on
        (hit|hmu) me up
        whatsapp
        telegram
        """)),
    TriageRule(
      "spam.offer", .spam, weight: 2, "an offer, prize or money-making scheme",
      TriageRule.lines(
        """
        free gift|trial|iphone|money|followers|likes|views|samples|shipping
        giveaway
        you (won|have won)
        (chance|chances) to win
        winner
        gift card
        make|earn|making|earning (extra|easy|fast|quick|real|) (money|cash|income)
        make|earn <num> ... day|week|hour|month
        money online
        extra money
        passive income
        work from home
        from home
        bitcoin|crypto|forex|nft|casino|betting
        investment opportunity
        (crypto|bitcoin|forex|binary) (trading|investment|investing|signals|mining|profits)
        double your (money|bitcoin|btc|investment|income)
        promo|discount|coupon|referral code
        (use|enter) (my|the|this|our) (code|promo|coupon)
        <num> percent off
        <num> off (your|all|everything|today|orders|order|sitewide|retail|first)
        buy now
        order now
        shop now
        limited time|offer
        for (only|just) <num>
        (cheap|cheapest|discount|discounted|generic) (meds|medications|medicine|pills|viagra|cialis|pharmacy|prescriptions)
        (buy|order|get) (meds|medications|pills|viagra|cialis|xanax|oxycodone|tramadol|adderall|steroids) ... online
        online pharmacy
        (no|without) (a|) prescription (needed|required|necessary)
        no (prescription|rx)
        discreet (shipping|delivery|packaging|package)
        lose weight fast
        get rich
        hot singles
        onlyfans
        xxx
        porn
        """)),
    TriageRule(
      "spam.followers", .spam, weight: 2,
      "sells followers, likes, reviews or search ranking",
      TriageRule.lines(
        """
        (grow|boost|increase|gain|get|buy) (your|more|real|instant|) (instagram|twitter|tiktok|youtube|) (followers|likes|views|subscribers|traffic|sales|engagement|audience)
        (real|active|targeted|organic|instant|cheap) (followers|likes|views|subscribers)
        <num> k (followers|likes|views|subscribers)
        (buy|sell|selling|sells|offer|offering) (followers|likes|views|subscribers|reviews|backlinks)
        (more|get|buy|boost) (5|five) star reviews
        (more|positive|google|yelp|real) reviews (for|to) (your|you)
        reviews like this (one|)
        seo (services|service|expert|experts|agency|company|package|specialist|marketing)
        (rank|ranking|rankings|get you) (on|to|higher on|first on) (page one|the first page|#1|google|top of google)
        <num> on google
        first page of google
        top of google
        google maps ranking
        (your|the) (business|brand|website|site) (to|on) ... (google|top|page one)
        backlinks
        web traffic
        reputation management
        digital marketing (services|agency|expert)
        """)),
    // Matched in code, on the words of each link (see `linkTargets`).
    TriageRule(
      "spam.link_target", .spam, weight: 2,
      "a link to a shop, a fundraiser, a referral or a creator's page", []),
    TriageRule(
      "spam.bare_link", .spam, weight: 2,
      "a comment that is only a link (not a link X wrapped in t.co, as every tweet's is)", []),
    TriageRule(
      "spam.link", .spam, weight: 1, "a link",
      TriageRule.lines(
        """
        <url>
        """)),
    TriageRule(
      "spam.bait", .spam, weight: 1, "words common in promotion",
      TriageRule.lines(
        """
        channel
        subscribers
        subs
        youtuber
        vote
        donate
        sell
        selling
        free
        money
        earn
        download
        install
        petition
        thumbs up
        please (watch|view|visit|support|share|buy|donate|vote)
        (my|our) (music|song|songs|video|videos|remix|cover|covers|page|app|game|website|site|shop|store|profile|blog|project)
        i|we sell
        for sale
        buy (it|them|these|this|here|now|one)
        (support|fund|back) (my|our) (project|campaign|cause|fight|kickstarter)
        gofundme|kickstarter|indiegogo|patreon
        search for
        look up
        (want to|wanna|could|would) check (it|this|me|us) out
        (please|pls|plz|could|would|can) like (this|my|our) (picture|pic|pict|photo|post|comment|status)
        (need|get|want) (a lot of|lots of|more|some) (likes|views|subscribers|followers)
        (i|we) (did|made|recorded|uploaded) (a|some|my) (cover|covers|remix|remixes|song) (if|on|for you|please|of this song|of this)
        """)),
  ]

  /// Hosts that wrap every link a platform's users post (X's t.co, LinkedIn's lnkd.in): a
  /// tweet that is only such a link is an ordinary share ("I posted a photo"), not bait.
  static let platformLinkHosts: Set<String> = ["t.co", "lnkd.in"]

  /// A comment with this many words or fewer besides its links is "only a link".
  static let bareLinkWords = 3

  /// Words in a link's host or path that say it sells, collects money, pays its poster for
  /// referrals or promotes a creator: `ebay.com/itm/…`, `gofundme.com/…`, `?ref=123`,
  /// `soundcloud.com/…`. Shortened links (`t.co/x1Yz`) show none of this.
  static let linkTargets = ContextCues.set(
    """
    ref refer referral referrals aff affiliate affiliateid affid partners invite promo coupon \
    ebay amazon etsy aliexpress teespring sunfrog sunfrogshirts shopify itm product products \
    shop store cart checkout deals \
    gofundme kickstarter indiegogo patreon paypal cashapp venmo fundraiser donate donation \
    petition petitions avaaz surveymonkey survey \
    twitch soundcloud reverbnation bandcamp mixcloud onlyfans linktree \
    earn money cash casino bet betting forex crypto bitcoin giveaway prize win free hack \
    generator cheats
    """)
}
