// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Rounds",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rounds", targets: ["rounds"]),
    .library(name: "Triage", targets: ["Triage"]),
    .library(name: "Inbox", targets: ["Inbox"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // ncursesw, with the wide-character API switched on and the C macros wrapped as functions.
    .systemLibrary(
      name: "CNCurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // SQLite's process-wide settings, whose C call is variadic, wrapped as functions.
    .systemLibrary(name: "CSQLite"),
    // The library: model, import, detection, storage and workflow. No terminal code.
    .target(
      name: "Triage",
      dependencies: [
        "CSQLite",
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for the importer's hot path (see Import/BoundStatement.swift).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    // The terminal front end: pure state/update/render plus a thin curses driver.
    .target(
      name: "Inbox",
      dependencies: ["Triage", "CNCurses"]
    ),
    // The executable: argument parsing and wiring only.
    .executableTarget(
      name: "rounds",
      dependencies: [
        "Triage", "Inbox",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // The benchmarks write synthetic inboxes in large transactions and read query plans.
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // Sample exports for `rounds demo`, compiled into the binary so it works wherever it is.
      resources: [
        .embedInCode("Demo/wordpress-comments.xml"),
        .embedInCode("Demo/twarc2-mentions.jsonl"),
        .embedInCode("Demo/facebook-comments.json"),
        .embedInCode("Demo/google-reviews.json"),
      ]
    ),
    .testTarget(
      name: "TriageTests",
      dependencies: ["Triage", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures"]),
    .testTarget(name: "InboxTests", dependencies: ["Inbox", "Triage"]),
    // End-to-end tests that run the built `rounds` binary (and the TUI under tmux).
    .testTarget(name: "RoundsTests", dependencies: ["rounds", "Triage", "Inbox"]),
  ]
)
