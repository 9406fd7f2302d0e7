/*
 * One long-lived Korean analyser process for a whole kg run: Lucene Nori tokenises each text
 * it is sent and answers with its morphemes, so the JVM and the dictionary load once, not once
 * per article. Framing on stdin/stdout, both directions: a 4-byte big-endian length, then that
 * many bytes of UTF-8. A reply holds one line per morpheme, "start\tend\tTAG\tform", where the
 * offsets are UTF-16 indexes into the request text (the same as JavaScript string offsets) and
 * form is empty when it equals the text between them. Compounds come out as their parts, with
 * exact offsets; an inflected word (했다 = 하+았+다) comes out as its morphemes, each with the
 * whole word's span. Nori's dictionary keeps only J and E for particles and endings; kg refines
 * them by form on the TypeScript side. args[0]: a Nori user dictionary (one word per line) whose
 * entries are names, reported as NNP.
 */
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

public final class NoriServer {
  public static void main(String[] args) throws IOException {
    UserDictionary user = null;
    Set<String> names = new HashSet<>();
    if (args.length > 0) {
      String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String word = line.trim();
        if (!word.isEmpty() && !word.startsWith("#")) names.add(word);
      }
      if (!names.isEmpty()) user = UserDictionary.open(new StringReader(text));
    }
    KoreanTokenizer tokenizer =
        new KoreanTokenizer(
            AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
            user,
            KoreanTokenizer.DecompoundMode.DISCARD,
            false,
            false);
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(System.out, 1 << 16));
    StringBuilder reply = new StringBuilder(1 << 16);
    byte[] buffer = new byte[1 << 16];
    while (true) {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException closed) {
        break;
      }
      if (length > buffer.length) buffer = new byte[Math.max(length, buffer.length * 2)];
      in.readFully(buffer, 0, length);
      String text = new String(buffer, 0, length, StandardCharsets.UTF_8);
      reply.setLength(0);
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS();
        if (tag == POS.Tag.SP) continue;
        int start = offset.startOffset();
        int end = offset.endOffset();
        boolean exact =
            end - start == term.length() && text.regionMatches(start, term.toString(), 0, term.length());
        String form = exact ? "" : term.toString();
        if (exact && tag == POS.Tag.NNG && names.contains(text.substring(start, end))) tag = POS.Tag.NNP;
        reply.append(start).append('\t').append(end).append('\t').append(tag.name()).append('\t');
        reply.append(form).append('\n');
      }
      tokenizer.end();
      tokenizer.close();
      byte[] bytes = reply.toString().getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }
    out.flush();
  }
}
