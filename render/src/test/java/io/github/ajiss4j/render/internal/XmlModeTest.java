package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * XML mode writes what the JDK's {@link XMLStreamWriter} writes for the same calls, as it did when
 * it drove one: the same escapes, empty elements, namespaces and declarations.
 */
class XmlModeTest {

  private static final List<String> STRINGS =
      List.of(
          "plain",
          "<b>&amp;\"q\" 'a' ]]>",
          "tab\tlf\ncr\rcrlf\r\n",
          "\u00e9 \u2028 \u202E\u0645 \uFF08x\uFF09 \uFB01 \uFFFD",
          "emoji \uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDC67",
          "");

  @Test
  void writesWhatTheJdkStreamWriterWrites() throws IOException, XMLStreamException {
    for (String s : STRINGS) {
      StringBuilder ours = new StringBuilder();
      MarkupWriter w = MarkupWriter.xml(ours, MarkupWriter.newDiagnostics());
      w.xmlDeclaration();
      w.start("html").namespaces().lang("en").newline();
      w.empty("meta").attribute("content", s).newline();
      w.start("p").attribute("title", s).epubType("chapter").text(s).end();
      w.start("div").end();
      w.empty("br");
      w.start("span").attribute("class", s);
      w.finish();

      StringWriter jdk = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(jdk);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeDTD("<!DOCTYPE html>");
      x.writeCharacters("\n");
      x.writeStartElement("html");
      x.writeDefaultNamespace(MarkupWriter.XHTML_NS);
      x.writeNamespace("epub", MarkupWriter.EPUB_NS);
      x.writeAttribute("lang", "en");
      x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
      x.writeCharacters("\n");
      x.writeEmptyElement("meta");
      x.writeAttribute("content", s);
      x.writeCharacters("\n");
      x.writeStartElement("p");
      x.writeAttribute("title", s);
      x.writeAttribute("epub", MarkupWriter.EPUB_NS, "type", "chapter");
      x.writeCharacters(s);
      x.writeEndElement();
      x.writeStartElement("div");
      x.writeEndElement();
      x.writeEmptyElement("br");
      x.writeStartElement("span");
      x.writeAttribute("class", s);
      x.writeEndDocument();
      x.flush();

      assertThat(ours.toString()).as(s).isEqualTo(jdk.toString());
    }
  }
}
