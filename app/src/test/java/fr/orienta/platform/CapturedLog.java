package fr.orienta.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What one logger wrote while a test ran, as the server's log would print it. */
public final class CapturedLog extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private CapturedLog(Logger logger) {
    this.logger = logger;
  }

  /** Starts capturing what {@code type}'s logger writes; close to stop. */
  public static CapturedLog of(Class<?> type) {
    CapturedLog log = new CapturedLog(Logger.getLogger(type.getName()));
    log.logger.addHandler(log);
    return log;
  }

  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Every record's message and its exception's whole printed trace, causes included. */
  public String printed() {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    for (LogRecord record : records) {
      writer.println(record.getLevel() + " " + record.getMessage());
      if (record.getThrown() != null) {
        record.getThrown().printStackTrace(writer);
      }
    }
    writer.flush();
    return out.toString();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
