package org.yingzai.support;

import java.util.List;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.util.ClassUtils;

/**
 * Mockito mocks of the services that the controllers of {@link WebSliceTest} call, named here by
 * class since most are package-private; a test reaches one with {@code @Autowired} from its own
 * package. Each mock is reset after every test, like a {@code @MockitoBean}.
 */
public class SliceMocks implements BeanDefinitionRegistryPostProcessor {

  static final List<String> SERVICES =
      List.of(
          "org.yingzai.applications.Drafts",
          "org.yingzai.applications.MaterialUploads",
          "org.yingzai.applications.Submissions",
          "org.yingzai.applications.SupplementAnswers",
          "org.yingzai.applications.Withdrawals",
          "org.yingzai.applications.ApplicationViews",
          "org.yingzai.applications.ProgressQuery",
          "org.yingzai.handling.WorkQueue",
          "org.yingzai.handling.HandlingService",
          "org.yingzai.catalog.Catalog",
          "org.yingzai.clock.WorkingCalendar",
          "org.yingzai.clock.CalendarService",
          "org.yingzai.supervision.UrgeService",
          "org.yingzai.supervision.ExcelExport",
          // the password check behind HTTP Basic and the pages' session refresh
          "org.yingzai.identity.internal.LoginService",
          // the page login's record of a session
          "org.yingzai.identity.internal.LoginAudit");

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (String name : SERVICES) {
      Class<?> type = ClassUtils.resolveClassName(name, SliceMocks.class.getClassLoader());
      registry.registerBeanDefinition(
          ClassUtils.getShortNameAsProperty(type) + "Mock", definition(type));
    }
  }

  private static <T> RootBeanDefinition definition(Class<T> type) {
    return new RootBeanDefinition(
        type, () -> Mockito.mock(type, MockReset.withSettings(MockReset.AFTER)));
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
}
