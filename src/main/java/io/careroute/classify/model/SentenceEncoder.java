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
 * What a short text means, as a 384-number sentence embedding from a small quantised BERT encoder
 * run by ONNX Runtime: it lets a model trained on a few thousand texts recognise wordings it never
 * saw, which word and character n-grams alone cannot.
 */
public final class SentenceEncoder {

  /** The length of every embedding. */
  public static final int DIMENSION = 384;

  /**
   * The encoders careroute can use, each a model file and tokenizer on the classpath (from
   * LangChain4j's embedding artifacts on Maven Central), with the pooling and the prefix their
   * authors trained them with.
   */
  public enum Kind {
    /** all-MiniLM-L6-v2: 6 layers, the fastest. */
    MINILM("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", PoolingMode.MEAN, ""),
    /** bge-small-en-v1.5: 12 layers, the CLS token's state. */
    BGE_SMALL("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", PoolingMode.CLS, ""),
    /** e5-small-v2: 12 layers, mean pooling, texts marked as queries. */
    E5_SMALL("e5-small-v2-q", "e5-small-v2-q", PoolingMode.MEAN, "query: ");

    /** The encoder's name, recorded in every model that uses it. */
    public final String id;

    private final String resource;
    private final PoolingMode pooling;
    private final String prefix;

    Kind(String id, String resource, PoolingMode pooling, String prefix) {
      this.id = id;
      this.resource = resource;
      this.pooling = pooling;
      this.prefix = prefix;
    }

    /** The kind with this {@link #id}, or a short command-line name (minilm, bge-small). */
    public static Kind named(String name) {
      for (Kind kind : values()) {
        if (kind.id.equals(name) || kind.name().replace('_', '-').equalsIgnoreCase(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "No sentence encoder " + name + "; one of minilm, bge-small, e5-small");
    }
  }

  /** The encoder the default models use. */
  public static final Kind DEFAULT = Kind.MINILM;

  /** Longer texts are cut here: a reply-sized post says what it is about well before this. */
  private static final int MAX_CHARS = 1_000;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOISE = Pattern.compile("@\\w+|https?://\\S+|www\\.\\S+");

  /** How many recent texts' embeddings a classifying encoder keeps. */
  private static final int RECENT = 4_096;

  /**
   * The embeddings of recently encoded texts, by the text the encoder reads (handles and links left
   * out, case and spacing folded, which the uncased encoders ignore anyway): the category and
   * sentiment models read the same mention one after the other, and an outage storm repeats itself,
   * so each distinct text is encoded once. Shared by the classifying threads.
   */
  private static final Map<String, float[]> RECENTLY =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(RECENT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
              return size() > RECENT;
            }
          });

  private static final Map<Kind, SentenceEncoder> SHARED = new ConcurrentHashMap<>();

  private final Kind kind;
  private final Embedder embedder;
  private final Map<String, float[]> memo;

  private SentenceEncoder(Kind kind, Embedder embedder, Map<String, float[]> memo) {
    this.kind = kind;
    this.embedder = embedder;
    this.memo = memo;
  }

  /**
   * The one {@link #DEFAULT} encoder of this JVM, loaded on first use: about a second, and some 170
   * MiB of native memory.
   */
  public static SentenceEncoder shared() {
    return shared(DEFAULT);
  }

  /** The one encoder of this kind in this JVM, loaded on first use. */
  public static SentenceEncoder shared(Kind kind) {
    return SHARED.computeIfAbsent(kind, k -> new SentenceEncoder(k, Embedder.load(k), null));
  }

  /** The encoder's name, recorded in every model that uses it. */
  public String name() {
    return kind.id;
  }

  /**
   * The same encoder remembering every text it has encoded: for training several models, or the
   * evaluation command's folds, on the same texts. A trained model keeps {@link #forgetful()}.
   */
  public SentenceEncoder remembering() {
    return new SentenceEncoder(kind, embedder, new ConcurrentHashMap<>());
  }

  /** The same encoder without a memory, for classifying texts as they come. */
  public SentenceEncoder forgetful() {
    return memo == null ? this : new SentenceEncoder(kind, embedder, null);
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
    String key = kind.id + "\u001f" + readable(text).toLowerCase(java.util.Locale.ROOT);
    float[] known = RECENTLY.get(key);
    if (known == null) {
      known = embed(text);
      RECENTLY.put(key, known);
    }
    return known;
  }

  /** The embeddings of these texts, in order, computed on all cores. */
  public float[][] encodeAll(List<String> texts) {
    return texts.parallelStream().map(this::encode).toArray(float[][]::new);
  }

  private float[] embed(String text) {
    return embedder.embed(kind.prefix + readable(text)).content().vector();
  }

  /** What the encoder reads of a text: no handles or links, spacing folded, at most 1,000 chars. */
  private static String readable(String text) {
    String cleaned =
        SPACES
            .matcher(NOISE.matcher(text).replaceAll(" ").replace("&amp;", "&"))
            .replaceAll(" ")
            .strip();
    if (cleaned.length() > MAX_CHARS) {
      cleaned = cleaned.substring(0, MAX_CHARS);
    }
    return cleaned.isEmpty() ? "." : cleaned;
  }

  /** LangChain4j's BERT encoder on an ONNX session that uses one thread per call. */
  private static final class Embedder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private Embedder(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    static Embedder load(Kind kind) {
      ClassLoader loader = SentenceEncoder.class.getClassLoader();
      try (InputStream model = loader.getResourceAsStream(kind.resource + ".onnx");
          InputStream tokenizer = loader.getResourceAsStream(kind.resource + "-tokenizer.json");
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IOException(kind.resource + ".onnx is missing from the classpath");
        }
        // Callers run in parallel themselves; one thread each keeps a call from taking every core.
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        return new Embedder(new OnnxBertBiEncoder(environment, session, tokenizer, kind.pooling));
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
