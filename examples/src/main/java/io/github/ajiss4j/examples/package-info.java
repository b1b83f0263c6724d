/**
 * Small runnable programs that show ajiss4j at work, and {@link
 * io.github.ajiss4j.examples.MarkdownRenderer}, a third-party renderer that joins the built-in ones
 * through {@code META-INF/services}.
 *
 * <p>Each program runs with one command from the repository root, for example:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.ParseAndPrint
 * }</pre>
 */
package io.github.ajiss4j.examples;
