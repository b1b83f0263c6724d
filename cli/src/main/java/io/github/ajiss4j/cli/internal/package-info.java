/** The commands of the {@code ajiss} tool and the batch machinery behind them; not an API. */
package io.github.ajiss4j.cli.internal;
