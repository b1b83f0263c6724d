/**
 * The commands of the {@code ajiss} tool, the argument parser and help they are declared for
 * ({@link io.github.ajiss4j.cli.internal.CommandSpec}), and the batch machinery behind them; not an
 * API.
 */
package io.github.ajiss4j.cli.internal;
