package fr.orienta.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A synthetic CPAM listing of any size, written row by row to a file (never held in memory), in the
 * shape of the real one (see {@code src/test/resources/formats/cpam-listing.csv}): Windows-1252,
 * {@code ;}, CRLF, the CPAM's headers, the NIR in two columns with a correct key, dates dd/MM/yyyy,
 * ALD and CSS as O/N. Deterministic for a seed. People live in the communes of the southern demo
 * CPTS (most of them) or elsewhere in Haute-Loire, read from the application's communes file; phone
 * numbers stay in the ranges reserved for fiction and e-mails at example.org.
 */
final class CpamListingGenerator {

  static final Charset CP1252 = Charset.forName("windows-1252");

  static final String HEADER =
      "Matricule;Clé;Nom patronymique;Nom d'usage;Prénom;Date de naissance;Sexe;Adresse;"
          + "Code postal;Commune;Code INSEE;Téléphone fixe;Téléphone portable;Courriel;ALD;"
          + "Code ALD;CSS;RPPS dernier MT;Date de fin MT";

  /** The territory of the southern demo CPTS ({@code DemoPopulation.SOUTH_COMMUNES}). */
  static final Set<String> SOUTH_TERRITORY = Set.of("43157", "43002", "43089", "43251");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String[] LAST_NAMES = {
    "MARTIN",
    "BERNARD",
    "THOMAS",
    "PETIT",
    "ROBERT",
    "RICHARD",
    "DURAND",
    "DUBOIS",
    "MOREAU",
    "LAURENT",
    "SIMON",
    "MICHEL",
    "LEFÈVRE",
    "LEROY",
    "ROUX",
    "DAVID",
    "BERTRAND",
    "MOREL",
    "FOURNIER",
    "GIRARD",
    "BONNET",
    "DUPONT",
    "LAMBERT",
    "FONTAINE",
    "ROUSSEAU",
    "VINCENT",
    "MULLER",
    "LEFEBVRE",
    "FAURE",
    "ANDRÉ",
    "MERCIER",
    "BLANC",
    "GUÉRIN",
    "BOYER",
    "GARNIER",
    "CHEVALIER",
    "FRANÇOIS",
    "LEGRAND",
    "GAUTHIER",
    "GARCIA",
    "PERRIN",
    "ROBIN",
    "CLÉMENT",
    "MORIN",
    "NICOLAS",
    "HENRY",
    "ROUSSEL",
    "MATHIEU",
    "GAUTIER",
    "MASSON",
    "MARCHAND",
    "DUVAL",
    "DENIS",
    "DUMONT",
    "MARIE",
    "LEMAIRE",
    "NOËL",
    "MEYER",
    "DUFOUR",
    "MEUNIER",
    "BRUN",
    "BLANCHARD",
    "GIRAUD",
    "JOLY",
    "RIVIÈRE",
    "LUCAS",
    "BRUNET",
    "GAILLARD",
    "BARBIER",
    "ARNAUD",
    "MARTINEZ",
    "GÉRARD",
    "ROCHE",
    "RENARD",
    "SCHMITT",
    "ROY",
    "LEROUX",
    "COLIN",
    "VIDAL",
    "CARON",
    "PICARD",
    "ROGER",
    "FABRE",
    "AUBERT",
    "LEMOINE",
    "RENAUD",
    "DUMAS",
    "LACROIX",
    "OLIVIER",
    "PHILIPPE",
    "BOURGEOIS",
    "PIERRE",
    "BENOÎT",
    "REY",
    "LECLERC",
    "PAYET",
    "ROLLAND",
    "LECLERCQ",
    "GUILLAUME",
    "LECOMTE",
    "REYNAUD",
    "DUPUIS",
    "CHAMBON",
    "SABY",
    "BOUDOUL"
  };

