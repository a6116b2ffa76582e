import ArgumentParser
import Foundation

/// `--corpus DIR`: the shared real-world corpus (default `../shared/corpus`).
struct CorpusOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The shared corpus folder holding text/ (default: ../shared/corpus).", valueName: "dir"))
  var corpus: String = "../shared/corpus"

  func checked() throws -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus + "/text", isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw ValidationError("there is no text/ folder in \(corpus); pass --corpus DIR")
    }
    return corpus
  }
}
