package io.github.ajiss4j.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version that the build wrote into {@code version.properties}. */
final class VersionProvider {

  private VersionProvider() {}

  static String version() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/io/github/ajiss4j/cli/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no version is not worth failing over
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * What {@code --version} prints: the tool's version, then the Java runtime's. The runtime's
   * version is the property that {@link Runtime#version()} parses, read as it is: parsing it and
   * printing it back costs streams and lambdas for the same text.
   */
  static String text() {
    String java = System.getProperty("java.runtime.version");
    return "ajiss "
        + version()
        + "\nJava "
        + (java != null ? java : Runtime.version().toString())
        + " ("
        + System.getProperty("java.vendor", "?")
        + ")\n";
  }
}
