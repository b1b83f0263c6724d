package io.github.ajiss4j.parser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * The three ways a test feeds text to the parser: a String, a Reader, and a Reader of one char at a
 * time.
 */
enum Feed {
  STRING {
    @Override
    ParseResult parse(CommentaryParser parser, String text) throws Exception {
      return parser.parse(text);
    }
  },
  READER {
    @Override
    ParseResult parse(CommentaryParser parser, String text) throws Exception {
      return parser.parse(new StringReader(text));
    }
  },
  ONE_CHAR_READER {
    @Override
    ParseResult parse(CommentaryParser parser, String text) throws Exception {
      return parser.parse(new OneCharReader(text));
    }
  };

  abstract ParseResult parse(CommentaryParser parser, String text) throws Exception;

  ParseResult parse(String text) throws Exception {
    return parse(CommentaryParser.create(), text);
  }

  /** Returns one character a call, to shake out buffer-boundary bugs. */
  static final class OneCharReader extends Reader {
    private final String text;
    private int pos;

    OneCharReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (pos >= text.length()) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      buf[off] = text.charAt(pos++);
      return 1;
    }

    @Override
    public void close() {}
  }
}
