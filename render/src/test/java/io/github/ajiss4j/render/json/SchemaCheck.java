package io.github.ajiss4j.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON against the schema shipped in the jar; loaded once, shared by the tests. */
final class SchemaCheck {

  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = JsonRenderer.schema().openStream()) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static void assertValid(String json) {
    List<Error> errors = errors(json);
    assertThat(errors)
        .as(
            () ->
                "schema errors in "
                    + (json.length() > 2000 ? json.substring(0, 2000) + "..." : json))
        .isEmpty();
  }
}
