package io.careroute.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** careroute's own settings, each documented where it is declared. */
@ConfigMapping(prefix = "careroute")
public interface CarerouteConfig {

  /** Settings of the ingest front door. */
  Ingest ingest();

  /** Settings of token verification. */
  Security security();

  /** Settings of token verification. */
  interface Security {

    /**
     * Whether the repository's dev key may verify tokens. Only the dev, test and demo profiles set
     * it; in any other profile careroute refuses to start with that key.
     */
    @WithDefault("false")
    boolean devKeyTrusted();
  }

  /** Settings of the ingest front door. */
  interface Ingest {

    /** How long a request waits for Kafka's acknowledgement before answering 503. */
    @WithDefault("10s")
    Duration kafkaAckTimeout();

    /** The Retry-After, in seconds, sent with a 503 when Kafka is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Mentions each source (an API client or a webhook platform) may send per second. */
    @WithDefault("200")
    double rateLimitPerSecond();

    /** How many mentions a source may send in one burst above its steady rate. */
    @WithDefault("2000")
    int rateLimitBurst();

    /**
     * How far before its receipt a mention's {@code createdAt} is believed: an older one is taken
     * as this old, and one from the future as just received, so SLA clocks start within this window
     * of receipt whatever a client or platform claims.
     */
    @WithDefault("1h")
    Duration createdAtMaxAge();

    /**
     * The platforms an ingest API client (an {@code ingest} or {@code admin} token) may post
     * mentions as. The signed webhooks own their platforms' id spaces, so by default an API client
     * may only post {@code generic} mentions; a listening tool trusted with X or Meta data is named
     * here ({@code x,facebook,instagram,generic}).
     */
    @WithDefault("generic")
    List<String> apiPlatforms();

    /**
     * The sources that may mark a mention {@code authoredByBrand}, and so record a brand reply that
     * stops SLA clocks: {@code api:<token subject>} or {@code generic:<source name>}. The X and
     * Meta webhooks recognise the brand's own posts by the signed account id instead.
     */
    Optional<List<String>> brandPostSources();
  }

  /** Settings of the classifier stage. */
  Classifier classifier();

  /** Settings of the classifier stage. */
  interface Classifier {

    /**
     * The languages (ISO 639-1) mentions are detected among; the first is the answer when a text
     * gives no clear sign. Fewer languages detect faster and mistake fewer short texts.
     */
    @WithDefault("en,cy,pl,ro,pa,ur,bn,gu,es,fr,pt,it,de,ar")
    List<String> languages();

    /**
     * A category model written by {@code bin/careroute train}; its labels become the taxonomy.
     * Without it, the default telecom model is used.
     */
    Optional<String> categoryModel();

    /**
     * Whether the default models read each text's sentence meaning (all-MiniLM-L6-v2) besides its
     * words: 1.4 to 2.3 points more macro-F1 in our measurements, at about 170 mentions a second
     * per core instead of 1,600 to 2,000. A model from {@code bin/careroute train} carries its own
     * choice.
     */
    @WithDefault("true")
    boolean sentenceEncoder();

    /**
     * Where the default models, trained at first start, are cached: a folder only this user may
     * write, created with owner-only permissions. A cached model in a folder others may write is
     * not trusted and is trained again.
     */
    @WithDefault("${user.home}/.cache/careroute/models")
    String cacheDir();
  }

  /** Settings of the personal-data detector. */
  Pii pii();

  /** Settings of the personal-data detector. */
  interface Pii {

    /**
     * A regular expression of the brand's account numbers (join several with {@code |}); the first
     * group that matched, if any, is the number itself. Read as one string, so backslashes and
     * commas stay as written. Without it, a number written after "account number", "acc no", "a/c"
     * and the like is found (the personal-data detector's {@code DEFAULT_ACCOUNT_PATTERN}).
     */
    Optional<String> accountPatterns();

    /** The brand's own public phone numbers and addresses, which are never personal data. */
    Optional<List<String>> allowList();
  }

  /** Settings of the platform webhooks; a platform without its secret refuses every call. */
  Webhooks webhooks();

  /** Settings of the platform webhooks. */
  interface Webhooks {

    /** X (Twitter) Account Activity API: the app's consumer secret signs CRC answers and posts. */
    Optional<String> xConsumerSecret();

    /** Meta (Facebook, Instagram): the app secret that signs each POST. */
    Optional<String> metaAppSecret();

    /** Meta: the verify token expected on the subscription handshake. */
    Optional<String> metaVerifyToken();

    /**
     * Standard Webhooks sources as {@code name=secret} pairs; a secret may be given as {@code
     * whsec_<base64>}. The source name is the last path segment of {@code /webhooks/generic/}.
     */
    Optional<List<String>> genericSources();

    /**
     * The platforms a Standard Webhooks source may post mentions as; by default only {@code
     * generic}, so that no shared-secret source can speak for X, Facebook or Instagram.
     */
    @WithDefault("generic")
    List<String> genericPlatforms();

    /** How far a Standard Webhooks timestamp may be from now, either way. */
    @WithDefault("5m")
    Duration genericTolerance();
  }
}
