package org.yingzai.shared;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The security headers on every answer, and Tomcat's own refusals as problem responses. */
@Configuration(proxyBeanMethods = false)
class WebHardening {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  /**
   * Replaces the error report of Tomcat's host (Spring Boot's or Tomcat's default); ordered last so
   * that it runs after Spring Boot's own customizer has added its valve.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(MessageSource messages) {
    return new WebServerFactoryCustomizer<>() {
      @Override
      public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(
            context -> {
              Host host = (Host) context.getParent();
              Pipeline pipeline = host.getPipeline();
              for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                  pipeline.removeValve(valve);
                }
              }
              pipeline.addValve(new ProblemReportValve(messages));
              if (host instanceof StandardHost standard) {
                // the host adds a valve of this class at its start unless one is there
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
              }
            });
      }
    };
  }
}
