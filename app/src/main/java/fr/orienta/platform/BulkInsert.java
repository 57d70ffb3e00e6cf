package fr.orienta.platform;

import fr.orienta.territory.TenantOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many new entities of one class together, on the connection of the current transaction, as
 * the persistence provider would write them (same columns, ids from the same sequence, version 1,
 * the CPTS of the persistence context): an import stores hundreds of people and their lines per
 * chunk, and the provider spent more of the import's time building its insert rows than the
 * database spent writing them. On PostgreSQL the rows go through {@code COPY} (the database writes
 * them a third faster than the same rows inserted); elsewhere through multi-row INSERTs.
 *
 * <p>The columns are read from the entities' own annotations ({@code @Column}, {@code @Id},
 * {@code @Version}, {@code @Enumerated}, the CPTS column of {@link TenantOwned}); a field of a kind
 * not handled here fails loudly at the first insert rather than being skipped. The entities written
 * are not managed afterwards: they are meant to be written once and let go, and a later read in the
 * same transaction reads the rows.
 */
@ApplicationScoped
public class BulkInsert {

  /**
   * Rows per INSERT statement: one statement per row costs the database more than writing the row
   * (a quarter of an import's database time), whatever the driver's batch settings.
   */
  static final int ROWS_PER_STATEMENT = 100;

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final InstantConverter INSTANTS = new InstantConverter();

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject DatabaseMigration database;

  /**
   * Gives a new entity its id now, from the sequence the provider uses, without the provider
   * writing it: the id can be pointed at before {@link #insert(List)} writes the entity.
   */
  public <T> T identify(T entity) {
    em.persist(entity);
    em.detach(entity);
    return entity;
  }

  /**
   * Writes new entities of one class, in order, with one {@code COPY} on PostgreSQL, elsewhere
   * {@value #ROWS_PER_STATEMENT} rows per INSERT; those without an id get one first.
   */
  public void insert(List<?> entities) {
    if (entities.isEmpty()) {
      return;
    }
    Shape shape = SHAPES.computeIfAbsent(entities.get(0).getClass(), Shape::of);
    Object tenant =
        shape.tenantOwned() ? em.getProperties().get(TenantOwned.TENANT_PROPERTY) : null;
    if (shape.tenantOwned() && tenant == null) {
      throw new IllegalStateException("No CPTS for " + shape.table());
    }
    for (Object entity : entities) {
      if (entity.getClass() != shape.type()) {
        throw new IllegalArgumentException("One class per insert: " + entity.getClass());
      }
      if (shape.id(entity) == null) {
        identify(entity);
      }
    }
    Connection connection = em.unwrap(Connection.class);
    try {
      if (database.isPostgreSql()) {
        Copy.write(connection, shape, entities, tenant);
      } else {
        values(connection, shape, entities, tenant);
      }
    } catch (SQLException e) {
      throw new PersistenceException("Insert into " + shape.table() + " failed", e);
    }
  }

