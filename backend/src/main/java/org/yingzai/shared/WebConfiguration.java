package org.yingzai.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: the API answers in the language the client asks for (Accept-Language); the pages are
 * in Chinese until the visitor picks English with {@code ?lang=en}, which a cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
    api.setDefaultLocale(CHINESE);
    api.setSupportedLocales(SUPPORTED);
    CookieLocaleResolver pages = new CookieLocaleResolver("lang");
    pages.setDefaultLocale(CHINESE);
    pages.setCookieHttpOnly(true);
    pages.setCookieSameSite("Lax");
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return (isApi(request) ? api : pages).resolveLocale(request);
      }

      @Override
      public void setLocale(
          HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported =
            locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH
                : CHINESE;
        pages.setLocale(request, response, supported);
      }
    };
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
