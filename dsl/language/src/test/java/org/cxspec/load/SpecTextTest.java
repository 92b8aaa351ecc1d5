package org.cxspec.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is refused before parsing, with one clear line naming the file (and where, when it helps). */
class SpecTextTest {

	@TempDir
	Path dir;

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	@Test
	void aByteOrderMarkIsDroppedAndCrlfKept() throws Exception {
		byte[] text = "role Clerk \"Shop clerk\"\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertEquals("role Clerk \"Shop clerk\"\r\n", SpecText.read(write("bom.cxspec", withBom)));
	}

	@Test
	void accentsAndTypographicQuotesAreReadAsWritten() throws Exception {
		String text = "role Klant \"Één “klant” — déjà vu\"\n";
		assertEquals(text, SpecText.read(write("nl.cxspec", text.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void aBinaryFileIsRefusedNamingTheFile() throws Exception {
		Path file = write("image.cxspec", new byte[] { 'r', 'o', 'l', 'e', '\n', 'x', 0, 1, 2 });
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecText.read(file));
		assertTrue(refused.getMessage().contains("image.cxspec"), refused.getMessage());
		assertTrue(refused.getMessage().contains("binary"), refused.getMessage());
		assertTrue(refused.getMessage().contains(":2:2:"), refused.getMessage());
	}

	@Test
	void invalidUtf8IsRefusedWithLineAndColumn() throws Exception {
		byte[] latin1 = "role Clerk \"Shop clerk\"\nrole Kassa \"Caissi\u00e8re\"\n".getBytes(StandardCharsets.ISO_8859_1);
		Path file = write("latin1.cxspec", latin1);
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecText.read(file));
		assertTrue(refused.getMessage().contains("latin1.cxspec:2:19:"), refused.getMessage());
		assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
	}

	@Test
	void invalidUtf8AfterAccentsCountsCharactersNotBytes() throws Exception {
		byte[] good = "role É \"é\" ".getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[good.length + 1];
		System.arraycopy(good, 0, bad, 0, good.length);
		bad[good.length] = (byte) 0xFF;
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecText.read(write("bad.cxspec", bad)));
		assertTrue(refused.getMessage().contains("bad.cxspec:1:12:"), refused.getMessage());
	}

	@Test
	void aFileTooLargeForASpecIsRefusedWithoutReadingIt() throws Exception {
		Path file = dir.resolve("huge.cxspec");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(SpecText.MAX_BYTES + 1);
		}
		BadInputException refused = assertThrows(BadInputException.class, () -> SpecText.read(file));
		assertTrue(refused.getMessage().contains("huge.cxspec"), refused.getMessage());
		assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
	}

	@Test
	void aFileOfExactlyTheLimitIsNotTooLarge() throws Exception {
		Path file = dir.resolve("limit.cxspec");
		byte[] spaces = new byte[(int) SpecText.MAX_BYTES];
		java.util.Arrays.fill(spaces, (byte) ' ');
		Files.write(file, spaces);
		assertEquals(SpecText.MAX_BYTES, SpecText.read(file).length());
	}
}
