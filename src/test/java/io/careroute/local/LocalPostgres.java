package io.careroute.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL from the embedded binaries on Maven Central: throw-away for tests, or kept in a
 * data folder so the local stack keeps its tickets across restarts.
 */
public final class LocalPostgres implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private LocalPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A throw-away server on a free port. */
  public static LocalPostgres ephemeral() throws IOException {
    return new LocalPostgres(
        EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start());
  }

  /** A server whose data lives in this folder and survives a restart. */
  public static LocalPostgres persistent(Path dataDirectory, int port) throws IOException {
    return new LocalPostgres(
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .start());
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public String username() {
    return "postgres";
  }

  public String password() {
    return "postgres";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
