package io.careroute.classify.model;

import io.careroute.classify.eval.LabelledTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The team's own telecom corpus shipped with careroute, and the fixed rule that holds a fifth of it
 * out of training so the default model's score is measured on texts it never saw.
 */
public final class DefaultCorpus {

  /** The corpus on the classpath, and in the source tree for the evaluate command. */
  public static final String RESOURCE = "classifier/telecom-corpus.csv";

  private DefaultCorpus() {}

  /** Whether this text belongs to the held-out fifth (fixed by the text itself). */
  public static boolean isHeldOut(String text) {
    return Math.floorMod(text.strip().hashCode(), 5) == 0;
  }

  /** The text and one label column of the corpus. */
  public static LabelledTexts read(String labelColumn) {
    try (InputStream in = resource()) {
      return LabelledTexts.read(
          new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, "text", labelColumn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short fingerprint of the corpus bytes, part of the default models' version. */
  public static String fingerprint() {
    try (InputStream in = resource()) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource() throws IOException {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException(RESOURCE + " is missing from the classpath");
    }
    return in;
  }
}