  private static void values(Connection connection, Shape shape, List<?> entities, Object tenant)
      throws SQLException {
    int whole = entities.size() - entities.size() % ROWS_PER_STATEMENT;
    if (whole > 0) {
      try (PreparedStatement insert = connection.prepareStatement(shape.sql(ROWS_PER_STATEMENT))) {
        for (int from = 0; from < whole; from += ROWS_PER_STATEMENT) {
          shape.bind(insert, entities.subList(from, from + ROWS_PER_STATEMENT), tenant);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (whole < entities.size()) {
      try (PreparedStatement insert =
          connection.prepareStatement(shape.sql(entities.size() - whole))) {
        shape.bind(insert, entities.subList(whole, entities.size()), tenant);
        insert.executeUpdate();
      }
    }
  }

  /**
   * The PostgreSQL side, in a class of its own so that the driver's classes are loaded only on
   * PostgreSQL. Values are written in COPY's text format ({@link CopyText}).
   */
  private static final class Copy {

    static void write(Connection connection, Shape shape, List<?> entities, Object tenant)
        throws SQLException {
      StringBuilder rows = new StringBuilder(entities.size() * 300);
      CopyText text = new CopyText();
      for (Object entity : entities) {
        Object[] values = shape.values(entity, tenant);
        for (int i = 0; i < values.length; i++) {
          if (i > 0) {
            rows.append('\t');
          }
          text.append(rows, values[i]);
        }
        rows.append('\n');
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try {
        copy.copyIn(
            "COPY " + shape.table() + " (" + String.join(", ", shape.names()) + ") FROM STDIN",
            new StringReader(rows.toString()));
      } catch (IOException e) {
        throw new SQLException("COPY into " + shape.table() + " interrupted", e);
      }
    }
  }

  /** How a class is written: its table, and its columns in order with their fields. */
  private record Shape(
      Class<?> type, String table, boolean tenantOwned, Field idField, List<Column> columns) {

    private record Column(String name, Field field, int sqlType, boolean version) {}

    static Shape of(Class<?> type) {
      if (!type.isAnnotationPresent(Entity.class)) {
        throw new IllegalArgumentException(type + " is not an entity");
      }
      Table table = type.getAnnotation(Table.class);
      List<Class<?>> hierarchy = new ArrayList<>();
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        hierarchy.add(0, c);
      }
      Field id = null;
      List<Column> columns = new ArrayList<>();
      for (Class<?> c : hierarchy) {
        for (Field field : c.getDeclaredFields()) {
          // The provider's weaving adds fields of its own (« _persistence_… »), none of them a
          // column.
          jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
          if (Modifier.isStatic(field.getModifiers())
              || Modifier.isTransient(field.getModifiers())
              || field.isSynthetic()
              || field.getName().startsWith("_persistence_")
              || field.isAnnotationPresent(Transient.class)
              || (column != null && !column.insertable())) {
            continue;
          }
          field.setAccessible(true);
          String name =
              column != null && !column.name().isEmpty() ? column.name() : field.getName();
          if (field.isAnnotationPresent(Id.class)) {
            id = field;
          }
          columns.add(
              new Column(name, field, sqlType(field), field.isAnnotationPresent(Version.class)));
        }
      }
      if (id == null) {
        throw new IllegalArgumentException(type + " has no @Id field");
      }
      return new Shape(
          type,
          table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName(),
          TenantOwned.class.isAssignableFrom(type),
          id,
          List.copyOf(columns));
    }

    private static int sqlType(Field field) {
      Class<?> type = field.getType();
      if (type == String.class) {
        return Types.VARCHAR;
      } else if (type == long.class || type == Long.class) {
        return Types.BIGINT;
      } else if (type == int.class || type == Integer.class) {
        return Types.INTEGER;
      } else if (type == boolean.class || type == Boolean.class) {
        return Types.BOOLEAN;
      } else if (type == LocalDate.class) {
        return Types.DATE;
      } else if (type == Instant.class) {
        return Types.TIMESTAMP;
      } else if (type.isEnum()) {
        Enumerated enumerated = field.getAnnotation(Enumerated.class);
        if (enumerated != null && enumerated.value() == EnumType.STRING) {
          return Types.VARCHAR;
        }
      }
      throw new IllegalArgumentException(
          "Field " + field + " of a kind BulkInsert does not write (" + type.getName() + ")");
    }

    /** The columns written, in order: the CPTS's first when the class is tenant-owned. */
    List<String> names() {
      List<String> names = new ArrayList<>();
      if (tenantOwned) {
        names.add(TenantOwned.TENANT_COLUMN);
      }
      columns.forEach(c -> names.add(c.name()));
      return names;
    }

    String sql(int rows) {
      List<String> names = names();
      String row = names.stream().map(n -> "?").collect(Collectors.joining(", ", "(", ")"));
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", names)
          + ") VALUES "
          + String.join(", ", Collections.nCopies(rows, row));
    }

    Object id(Object entity) {
      return read(idField, entity);
    }

    /** Binds the rows of a statement of {@link #sql(int) sql(entities.size())}. */
    void bind(PreparedStatement insert, List<?> entities, Object tenant) throws SQLException {
      int index = 1;
      for (Object entity : entities) {
        index = bind(insert, index, entity, tenant);
      }
    }

    /** An entity's values in the order of {@link #names()}. */
    Object[] values(Object entity, Object tenant) {
      Object[] values = new Object[columns.size() + (tenantOwned ? 1 : 0)];
      int index = 0;
      if (tenantOwned) {
        values[index++] = tenant.toString();
      }
      for (Column column : columns) {
        values[index++] = column.version() ? Long.valueOf(1) : read(column.field(), entity);
      }
      return values;
    }

    private int bind(PreparedStatement insert, int first, Object entity, Object tenant)
        throws SQLException {
      int index = first;
      Object[] values = values(entity, tenant);
      int offset = tenantOwned ? 1 : 0;
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          insert.setNull(index++, columns.get(i - offset).sqlType());
        } else if (value instanceof Instant instant) {
          insert.setTimestamp(index++, INSTANTS.convertToDatabaseColumn(instant));
        } else if (value instanceof Enum<?> constant) {
          insert.setString(index++, constant.name());
        } else if (value instanceof LocalDate) {
          insert.setObject(index++, value); // JDBC 4.2 maps it to DATE on every driver
        } else if (value instanceof String text) {
          insert.setString(index++, text);
        } else {
          insert.setObject(index++, value, columns.get(i - offset).sqlType());
        }
      }
      return index;
    }

    private static Object read(Field field, Object entity) {
      try {
        return field.get(entity);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
