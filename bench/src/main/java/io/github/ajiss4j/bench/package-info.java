/**
 * JMH benchmarks of the parser and the renderers, with commonmark-java as the peer and a single
 * HTML-escaping copy of the input as the limit; {@link io.github.ajiss4j.bench.Summary} turns one
 * JMH result file into throughput, ratios and allocation per input byte. See {@code
 * bench/README.md} for the one command that runs them.
 */
package io.github.ajiss4j.bench;
