/** The immutable domain model of one AJISS-Commentary. */
module io.github.ajiss4j.model {
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports io.github.ajiss4j.model;
  exports io.github.ajiss4j.model.internal to
      io.github.ajiss4j.parser,
      io.github.ajiss4j.render;
}
