package org.cxspec.generator.view;

/** A named element as documents show it: its spec name (links, file names) and its description. */
public record Ref(String id, String name) {
}
