/*
 * One long-lived Korean analyser process for a whole kg run: Lucene Nori tokenises each text
 * it is sent and answers with its morphemes, so the JVM and the dictionary load once, not once
 * per article. Requests on stdin: a 4-byte big-endian length, then that many bytes of UTF-8.
 * Replies on stdout, binary so that Node reads them without parsing text: first, once, the
 * tag table (the POS.Tag names, comma-separated); then one reply per request. Every frame is an
 * int32 byte length and its bytes; a reply's bytes are morphemes of (int32 start, int32 end,
 * uint8 tag ordinal, uint8 L, L UTF-16 units). Offsets are UTF-16 indexes into the request text (the same as JavaScript string
 * offsets); L = 0 when the morpheme is the text between them. Compounds come out as their
 * parts, with exact offsets; an inflected word (했다 = 하+았+다) comes out as its morphemes,
 * each with the whole word's span. Nori's dictionary keeps only J and E for particles and
 * endings; kg refines them by form on the TypeScript side. args[0]: a Nori user dictionary (one
 * word per line) whose entries are names, reported as NNP.
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
    POS.Tag[] tags = POS.Tag.values();
    StringBuilder tagNames = new StringBuilder();
    for (POS.Tag t : tags) tagNames.append(tagNames.length() == 0 ? "" : ",").append(t.name());
    byte[] table = tagNames.toString().getBytes(StandardCharsets.US_ASCII);
    out.writeInt(table.length);
    out.write(table);
    out.flush();
    java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream(1 << 16);
    DataOutputStream body = new DataOutputStream(reply);
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
      reply.reset();
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS();
        if (tag == POS.Tag.SP) continue;
        int start = offset.startOffset();
        int end = offset.endOffset();
        int len = term.length();
        boolean exact = end - start == len && text.regionMatches(start, term.toString(), 0, len);
        if (exact && tag == POS.Tag.NNG && names.contains(text.substring(start, end))) tag = POS.Tag.NNP;
        body.writeInt(start);
        body.writeInt(end);
        body.writeByte(tag.ordinal());
        if (exact || len > 255) body.writeByte(0);
        else {
          body.writeByte(len);
          char[] chars = term.buffer();
          for (int i = 0; i < len; i++) body.writeChar(chars[i]);
        }
      }
      tokenizer.end();
      tokenizer.close();
      body.flush();
      out.writeInt(reply.size());
      reply.writeTo(out);
      out.flush();
    }
    out.flush();
  }
}
