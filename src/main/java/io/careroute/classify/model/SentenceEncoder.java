package io.careroute.classify.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a short text means, as a 384-number sentence embedding from all-MiniLM-L6-v2 (quantised, run
 * by ONNX Runtime): it lets a model trained on a few thousand texts recognise wordings it never
 * saw, which word and character n-grams alone cannot.
 */
public final class SentenceEncoder {

  /** The encoder's name, recorded in every model that uses it. */
  public static final String NAME = "all-minilm-l6-v2-q";

  /** The length of every embedding. */
  public static final int DIMENSION = 384;

  /** Longer texts are cut here: a reply-sized post says what it is about well before this. */
  private static final int MAX_CHARS = 1_000;

  private static final Pattern NOISE = Pattern.compile("@\\w+|https?://\\S+|www\\.\\S+");
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  /**
   * Each thread's last text and its embedding: the category and sentiment models read the same
   * mention one after the other, and this encodes it once.
   */
  private static final ThreadLocal<Encoded> LAST = new ThreadLocal<>();

  private static volatile SentenceEncoder shared;

  private final Embedder embedder;
  private final Map<String, float[]> memo;

  private SentenceEncoder(Embedder embedder, Map<String, float[]> memo) {
    this.embedder = embedder;
    this.memo = memo;
  }

  /**
   * The one encoder of this JVM, loaded on first use: about a second, and 170 MiB of native memory.
   */
  public static SentenceEncoder shared() {
    SentenceEncoder encoder = shared;
    if (encoder == null) {
      synchronized (SentenceEncoder.class) {
        if (shared == null) {
          shared = new SentenceEncoder(Embedder.load(), null);
        }
        encoder = shared;
      }
    }
    return encoder;
  }

  /**
   * The same encoder remembering every text it has encoded: for training several models, or the
   * evaluation command's folds, on the same texts. A trained model keeps {@link #forgetful()}.
   */
  public SentenceEncoder remembering() {
    return new SentenceEncoder(embedder, new ConcurrentHashMap<>());
  }

  /** The same encoder without a memory, for classifying texts as they come. */
  public SentenceEncoder forgetful() {
    return memo == null ? this : new SentenceEncoder(embedder, null);
  }

  /** The text's embedding, of unit length; user handles and links are left out first. */
  public float[] encode(String text) {
    if (memo != null) {
      float[] known = memo.get(text);
      if (known != null) {
        return known;
      }
      // Embedding takes milliseconds: outside the map, so other texts are not held up meanwhile.
      float[] meaning = embed(text);
      float[] raced = memo.putIfAbsent(text, meaning);
      return raced == null ? meaning : raced;
    }
    Encoded last = LAST.get();
    if (last == null || !last.text().equals(text)) {
      last = new Encoded(text, embed(text));
      LAST.set(last);
    }
    return last.meaning();
  }

  private record Encoded(String text, float[] meaning) {}

  /** The embeddings of these texts, in order, computed on all cores. */
  public float[][] encodeAll(List<String> texts) {
    return texts.parallelStream().map(this::encode).toArray(float[][]::new);
  }

  private float[] embed(String text) {
    String cleaned = NOISE.matcher(text).replaceAll(" ").replace("&amp;", "&").strip();
    if (cleaned.length() > MAX_CHARS) {
      cleaned = cleaned.substring(0, MAX_CHARS);
    }
    return embedder.embed(cleaned.isEmpty() ? "." : cleaned).content().vector();
  }

  /** LangChain4j's BERT encoder on an ONNX session that uses one thread per call. */
  private static final class Embedder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private Embedder(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    static Embedder load() {
      ClassLoader loader = SentenceEncoder.class.getClassLoader();
      try (InputStream model = loader.getResourceAsStream(MODEL);
          InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IOException(MODEL + " is missing from the classpath");
        }
        // Callers run in parallel themselves; one thread each keeps a call from taking every core.
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        return new Embedder(
            new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (OrtException e) {
        throw new IllegalStateException("Cannot start the sentence encoder", e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
