package fr.orienta.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and the database answers a query right now. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = "jdbc/orienta")
  DataSource dataSource;

  @Inject Startup startup;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("startup", startup.isReady());
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(5);
      response
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .status(valid && startup.isReady());
    } catch (SQLException e) {
      response.withData("error", e.getClass().getSimpleName()).down();
    }
    return response.build();
  }
}
