/** Reads AJISS-format plain text into the commentary model, with diagnostics. */
module io.github.ajiss4j.parser {
  requires transitive io.github.ajiss4j.model;

  exports io.github.ajiss4j.parser;
}
