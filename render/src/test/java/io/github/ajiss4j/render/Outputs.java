package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks of rendered output shared by the fuzz and property tests: well-formed XML by the JDK's
 * parser, HTML by jsoup with only the renderer's own elements and attributes, JSON by the schema,
 * no character XML or HTML forbids, and the shape (elements and attribute names in document order)
 * of a page.
 */
public final class Outputs {

  private static final Schema SCHEMA = loadSchema();
  private static final Set<String> HTML_ELEMENTS = new HashSet<>();
  private static final Set<String> HTML_ATTRIBUTES = new HashSet<>();

  static {
    // every element and attribute the HTML renderer writes for 100 plain commentaries of every
    // shape, with every option
    List<Renderer> renderers =
        List.of(
            new HtmlRenderer(),
            HtmlRenderer.builder()
                .includeMasthead(true)
                .smartTypography(true)
                .baseUrl("https://example.org/c/")
                .build(),
            HtmlRenderer.builder().standalone(false).build());
    for (int seed = 0; seed < 100; seed++) {
      Commentary c = ModelGenerator.commentary(ModelGenerator.plain(new Random(seed)));
      for (Renderer r : renderers) {
        for (Element e : Jsoup.parse(r.renderToString(c)).getAllElements()) {
          HTML_ELEMENTS.add(e.normalName());
          for (Attribute a : e.attributes()) {
            HTML_ATTRIBUTES.add(e.normalName() + "@" + a.getKey());
          }
        }
      }
    }
  }

  private Outputs() {}

  private static Schema loadSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = JsonRenderer.schema().openStream()) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An absolute URL with the string as its path: the characters a URI path may hold ({@code & ' ( )
   * * + , ; = : @ !} and {@code $} among them) are kept, every other one is percent-encoded as
   * UTF-8 (a lone surrogate as {@code ?}).
   */
  public static String baseUrl(String path) {
    StringBuilder sb = new StringBuilder("https://example.org/");
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the index of the first character XML 1.0 or HTML forbids in a document, or -1: C0
   * controls but tab, line feed and carriage return, DEL and C1 controls, lone surrogates,
   * noncharacters.
   */
  public static int firstForbidden(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean bad =
          cp < 0x20
              ? cp != '\t' && cp != '\n' && cp != '\r'
              : (cp >= 0x7F && cp <= 0x9F)
                  || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                  || (cp >= 0xFDD0 && cp <= 0xFDEF)
                  || (cp & 0xFFFE) == 0xFFFE;
      if (bad) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Asserts that JSON fits the schema and holds no raw control character or lone surrogate. */
  public static void checkJson(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      assertThat(c < 0x20 && c != '\t' && c != '\n' && c != '\r').as("raw control").isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1)))
            .as("lone surrogate at %d", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone surrogate at %d", i).isFalse();
      }
    }
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  /**
   * Asserts that an HTML page has no forbidden character, parses with jsoup, and holds only the
   * elements and attributes the renderer writes for plain commentaries, with no event handler and
   * no markup in a script.
   */
  public static void checkHtml(String page) {
    assertThat(firstForbidden(page)).as("forbidden character").isEqualTo(-1);
    Document doc = Jsoup.parse(page);
    for (Element e : doc.getAllElements()) {
      assertThat(HTML_ELEMENTS).contains(e.normalName());
      for (Attribute a : e.attributes()) {
        assertThat(HTML_ATTRIBUTES).contains(e.normalName() + "@" + a.getKey());
      }
    }
    for (Element script : doc.select("script")) {
      assertThat(script.data()).doesNotContain("<", ">", "&");
    }
  }

  /** Returns each element of an HTML page, in document order, with its attribute names. */
  public static List<String> htmlShape(String page) {
    List<String> shape = new ArrayList<>();
    for (Element e : Jsoup.parse(page).getAllElements()) {
      TreeSet<String> names = new TreeSet<>();
      e.attributes().forEach(a -> names.add(a.getKey()));
      shape.add(e.normalName() + names);
    }
    return shape;
  }

  /** Asserts that a document is well-formed XML by the JDK's parser, and returns it. */
  public static org.w3c.dom.Document checkXml(String xml) throws Exception {
    assertThat(firstForbidden(xml)).as("forbidden character").isEqualTo(-1);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    return b.parse(new InputSource(new StringReader(xml)));
  }

  /**
   * Returns each element of an XML document, in document order, with its namespace, name and
   * attribute names.
   */
  public static List<String> xmlShape(String xml) throws Exception {
    List<String> shape = new ArrayList<>();
    walk(checkXml(xml).getDocumentElement(), shape);
    return shape;
  }

  private static void walk(Node node, List<String> shape) {
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return;
    }
    List<String> names = new ArrayList<>();
    NamedNodeMap attributes = node.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      names.add("{" + a.getNamespaceURI() + "}" + a.getLocalName());
    }
    Collections.sort(names);
    shape.add("{" + node.getNamespaceURI() + "}" + node.getLocalName() + names);
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      walk(children.item(i), shape);
    }
  }
}
