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
    var guard = new DevKeyGuard(false, Optional.empty(), Optional.empty());
    assertThat(guard.problem()).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
  }

  @Test
  void production_with_the_dev_key_refuses_to_start() {
    var guard = new DevKeyGuard(false, Optional.of(DevKeyGuard.DEV_PUBLIC_KEY), Optional.empty());
    assertThat(guard.problem()).contains("dev key");
  }

  @Test
  void production_with_a_copy_of_the_dev_key_in_a_file_refuses_to_start(@TempDir Path dir)
      throws Exception {
    Path copy = dir.resolve("copy.pem");
    Files.copy(Path.of("src/main/resources", DevKeyGuard.DEV_PUBLIC_KEY), copy);
    var guard = new DevKeyGuard(false, Optional.of(copy.toString()), Optional.empty());
    assertThat(guard.problem()).contains("dev key");
  }

  @Test
  void production_with_its_own_key_starts(@TempDir Path dir) throws Exception {
    Path own = dir.resolve("own.pem");
    Files.writeString(
        own,
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n");
    var guard = new DevKeyGuard(false, Optional.of(own.toString()), Optional.empty());
    assertThat(guard.problem()).isNull();
  }

  @Test
  void the_demo_profile_may_use_the_dev_key() {
    var guard = new DevKeyGuard(true, Optional.of(DevKeyGuard.DEV_PUBLIC_KEY), Optional.empty());
    assertThat(guard.problem()).isNull();
  }
}
