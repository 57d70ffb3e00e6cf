package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import java.lang.reflect.Field;

/** Gives an entity built in a unit test the id the database would have given it. */
final class StoredIds {

  private StoredIds() {}

  static <T extends TenantOwned> T withId(T entity, long id) {
    try {
      Field field = TenantOwned.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return entity;
  }
}
