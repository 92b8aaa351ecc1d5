package org.cxspec.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An answer that triggers a closed loop and has not been followed up: who owns it, when it is
 * due (answer time + the loop's response time), and whether it is overdue at "now". Holds
 * personal data (respondent, comment): it goes only where the user asks for the worklist.
 */
public record FollowUp(String loop, List<String> owners, String metric, String score, String touchpoint, String respondent,
		String comment, Instant answered, Instant due, boolean overdue, Path file, long line) {
}
