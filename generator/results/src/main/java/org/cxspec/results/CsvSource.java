package org.cxspec.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Opens one survey export for streaming: a regular file, UTF-8 with or without BOM (anything
 * else stops with the line it fails on), delimiter ',' or ';' (or tab) as configured or as the
 * header line shows. Records come from FastCSV, so quotes and embedded newlines are handled.
 */
final class CsvSource {

	private static final int HEADER_LOOKAHEAD = 1 << 16;

	private CsvSource() {
	}

	static CsvReader<CsvRecord> open(Path file, Character configured) throws BadInputException {
		if (!Files.exists(file)) {
			throw new BadInputException(Locations.display(file) + ": no such responses file");
		}
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(Locations.display(file) + ": not a regular file; give a CSV export of survey answers");
		}
		try {
			BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
					.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
					1 << 16);
			text.mark(HEADER_LOOKAHEAD);
			int first = text.read();
			if (first != '\uFEFF') {
				text.reset(); // no byte order mark: keep the first character
			}
			char delimiter = configured != null ? configured : guessDelimiter(text);
			return CsvReader.builder().fieldSeparator(delimiter).allowMissingFields(true).allowExtraFields(true)
					.allowExtraCharsAfterClosingQuote(true).skipEmptyLines(true).ofCsvRecord(text);
		} catch (java.nio.charset.CharacterCodingException notUtf8) {
			throw new BadInputException(Locations.display(file) + ":1:1: not UTF-8 text; export it as CSV UTF-8");
		} catch (IOException unreadable) {
			throw new BadInputException(Locations.display(file) + ": cannot read this responses file (" + unreadable.getClass().getSimpleName()
					+ ")");
		}
	}

	/** Spreadsheets in Dutch or German write ';': whichever of ';', ',' and tab the header line has most of, outside quotes. */
	private static char guessDelimiter(BufferedReader text) throws IOException {
		text.mark(HEADER_LOOKAHEAD);
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0, c = text.read(); c != -1 && i < HEADER_LOOKAHEAD - 1; i++, c = text.read()) {
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		text.reset();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}
}
