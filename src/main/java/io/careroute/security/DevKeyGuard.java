package io.careroute.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start outside the dev, test and demo profiles unless tokens are verified with a
 * configured key that is not the project's public dev key, whose private half is in the repository.
 */
@ApplicationScoped
public class DevKeyGuard {

  static final String DEV_PUBLIC_KEY = "dev-keys/public-key.pem";

  private final boolean devKeyTrusted;
  private final Optional<String> keyLocation;
  private final Optional<String> inlineKey;

  DevKeyGuard(
      @ConfigProperty(name = "careroute.security.dev-key-trusted") boolean devKeyTrusted,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
      @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey) {
    this.devKeyTrusted = devKeyTrusted;
    this.keyLocation = keyLocation;
    this.inlineKey = inlineKey;
  }

  void check(@Observes StartupEvent event) {
    String problem = problem();
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /** Why this configuration must not start, or null when it may. */
  String problem() {
    if (devKeyTrusted) {
      return null;
    }
    if (keyLocation.isEmpty() && inlineKey.isEmpty()) {
      return "No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (PEM or JWKS URL)"
          + " and MP_JWT_VERIFY_ISSUER";
    }
    String devKey = normalise(read(DEV_PUBLIC_KEY));
    String configured = inlineKey.orElseGet(() -> readLocation(keyLocation.get()));
    if (devKey != null && devKey.equals(normalise(configured))) {
      return "The public dev key is only trusted in the dev, test and demo profiles;"
          + " configure this deployment's own key";
    }
    return null;
  }

  private static String readLocation(String location) {
    if (location.startsWith("http:") || location.startsWith("https:")) {
      return null;
    }
    if (location.startsWith("file:")) {
      return readFile(Path.of(URI.create(location)));
    }
    String resource = location.startsWith("classpath:") ? location.substring(10) : location;
    String fromClasspath = read(resource);
    return fromClasspath != null ? fromClasspath : readFile(Path.of(location));
  }

  private static String read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static String readFile(Path path) {
    try {
      return Files.isRegularFile(path) ? Files.readString(path) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String normalise(String pem) {
    return pem == null ? null : pem.replaceAll("-----[A-Z ]+-----|\\s", "");
  }
}
