package org.cxspec.diff;

/**
 * One change between the two versions, told in a sentence ({@code text}, in the chosen language)
 * and described for machines: what kind of change ({@code type}: added, removed, renamed,
 * changed, moved, or a standard/freedom change such as new-standard), to which element
 * ({@code kind} and {@code element}, its current name), which statement ({@code property}, or
 * null), and the values before and after (null where there is none).
 */
public record Change(String type, String kind, String element, String property, String before, String after, String text) {
}
