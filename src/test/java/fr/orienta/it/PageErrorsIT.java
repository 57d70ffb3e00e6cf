package fr.orienta.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.Server;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page that fails, in the real Faces of the server: the user is sent to the error page with an
 * incident number, and the server's log has that number and the error's trace without its message,
 * which names a person here as an application's error may.
 */
@ExtendWith(ArquillianExtension.class)
class PageErrorsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war = AppArchive.named("orienta-page-errors-it.war");
    war.addClass(FailingPage.class);
    war.add(
        new StringAsset(
            """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                  xmlns:f="jakarta.faces.core">
            <h:head><title>Page qui échoue</title></h:head>
            <h:body>
              <h:form id="f">
                <h:outputText id="shown" value="#{failingPage.shown}"/>
                <h:commandButton id="go" value="Enregistrer" action="#{failingPage.save}">
                  <f:ajax execute="@this"/>
                </h:commandButton>
              </h:form>
            </h:body>
            </html>
            """),
        "it/failing.xhtml");
    return war;
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      // HTTP/1.1 as a browser on this intranet speaks it: the client's own default asks the server
      // to upgrade the connection to HTTP/2 first.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .build();

  @Test
  void aPageThatFailsSendsToTheErrorPageWithAnIncidentTheLogHasWithoutThePerson() throws Exception {
    // A session first, as every user of the application has one, signed in.
    assertThat(get("it/failing.xhtml").body()).contains("prête");

    HttpResponse<String> page = get("it/failing.xhtml?fail=1");

    assertThat(page.statusCode()).isEqualTo(302);
    String location = page.headers().firstValue("Location").orElseThrow();
    String incident = incident(location, "error/error.xhtml\\?incident=([0-9a-f]{8})$");
    assertThat(page.body()).doesNotContain("ZPAGEERREUR").doesNotContain("prête");
    assertLogged(incident, "java.lang.IllegalStateException");

    HttpResponse<String> shown = get(location);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Une erreur est survenue")
        .contains("<strong>" + incident + "</strong>");
    assertThat(get("error/error.xhtml?incident=Appelez%20le%2008%2099").body())
        .as("the page repeats only an incident number from its address")
        .doesNotContain("Appelez")
        .doesNotContain("<strong>");
  }

  @Test
  void anAjaxRequestThatFailsIsSentToTheErrorPageWithItsIncident() throws Exception {
    HttpResponse<String> page = get("it/failing.xhtml");
    assertThat(page.body()).contains("prête");
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(state.find()).as("the form's view state").isTrue();

    HttpResponse<String> ajax =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("it/failing.xhtml"))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "f", "f",
                                "f:go", "Enregistrer",
                                "jakarta.faces.ViewState", state.group(1),
                                "jakarta.faces.source", "f:go",
                                "jakarta.faces.partial.event", "click",
                                "jakarta.faces.partial.execute", "f:go",
                                "jakarta.faces.partial.ajax", "true"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ajax.body()).contains("<redirect").doesNotContain("ZPAGEERREUR");
    String incident = incident(ajax.body(), "error/error.xhtml\\?incident=([0-9a-f]{8})");
    assertLogged(incident, "java.lang.IllegalArgumentException");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String incident(String body, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(body);
    assertThat(matcher.find()).as("an incident number in %s", body).isTrue();
    return matcher.group(1);
  }

  /** The log has the incident with the error's kind and trace, and nowhere the person. */
  private static void assertLogged(String incident, String kind) throws Exception {
    List<String> log = Server.logSinceLaunch();
    int line = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).contains("Erreur inattendue d'une page, incident " + incident)) {
        line = i;
      }
    }
    assertThat(line).as("the incident's line in the log").isNotNegative();
    int end = line + 1;
    while (end < log.size() && !log.get(end).startsWith("[")) {
      end++; // the trace, up to the next entry
    }
    assertThat(String.join("\n", log.subList(line, end)))
        .contains(kind)
        .contains("fr.orienta.it.FailingPage");
    assertThat(log).noneMatch(l -> l.contains("ZPAGEERREUR"));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
