package io.careroute.metrics;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the dashboard at {@code /dashboard}: its page and assets live in {@code
 * META-INF/resources/dashboard/}, which answers at {@code /dashboard/}.
 */
@ApplicationScoped
public class DashboardRoute {

  void route(@Observes Router router) {
    router.routeWithRegex("^/dashboard$").handler(request -> request.redirect("/dashboard/"));
  }
}
