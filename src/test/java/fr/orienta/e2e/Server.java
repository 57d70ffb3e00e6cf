package fr.orienta.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** The Orienta server started by the build for the end-to-end suite, seen from outside. */
public final class Server {

  public static final String DEMO_PASSWORD = "orienta-demo";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Server() {}

  public static String baseUrl() {
    return System.getProperty("orienta.base.url", "http://localhost:9080");
  }

  public static URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  /** GET with HTTP Basic credentials, or anonymous when {@code user} is null. */
  public static HttpResponse<String> get(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Server unreachable at " + baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> get(String path, String demoUser) {
    return get(path, demoUser, DEMO_PASSWORD);
  }

  /** The server's own directory (usr/servers/orienta), for tests that drop plugins into it. */
  public static Path serverDirectory() {
    Path war = Path.of(System.getProperty("orienta.app.war"));
    return war.getParent().getParent();
  }

  /**
   * Restarts the application the way an operator's redeploy does: Liberty watches the WAR and
   * restarts the application when it changes. Waits until the application answers ready again.
   */
  public static void restartApplication() throws IOException, InterruptedException {
    Path war = Path.of(System.getProperty("orienta.app.war"));
    String before = startCount();
    Files.setLastModifiedTime(war, FileTime.from(Instant.now()));
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      if (!startCount().equals(before) && isReady()) {
        return;
      }
    }
    throw new IllegalStateException("The application did not restart within 3 minutes");
  }

  public static boolean isReady() {
    try {
      HttpResponse<String> response = get("/health/ready", null, null);
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** How many times the application has started, read from the server log. */
  private static String startCount() throws IOException {
    Path log = serverDirectory().resolve("logs/messages.log");
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return Long.toString(
          lines.filter(l -> l.contains("CWWKZ0001I") || l.contains("CWWKZ0003I")).count());
    }
  }

  /** The server's log from its last launch until it was ready. */
  public static List<String> startLog() throws IOException {
    List<String> lines = logSinceLaunch();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("CWWKF0011I")) {
        return lines.subList(0, i + 1);
      }
    }
    throw new IllegalStateException("The server's log says no « ready » since its launch");
  }

  /**
   * The server's log since its last launch, read across the files Liberty rolls {@code
   * messages.log} over into (oldest first).
   */
  public static List<String> logSinceLaunch() throws IOException {
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(serverDirectory().resolve("logs"))) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().matches("messages.*\\.log"))
              .sorted(
                  Comparator.comparing(
                          (Path f) -> f.getFileName().toString().equals("messages.log"))
                      .thenComparing(f -> f.getFileName().toString()))
              .toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).contains("CWWKE0001I")) {
        return lines.subList(i, lines.size());
      }
    }
    throw new IllegalStateException("No launch of the server in its logs");
  }
}
