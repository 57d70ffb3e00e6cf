package fr.orienta.spi;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values that patient sources carry — names, dates, flags, phones, e-mail, codes, NIR —
 * into their normalised form, so that a value is judged the same way in every adapter and in manual
 * entry. Each parser takes a cell's raw text ({@code null} or blank meaning absent) and returns a
 * {@link Parsed}: the normalised value, or a French problem; none throws. {@link RowCheck} turns
 * those outcomes into the row problems and the accept-or-reject decision of {@link
 * PatientSource#read}.
 */
public final class Values {

  /**
   * The zone of French listings' dates. A source judges birth dates against {@code
   * LocalDate.now(Clock.system(FRANCE))}: on a server set to UTC, a person born today in France
   * would otherwise be born « in the future » until 1 or 2 a.m.
   */
  public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** The shown form of a NIR in problems: enough to find the row, too little to identify. */
  public static final String NIR_MASK = "•••";

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  // Spreadsheets turn a date cell into a date-time at midnight; the time is not part of a date.
  private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
  private static final Pattern FRENCH_DATE =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + TIME);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
  private static final int FIRST_BIRTH_YEAR = 1900;

  private static final Pattern PHONE = Pattern.compile("0[1-9]\\d{8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[a-z]{2,}");
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
  private static final Pattern INSEE_CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
  private static final int LAST_ALD_CODE = 32;

  // Same shape as Identifiers checks, split so that a missing key reads differently from a typo.
  private static final String NIR_BODY = "[12378]\\d{4}(?:\\d{2}|2A|2B)\\d{6}";
  private static final Pattern NIR_WITHOUT_KEY = Pattern.compile(NIR_BODY);
  private static final Pattern NIR_WITH_KEY = Pattern.compile(NIR_BODY + "\\d{2}");

  private Values() {}

  /**
   * The outcome of reading one raw value: a normalised value ({@code null} when the cell was
   * blank), or a French problem with the form of the value that a problem report may show.
   *
   * @param value the normalised value, {@code null} when absent or bad
   * @param problem French explanation when the value is bad, else {@code null}
   * @param shownValue what a problem report may show of the value: the raw text, or a masked form
   *     for a NIR (set even for a good NIR, so a later warning about it never shows it whole)
   */
  public record Parsed<T>(T value, String problem, String shownValue) {

    /** A good value, or an absent one when {@code value} is {@code null}. */
    public static <T> Parsed<T> of(T value) {
      return new Parsed<>(value, null, null);
    }

    /** A bad value: nothing usable, a reason. */
    public static <T> Parsed<T> bad(String shownValue, String problem) {
      return new Parsed<>(null, Objects.requireNonNull(problem, "problem"), shownValue);
    }

    public boolean isBad() {
      return problem != null;
    }

    /** The cell was blank: not an error in itself, the caller decides if it may be. */
    public boolean isAbsent() {
      return value == null && problem == null;
    }

    /** The problem located at a field's column of a row, showing {@link #shownValue}. */
    public RowProblem at(SourceRow row, String fieldKey) {
      return new RowProblem(row.line(), row.column(fieldKey), shownValue, problem);
    }

    @Override
    public String toString() {
      // Values are nominative (names, NIR): a log line must never carry them.
      return isBad() ? "Parsed[" + problem + "]" : isAbsent() ? "Parsed[absent]" : "Parsed[…]";
    }
  }

  /**
   * Reads the fields of one source row and keeps its problems, telling the ones that reject the row
   * from the warnings about a value dropped. Typical use in {@link PatientSource#read}:
   *
   * <pre>{@code
   * RowCheck check = new RowCheck(row);
   * record.lastName(check.required("lastName", Values::lastName, "Nom manquant"));
   * record.email(check.optional("email", Values::email));
   * return check.result(record);
   * }</pre>
   *
   * Every field is read even after a rejecting problem, so that one report lists all that is wrong
   * with the row.
   */
  public static final class RowCheck {
    private final SourceRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private boolean rejected;

    public RowCheck(SourceRow row) {
      this.row = Objects.requireNonNull(row, "row");
    }

    /** The row being read, for the cells that need no check (free text) or a column's presence. */
    public SourceRow row() {
      return row;
    }

    /** A value the record cannot do without: absent or bad, it rejects the row. */
    public <T> T required(
        String fieldKey, Function<String, Parsed<T>> parser, String missingMessage) {
      Parsed<T> parsed = parser.apply(row.get(fieldKey));
      if (parsed.isAbsent()) {
        reject(row.problem(fieldKey, missingMessage));
      } else if (parsed.isBad()) {
        reject(parsed.at(row, fieldKey));
      }
      return parsed.value();
    }

    /** A value that may be absent but, present and bad, rejects the row (a NIR: a dedup key). */
    public <T> T checked(String fieldKey, Function<String, Parsed<T>> parser) {
      Parsed<T> parsed = parser.apply(row.get(fieldKey));
      if (parsed.isBad()) {
        reject(parsed.at(row, fieldKey));
      }
      return parsed.value();
    }

    /** A value the record can do without: bad, it is dropped with a warning. */
    public <T> T optional(String fieldKey, Function<String, Parsed<T>> parser) {
      Parsed<T> parsed = parser.apply(row.get(fieldKey));
      if (parsed.isBad()) {
        problems.add(parsed.at(row, fieldKey));
      }
      return parsed.value();
    }

    /** A warning at a field's column, showing the cell; not for a NIR column. */
    public void warn(String fieldKey, String message) {
      problems.add(row.problem(fieldKey, message));
    }

    public boolean isRejected() {
      return rejected;
    }

    /** The row's problems so far, in reading order. */
    public List<RowProblem> problems() {
      return List.copyOf(problems);
    }

    /** Rejected with every problem when one rejects the row, else the record with the warnings. */
    public RowResult result(PatientRecord.Builder record) {
      return rejected ? RowResult.rejected(problems) : RowResult.accepted(record.build(), problems);
    }

    private void reject(RowProblem problem) {
      rejected = true;
      problems.add(problem);
    }
  }

  /** Trimmed text with inner runs of spaces made one space; {@code null} when blank. */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    // Every cell of every imported row comes through here, and nearly all are already clean: the
    // regular expression, run on each, was the import's first hot spot after the writes.
    String text = isClean(raw) ? raw : SPACES.matcher(raw).replaceAll(" ").trim();
    return text.isEmpty() ? null : text;
  }

  /** Whether {@link #text} would return {@code raw} as it is (or null for the empty string). */
  private static boolean isClean(String raw) {
    int last = raw.length() - 1;
    if (last >= 0 && (raw.charAt(0) <= ' ' || raw.charAt(last) <= ' ')) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = raw.charAt(i);
      if (c == ' ' ? raw.charAt(i + 1) == ' ' : isOtherSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@link #SPACES} but the plain space. */
  private static boolean isOtherSpace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F' -> true;
      default -> false;
    };
  }

  /** A last name (birth or usage name), upper-cased as French listings write it: « DA SILVA ». */
  public static Parsed<String> lastName(String raw) {
    return name(raw, true, "Nom illisible (aucune lettre)");
  }

  /** A first name, as given (« Jean-Pierre » stays so): its case carries accents and hyphens. */
  public static Parsed<String> firstName(String raw) {
    return name(raw, false, "Prénom illisible (aucune lettre)");
  }

  private static Parsed<String> name(String raw, boolean upperCase, String unreadable) {
    String name = text(raw);
    if (name == null) {
      return Parsed.of(null);
    }
    if (name.codePoints().noneMatch(Character::isLetter)) {
      return Parsed.bad(raw, unreadable);
    }
    return Parsed.of(upperCase ? name.toUpperCase(Locale.FRENCH) : name);
  }

  /**
   * A date written {@code dd/MM/yyyy}, {@code d/M/yyyy}, {@code dd-MM-yyyy}, {@code dd.MM.yyyy} or
   * {@code yyyy-MM-dd}, optionally followed by a time as spreadsheets write it ({@code
   * 1954-08-29T00:00}, {@code 1954-08-29 00:00:00}); the time is ignored.
   */
  public static Parsed<LocalDate> date(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    Matcher french = FRENCH_DATE.matcher(text);
    if (french.matches()) {
      return day(raw, french.group(4), french.group(3), french.group(1));
    }
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.matches()) {
      return day(raw, iso.group(1), iso.group(2), iso.group(3));
    }
    return Parsed.bad(raw, "Date illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)");
  }

  private static Parsed<LocalDate> day(String raw, String year, String month, String day) {
    try {
      return Parsed.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Parsed.bad(raw, "Date inexistante");
    }
  }

  /** A {@link #date} of birth, which can be neither after {@code today} nor before 1900. */
  public static Parsed<LocalDate> birthDate(String raw, LocalDate today) {
    Parsed<LocalDate> date = date(raw);
    if (date.value() == null) {
      return date;
    }
    if (date.value().isAfter(today)) {
      return Parsed.bad(raw, "Date de naissance dans le futur");
    }
    if (date.value().getYear() < FIRST_BIRTH_YEAR) {
      return Parsed.bad(raw, "Date de naissance antérieure à 1900");
    }
    return date;
  }

  /**
   * A yes/no flag: O/N, Oui/Non, Y/N, Yes/No, 1/0, true/false, vrai/faux, X (ticked), whatever the
   * case. A blank cell is absent ({@code null}, unknown): one row cannot tell an unticked box from
   * a value the source does not know.
   */
  public static Parsed<Boolean> flag(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "o", "oui", "y", "yes", "1", "true", "vrai", "x" -> Parsed.of(Boolean.TRUE);
      case "n", "non", "no", "0", "false", "faux" -> Parsed.of(Boolean.FALSE);
      default -> Parsed.bad(raw, "Valeur non reconnue (attendu oui/non, O/N, 1/0 ou X)");
    };
  }

  /**
   * The administrative sex: M or F, H (homme), 1 or 2 (the NIR's digit), the words Homme, Femme,
   * Masculin, Féminin, or a civility (M., Mme, Mlle).
   */
  public static Parsed<PatientRecord.Sex> sex(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String word = withoutSeparators(stripAccents(text)).toUpperCase(Locale.ROOT);
    return switch (word) {
      case "M", "H", "1", "HOMME", "MASCULIN", "MONSIEUR", "MR" -> Parsed.of(PatientRecord.Sex.M);
      case "F", "2", "FEMME", "FEMININ", "MADAME", "MME", "MADEMOISELLE", "MLLE" ->
          Parsed.of(PatientRecord.Sex.F);
      default -> Parsed.bad(raw, "Sexe non reconnu (attendu M ou F)");
    };
  }

  /** The sex a NIR's first digit gives (1 → M, 2 → F); {@code null} for any other NIR. */
  public static PatientRecord.Sex sexFromNir(String nir) {
    if (nir == null || nir.isEmpty()) {
      return null;
    }
    return switch (nir.charAt(0)) {
      case '1' -> PatientRecord.Sex.M;
      case '2' -> PatientRecord.Sex.F;
      default -> null;
    };
  }

  /**
   * A French phone number as ten digits: spaces, dots, dashes, slashes and parentheses removed,
   * {@code +33} or {@code 0033} (with or without « (0) ») read as the leading 0.
   */
  public static Parsed<String> phone(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String digits = withoutSeparators(text).replace("/", "");
    digits = digits.replace("(0)", "").replace("(", "").replace(")", "");
    if (digits.startsWith("+33")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("0033")) {
      digits = "0" + digits.substring(4);
    }
    if (!PHONE.matcher(digits).matches()) {
      return Parsed.bad(
          raw, "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)");
    }
    return Parsed.of(digits);
  }

  /** Whether a normalised {@link #phone} is a mobile number (06, 07). */
  public static boolean isMobile(String phone) {
    return phone != null && (phone.startsWith("06") || phone.startsWith("07"));
  }

  /** An e-mail address that looks like one, lower-cased. */
  public static Parsed<String> email(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String email = text.toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches()) {
      return Parsed.bad(raw, "Adresse e-mail invalide");
    }
    return Parsed.of(email);
  }

  /** A five-digit postal code, spaces removed. */
  public static Parsed<String> postalCode(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String code = SPACES.matcher(text).replaceAll("");
    if (!POSTAL_CODE.matcher(code).matches()) {
      return Parsed.bad(raw, "Code postal invalide (5 chiffres attendus)");
    }
    return Parsed.of(code);
  }

  /**
   * The shape of a commune's INSEE code: five digits, or 2A/2B and three digits for Corsica.
   * Whether the commune exists is the core's check against the COG.
   */
  public static Parsed<String> inseeCode(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String code = SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    if (!INSEE_CODE.matcher(code).matches()) {
      return Parsed.bad(raw, "Code INSEE invalide (5 caractères attendus, ex. 43003 ou 2A004)");
    }
    return Parsed.of(code);
  }

  /** An ALD number, 1 to 32. */
  public static Parsed<Integer> aldCode(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    if (NUMBER.matcher(text).matches()) {
      int code = Integer.parseInt(text);
      if (code >= 1 && code <= LAST_ALD_CODE) {
        return Parsed.of(code);
      }
    }
    return Parsed.bad(raw, "Code ALD invalide (nombre de 1 à 32 attendu)");
  }

  /**
   * An RPPS number: 11 digits with a right Luhn digit. The 12-digit « identifiant national PP »
   * ({@code 8} then the RPPS) is read as its RPPS.
   */
  public static Parsed<String> rpps(String raw) {
    String text = text(raw);
    if (text == null) {
      return Parsed.of(null);
    }
    String digits = withoutSeparators(text);
    if (digits.length() == 12 && digits.charAt(0) == '8') {
      digits = digits.substring(1);
    }
    if (!Identifiers.isValidRpps(digits)) {
      return Parsed.bad(raw, "Numéro RPPS invalide (11 chiffres avec clé de contrôle attendus)");
    }
    return Parsed.of(digits);
  }

  /**
   * A NIR of 15 characters (13 and the key), spaces, dots and dashes removed, Corsica's 2a/2b
   * upper-cased. A bad one's problem shows only {@link #maskNir its masked form}, and its message
   * never the number: the core stores problems, and the NIR must not be kept in clear.
   */
  public static Parsed<String> nir(String raw) {
    return nir(raw, null);
  }

  /**
   * A NIR given in two columns, the 13-character number and its 2-digit key (« Matricule » and «
   * Clé » of CPAM listings); a key that lost its leading zero in a spreadsheet is padded. The key
   * is ignored when {@code number} already has 15 characters, so the same call reads both shapes.
   */
  public static Parsed<String> nir(String number, String key) {
    String nir = compact(number);
    String nirKey = compact(key);
    if (nir == null) {
      return nirKey == null
          ? Parsed.of(null)
          : Parsed.bad(null, "NIR incomplet : clé sans numéro (matricule)");
    }
    if (nirKey != null && nir.length() == 13) {
      nir += nirKey.length() == 1 ? "0" + nirKey : nirKey;
    }
    String shown = maskNir(nir);
    if (NIR_WITHOUT_KEY.matcher(nir).matches()) {
      return Parsed.bad(shown, "Clé NIR manquante (13 caractères et une clé de 2 chiffres)");
    }
    if (!NIR_WITH_KEY.matcher(nir).matches()) {
      return Parsed.bad(shown, "NIR mal formé (13 caractères et une clé de 2 chiffres attendus)");
    }
    int expected = Identifiers.nirKey(nir);
    if (expected != Integer.parseInt(nir.substring(13))) {
      return Parsed.bad(shown, String.format("Clé NIR incorrecte : %02d attendue", expected));
    }
    return new Parsed<>(nir, null, shown);
  }

  /** The first five characters of a NIR and {@value #NIR_MASK}: sex, year and month of birth. */
  public static String maskNir(String raw) {
    String nir = compact(raw);
    if (nir == null) {
      return null;
    }
    return nir.substring(0, Math.min(5, nir.length())) + NIR_MASK;
  }

  private static String compact(String raw) {
    if (raw == null) {
      return null;
    }
    String compact = withoutSeparators(raw).toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }

  /**
   * The text without its separators: spaces of every kind (French typography puts non-breaking ones
   * in numbers), dots and dashes. Every NIR, phone and RPPS goes through it, on every imported row:
   * one pass over the characters, the text itself when it has none.
   */
  static String withoutSeparators(String text) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean separator =
          c == ' '
              || (c >= '\t' && c <= '\r')
              || c == '.'
              || c == '-'
              || c == '\u00A0'
              || c == '\u2007'
              || c == '\u202F';
      if (separator && kept == null) {
        kept = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!separator && kept != null) {
        kept.append(c);
      }
    }
    return kept == null ? text : kept.toString();
  }

  /**
   * The text without its accents (« Lefèvre » → « Lefevre »), every other character kept. Listings
   * are mostly plain ASCII: those come back as they are, without decomposing them.
   */
  public static String stripAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return text;
  }
}
