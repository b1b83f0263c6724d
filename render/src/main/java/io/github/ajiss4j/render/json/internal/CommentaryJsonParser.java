package io.github.ajiss4j.render.json.internal;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.json.JsonReadException;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a commentary with Jackson's streaming parser, one pass, no tree. Every error is a {@link
 * JsonReadException} raised while the parser still stands on the offending token, so its path and
 * location are those of the value at fault.
 */
public final class CommentaryJsonParser {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the source
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Pattern DATE = Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");
  private static final List<String> NAMES = List.of("line", "column", "offset", "length");
  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile(
          "\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|\\s*at \\[Source: [^\\]]*\\]");
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final JsonParser p;

  private CommentaryJsonParser(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads a commentary from a string.
   *
   * @param json the JSON
   * @return the commentary
   * @throws IOException never in practice
   */
  public static Commentary parse(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return new CommentaryJsonParser(p).document();
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  /**
   * Reads a commentary from characters.
   *
   * @param json the JSON
   * @return the commentary
   * @throws IOException if reading fails
   */
  public static Commentary parse(Reader json) throws IOException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return new CommentaryJsonParser(p).document();
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  /**
   * Reads a commentary from bytes.
   *
   * @param json the JSON
   * @return the commentary
   * @throws IOException if reading fails
   */
  public static Commentary parse(InputStream json) throws IOException {
    WatchedStream in = new WatchedStream(json);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      return new CommentaryJsonParser(p).document();
    } catch (JacksonIOException e) {
      IOException cause = unwrap(e);
      if (!in.failed) {
        // not the stream's failure: bytes that are no text in the encoding JSON's detection chose
        throw new JsonReadException(
            "expected JSON text in UTF-8, UTF-16 or UTF-32, but " + cause.getMessage(),
            "$",
            -1,
            -1,
            cause);
      }
      throw cause;
    }
  }

  /** Tells a failure of the stream itself from Jackson's complaints about the bytes. */
  private static final class WatchedStream extends FilterInputStream {
    private boolean failed;

    WatchedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }

  private static IOException unwrap(JacksonIOException e) {
    return e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
  }

  // ---- the shape

  private Commentary document() {
    JsonToken first = next();
    if (first == null) {
      throw error("empty input: expected a JSON object", null);
    }
    Commentary c = commentary();
    if (next() != null) {
      throw error(
          "expected the end of the input after the top-level object but found "
              + describe(p.currentToken()),
          null);
    }
    return c;
  }

  private Commentary commentary() {
    expectStartObject("a commentary object");
    Commentary.Builder b = Commentary.builder();
    Set<String> seen = new HashSet<>();
    String series = null;
    String publisher = null;
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "schemaVersion" -> {
          int version = integer();
          if (version != JsonRenderer.SCHEMA_VERSION) {
            throw error(
                "unsupported schemaVersion "
                    + version
                    + "; this reader supports "
                    + JsonRenderer.SCHEMA_VERSION,
                null);
          }
        }
        case "series" -> series = nonBlank();
        case "publisher" -> publisher = nonBlank();
        case "number" -> {
          int number = integer();
          if (number < 1) {
            throw error("expected a positive number but was " + number, null);
          }
          b.number(number);
        }
        case "date" -> b.date(date());
        case "language" -> {
          String language = nonBlank();
          try {
            new Locale.Builder().setLanguageTag(language);
          } catch (IllformedLocaleException e) {
            throw error("expected a well-formed BCP 47 tag but was " + quoted(language), e);
          }
          b.language(language);
        }
        case "title" -> b.title(nonBlank());
        case "authors" -> b.addAllAuthors(array(this::author, "author"));
        case "masthead" -> b.masthead(masthead());
        case "body" -> b.addAllBody(array(this::block, "block"));
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(
        seen,
        "schemaVersion",
        "series",
        "publisher",
        "number",
        "date",
        "language",
        "title",
        "authors",
        "masthead",
        "body");
    b.series(Series.of(series, publisher));
    return guard(b::build);
  }

  private Author author() {
    expectStartObject("an author object");
    Author.Builder b = Author.builder();
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "name" -> b.name(nonBlank());
        case "bio" -> b.biography(nonBlank());
        case "affiliation" -> b.affiliation(nonBlank());
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "name");
    return guard(b::build);
  }

