package io.careroute.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How replies reach the platforms: endpoints, credentials, timeouts and retries. */
@ConfigMapping(prefix = "careroute.delivery")
public interface DeliveryConfig {

  /** How long to wait for a platform to accept a connection. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** How long to wait for a platform's answer to one request. */
  @WithDefault("10s")
  Duration requestTimeout();

  /** Attempts per reply, the first included, before it is marked FAILED. */
  @WithDefault("4")
  int maxAttempts();

  /** The wait before the second attempt; each further wait doubles. */
  @WithDefault("1s")
  Duration initialBackoff();

  /** The longest wait between two attempts, a platform's Retry-After included. */
  @WithDefault("30s")
  Duration maxBackoff();

  /** The X API. */
  X x();

  /** The Meta Graph API (Facebook Pages and Instagram). */
  Meta meta();

  /** The X API. */
  interface X {

    /** The API's base URL. */
    @WithDefault("https://api.x.com")
    String baseUrl();

    /**
     * An OAuth 2.0 user-context access token of the brand's account (scopes tweet.write and
     * dm.write). Without it, replies on X fail with a reason saying so.
     */
    Optional<String> accessToken();
  }

  /** The Meta Graph API (Facebook Pages and Instagram). */
  interface Meta {

    /** The API's base URL, version included. */
    @WithDefault("https://graph.facebook.com/v21.0")
    String baseUrl();

    /** The Facebook Page's id: private replies on Facebook are sent as the Page. */
    Optional<String> pageId();

    /**
     * The Page access token (pages_manage_engagement, pages_messaging, and for Instagram
     * instagram_manage_comments, instagram_manage_messages). Without it, replies on Facebook and
     * Instagram fail with a reason saying so.
     */
    Optional<String> pageAccessToken();

    /** The Instagram professional account's id: private replies on Instagram are sent as it. */
    Optional<String> instagramAccountId();
  }
}
