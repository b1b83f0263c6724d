package io.github.ajiss4j.render;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects EPUBCheck's fatal errors, errors and warnings, one line each; usage notes are left out.
 */
public final class EpubCheckReport extends MasterReport {

  private final List<String> messages = new ArrayList<>();

  /** Creates an empty report. */
  public EpubCheckReport() {}

  /**
   * Every fatal error, error and warning reported, as {@code SEVERITY ID path line:column text}.
   *
   * @return the messages, empty for a valid publication
   */
  public List<String> messages() {
    return messages;
  }

  @Override
  public void message(Message message, EPUBLocation location, Object... args) {
    Severity s = message.getSeverity();
    if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
      messages.add(
          s
              + " "
              + message.getID()
              + " "
              + location.getPath()
              + " "
              + location.getLine()
              + ":"
              + location.getColumn()
              + " "
              + message.getMessage(args));
    }
  }

  @Override
  public void info(String resource, FeatureEnum feature, String value) {}

  @Override
  public int generate() {
    return 0;
  }

  @Override
  public void initialize() {}
}