  private Masthead masthead() {
    expectStartObject("a masthead object");
    Masthead.Builder b = Masthead.builder();
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "institutes" -> b.addAllInstitutes(array(this::institute, null));
        case "editor" -> b.editor(person("role"));
        case "editorialBoard" -> b.addAllEditorialBoard(people());
        case "editorialAdvisoryBoard" -> b.addAllEditorialAdvisoryBoard(people());
        case "editorialCommittee" -> b.addAllEditorialCommittee(people());
        case "onlinePublisher" -> b.onlinePublisher(person("title"));
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "institutes");
    return guard(b::build);
  }

  private Institute institute() {
    expectStartObject("an institute object");
    String abbreviation = null;
    String name = null;
    String role = null;
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "abbreviation" -> abbreviation = nonBlank();
        case "name" -> name = nonBlank();
        case "role" -> role = nonBlank();
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "abbreviation", "name");
    String a = abbreviation;
    String n = name;
    String r = role;
    return guard(() -> r == null ? Institute.of(a, n) : Institute.of(a, n, r));
  }

  private List<Person> people() {
    return array(() -> person("role"), null);
  }

  private Person person(String roleKey) {
    expectStartObject("a person object");
    String name = null;
    String role = null;
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      if (field.equals("name")) {
        name = nonBlank();
      } else if (field.equals(roleKey)) {
        role = nonBlank();
      } else {
        skip();
        continue;
      }
      seen.add(field);
    }
    require(seen, "name");
    String n = name;
    String r = role;
    return guard(() -> r == null ? Person.of(n) : Person.of(n, r));
  }

  private Block block() {
    expectStartObject("a block object");
    String type = null;
    List<Inline> content = null;
    List<ListItem> items = null;
    SourceSpan source = null;
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "type" -> {
          type = string();
          if (!Set.of("paragraph", "heading", "list", "blockquote").contains(type)) {
            throw error(
                "unknown block type "
                    + quoted(type)
                    + "; expected one of paragraph, heading, list, blockquote",
                null);
          }
        }
        case "text" -> string(); // derived from the content, so not read
        case "content" -> content = content();
        case "items" -> items = array(this::item, "list item");
        case "source" -> source = source();
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "type");
    if (type.equals("list")) {
      require(seen, "items");
      BulletList.Builder b = BulletList.builder().addAllItems(items);
      if (source != null) {
        b.source(source);
      }
      return guard(b::build);
    }
    require(seen, "content");
    String t = type;
    List<Inline> c = content;
    SourceSpan s = source;
    return guard(() -> inlineBlock(t, c, s));
  }

  private static Block inlineBlock(String type, List<Inline> content, SourceSpan source) {
    return switch (type) {
      case "paragraph" -> {
        Paragraph.Builder b = Paragraph.builder().addAllContent(content);
        yield source == null ? b.build() : b.source(source).build();
      }
      case "heading" -> {
        Heading.Builder b = Heading.builder().addAllContent(content);
        yield source == null ? b.build() : b.source(source).build();
      }
      case "blockquote" -> {
        BlockQuote.Builder b = BlockQuote.builder().addAllContent(content);
        yield source == null ? b.build() : b.source(source).build();
      }
      default -> throw new AssertionError(type);
    };
  }

  private ListItem item() {
    expectStartObject("a list item object");
    List<Inline> content = null;
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "text" -> string(); // derived from the content, so not read
        case "content" -> content = content();
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "content");
    List<Inline> c = content;
    return guard(() -> ListItem.of(c));
  }

  private List<Inline> content() {
    return array(this::inline, "inline");
  }

  private Inline inline() {
    expectStartObject("an inline object");
    String type = null;
    String text = null;
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      switch (field) {
        case "type" -> {
          type = string();
          if (!type.equals("text") && !type.equals("emphasis")) {
            throw error(
                "unknown inline type " + quoted(type) + "; expected one of text, emphasis", null);
          }
        }
        case "text" -> {
          text = string();
          if (text.isEmpty()) {
            throw error("expected a non-empty string", null);
          }
        }
        default -> {
          skip();
          continue;
        }
      }
      seen.add(field);
    }
    require(seen, "type", "text");
    String k = type;
    String t = text;
    return guard(() -> k.equals("text") ? Text.of(t) : Emphasis.of(t));
  }

  private SourceSpan source() {
    expectStartObject("a source object");
    int[] v = new int[4];
    Set<String> seen = new HashSet<>();
    while (nextName() != null) {
      String field = p.currentName();
      next();
      int index = NAMES.indexOf(field);
      if (index < 0) {
        skip();
        continue;
      }
      v[index] = integer();
      seen.add(field);
    }
    require(seen, NAMES.toArray(String[]::new));
    return guard(() -> SourceSpan.of(v[0], v[1], v[2], v[3]));
  }

  // ---- values

  private String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error("expected a string but found " + describe(p.currentToken()), null);
    }
    try {
      return p.getString(); // decoded lazily: a raw control character is found only here
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  private String nonBlank() {
    String s = string();
    if (s.isBlank()) {
      throw error("expected a non-blank string but was " + quoted(s), null);
    }
    return s;
  }

  private int integer() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected an integer but found " + describe(p.currentToken()), null);
    }
    try {
      return p.getIntValue();
    } catch (JacksonException e) {
      throw error("expected an integer that fits in 32 bits but was " + p.getString(), e);
    }
  }

  private LocalDate date() {
    String s = string();
    if (!DATE.matcher(s).matches()) {
      throw error("expected a date in the form yyyy-mm-dd but was " + quoted(s), null);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("not a valid date: " + quoted(s), e);
    }
  }

  // ---- structure

  private void expectStartObject(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error("expected " + what + " but found " + describe(p.currentToken()), null);
    }
  }

  /**
   * Reads an array, element by element.
   *
   * @param element reads one element, positioned on its first token
   * @param atLeastOne what the array must hold at least one of, or null when it may be empty
   */
  private <T> List<T> array(java.util.function.Supplier<T> element, String atLeastOne) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error("expected an array but found " + describe(p.currentToken()), null);
    }
    List<T> out = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      out.add(element.get());
    }
    if (atLeastOne != null && out.isEmpty()) {
      throw error("expected at least one " + atLeastOne, null);
    }
    return out;
  }

  /** Moves to the next property name of the current object, or returns null at its end. */
  private String nextName() {
    JsonToken t = next();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    if (t != JsonToken.PROPERTY_NAME) {
      throw error("expected a property name but found " + describe(t), null);
    }
    return p.currentName();
  }

  private JsonToken next() {
    try {
      return p.nextToken();
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  private void skip() {
    try {
      p.skipChildren();
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  private void require(Set<String> seen, String... fields) {
    for (String field : fields) {
      if (!seen.contains(field)) {
        throw error("missing required field " + quoted(field), null);
      }
    }
  }

  /** Builds a model value, turning the model's invariant checks into located errors. */
  private <T> T guard(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(e.getMessage(), e);
    }
  }

  private JsonReadException syntaxError(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    // Jackson names the start of an unclosed object by a "[Source: REDACTED ...]" location
    String problem =
        "malformed JSON: " + SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("");
    return new JsonReadException(
        problem, path(), at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), e);
  }

  private JsonReadException error(String problem, Throwable cause) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new JsonReadException(problem, path(), at.getLineNr(), at.getColumnNr(), cause);
  }

  /** The path of the current token, such as {@code $.body[2].content[0].type}. */
  private String path() {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (TokenStreamContext c : chain) {
      if (c.inArray() && c.hasCurrentIndex()) {
        sb.append('[').append(c.getCurrentIndex()).append(']');
      } else if (c.inObject() && c.currentName() != null) {
        String name = c.currentName();
        if (SIMPLE_NAME.matcher(name).matches()) {
          sb.append('.').append(name);
        } else {
          sb.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
      }
    }
    return sb.toString();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "a property name";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a floating-point number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private static String quoted(String s) {
    String shown = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
