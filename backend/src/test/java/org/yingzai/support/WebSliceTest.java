package org.yingzai.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The API controllers alone, behind the real security chains, problem responses, languages, message
 * bundles and JSON settings, with their collaborators replaced by Mockito mocks ({@link
 * SliceMocks}); no engine and no database. Every class with this annotation shares one small Spring
 * context: the controllers and the web and security parts it takes are listed here by name, since
 * most of them are package-private in their modules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
    useDefaultFilters = false,
    includeFilters =
        @Filter(
            type = FilterType.REGEX,
            pattern = {
              WebSliceTest.CONTROLLERS,
              WebSliceTest.ADVICE,
              WebSliceTest.SHARED_WEB,
              WebSliceTest.SECURITY
            }))
@Import(SliceMocks.class)
// the slice has no data source at all
@TestPropertySource(properties = "yingzai.database.required=false")
public @interface WebSliceTest {

  /** The controllers under test; {@link SliceMocks} mocks what they call. */
  String CONTROLLERS =
      "org\\.yingzai\\.(applications\\.(Application|Progress)|handling\\.Task|catalog\\.Item"
          + "|clock\\.Calendar(Admin)?|supervision\\.Urge)Controller";

  /** What the controllers' modules put around their requests, such as caps on their bodies. */
  String ADVICE = "org\\.yingzai\\.applications\\.FormBodyLimit";

  /** Problem responses, the pages' refusals and the choice of language. */
  String SHARED_WEB = "org\\.yingzai\\.shared\\.(ProblemHandler|PageErrors|WebConfiguration)";

  /** The security chains and the beans they are built from. */
  String SECURITY =
      "org\\.yingzai\\.identity\\.(SecurityConfiguration|internal\\.(IdentityConfiguration"
          + "|ProblemResponses|PageLogin|PageEntryPoint|PageRefusals|PageSessions"
          + "|PasswordAuthenticationProvider))";
}
