package io.github.ajiss4j.render.html;

import com.adobe.epubcheck.api.EPUBProfile;
import com.adobe.epubcheck.opf.ValidationContext.ValidationContextBuilder;
import com.adobe.epubcheck.util.EPUBVersion;
import com.adobe.epubcheck.util.FileResourceProvider;
import io.github.ajiss4j.render.EpubCheckReport;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.w3c.epubcheck.core.CheckerFactory;
import org.w3c.epubcheck.util.url.URLUtils;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu Html Checker and EPUBCheck, run in this JVM. Each is slow to start: share one. */
final class Validators {

  private Validators() {}

  /** The Nu Html Checker; not thread-safe. */
  static final class Vnu implements ErrorHandler {
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final List<String> messages = new ArrayList<>();

    Vnu() throws Exception {
      validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", this);
      validator.setUpValidatorAndParsers(this, true, false);
    }

    /** Returns every warning and error about a document, empty when it is valid. */
    List<String> check(String document) throws IOException {
      messages.clear();
      InputSource in =
          new InputSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
      in.setEncoding("UTF-8");
      try {
        validator.checkHtmlInputSource(in);
      } catch (org.xml.sax.SAXException e) {
        messages.add("fatal: " + e.getMessage());
      }
      return List.copyOf(messages);
    }

    @Override
    public void warning(SAXParseException e) {
      messages.add(format("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(format("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(format("fatal", e));
    }

    private static String format(String level, SAXParseException e) {
      return level + " " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
  }

  /** EPUBCheck of a single EPUB 3 XHTML content document; not thread-safe. */
  static final class EpubCheck {
    private final Path dir;

    EpubCheck(Path dir) {
      this.dir = dir;
    }

    /** Returns every fatal error, error and warning, empty when the document is valid. */
    List<String> check(String xhtml) throws IOException {
      File file = Files.writeString(dir.resolve("chapter.xhtml"), xhtml).toFile();
      EpubCheckReport report = new EpubCheckReport();
      CheckerFactory.newChecker(
              new ValidationContextBuilder()
                  .url(URLUtils.toURL(file))
                  .report(report)
                  .resourceProvider(new FileResourceProvider(file))
                  .mimetype("application/xhtml+xml")
                  .version(EPUBVersion.VERSION_3)
                  .profile(EPUBProfile.DEFAULT)
                  .build())
          .check();
      return report.messages();
    }
  }
}
