package io.careroute.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a declared body over 1 MiB with a 413 problem before any of it is read. (A chunked body
 * without a length still meets the HTTP layer's own 1 MiB limit, which answers a bare 413.)
 */
@ApplicationScoped
public class BodyLimit {

  static final long MAX_BYTES = 1024 * 1024;

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && tooLarge(length)) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(
                        "{\"type\":\"https://careroute.io/problems/413\",\"title\":\"Content Too"
                            + " Large\",\"status\":413,\"detail\":\"The body is over 1 MiB\"}");
              } else {
                ctx.next();
              }
            });
  }

  private static boolean tooLarge(String length) {
    try {
      return Long.parseLong(length.trim()) > MAX_BYTES;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
