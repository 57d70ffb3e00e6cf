package fr.orienta.application;

import fr.orienta.platform.Messages;
import fr.orienta.platform.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON body the binding cannot read is invalid input, refused naming the first field in fault
 * (and for a list of values, the values): JSON-B itself says « internal error » for an unknown enum
 * value and names no field, which the API would answer as an incident. The body is checked against
 * the type it was to become only once the binding has failed.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  private static final Set<Class<?>> INTEGERS =
      Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    boolean json =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
    if (!json) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (holdsNul(body)) {
      // PostgreSQL stores no NUL character: the change would fail at the database.
      throw Refusal.invalid("refusal.input.nul");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (JsonbException | JsonException e) {
      throw fault(body, context.getGenericType());
    }
  }

  /**
   * Whether a JSON text holds a NUL character: the escape « backslash, u0000 » (an escaped
   * backslash followed by « u0000 » is text), or the raw character.
   */
  static boolean holdsNul(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    for (int at = text.indexOf("u0000"); at >= 0; at = text.indexOf("u0000", at + 1)) {
      int backslashes = 0;
      while (at - backslashes - 1 >= 0 && text.charAt(at - backslashes - 1) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        return true;
      }
    }
    return text.indexOf('\0') >= 0;
  }

  /** Why {@code body} cannot become a {@code type}, as precisely as can be told. */
  static Refusal fault(byte[] body, Type type) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Refusal.invalid("refusal.input.empty");
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      return Refusal.invalid(
          "refusal.input.json", e.getLocation().getLineNumber(), e.getLocation().getColumnNumber());
    } catch (JsonException e) {
      return Refusal.invalid("refusal.input.unreadable");
    }
    if (!(value instanceof JsonObject) && isObject(raw(type))) {
      return Refusal.invalid("refusal.input.root");
    }
    return fault("", value, type).orElseGet(() -> Refusal.invalid("refusal.input.unreadable"));
  }

  /**
   * The first field that is not what its type takes. A number may come as a string, as JSON-B reads
   * it; a boolean must be true or false, which JSON-B does not check.
   */
  private static Optional<Refusal> fault(String path, JsonValue value, Type type) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (isObject(raw)) {
      if (!(value instanceof JsonObject object)) {
        return Optional.of(Refusal.invalid("refusal.input.object", path));
      }
      if (raw.isRecord()) {
        return Arrays.stream(raw.getRecordComponents())
            .filter(c -> object.containsKey(c.getName()))
            .map(c -> fault(field(path, c.getName()), object.get(c.getName()), c.getGenericType()))
            .flatMap(Optional::stream)
            .findFirst();
      }
      Type values = argument(type, 1);
      return object.entrySet().stream()
          .map(e -> fault(field(path, e.getKey()), e.getValue(), values))
          .flatMap(Optional::stream)
          .findFirst();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        return Optional.of(Refusal.invalid("refusal.input.list", path));
      }
      Type elements = argument(type, 0);
      return value.asJsonArray().stream()
          .map(e -> fault(path, e, elements))
          .flatMap(Optional::stream)
          .findFirst();
    }
    String text = value instanceof JsonString s ? s.getString() : null;
    if (raw.isEnum()) {
      var names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return names.contains(text)
          ? Optional.empty()
          : Optional.of(Refusal.invalid("refusal.input.choice", path, Messages.either(names)));
    }
    if (raw == LocalDate.class) {
      try {
        LocalDate.parse(String.valueOf(text));
        return Optional.empty();
      } catch (DateTimeParseException e) {
        return Optional.of(Refusal.invalid("refusal.filter.date", path));
      }
    }
    if (INTEGERS.contains(raw)) {
      boolean integral =
          value instanceof JsonNumber || text != null && text.trim().matches("[-+]?\\d+");
      return integral
          ? Optional.empty()
          : Optional.of(Refusal.invalid("refusal.input.integer", path));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      boolean truth =
          value == JsonValue.TRUE
              || value == JsonValue.FALSE
              || "true".equalsIgnoreCase(text)
              || "false".equalsIgnoreCase(text);
      return truth ? Optional.empty() : Optional.of(Refusal.invalid("refusal.input.boolean", path));
    }
    if (raw == String.class
        && (value.getValueType() == JsonValue.ValueType.OBJECT
            || value.getValueType() == JsonValue.ValueType.ARRAY)) {
      return Optional.of(Refusal.invalid("refusal.input.text", path));
    }
    return Optional.empty();
  }

  private static boolean isObject(Class<?> raw) {
    return raw.isRecord() || Map.class.isAssignableFrom(raw);
  }

  private static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p ? raw(p.getRawType()) : Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }
}
