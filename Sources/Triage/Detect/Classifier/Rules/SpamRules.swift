/// Marketing, scams and link bait. A link alone is weak evidence; promotion next to it is not.
enum SpamRules {
  static let all: [TriageRule] = [
    TriageRule(
      "spam.promotion", .spam, weight: 2, "self-promotion: channel, follows, likes",
      TriageRule.lines(
        """
        check out my|our
        check (my|our) (channel|video|page|website|site|music|song|new|newest|latest)
        (come|go|please) check (out|) (my|our)
        check me out
        check it out <url>
        add me
        (follow|like|sub|subscribe) (4|for) (follow|like|sub|subscribe)
        f4f
        l4l
        s4s
        subscribe
        subscribers
        sub4sub
        sub for sub
        my channel
        my new channel|video|song
        our channel
        visit my|our
        follow me|my|us
        like and subscribe
        please like|share|follow|subscribe|check|visit|watch
        like this comment
        click (here|this|the link|this link)
        link in bio
        dm me
        message me on
        whatsapp
        telegram
        """)),
    TriageRule(
      "spam.offer", .spam, weight: 2, "an offer, prize or money-making scheme",
      TriageRule.lines(
        """
        free gift|trial|iphone|money|followers|likes|views|samples
        giveaway
        you (won|have won)
        winner
        gift card
        make|earn money|cash
        make|earn <num> ... day|week|hour|month
        money online
        work from home
        from home
        bitcoin|crypto|forex|nft|casino|betting
        investment opportunity
        promo|discount code
        coupon code
        buy now
        order now
        limited time|offer
        cheap meds|pills|viagra
        no prescription needed
        lose weight fast
        get rich
        hot singles
        onlyfans
        xxx
        porn
        """)),
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
        please (watch|view|visit|support|share)
        (my|our) (music|song|songs|video|videos|remix|cover|covers|page|app|game|website|site|shop|store)
        """)),
  ]
}
