package org.cxspec.diff;

/** A consistency finding the change introduces or fixes (matched by rule and message, never by line). */
public record FindingChange(String severity, String rule, String message, String file, int line) {
}
