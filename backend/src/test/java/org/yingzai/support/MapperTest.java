package org.yingzai.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The mappers alone on the real MariaDB of the test JVM (MyBatis, the data source and Flyway; no
 * engine, no web, no demo data), each test in a transaction rolled back at its end. Every class
 * with this annotation shares one small Spring context. Tests make the rows they need themselves
 * ({@link Fixtures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
// the whole application's tests in the same JVM also apply the demo data's repeatable scripts
@TestPropertySource(properties = "spring.flyway.ignore-migration-patterns=*:missing")
public @interface MapperTest {}
