package io.careroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyGuardTest {

  @Test
  void production_without_a_verification_key_refuses_to_start() {
    var guard = guard(false, Optional.empty());
    assertThat(guard.problem()).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
  }

  @Test
  void production_with_the_dev_key_refuses_to_start() {
    var guard = guard(false, Optional.of(DevKeyGuard.DEV_PUBLIC_KEY));
    assertThat(guard.problem()).contains("dev key");
  }

  @Test
  void production_with_a_copy_of_the_dev_key_in_a_file_refuses_to_start(@TempDir Path dir)
      throws Exception {
    Path copy = dir.resolve("copy.pem");
    Files.copy(Path.of("src/main/resources", DevKeyGuard.DEV_PUBLIC_KEY), copy);
    var guard = guard(false, Optional.of(copy.toString()));
    assertThat(guard.problem()).contains("dev key");
  }

  @Test
  void production_with_its_own_key_starts(@TempDir Path dir) throws Exception {
    Path own = dir.resolve("own.pem");
    Files.writeString(
        own,
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n");
    var guard = guard(false, Optional.of(own.toString()));
    assertThat(guard.problem()).isNull();
  }

  @Test
  void the_demo_profile_may_use_the_dev_key() {
    var guard = guard(true, Optional.of(DevKeyGuard.DEV_PUBLIC_KEY));
    assertThat(guard.problem()).isNull();
  }

  @Test
  void production_without_an_issuer_refuses_to_start(@TempDir Path dir) throws Exception {
    var guard =
        new DevKeyGuard(
            false,
            Optional.of(ownKey(dir).toString()),
            Optional.empty(),
            Optional.of(" "),
            Optional.of("careroute"));
    assertThat(guard.problem()).contains("MP_JWT_VERIFY_ISSUER");
  }

  @Test
  void production_without_an_audience_refuses_to_start(@TempDir Path dir) throws Exception {
    var guard =
        new DevKeyGuard(
            false,
            Optional.of(ownKey(dir).toString()),
            Optional.empty(),
            Optional.of("https://login.example.com"),
            Optional.empty());
    assertThat(guard.problem()).contains("MP_JWT_VERIFY_AUDIENCES");
  }

  @Test
  void production_fetching_its_key_over_plain_http_refuses_to_start() {
    var guard = guard(false, Optional.of("http://login.example.com/jwks"));
    assertThat(guard.problem()).contains("https");
  }

  @Test
  void production_with_an_https_key_set_starts() {
    assertThat(guard(false, Optional.of("https://login.example.com/jwks")).problem()).isNull();
  }

  private static DevKeyGuard guard(boolean devKeyTrusted, Optional<String> keyLocation) {
    return new DevKeyGuard(
        devKeyTrusted,
        keyLocation,
        Optional.empty(),
        Optional.of("https://login.example.com"),
        Optional.of("careroute"));
  }

  private static Path ownKey(Path dir) throws Exception {
    Path own = dir.resolve("own.pem");
    Files.writeString(
        own,
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n");
    return own;
  }
}
