package org.yingzai.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Makes the {@link Hall} of a {@link WithHall} test class and resets the engine's clock. */
final class HallExtension implements TestInstancePostProcessor, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(HallExtension.class);

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    // one hall per test class, whatever the instance lifecycle
    Hall hall =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                context.getRequiredTestClass(),
                type -> new Hall(spring.getBean(JdbcTemplate.class)),
                Hall.class);
    Journeys journeys = new Journeys(spring.getBean(TestRestTemplate.class), hall);
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (field.getType() == Hall.class) {
          set(field, test, hall);
        } else if (field.getType() == Journeys.class) {
          set(field, test, journeys);
        }
      }
    }
  }

  private static void set(Field field, Object test, Object value) throws IllegalAccessException {
    field.setAccessible(true);
    if (field.get(test) == null) {
      field.set(test, value);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    EngineTime.reset();
  }
}