  private static final String[] FEMALE_FIRST_NAMES = {
    "Marie",
    "Jeanne",
    "Françoise",
    "Monique",
    "Catherine",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Anne",
    "Martine",
    "Christine",
    "Nicole",
    "Sophie",
    "Valérie",
    "Sandrine",
    "Céline",
    "Hélène",
    "Odile",
    "Élodie",
    "Chloé",
    "Léa",
    "Manon",
    "Camille",
    "Zoé",
    "Inès",
    "Jade",
    "Louise",
    "Emma",
    "Brigitte",
    "Josette",
    "Geneviève",
    "Thérèse",
    "Denise",
    "Colette",
    "Agnès"
  };

  private static final String[] MALE_FIRST_NAMES = {
    "Jean",
    "Pierre",
    "Michel",
    "André",
    "Philippe",
    "Alain",
    "Bernard",
    "Jacques",
    "Daniel",
    "Christian",
    "Patrick",
    "Nicolas",
    "Frédéric",
    "Stéphane",
    "Laurent",
    "Julien",
    "Thomas",
    "Théo",
    "Lucas",
    "Hugo",
    "Louis",
    "Gabriel",
    "Léo",
    "Raphaël",
    "Arthur",
    "Jérôme",
    "Gérard",
    "René",
    "Joël",
    "Noël",
    "Hervé",
    "Benoît",
    "François",
    "Rémi",
    "Maxime"
  };

  private static final String[] STREETS = {
    "rue des Écoles",
    "place de l'Église",
    "route de Craponne",
    "avenue de la Gare",
    "chemin des Prés",
    "rue du Four",
    "allée des Tilleuls",
    "rue Pannessac",
    "boulevard Carnot",
    "rue Saint-Jean",
    "impasse du Moulin",
    "route du Puy",
    "rue de la Fontaine",
    "place du Breuil"
  };

  /** Where people live: INSEE code, name as the CPAM writes it, postal code. */
  record Commune(String insee, String name, String postalCode) {}

  private final long seed;
  private final List<Commune> territory;
  private final List<Commune> elsewhere;

  CpamListingGenerator(long seed) {
    this.seed = seed;
    List<Commune> south = new ArrayList<>();
    List<Commune> others = new ArrayList<>();
    for (Commune commune : hauteLoire()) {
      (SOUTH_TERRITORY.contains(commune.insee()) ? south : others).add(commune);
    }
    this.territory = List.copyOf(south);
    this.elsewhere = List.copyOf(others);
  }

  /** Communes of Haute-Loire from the application's reference file (COG INSEE 2026). */
  private static List<Commune> hauteLoire() {
    List<Commune> communes = new ArrayList<>();
    try (InputStream in =
            CpamListingGenerator.class.getResourceAsStream(
                "/fr/orienta/territory/communes-fr.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        // insee,name,department,postal_codes,population,lat,lon; names may be quoted.
        if (!line.startsWith("43")) {
          continue;
        }
        List<String> cells = csvCells(line);
        String postal = cells.get(3).split("[ |/]")[0];
        communes.add(new Commune(cells.get(0), cells.get(1).toUpperCase(), postal));
      }
    } catch (IOException e) {
      throw new IllegalStateException("communes-fr.csv unreadable", e);
    }
    if (communes.size() < 100) {
      throw new IllegalStateException("Haute-Loire communes not found: " + communes.size());
    }
    return communes;
  }

  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** A small commune of the rest of Haute-Loire, for a selective commune filter. */
  String rareCommune() {
    return elsewhere.get(0).insee();
  }

  /** The largest commune of the territory (Le Puy-en-Velay). */
  String mainCommune() {
    return "43157";
  }

  /**
   * Writes rows {@code [0, rows)} to {@code file}, then, when {@code total > rows}, the next rows
   * up to {@code total} to {@code rest}: the same population, as two listings of different people.
   *
   * @param progress called every 100,000 rows with the count written
   */
  void write(Path file, long rows, Path rest, long total, LongConsumer progress)
      throws IOException {
    Random random = new Random(seed);
    LocalDate today = LocalDate.of(2026, 11, 22);
    write(file, 0, rows, random, today, progress);
    if (total > rows) {
      write(rest, rows, total, random, today, progress);
    }
  }

