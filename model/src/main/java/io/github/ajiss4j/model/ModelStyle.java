package io.github.ajiss4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: strict builders, JDK-only collections, depluralized
 * adders, and generated classes hidden behind the abstract types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"block:body"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaultAsDefault = false,
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    allowedClasspathAnnotations = {Override.class})
@interface ModelStyle {}
