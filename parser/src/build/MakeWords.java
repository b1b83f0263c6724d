import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.Deflater;

/**
 * Writes the parser's word list, {@code words.dat}, from words read one a line on standard input
 * (run by {@code words.sh}): {@code java parser/src/build/MakeWords.java OUT < words}.
 *
 * <p>The words of letters only, in lower case, go into 702 buckets by their first two letters
 * ({@code a} alone, {@code aa} to {@code az}, {@code b} alone, ...), so that the parser inflates
 * only the buckets of the words it looks up. The file is the count of buckets, then as many plus
 * one offsets into the data that follows (big-endian ints), then each bucket, deflated with no
 * header: the rest of each word after its first two letters, sorted, one a line, each line opening
 * with how many leading letters it shares with the line before (0 to 9).
 */
public class MakeWords {

  static final int BUCKETS = 26 * 27;

  static int bucket(String w) {
    return (w.charAt(0) - 'a') * 27 + (w.length() > 1 ? w.charAt(1) - 'a' + 1 : 0);
  }

  public static void main(String[] args) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    for (String line; (line = in.readLine()) != null; ) {
      String w = line.strip().toLowerCase(java.util.Locale.ROOT);
      if (w.matches("[a-z]+")) {
        words.add(w);
      }
    }
    List<StringBuilder> buckets = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (int b = 0; b < BUCKETS; b++) {
      buckets.add(new StringBuilder());
      last.add("");
    }
    for (String w : words) {
      int b = bucket(w);
      String rest = w.substring(Math.min(2, w.length()));
      String before = last.get(b);
      int k = 0;
      while (k < 9 && k < before.length() && k < rest.length() && before.charAt(k) == rest.charAt(k)) {
        k++;
      }
      buckets.get(b).append(k).append(rest, k, rest.length()).append('\n');
      last.set(b, rest);
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int[] offsets = new int[BUCKETS + 1];
    byte[] chunk = new byte[1 << 20];
    for (int b = 0; b < BUCKETS; b++) {
      offsets[b] = data.size();
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      deflater.setInput(buckets.get(b).toString().getBytes(StandardCharsets.US_ASCII));
      deflater.finish();
      while (!deflater.finished()) {
        data.write(chunk, 0, deflater.deflate(chunk));
      }
      deflater.end();
    }
    offsets[BUCKETS] = data.size();
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        DataOutputStream out = new DataOutputStream(file)) {
      out.writeInt(BUCKETS);
      for (int o : offsets) {
        out.writeInt(o);
      }
      data.writeTo(out);
    }
    System.out.println(args[0] + ": " + words.size() + " words, " + Files.size(Path.of(args[0])) + " bytes");
  }
}
