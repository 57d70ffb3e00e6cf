package fr.orienta.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * POSTs and PUTs to the API as a demo user: multipart uploads, empty commands, JSON bodies (and
 * requests the API must refuse).
 */
final class Multipart {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Multipart() {}

  static HttpResponse<String> upload(String user, String adapter, String fileName, byte[] content) {
    String boundary = "----orienta" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"adapter\"\r\n\r\n");
    write(body, adapter + "\r\n--" + boundary + "\r\n");
    write(
        body,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(
        user,
        HttpRequest.newBuilder(Server.uri("/api/v1/imports"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  static HttpResponse<String> post(String user, String path) {
    return send(
        user, HttpRequest.newBuilder(Server.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  static HttpResponse<String> postJson(String user, String path, String json) {
    return sendJson(user, path, "POST", json);
  }

  static HttpResponse<String> putJson(String user, String path, String json) {
    return sendJson(user, path, "PUT", json);
  }

  /** A PUT of JSON with {@code If-Match: ifMatch}. */
  static HttpResponse<String> putJsonIfMatch(
      String user, String path, String ifMatch, String json) {
    return send(
        user,
        HttpRequest.newBuilder(Server.uri(path))
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> sendJson(
      String user, String path, String method, String json) {
    return send(user, path, method, "application/json", json);
  }

  /** Any body of any type, for what the API must refuse. */
  static HttpResponse<String> send(
      String user, String path, String method, String contentType, String body) {
    return send(
        user,
        HttpRequest.newBuilder(Server.uri(path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A GET that accepts only {@code accept}. */
  static HttpResponse<String> getAccepting(String user, String path, String accept) {
    return send(user, HttpRequest.newBuilder(Server.uri(path)).header("Accept", accept).GET());
  }

  private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + Server.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(
          request.header("Authorization", "Basic " + token).timeout(Duration.ofMinutes(2)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
