package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;

import org.cxspec.generator.site.Labels;
import org.cxspec.generator.view.Measures;
import org.junit.jupiter.api.Test;

/** Every reason a row is rejected reads in the staff documents' language, from the one list of reasons. */
class RejectReasonLabelsTest {

	private final Labels english = new Labels(Locale.ENGLISH);
	private final Labels dutch = new Labels(Locale.forLanguageTag("nl"));

	@Test
	void everyReasonHasItsWordsInEveryLanguage() {
		for (RejectReason reason : RejectReason.values()) {
			String key = "measured.rejected." + reason.key();
			assertEquals(reason.text(), english.get(key), "the English documents say what the command line says");
			assertNotEquals(reason.text(), dutch.get(key), reason + " in Dutch");
		}
	}

	@Test
	void theReadingSaysHowTheExportsWereReadInTheReadersLanguage() {
		Measures.Reading reading = new Measures.Reading(3000, 2990, 10, 5702, List.of(
				new Measures.Rejected(RejectReason.SCORE_OUTSIDE_THE_SCALE.key(), 4), new Measures.Rejected(RejectReason.UNPARSABLE_DATE.key(), 6)));
		assertEquals("3000 rows read, 2990 used, 10 rejected (4 score outside the scale, 6 unparsable date); 5702 answers.",
				english.reading(reading));
		assertEquals("3000 rijen gelezen, 2990 gebruikt, 10 afgewezen (4 score buiten de schaal, 6 onleesbare datum); 5702 antwoorden.",
				dutch.reading(reading));
		assertEquals("1 rij gelezen, 1 gebruikt, 0 afgewezen; 1 antwoord.", dutch.reading(new Measures.Reading(1, 1, 0, 1, List.of())));
	}
}
