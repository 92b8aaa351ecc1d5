package org.cxspec.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cxspec.config.ResponsesMapping;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.cxspec.results.Dates.When;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The follow-up log a team keeps (a CSV named by {@code follow-up-log}, relative to its
 * cxspec.yaml): a {@code respondent} column and, optionally, a {@code followed-up} time. An
 * answer of that respondent given up to that time (any time, without one) was followed up.
 */
final class FollowUpLog {

	static final FollowUpLog NONE = new FollowUpLog(Map.of());

	private final Map<String, Instant> latest;

	private FollowUpLog(Map<String, Instant> latest) {
		this.latest = latest;
	}

	boolean covers(String respondent, Instant answered) {
		if (respondent == null || respondent.isEmpty() || latest.isEmpty()) {
			return false;
		}
		Instant until = latest.get(respondent);
		return until != null && !answered.isAfter(until);
	}

	static FollowUpLog read(ResponsesMapping mapping) throws BadInputException {
		if (mapping.followUpLog() == null) {
			return NONE;
		}
		Path folder = mapping.file().toAbsolutePath().getParent();
		Path file = folder.resolve(mapping.followUpLog().text());
		Dates dates = new Dates(mapping.dateFormat(), mapping.zone(), mapping.period());
		Map<String, Instant> latest = new HashMap<>();
		long line = 1;
		try (CsvReader<CsvRecord> csv = CsvSource.open(file, mapping.delimiter())) {
			int respondent = -1;
			int time = -1;
			for (CsvRecord record : csv) {
				line = record.getStartingLineNumber();
				if (respondent < 0 && line == 1) {
					for (int i = 0; i < record.getFieldCount(); i++) {
						String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
						respondent = name.equals("respondent") ? i : respondent;
						time = name.equals("followed-up") || name.equals("date") ? i : time;
					}
					if (respondent < 0) {
						throw new BadInputException(Locations.display(file) + ":1:1: a follow-up log needs a 'respondent' column"
								+ " (and may have 'followed-up': when)");
					}
					continue;
				}
				String who = respondent < record.getFieldCount() ? record.getField(respondent).strip() : "";
				String whenText = time >= 0 && time < record.getFieldCount() ? record.getField(time) : "";
				When when = whenText.isBlank() ? null : dates.parse(whenText);
				if (who.isEmpty() || !whenText.isBlank() && when == null) {
					throw new BadInputException(Locations.display(file) + ":" + line + ":1: " + (who.isEmpty() ? "no respondent"
							: "date '" + ResponsesReader.shorten(whenText) + "' is not an ISO 8601 date or date-time"));
				}
				Instant until = when == null ? Instant.MAX : when.instant();
				latest.merge(who, until, (a, b) -> a.isAfter(b) ? a : b);
			}
		} catch (CsvParseException | java.io.IOException | java.io.UncheckedIOException unreadable) {
			throw new BadInputException(Locations.display(file) + ":" + line + ":1: the follow-up log cannot be read as UTF-8 CSV");
		}
		return new FollowUpLog(latest);
	}
}
