package fr.orienta.application;

import fr.orienta.platform.Messages;
import fr.orienta.platform.Refusal;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Query parameters read strictly, refusing a bad value as invalid input naming the parameter:
 * without this, a number or a status the container cannot convert is a 404 (so says JAX-RS for
 * query parameters), and a boolean anything but {@code true} is silently {@code false}. An empty
 * value counts as none: no filter, or the parameter's default. Status names may be in lower case.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> type, Type genericType, Annotation[] annotations) {
    QueryParam query = annotation(annotations, QueryParam.class);
    if (query == null) {
      return null;
    }
    Function<String, Object> parser = parser(type, query.value());
    if (parser == null) {
      return null;
    }
    DefaultValue byDefault = annotation(annotations, DefaultValue.class);
    return new ParamConverter<>() {
      @Override
      @SuppressWarnings("unchecked") // a primitive type's values come boxed
      public T fromString(String value) {
        if (value == null) {
          throw new IllegalArgumentException("no value");
        }
        String text = value.trim();
        if (text.isEmpty() && byDefault != null) {
          text = byDefault.value().trim();
        }
        return text.isEmpty() && !type.isPrimitive() ? null : (T) parser.apply(text);
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  private static Function<String, Object> parser(Class<?> type, String name) {
    if (type == int.class || type == Integer.class) {
      return text -> number(name, text, Integer::valueOf);
    }
    if (type == long.class || type == Long.class) {
      return text -> number(name, text, Long::valueOf);
    }
    if (type == boolean.class || type == Boolean.class) {
      return text -> {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return Boolean.valueOf(text);
        }
        throw Refusal.invalid("refusal.input.boolean", name);
      };
    }
    if (type.isEnum()) {
      Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
      return text ->
          Arrays.stream(constants)
              .filter(c -> c.name().equalsIgnoreCase(text))
              .findFirst()
              .orElseThrow(
                  () ->
                      Refusal.invalid(
                          "refusal.input.choice",
                          name,
                          Messages.either(Arrays.stream(constants).map(Enum::name).toList())));
    }
    return null;
  }

  private static Object number(String name, String text, Function<String, Object> parse) {
    try {
      return parse.apply(text);
    } catch (NumberFormatException e) {
      throw Refusal.invalid("refusal.input.integer", name);
    }
  }

  private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
    return Arrays.stream(annotations)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElse(null);
  }
}
