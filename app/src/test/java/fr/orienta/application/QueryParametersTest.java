package fr.orienta.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.platform.Refusal;
import fr.orienta.registry.PersonStatus;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Query parameters: a value the API cannot read is refused naming the parameter, in French. */
class QueryParametersTest {

  /** Parameters as the resources declare them. */
  @SuppressWarnings("unused")
  private static void resource(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("minPriority") Integer minPriority,
      @QueryParam("keep") long keep,
      @QueryParam("ald") Boolean ald,
      @QueryParam("fullListing") @DefaultValue("false") boolean fullListing,
      @QueryParam("status") PersonStatus status,
      @QueryParam("name") String name,
      @PathParam("id") long id) {}

  private static ParamConverter<?> converter(int index) throws NoSuchMethodException {
    Parameter parameter =
        Arrays.stream(QueryParametersTest.class.getDeclaredMethods())
            .filter(m -> m.getName().equals("resource"))
            .findFirst()
            .orElseThrow()
            .getParameters()[index];
    return new QueryParameters()
        .getConverter(
            parameter.getType(), parameter.getParameterizedType(), parameter.getAnnotations());
  }

  private static void assertRefused(ParamConverter<?> converter, String value, String message) {
    assertThatThrownBy(() -> converter.fromString(value))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID))
        .hasMessage(message);
  }

  @Test
  void aNumberIsReadOrRefusedNamingTheParameter() throws Exception {
    ParamConverter<?> page = converter(0);
    ParamConverter<?> minPriority = converter(1);
    ParamConverter<?> keep = converter(2);

    assertThat(page.fromString(" 3 ")).isEqualTo(3);
    assertThat(page.fromString("")).as("empty: the default").isEqualTo(0);
    assertThat(minPriority.fromString("")).as("empty: no filter").isNull();
    assertThat(keep.fromString("10269")).isEqualTo(10269L);
    assertRefused(page, "abc", "page : nombre entier attendu");
    assertRefused(minPriority, "-99999999999", "minPriority : nombre entier attendu");
    assertRefused(keep, "", "keep : nombre entier attendu");
  }

  @Test
  void aBooleanIsTrueOrFalseInAnyCaseAndNothingElse() throws Exception {
    ParamConverter<?> ald = converter(3);
    ParamConverter<?> fullListing = converter(4);

    assertThat(ald.fromString("TRUE")).isEqualTo(true);
    assertThat(ald.fromString("False")).isEqualTo(false);
    assertThat(ald.fromString("")).as("empty: no filter").isNull();
    assertThat(fullListing.fromString("")).as("empty: the default").isEqualTo(false);
    for (String value : new String[] {"1", "0", "oui", "maybe", "yes"}) {
      assertRefused(ald, value, "ald : true ou false attendu");
    }
    assertRefused(fullListing, "2", "fullListing : true ou false attendu");
  }

  @Test
  void aStatusIsReadInAnyCaseAndAnUnknownOneIsRefusedWithTheStatuses() throws Exception {
    ParamConverter<?> status = converter(5);

    assertThat(status.fromString("waiting")).isEqualTo(PersonStatus.WAITING);
    assertThat(status.fromString("")).isNull();
    assertRefused(
        status,
        "FOO",
        "status : valeur inconnue (valeurs possibles : WAITING, CONTACTED, CONSENTING, ORIENTED,"
            + " MT_DECLARED, REFUSED, UNREACHABLE, MOVED_AWAY, DECEASED, MT_FOUND_ELSEWHERE ou"
            + " MERGED)");
  }

  @Test
  void textsAndPathParametersAreLeftToTheContainer() throws Exception {
    assertThat(converter(6)).isNull();
    assertThat(converter(7)).as("a path that is no number is an unknown resource").isNull();
  }
}
