import ArgumentParser
import Triage

// Library enums accepted as option values by their raw names.
extension Status: ExpressibleByArgument {}
extension Triage.Category: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension MessageQuery.Order: ExpressibleByArgument {}
