package org.cxspec.results;

import java.nio.file.Path;

import org.cxspec.results.Dates.When;

/**
 * One usable answer, as read from an export: what it measures, where in the journey and for
 * which segment (null when the export does not say or names nothing the spec has), when, the
 * score, and what a follow-up needs (respondent, comment, whether it was followed up already).
 */
record Answer(Path file, long line, Measure measure, String touchpoint, String segment, When when, double score,
		String respondent, String comment, boolean followedUp) {
}
