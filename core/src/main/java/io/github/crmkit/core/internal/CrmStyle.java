package io.github.crmkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one house style for every Immutables value type in crmkit: the generated {@code Immutable*}
 * class is package-private and hidden behind the abstract type (the "sandwich" style), so host code
 * builds values with {@code new X.Builder()} and never names a generated class. JDK collections
 * only, so no Guava type leaks into a public signature.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CrmStyle {}
