package fr.orienta.demo;

import fr.orienta.doctors.DoctorService;
import fr.orienta.registry.Intake;
import fr.orienta.registry.NewPerson;
import fr.orienta.spi.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Synthetic people and doctors of one demo CPTS, in one transaction. A fixed seed makes every run
 * produce the same people, and the flags are dealt by exact counts, so the home page shows the
 * figures of the CPTS Nord Velay Forez diagnosis.
 */
@ApplicationScoped
public class DemoPopulation {

  static final Set<String> NORTH_COMMUNES =
      Set.of(
          "43003", "43023", "43026", "43035", "43048", "43049", "43071", "43073", "43076", "43080",
          "43093", "43108", "43128", "43138", "43162", "43164", "43166", "43187", "43189", "43196",
          "43214", "43216", "43228", "43237", "43252", "43259", "43267");
  static final Set<String> SOUTH_COMMUNES = Set.of("43157", "43002", "43089", "43251");

  /**
   * Head counts of a demo CPTS.
   *
   * @param seed random seed, so each CPTS is reproducible
   */
  enum Size {
    NORTH(43, 2071, 105, 71, 119, 29, 7, 4, NORTH_COMMUNES),
    SOUTH(7, 40, 3, 2, 5, 5, 1, 0, SOUTH_COMMUNES);

    final long seed;
    final int people;
    final int ald;
    final int css;
    final int aged70;
    final int doctors;
    final int doctorsOver60;
    final int doctorsOver65;
    final List<String> communes;

    Size(
        long seed,
        int people,
        int ald,
        int css,
        int aged70,
        int doctors,
        int doctorsOver60,
        int doctorsOver65,
        Set<String> communes) {
      this.seed = seed;
      this.people = people;
      this.ald = ald;
      this.css = css;
      this.aged70 = aged70;
      this.doctors = doctors;
      this.doctorsOver60 = doctorsOver60;
      this.doctorsOver65 = doctorsOver65;
      this.communes = communes.stream().sorted().toList();
    }
  }

  private static final List<String> LAST_NAMES =
      List.of(
          "Martin",
          "Bernard",
          "Thomas",
          "Petit",
          "Robert",
          "Richard",
          "Durand",
          "Dubois",
          "Moreau",
          "Laurent",
          "Simon",
          "Michel",
          "Lefebvre",
          "Leroy",
          "Roux",
          "David",
          "Bertrand",
          "Morel",
          "Fournier",
          "Girard",
          "Bonnet",
          "Dupont",
          "Lambert",
          "Fontaine",
          "Rousseau",
          "Vincent",
          "Muller",
          "Lefevre",
          "Faure",
          "Andre",
          "Mercier",
          "Blanc",
          "Guerin",
          "Boyer",
          "Garnier",
          "Chevalier",
          "Francois",
          "Legrand",
          "Gauthier",
          "Garcia",
          "Perrin",
          "Robin",
          "Clement",
          "Morin",
          "Nicolas",
          "Henry",
          "Roussel",
          "Mathieu",
          "Gautier",
          "Masson",
          "Marchand",
          "Duval",
          "Denis",
          "Dumont",
          "Marie",
          "Lemaire",
          "Noel",
          "Meyer",
          "Dufour",
          "Meunier",
          "Brun",
          "Blanchard",
          "Giraud",
          "Joly",
          "Riviere",
          "Lucas",
          "Brunet",
          "Gaillard",
          "Barbier",
          "Arnaud",
          "Martinez",
          "Gerard",
          "Roche",
          "Renard",
          "Schmitt",
          "Roy",
          "Leroux",
          "Colin",
          "Vidal",
          "Caron",
          "Picard",
          "Roger",
          "Fabre",
          "Aubert",
          "Lemoine",
          "Renaud",
          "Dumas",
          "Lacroix",
          "Olivier",
          "Philippe",
          "Bourgeois",
          "Pierre",
          "Benoit",
          "Rey",
          "Leclerc",
          "Payet",
          "Rolland",
          "Leclercq",
          "Guillaume",
          "Lecomte");
  private static final List<String> WOMEN =
      List.of(
          "Marie",
          "Jeanne",
          "Françoise",
          "Monique",
          "Catherine",
          "Nathalie",
          "Isabelle",
          "Sylvie",
          "Anne",
          "Christine",
          "Martine",
          "Sophie",
          "Valérie",
          "Sandrine",
          "Céline",
          "Julie",
          "Camille",
          "Léa",
          "Manon",
          "Chloé",
          "Emma",
          "Inès",
          "Odile",
          "Gisèle",
          "Hélène",
          "Aurélie",
          "Zoé",
          "Claude",
          "Simone",
          "Josette");
  private static final List<String> MEN =
      List.of(
          "Jean",
          "Pierre",
          "Michel",
          "André",
          "Philippe",
          "Alain",
          "Bernard",
          "Jacques",
          "Daniel",
          "Christophe",
          "Patrick",
          "Nicolas",
          "Laurent",
          "Frédéric",
          "Stéphane",
          "David",
          "Julien",
          "Thomas",
          "Lucas",
          "Hugo",
          "Louis",
          "Théo",
          "Gabriel",
          "Arthur",
          "Claude",
          "Marcel",
          "René",
          "Roger",
          "Gérard",
          "Yves");

