package fr.orienta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.plugin.cpam.CpamListingSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The import benchmark of issue 3, run by {@code -Pbench} against the server the build started on
 * PostgreSQL: generates a CPAM listing of {@code bench.rows} rows, imports it through the API as
 * the southern demo coordinator (upload and preview, then commit and the batch job), loads the same
 * normalised rows with {@code COPY} into a scratch copy of {@code person} as the reference, then
 * times the registry page at that size and explains its queries. Prints rows/s of each and their
 * ratio, p50/p95 per filter, and writes it all to {@code target/bench-report.md}.
 *
 * <p>Nothing here asserts a duration: the import must complete with every row created, the rest is
 * measured and reported against targets (import ≥ 50 % of COPY's rows/s, page p95 < 150 ms).
 */
class ImportBench {

  private static final String USER = "coordination-sud";
  private static final String PASSWORD = "orienta-demo";
  private static final String TENANT = "sud-velay-demo";
  private static final double TARGET_RATIO = 0.5;
  private static final double TARGET_P95_MS = 150;

  private final long rows = Long.getLong("bench.rows", 1_000_000);
  // The registry size at which the page is timed: people beyond the imported ones are loaded
  // with COPY (same generator, other people), so the page can be timed at a million people even
  // when a smaller import is measured.
  private final long registryRows = Math.max(rows, Long.getLong("bench.registry.rows", 1_000_000));
  private final int queries = Integer.getInteger("bench.queries", 200);
  private final int warmup = Integer.getInteger("bench.warmup", 20);
  private final String baseUrl = System.getProperty("orienta.base.url", "http://localhost:9280");
  private final String dbUrl =
      System.getProperty(
          "bench.db.url",
          "jdbc:postgresql://127.0.0.1:5432/orienta_bench?logServerErrorDetail=false");
  private final String dbUser = System.getProperty("bench.db.user", "postgres");
  private final String dbPassword = System.getProperty("bench.db.password", "postgres");
  private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));

  // The session cookie set by the first request keeps the sign-in: without it, every request would
  // verify the password again (PBKDF2, 210,000 iterations, about 0.2 s of CPU) and that would be
  // timed instead of the registry, and the polling would steal CPU from the import.
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .cookieHandler(new CookieManager())
          .build();
  private final StringBuilder report = new StringBuilder();
  private int analyzes = -1;

  /**
   * Runs the bench against a server already started on an emptied bench database, with the test
   * classpath of the liberty module and the {@code bench.*} system properties of the profile.
   */
  public static void main(String[] args) throws Exception {
    new ImportBench().importAMillionRowsThenTimeTheRegistry();
  }

  @Test
  void importAMillionRowsThenTimeTheRegistry() throws Exception {
    Files.createDirectories(dir);
    long benchStart = System.nanoTime();
    log("rows=%,d queries=%d server=%s db=%s", rows, queries, baseUrl, dbUrl);

    // 1. The listing, and the same rows as the import stores them, for COPY.
    CpamListingGenerator generator = new CpamListingGenerator(20261122L);
    Path listing = dir.resolve("cpam-" + rows + ".csv");
    Path more = dir.resolve("cpam-" + rows + "-" + registryRows + ".csv");
    long t = System.nanoTime();
    generator.write(listing, rows, more, registryRows, n -> log("generated %,d rows", n));
    log("listing %s: %,d bytes in %.1f s", listing, Files.size(listing), seconds(t));
    Path copyFile = dir.resolve("person-" + rows + ".copy");
    t = System.nanoTime();
    long normalised =
        NormalisedRows.write(listing, new CpamListingSource(), TENANT, 1L << 40, copyFile);
    log("normalised %,d rows for COPY in %.1f s", normalised, seconds(t));
    assertThat(normalised).as("every generated row is valid").isEqualTo(rows);
    Path topUp = dir.resolve("person-" + rows + "-" + registryRows + ".copy");
    if (registryRows > rows) {
      long extra = NormalisedRows.write(more, new CpamListingSource(), TENANT, 1L << 41, topUp);
      assertThat(extra).isEqualTo(registryRows - rows);
    }

    // 2. The import through the API.
    long before = count("select count(*) from person where tenant_code = '" + TENANT + "'");
    t = System.nanoTime();
    HttpResponse<String> upload = upload(listing);
    double uploadSeconds = seconds(t);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    JsonObject preview = json(upload.body());
    assertThat(preview.getJsonNumber("totalRows").longValue()).isEqualTo(rows);
    long jobId = preview.getJsonNumber("jobId").longValue();
    log("upload + preview of %,d rows: %.1f s", rows, uploadSeconds);

    checkpoint();
    String loadAtStart = loadAverage();
    long server = serverPid();
    Cpu serverCpu = new Cpu(server, List.of());
    Cpu databaseCpu = new Cpu(-1, backends());
    t = System.nanoTime();
    HttpResponse<String> commit = post("/api/v1/imports/" + jobId + "/commit");
    assertThat(commit.statusCode()).as(commit.body()).isEqualTo(202);
    JsonObject done;
    try (AutoAnalyze analyze = AutoAnalyze.ifAutovacuumIsOff(this::connect)) {
      done = follow(jobId, t);
      analyzes = analyze.count();
    }
    double importSeconds = seconds(t);
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("created").longValue()).isEqualTo(rows);
    long after = count("select count(*) from person where tenant_code = '" + TENANT + "'");
    assertThat(after - before).isEqualTo(rows);
    double importRate = rows / importSeconds;
    double serverCpuSeconds = serverCpu.seconds(List.of());
    double databaseCpuSeconds = databaseCpu.seconds(backends());
    double importCpuSeconds = serverCpuSeconds + databaseCpuSeconds;
    String loadAtEnd = loadAverage();
    log("import: %,d rows in %.1f s = %,.0f rows/s", rows, importSeconds, importRate);
    log(
        "import CPU: server %.1f s + database %.1f s = %,.0f rows per CPU-second",
        serverCpuSeconds, databaseCpuSeconds, rows / importCpuSeconds);

    // 3. The reference: the same normalised rows with COPY, into a copy of person's shape.
    Copied copied = copy(copyFile);
    double copySeconds = copied.seconds();
    double copyCpuSeconds = copied.cpuSeconds();
    double writesSeconds = copied.writes().withAudit();
    String loadAtCopy = loadAverage();
    double copyRate = normalised / copySeconds;
    log("COPY: %,d rows in %.1f s = %,.0f rows/s", normalised, copySeconds, copyRate);
    log(
        "COPY CPU (client + database): %.1f s = %,.0f rows per CPU-second",
        copyCpuSeconds, normalised / copyCpuSeconds);
    double cpuRatio = (rows / importCpuSeconds) / (normalised / copyCpuSeconds);
    log("CPU RATIO import/COPY (rows per CPU-second) = %.2f %%", 100 * cpuRatio);
    double writesRate = normalised / writesSeconds;
    log(
        "the import's writes in SQL alone: %,d rows in %.1f s = %,.0f rows/s = %.2f %% of COPY",
        normalised, writesSeconds, writesRate, 100 * writesRate / copyRate);
    log(
        "the same writes in two sessions at once: %.1f s = %.2f %% of COPY",
        copied.twoSessions(), 100 * (normalised / copied.twoSessions()) / copyRate);
    // However the import were split, the server and the database share these cores: an import
    // that needs this much CPU per row cannot go faster than every core busy with it all the time.
    double bestOnTheseCores = Runtime.getRuntime().availableProcessors() * rows / importCpuSeconds;
    log(
        "an import using that CPU per row on all %d cores, all the time: %.2f %% of COPY",
        Runtime.getRuntime().availableProcessors(), 100 * bestOnTheseCores / copyRate);
    double ratio = importRate / copyRate;
    log(
        "RATIO import/COPY = %.4f (%.2f %%), target ≥ %.0f %%: %s",
        ratio, 100 * ratio, 100 * TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "NOT met");

    // 4. The registry page at a million people, after the statistics autovacuum would gather.
    if (registryRows > rows) {
      t = System.nanoTime();
      topUp(topUp);
      log(
          "registry topped up with %,d more people by COPY in %.1f s",
          registryRows - rows, seconds(t));
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("vacuum analyze person");
      s.execute("vacuum analyze person_source");
    }
    long total = count("select count(*) from person where tenant_code = '" + TENANT + "'");
    Map<String, String> filters = filters(generator);
    Map<String, double[]> latencies = new LinkedHashMap<>();
    for (var filter : filters.entrySet()) {
      latencies.put(filter.getKey(), time(filter.getValue()));
    }
    String plans = explain(generator, total);
    Files.writeString(dir.resolve("explain.txt"), plans);

    // 5. Report.
    report.append("# Import benchmark (").append(LocalDate.now()).append(")\n\n");
    report.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores, Java %s; PostgreSQL %s (%s); rows: %,d.%n%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            pgVersion(),
            pgSettings(),
            rows));
    report.append("| measure | value |\n| --- | --- |\n");
    row("upload + preview (s)", "%.1f", uploadSeconds);
    row("import, commit to completion (s)", "%.1f", importSeconds);
    row("import rows/s", "%,.0f", importRate);
    report
        .append("| statistics during the import | ")
        .append(
            analyzes < 0
                ? "autovacuum on"
                : "autovacuum off here: the bench analyzed as autovacuum would, in "
                    + analyzes
                    + " round(s)")
        .append(" |\n");
    row("COPY (s)", "%.1f", copySeconds);
    row("COPY rows/s", "%,.0f", copyRate);
    row("ratio import / COPY", "%.2f %%", 100 * ratio);
    row("the import's writes in SQL alone, set-based (s)", "%.1f", writesSeconds);
    row("… rows/s", "%,.0f", writesRate);
    row(
        "… ratio to COPY: the ceiling of an import storing the same",
        "%.2f %%",
        100 * writesRate / copyRate);
    row("ratio import / its writes in SQL alone", "%.2f %%", 100 * importRate / writesRate);
    row(
        "the same writes in two sessions at once, each half the people: ratio to COPY",
        "%.2f %%",
        100 * (normalised / copied.twoSessions()) / copyRate);
    Map<String, Double> kinds = new LinkedHashMap<>();
    kinds.put("people alone", copied.writes().people());
    kinds.put("… and their sources", copied.writes().withSources());
    kinds.put("… and their story lines", copied.writes().withStory());
    kinds.forEach(
        (kind, seconds) ->
            row(
                "writes in SQL alone, " + kind + ": ratio to COPY",
                "%.2f %%",
                100 * (normalised / seconds) / copyRate));
    row("import CPU, Liberty server (s)", "%.1f", serverCpuSeconds);
    row("import CPU, database backends (s)", "%.1f", databaseCpuSeconds);
    row("import rows per CPU-second", "%,.0f", rows / importCpuSeconds);
    row("COPY CPU, client + database (s)", "%.1f", copyCpuSeconds);
    row("COPY rows per CPU-second", "%,.0f", normalised / copyCpuSeconds);
    row("ratio import / COPY in rows per CPU-second", "%.2f %%", 100 * cpuRatio);
    row(
        "an import using that CPU per row on every core, all the time: ratio to COPY",
        "%.2f %%",
        100 * bestOnTheseCores / copyRate);
    report.append("| load average (1, 5, 15 min) at import start | ").append(loadAtStart);
    report.append(" |\n| … at import end | ").append(loadAtEnd);
    report.append(" |\n| … after COPY | ").append(loadAtCopy).append(" |\n");
    report.append(
        String.format(
            Locale.ROOT,
            "%nTarget import ≥ %.0f %% of COPY: **%s**.%n%n",
            100 * TARGET_RATIO,
            ratio >= TARGET_RATIO ? "met" : "not met"));
    report.append(
        String.format(
            Locale.ROOT,
            "Registry page `GET /api/v1/patients` at %,d people of the CPTS, %d requests per filter"
                + " after %d of warm-up (ms):%n%n",
            total,
            queries,
            warmup));
    report.append("| filter | query | p50 | p95 | max | p95 < 150 ms |\n");
    report.append("| --- | --- | --- | --- | --- | --- |\n");
    for (var entry : latencies.entrySet()) {
      double[] ms = entry.getValue();
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | `%s` | %.0f | %.0f | %.0f | %s |%n",
              entry.getKey(),
              filters.get(entry.getKey()),
              percentile(ms, 50),
              percentile(ms, 95),
              ms[ms.length - 1],
              percentile(ms, 95) < TARGET_P95_MS ? "yes" : "**no**"));
    }
    report.append(
        String.format(Locale.ROOT, "%nWhole bench: %.1f min.%n", seconds(benchStart) / 60));
    Path out = Path.of(System.getProperty("bench.report", "target/bench-report.md"));
    Files.writeString(out, report);
    System.out.println();
    System.out.println(report);
    System.out.println("[bench] report written to " + out.toAbsolutePath());
    System.out.println("[bench] query plans written to " + dir.resolve("explain.txt"));
  }

  /** The filters of the registry page, each with the query string of its first page. */
  private static Map<String, String> filters(CpamListingGenerator generator) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("none", "");
    filters.put("ALD", "ald=true");
    filters.put("age 70+", "ageBand=70%2B");
    filters.put("commune (main)", "commune=" + generator.mainCommune());
    filters.put("commune (small)", "commune=" + generator.rareCommune());
    filters.put("name prefix", "name=GAR");
    filters.put("ALD + 70+ + commune", "ald=true&ageBand=70%2B&commune=" + generator.mainCommune());
    // The list serves the first COUNT_CAP matches (1,000): its last page is the deepest.
    filters.put("deepest page", "page=" + (1_000 / 50 - 1));
    return filters;
  }

  /** Latencies in ms, sorted, of {@link #queries} requests of a filter over its first pages. */
  private double[] time(String query) {
    Random random = new Random(7);
    boolean fixedPage = query.contains("page=");
    for (int i = 0; i < warmup; i++) {
      page(query, fixedPage ? -1 : random.nextInt(20));
    }
    double[] ms = new double[queries];
    for (int i = 0; i < queries; i++) {
      long t = System.nanoTime();
      page(query, fixedPage ? -1 : random.nextInt(20));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    log(
        "GET /api/v1/patients?%s: p50 %.0f ms, p95 %.0f ms",
        query, percentile(ms, 50), percentile(ms, 95));
    return ms;
  }

  private void page(String query, int page) {
    StringBuilder q = new StringBuilder("/api/v1/patients?size=50");
    if (!query.isEmpty()) {
      q.append('&').append(query);
    }
    if (page >= 0) {
      q.append("&page=").append(page);
    }
    HttpResponse<String> response = get(q.toString());
    if (response.statusCode() != 200) {
      throw new AssertionError(q + " → " + response.statusCode() + " " + response.body());
    }
  }

  static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Follows an import until it ends, logging its progress every 30 s. */
  private JsonObject follow(long jobId, long start) throws InterruptedException {
    long lastLog = System.nanoTime();
    while (true) {
      Thread.sleep(1000);
      JsonObject status = json(get("/api/v1/imports/" + jobId).body());
      String state = status.getString("status");
      if (!state.equals("RUNNING") && !state.equals("PREVIEWED")) {
        return status;
      }
      if (System.nanoTime() - lastLog > 30e9) {
        lastLog = System.nanoTime();
        long processed = status.getJsonNumber("processed").longValue();
        double elapsed = seconds(start);
        log(
            "import: %,d / %,d rows (%d %%) in %.0f s, %,.0f rows/s",
            processed, rows, status.getInt("percent"), elapsed, processed / elapsed);
      }
    }
  }

  /**
   * The reference: elapsed seconds, CPU seconds of this JVM and the database backend, and what the
   * import's writes cost by SQL alone.
   */
  private record Copied(double seconds, double cpuSeconds, Writes writes, double twoSessions) {}

  /** Cumulative seconds of {@link #importWrites}, kind of row after kind of row. */
  private record Writes(double people, double withSources, double withStory, double withAudit) {}

  /** Loads the COPY file into a scratch table shaped like person (its indexes included). */
  private Copied copy(Path copyFile) throws Exception {
    try (Connection c = connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists bench_copy_person");
        s.execute(
            "create table bench_copy_person (like person including defaults including constraints"
                + " including indexes)");
      }
      long backend;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select pg_backend_pid()")) {
        r.next();
        backend = r.getLong(1);
      }
      checkpoint();
      Cpu cpu = new Cpu(ProcessHandle.current().pid(), List.of(backend));
      long t = System.nanoTime();
      try (Reader in = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy bench_copy_person (" + NormalisedRows.COLUMNS + ") from stdin", in);
      }
      double elapsed = seconds(t);
      double cpuSeconds = cpu.seconds(List.of(backend));
      Writes writes = importWrites(c);
      double twoSessions = importWritesInTwoSessions();
      try (Statement s = c.createStatement()) {
        s.execute("drop table bench_copy_person");
      }
      return new Copied(elapsed, cpuSeconds, writes, twoSessions);
    }
  }

  /**
   * The ceiling of any import that stores what this one stores: the COPY'd rows written by SQL
   * alone, set-based, into the registry's own tables — each person, the source that named them,
   * their story's first line and their audit line, with every index and foreign key — then rolled
   * back. No parsing, validation, matching or round trip: what is left is the database's share.
   */
  private Writes importWrites(Connection c) throws SQLException {
    checkpoint();
    return importWrites(c, "true");
  }

  /**
   * The same writes in two sessions at once, each taking half the people by id (so each appends to
   * its own end of the indexes), both started together: the ceiling of an import partitioned in two
   * on this machine, where the database and the server share its cores. Elapsed seconds until the
   * slower of the two has written its half.
   */
  private double importWritesInTwoSessions() throws Exception {
    long middle =
        count("select percentile_disc(0.5) within group (order by id) from bench_copy_person");
    checkpoint();
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService sessions = Executors.newFixedThreadPool(2);
    try {
      List<Future<Writes>> halves = new ArrayList<>();
      for (String where : List.of("id <= " + middle, "id > " + middle)) {
        halves.add(
            sessions.submit(
                () -> {
                  try (Connection c = connect()) {
                    ready.countDown();
                    go.await();
                    return importWrites(c, where);
                  }
                }));
      }
      ready.await();
      go.countDown();
      double slower = 0;
      for (Future<Writes> half : halves) {
        slower = Math.max(slower, half.get().withAudit());
      }
      return slower;
    } finally {
      sessions.shutdownNow();
    }
  }

  /** {@link #importWrites(Connection)} of the people matching {@code where}, in one transaction. */
  private Writes importWrites(Connection c, String where) throws SQLException {
    long offset = 1L << 43;
    String people = NormalisedRows.COLUMNS.replace("id, ", "");
    String from = " from bench_copy_person where " + where;
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      long t = System.nanoTime();
      s.executeUpdate(
          "insert into person (id, " + people + ") select id + " + offset + ", " + people + from);
      double peopleAlone = seconds(t);
      s.executeUpdate(
          "insert into person_source (id, tenant_code, version, person_id, source, first_seen,"
              + " last_seen) select id + "
              + offset
              + ", tenant_code, 1, id + "
              + offset
              + ", 'cpam-listing', created_at, created_at"
              + from);
      double withSources = seconds(t);
      s.executeUpdate(
          "insert into person_event (id, tenant_code, version, person_id, occurred_at, actor,"
              + " kind, detail) select id + "
              + (offset + (1L << 41))
              + ", tenant_code, 1, id + "
              + offset
              + ", created_at, '"
              + USER
              + "', 'IMPORTED', 'Import cpam-listing'"
              + from);
      double withStory = seconds(t);
      s.executeUpdate(
          "insert into audit_event (id, occurred_at, actor, tenant_code, action, entity_type,"
              + " entity_id, detail) select id + "
              + (offset + (1L << 42))
              + ", created_at, '"
              + USER
              + "', tenant_code, 'CREATE', 'Person', (id + "
              + offset
              + ")::text, 'cpam-listing'"
              + from);
      double withAudit = seconds(t);
      c.rollback();
      return new Writes(peopleAlone, withSources, withStory, withAudit);
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Adds people (and their source) to the registry directly, to time the page at full size. */
  private void topUp(Path copyFile) throws SQLException, IOException {
    try (Connection c = connect()) {
      try (Reader in = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy person (" + NormalisedRows.COLUMNS + ") from stdin", in);
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "insert into person_source (id, tenant_code, version, person_id, source, first_seen,"
                + " last_seen) select id + "
                + (1L << 42)
                + ", tenant_code, 1, id, 'cpam-listing', created_at, created_at from person"
                + " where id >= "
                + (1L << 41));
      }
    }
  }

  /**
   * CPU time (user + system) of processes of this machine, from {@code /proc}: the bench shares its
   * cores with other work, so CPU seconds per row compare the import and COPY more fairly than
   * elapsed time alone. A database backend that appears meanwhile counts from zero.
   */
  private static final class Cpu {
    private final Map<Long, Long> start = new HashMap<>();

    Cpu(long process, List<Long> backends) {
      if (process > 0) {
        start.put(process, ticks(process));
      }
      backends.forEach(pid -> start.put(pid, ticks(pid)));
    }

    double seconds(List<Long> backendsNow) {
      long total = 0;
      Set<Long> pids = new HashSet<>(start.keySet());
      pids.addAll(backendsNow);
      for (long pid : pids) {
        total += Math.max(0, ticks(pid) - start.getOrDefault(pid, 0L));
      }
      return total / 100.0; // USER_HZ
    }

    static long ticks(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (IOException | RuntimeException gone) {
        return 0;
      }
    }
  }

  /** The Liberty server process of this build, found by its runtime directory. */
  private long serverPid() {
    String wlp = System.getProperty("bench.wlp.dir", "target/liberty/wlp");
    String needle = Path.of(wlp).toAbsolutePath().normalize() + "/bin/tools/ws-javaagent.jar";
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(needle)).orElse(false))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Liberty server process for " + wlp));
  }

  /** The database backends serving the bench database now (the server's pool). */
  private List<Long> backends() throws SQLException {
    List<Long> pids = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select pid from pg_stat_activity where datname = current_database()"
                    + " and pid <> pg_backend_pid()")) {
      while (r.next()) {
        pids.add(r.getLong(1));
      }
    }
    return pids;
  }

  /** The machine's load average: the bench shares its 2 cores, and this says how much. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** EXPLAIN ANALYZE of the SQL the registry list runs (as EclipseLink writes it) per filter. */
  private String explain(CpamListingGenerator generator, long total) throws SQLException {
    LocalDate today = LocalDate.now();
    String tenant = "tenant_code = '" + TENANT + "'";
    Map<String, String> wheres = new LinkedHashMap<>();
    wheres.put("none", tenant);
    wheres.put("ALD", "ald = true and " + tenant);
    wheres.put(
        "age 70+",
        "birth_date > '"
            + today.minusYears(201)
            + "' and birth_date <= '"
            + today.minusYears(70)
            + "' and "
            + tenant);
    wheres.put("commune (small)", "insee_code = '" + generator.rareCommune() + "' and " + tenant);
    wheres.put(
        "name prefix",
        "((last_name_key >= 'GAR' and last_name_key < 'GAS') or (first_name_key >= 'GAR'"
            + " and first_name_key < 'GAS')) and "
            + tenant);
    StringBuilder plans = new StringBuilder();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (var where : wheres.entrySet()) {
        plan(
            s,
            plans,
            where.getKey() + ", page 0",
            "select * from person where "
                + where.getValue()
                + " order by priority desc, id desc limit 50 offset 0");
        plan(
            s,
            plans,
            where.getKey() + ", count (capped)",
            "select id from person where " + where.getValue() + " limit 1001");
      }
      plan(
          s,
          plans,
          "deepest page",
          "select * from person where "
              + tenant
              + " order by priority desc, id desc limit 50 offset "
              + (10_000 - 50));
    }
    return plans.toString();
  }

  private void plan(Statement s, StringBuilder plans, String title, String sql)
      throws SQLException {
    plans.append("## ").append(title).append('\n').append(sql).append('\n');
    String execution = "";
    try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        String line = r.getString(1);
        plans.append(line).append('\n');
        if (line.startsWith("Execution Time")) {
          execution = line;
        }
      }
    }
    plans.append('\n');
    log("EXPLAIN %s: %s", title, execution);
  }

  private HttpResponse<String> upload(Path listing) throws IOException, InterruptedException {
    String boundary = "----orienta-bench-" + UUID.randomUUID();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"adapter\"\r\n\r\ncpam-listing\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + listing.getFileName()
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/imports")))
            .timeout(Duration.ofMinutes(30))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head),
                    HttpRequest.BodyPublishers.ofFile(listing),
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) {
    return send(
        authorized(HttpRequest.newBuilder(URI.create(baseUrl + path))).GET(),
        Duration.ofMinutes(2));
  }

  private HttpResponse<String> post(String path) {
    return send(
        authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)))
            .POST(HttpRequest.BodyPublishers.noBody()),
        Duration.ofMinutes(2));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
    try {
      return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Server unreachable at " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    String token =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return request.header("Authorization", "Basic " + token);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /**
   * Writes out what the previous phase left in the WAL and in shared buffers before a phase is
   * timed: a checkpoint that falls due during the next phase would otherwise be charged to it (the
   * reference COPY, timed just after the import, varied from 9.6 to 14.2 s without this).
   */
  private void checkpoint() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("checkpoint");
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private String pgVersion() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  /** The settings that weigh most on bulk writes, so that runs on other servers compare. */
  private String pgSettings() throws SQLException {
    List<String> settings = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String name :
          List.of("shared_buffers", "max_wal_size", "synchronous_commit", "autovacuum")) {
        try (ResultSet r = s.executeQuery("show " + name)) {
          r.next();
          settings.add(name + " " + r.getString(1));
        }
      }
    }
    return String.join(", ", settings);
  }

  private void row(String name, String format, double value) {
    report
        .append("| ")
        .append(name)
        .append(" | ")
        .append(String.format(Locale.ROOT, format, value))
        .append(" |\n");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
