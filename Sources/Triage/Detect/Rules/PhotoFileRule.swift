/// An image's file name: "saved as unk_face_1104_0317.jpg", "IMG_20261106_pickens.jpg".
/// The photo may show a face, and the name often holds a date or a surname.
enum PhotoFileRule {
  static let extensionsList = [
    "jpg", "jpeg", "png", "heic", "heif", "gif", "webp", "tif", "tiff", "bmp", "dcm",
  ]

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    text.forEachToken(in: .imageExtension) { i in
      guard i >= 2, text.isSymbol(i - 1, 0x2E), text.isGlued(i), text.isGlued(i - 1),
        tokens[i - 2].kind == .word, !text.isSymbol(i - 3, 0x2F)
      else { return }
      // Back over the glued words, "_" and "-" of the name to the space before it.
      var first = i - 2
      while first >= 1, text.isGlued(first),
        tokens[first - 1].kind == .word || tokens[first - 1].first == 0x5F
          || tokens[first - 1].first == 0x2D || tokens[first - 1].first == 0x2E
      {
        first -= 1
      }
      guard tokens[first].kind == .word else { return }
      out.add(
        tokens[first].start, tokens[i].end, .photo, .photoFile, confidence: 0.85,
        priority: Priority.structured)
    }
  }
}
