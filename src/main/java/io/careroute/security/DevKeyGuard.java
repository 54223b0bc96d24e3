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
 * Refuses to start outside the dev, test and demo profiles unless tokens are verified the way the
 * contract requires: a configured issuer and audience, a key fetched over https or read from a
 * local file, and never the project's public dev key, whose private half is in the repository.
 */
@ApplicationScoped
public class DevKeyGuard {

  static final String DEV_PUBLIC_KEY = "dev-keys/public-key.pem";

  private final boolean devKeyTrusted;
  private final Optional<String> keyLocation;
  private final Optional<String> inlineKey;
  private final Optional<String> issuer;
  private final Optional<String> audiences;

  DevKeyGuard(
      @ConfigProperty(name = "careroute.security.dev-key-trusted") boolean devKeyTrusted,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
      @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences) {
    this.devKeyTrusted = devKeyTrusted;
    this.keyLocation = keyLocation.filter(s -> !s.isBlank());
    this.inlineKey = inlineKey.filter(s -> !s.isBlank());
    this.issuer = issuer.filter(s -> !s.isBlank());
    this.audiences = audiences.filter(s -> !s.isBlank());
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
    if (issuer.isEmpty()) {
      return "No token issuer: set MP_JWT_VERIFY_ISSUER to the iss claim tokens must carry";
    }
    if (audiences.isEmpty()) {
      return "No token audience: set MP_JWT_VERIFY_AUDIENCES to the aud claim tokens must carry";
    }
    if (keyLocation.isPresent() && keyLocation.get().strip().startsWith("http:")) {
      return "The token verification key must be fetched over https, not "
          + keyLocation.get().strip();
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