  private void write(
      Path file, long from, long to, Random random, LocalDate today, LongConsumer progress)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, CP1252)) {
      out.write(HEADER);
      out.write("\r\n");
      StringBuilder line = new StringBuilder(256);
      for (long i = from; i < to; i++) {
        line.setLength(0);
        row(i, random, today, line);
        out.append(line).append("\r\n");
        if ((i + 1) % 100_000 == 0) {
          progress.accept(i + 1);
        }
      }
    }
  }

  private void row(long i, Random random, LocalDate today, StringBuilder line) {
    boolean female = random.nextBoolean();
    // Adults of every age, older people a little more often (as in the listings).
    int age = 18 + (int) Math.floor(82 * Math.sqrt(random.nextDouble()));
    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
    String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    String usage =
        female && random.nextInt(4) == 0 ? LAST_NAMES[random.nextInt(LAST_NAMES.length)] : "";
    String first =
        female
            ? FEMALE_FIRST_NAMES[random.nextInt(FEMALE_FIRST_NAMES.length)]
            : MALE_FIRST_NAMES[random.nextInt(MALE_FIRST_NAMES.length)];
    Commune commune =
        random.nextInt(10) < 8
            ? territory.get(random.nextInt(territory.size()))
            : elsewhere.get(random.nextInt(elsewhere.size()));
    String matricule = matricule(i, female, birth);
    line.append(matricule).append(';').append(nirKey(matricule)).append(';');
    line.append(last).append(';').append(usage).append(';').append(first).append(';');
    line.append(DATE.format(birth)).append(';').append(female ? 'F' : 'M').append(';');
    line.append(1 + random.nextInt(40)).append(' ');
    line.append(STREETS[random.nextInt(STREETS.length)]).append(';');
    line.append(commune.postalCode()).append(';').append(commune.name()).append(';');
    line.append(commune.insee()).append(';');
    if (random.nextInt(2) == 0) {
      line.append(fictionPhone("04 65 71", random));
    }
    line.append(';');
    if (random.nextInt(10) < 7) {
      line.append(fictionPhone("06 39 98", random));
    }
    line.append(';');
    if (random.nextInt(7) == 0) {
      line.append(ascii(first)).append('.').append(ascii(last)).append(random.nextInt(100));
      line.append("@example.org");
    }
    line.append(';');
    boolean ald = random.nextInt(100) < 15 || age >= 70 && random.nextInt(100) < 20;
    line.append(ald ? "O;" + (1 + random.nextInt(32)) : "N;").append(';');
    line.append(random.nextInt(100) < 8 ? 'O' : 'N').append(';');
    if (random.nextInt(10) < 3) {
      line.append(rpps(random)).append(';');
      line.append(DATE.format(today.minusDays(30 + random.nextInt(3 * 365))));
    } else {
      line.append(';');
    }
  }

  /**
   * A 13-character NIR unique to the row: the birth commune and order number come from the row
   * index (a million combinations per birth department), the rest from the person.
   */
  static String matricule(long i, boolean female, LocalDate birth) {
    String[] departments = {"43", "42", "63", "15", "07", "48", "69", "75", "13", "38"};
    String department = departments[(int) (i / 1_000_000 % departments.length)];
    long within = i % 1_000_000;
    return (female ? "2" : "1")
        + two(birth.getYear() % 100)
        + two(birth.getMonthValue())
        + department
        + three(within / 1000)
        + three(within % 1000);
  }

  static String nirKey(String matricule) {
    return two((int) (97 - Long.parseLong(matricule) % 97));
  }

  private static String fictionPhone(String prefix, Random random) {
    return prefix + " " + two(random.nextInt(100)) + " " + two(random.nextInt(100));
  }

  /** An 11-digit RPPS with its Luhn check digit. */
  private static String rpps(Random random) {
    StringBuilder digits = new StringBuilder("10");
    for (int k = 0; k < 8; k++) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int k = 0; k < 10; k++) {
      int d = digits.charAt(9 - k) - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits.append((10 - sum % 10) % 10).toString();
  }

  private static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[^A-Za-z]", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  private static String three(long n) {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : Long.toString(n);
  }
}
