package org.yingzai.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full-context test class with a {@link Hall} of its own, made once for the class: fields of type
 * {@link Hall} and {@link Journeys} are filled in (the journeys log in as the hall's users), and
 * the engine's clock is reset after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@ExtendWith(HallExtension.class)
public @interface WithHall {}