  /** Frequent ALD among people without MT: diabetes (8) weighs most. */
  private static final List<Integer> ALD_CODES = List.of(1, 5, 8, 8, 8, 13, 14, 23, 30);

  @Inject Intake intake;

  @Inject DoctorService doctors;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void populate(Size size) {
    Random random = new Random(size.seed);
    LocalDate today = LocalDate.now(clock);
    boolean[] ald = deal(size.people, size.ald, random);
    boolean[] css = deal(size.people, size.css, random);
    boolean[] old = deal(size.people, size.aged70, random);
    for (int i = 0; i < size.people; i++) {
      boolean woman = random.nextBoolean();
      // Ages stay clear of the 70 boundary so the demo figures hold for years.
      int age = old[i] ? 72 + random.nextInt(24) : 18 + random.nextInt(49);
      LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(360));
      String first = pick(woman ? WOMEN : MEN, random);
      String last = pick(LAST_NAMES, random);
      boolean mobile = random.nextInt(10) < 8;
      String phone =
          mobile
              ? String.format(Locale.ROOT, "063998%04d", random.nextInt(10_000))
              : String.format(Locale.ROOT, "046571%04d", random.nextInt(10_000));
      String email =
          random.nextInt(3) == 0
              ? null
              : ascii(first + "." + last) + (random.nextInt(90) + 10) + "@example.org";
      Integer aldCode = ald[i] ? ALD_CODES.get(random.nextInt(ALD_CODES.size())) : null;
      intake.register(
          NewPerson.of(
              last.toUpperCase(Locale.ROOT),
              first,
              birth,
              woman ? "F" : "M",
              pick(size.communes, random),
              phone,
              email,
              ald[i],
              aldCode,
              css[i],
              today.minusDays(random.nextInt(540))));
    }
    boolean[] over65 = new boolean[size.doctors];
    boolean[] over60 = new boolean[size.doctors];
    for (int i = 0; i < size.doctorsOver65; i++) {
      over65[i] = true;
    }
    for (int i = 0; i < size.doctorsOver60; i++) {
      over60[i] = true;
    }
    for (int i = 0; i < size.doctors; i++) {
      int age =
          over65[i]
              ? 66 + random.nextInt(5)
              : over60[i] ? 61 + random.nextInt(3) : 32 + random.nextInt(26);
      boolean woman = random.nextBoolean();
      String body = String.format(Locale.ROOT, "10%08d", random.nextInt(100_000_000));
      doctors.register(
          body + Identifiers.luhnCheckDigit(body),
          pick(LAST_NAMES, random).toUpperCase(Locale.ROOT),
          pick(woman ? WOMEN : MEN, random),
          today.minusYears(age).minusDays(1 + random.nextInt(360)),
          pick(size.communes, random),
          today.minusYears(Math.max(0, age - 30 - random.nextInt(3))));
    }
  }

  /** Exactly {@code count} of {@code total} flags set, in a reproducible random order. */
  static boolean[] deal(int total, int count, Random random) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, total).boxed().toList());
    Collections.shuffle(order, random);
    boolean[] flags = new boolean[total];
    for (int i = 0; i < count; i++) {
      flags[order.get(i)] = true;
    }
    return flags;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z.]", "");
  }
}
