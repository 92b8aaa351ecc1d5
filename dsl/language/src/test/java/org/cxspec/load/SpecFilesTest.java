package org.cxspec.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders named by the user become the files of one spec, each once, in a stable order. */
class SpecFilesTest {

	@TempDir
	Path dir;

	private Path touch(String relative) throws Exception {
		Path file = dir.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "role Clerk \"Shop clerk\"\n");
	}

	@Test
	void aFolderIsSearchedRecursivelyForSpecsInPathOrder() throws Exception {
		Path journeys = touch("journeys/visit.cxspec");
		Path brand = touch("brand.cxspec");
		touch("notes.txt");
		assertEquals(List.of(brand.toAbsolutePath().normalize(), journeys.toAbsolutePath().normalize()), SpecFiles.collect(List.of(dir)));
	}

	@Test
	void aFileNamedTwiceIsReadOnce() throws Exception {
		Path brand = touch("brand.cxspec");
		assertEquals(1, SpecFiles.collect(List.of(brand, dir)).size());
	}

	@Test
	void aMissingPathIsRefusedByName() {
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecFiles.collect(List.of(dir.resolve("nowhere.cxspec"))));
		assertTrue(refused.getMessage().contains("nowhere.cxspec"), refused.getMessage());
		assertTrue(refused.getMessage().contains("no such file"), refused.getMessage());
	}

	@Test
	void aFolderWithoutSpecIsRefused() throws Exception {
		touch("empty/notes.txt");
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecFiles.collect(List.of(dir.resolve("empty"))));
		assertTrue(refused.getMessage().contains("empty"), refused.getMessage());
		assertTrue(refused.getMessage().contains(".cxspec"), refused.getMessage());
	}

	@Test
	void nothingGivenIsRefused() {
		assertThrows(BadInputException.class, () -> SpecFiles.collect(List.of()));
	}
}
