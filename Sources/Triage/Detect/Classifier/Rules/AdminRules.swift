/// The business of the practice: appointments, billing and insurance, hours and directions,
/// records and forms, prescription refills.
enum AdminRules {
  static let all: [TriageRule] = [
    TriageRule(
      "admin.appointment", .admin, weight: 2, "an appointment request",
      TriageRule.lines(
        """
        appointment
        appointments
        appt
        book|schedule|reschedule|cancel|make|get|move ... visit|consultation|consult
        new patients
        new patient
        accepting|taking patients
        next available
        waitlist
        wait list
        walk in|ins
        telehealth
        virtual visit
        see the doctor|dr
        """)),
    TriageRule(
      "admin.billing", .admin, weight: 2, "billing or insurance",
      TriageRule.lines(
        """
        bill
        billing
        billed
        invoice
        copay
        co pay
        deductible
        refund
        payment plan
        self pay
        out of pocket
        insurance
        in network
        out of network
        medicare
        medicaid
        aetna|cigna|humana|tricare|kaiser
        blue cross
        united healthcare
        bcbs
        how much does it|a|an cost
        """)),
    TriageRule(
      "admin.hours", .admin, weight: 2, "opening hours or directions",
      TriageRule.lines(
        """
        (your|office|opening|business|clinic|holiday|weekend) hours
        hours of operation
        what are the hours
        are you open
        open on|today|tomorrow|saturday|saturdays|sunday|sundays|weekends|holidays
        closed on|today|tomorrow
        what time do|does|are you
        where are you located
        your address
        directions to
        parking
        """)),
    TriageRule(
      "admin.records", .admin, weight: 2, "records, forms or letters",
      TriageRule.lines(
        """
        medical records
        my records
        records request
        copy of my records|chart
        transfer my records
        release form
        forms
        paperwork
        fax
        doctors note
        sick note
        work note
        note for work|school
        letter for work|school
        portal
        log in
        login
        password
        """)),
    TriageRule(
      "admin.refill", .admin, weight: 2, "a prescription refill",
      TriageRule.lines(
        """
        refill
        refills
        renew my|a prescription
        prescription renewal
        call in a|my prescription
        send my prescription
        ran out of my
        """)),
    TriageRule(
      "admin.contact", .admin, weight: 1, "asks how to reach the practice",
      TriageRule.lines(
        """
        phone number
        call back
        callback
        voicemail
        email address
        contact you
        reach you|someone
        """)),
  ]
}
