package io.github.crmkit.examples.service;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation messages in English, whatever the server's default locale: a problem detail is
 * part of the API's contract, so its words must not change with the machine the service runs on
 * (Spring would otherwise interpolate them in the request's or the JVM's locale; the tests run
 * under Turkish and caught exactly that).
 */
@Configuration(proxyBeanMethods = false)
public class EnglishValidation {
  /**
   * The validator Spring MVC validates request bodies with.
   *
   * @return the validator
   */
  @Bean
  static LocalValidatorFactoryBean defaultValidator() {
    LocalValidatorFactoryBean v = new LocalValidatorFactoryBean();
    v.setMessageInterpolator(new English(new ResourceBundleMessageInterpolator()));
    return v;
  }

  /** Interpolates every message in English. */
  private record English(MessageInterpolator target) implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return target.interpolate(template, context, Locale.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return target.interpolate(template, context, Locale.ENGLISH);
    }
  }
}
