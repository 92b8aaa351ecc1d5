package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxspec.parser.TokenBudgetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

	private static final String MESSY = "brand A \"a\" {promise \"Simple.\"   differentiates from \"slow insurers\"}\n";
	private static final String TIDY = """
			brand A "a" {
			    promise "Simple."
			    differentiates from "slow insurers"
			}
			""";

	@TempDir
	Path folder;

	@Test
	void checkListsTheFilesThatWouldChangeAndChangesNothing() throws IOException {
		Path messy = write("messy.cxspec", MESSY);
		write("tidy.cxspec", "value V \"v\" drives retention\n");
		Run run = run("format", "--check", folder.toString());
		assertEquals(1, run.status, run.err);
		assertTrue(run.out.strip().endsWith("messy.cxspec"), run.out);
		assertEquals(1, run.out.strip().lines().count(), run.out);
		assertEquals(MESSY, Files.readString(messy));
		assertTrue(run.err.contains("1 of 2 file(s) would be reformatted."), run.err);
	}

	@Test
	void formatsInPlaceAndThenTheCheckPasses() throws IOException {
		Path messy = write("messy.cxspec", MESSY);
		Run run = run("format", messy.toString());
		assertEquals(0, run.status, run.err);
		assertEquals(TIDY, Files.readString(messy));
		assertEquals(0, run("format", "--check", messy.toString()).status);
	}

	@Test
	void leavesAFileWithSyntaxErrorsAloneAndSaysWhere() throws IOException {
		String broken = "brand A \"a\" {   promise }\n";
		Path file = write("broken.cxspec", broken);
		Run run = run("format", file.toString());
		assertEquals(1, run.status);
		assertTrue(run.err.contains("broken.cxspec:1:"), run.err);
		assertTrue(run.err.contains("[syntax-error]"), run.err);
		assertTrue(run.err.contains("not formatted"), run.err);
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void aPathWithoutSpecsIsAUsageError() {
		assertEquals(2, run("format", folder.resolve("missing").toString()).status);
	}

	@Test
	void commentsComeOutByteForByte() throws IOException {
		String messy = "// first:x\nbrand A \"a\" {promise \"Simple.\"  //x\n/* a note\n   spread   over lines\n*/\n"
				+ "   differentiates from \"slow insurers\" }\n";
		Path file = write("comments.cxspec", messy);
		Run run = run("format", file.toString());
		assertEquals(0, run.status, run.err);
		String formatted = Files.readString(file);
		assertTrue(formatted.contains("// first:x\n"), formatted);
		assertTrue(formatted.contains("//x\n"), formatted);
		assertTrue(formatted.contains("/* a note\n   spread   over lines\n*/"), formatted);
		assertEquals(0, run("format", "--check", file.toString()).status, "formatting twice changes nothing");
	}

	@Test
	void strayWordsAreSyntaxErrorsAndTheFileIsLeftAlone() throws IOException {
		String stray = "brand A \"a\" {promise \"Simple.\"\n  whatever words here\n}\n";
		Path file = write("stray.cxspec", stray);
		Run run = run("format", file.toString());
		assertEquals(1, run.status, run.err);
		assertTrue(run.err.contains("stray.cxspec:2:"), run.err);
		assertEquals(stray, Files.readString(file));
		assertEquals(1, run("format", "--check", file.toString()).status);
	}

	@Test
	void aByteOrderMarkAtTheStartIsKeptOneInsideIsSpacing() throws IOException {
		Path file = write("marks.cxspec", "\uFEFFbrand A \"a\" {promise \"Simple.\" \uFEFF differentiates from \"slow\"}\n");
		Run run = run("format", file.toString());
		assertEquals(0, run.status, run.err);
		assertFalse(run.err.contains("internal error"), run.err);
		String formatted = Files.readString(file);
		assertTrue(formatted.startsWith("\uFEFFbrand A"), formatted);
		assertEquals(1, formatted.chars().filter(c -> c == '\uFEFF').count(), "the mark inside was whitespace: " + formatted);
		assertEquals(0, run("format", "--check", file.toString()).status, run.err);
	}

	@Test
	void mixedLineEndingsFormatOnceAndStay() throws IOException {
		Path file = write("mixed.cxspec", "brand A \"a\" {\r\npromise \"Simple.\"\n\n\r\n  differentiates from \"slow\"\r}\r\n"
				+ "value V \"v\" drives retention\n");
		assertEquals(0, run("format", file.toString()).status);
		String once = Files.readString(file);
		assertEquals(0, run("format", file.toString()).status);
		assertEquals(once, Files.readString(file), "a second run changes nothing");
		assertEquals(0, run("format", "--check", file.toString()).status);
		assertFalse(once.contains("\n\n\n") || once.contains("\r\n\r\n\r\n"), once);
	}

	@Test
	void aFolderIsCheckedWholeBeforeAnyFileIsWrittenAndEveryFileIsReported() throws IOException {
		Path first = write("a-messy.cxspec", MESSY);
		String stray = "value V \"v\" drives retention\nnonsense here\n";
		Path broken = write("b-broken.cxspec", stray);
		Path last = write("c-messy.cxspec", MESSY.replace("brand A", "brand C"));
		Run run = run("format", folder.toString());
		assertEquals(1, run.status, run.err);
		assertEquals(MESSY, Files.readString(first), "nothing is written while a file has errors");
		assertEquals(stray, Files.readString(broken));
		assertTrue(run.err.contains("a-messy.cxspec: would be reformatted; left as it is"), run.err);
		assertTrue(run.err.contains("b-broken.cxspec: not formatted: fix the syntax errors first."), run.err);
		assertTrue(run.err.contains("c-messy.cxspec: would be reformatted; left as it is"), run.err);
		assertTrue(run.err.contains("Nothing was written"), run.err);
		Files.writeString(broken, "value V \"v\" drives retention\n");
		Run fixed = run("format", folder.toString());
		assertEquals(0, fixed.status, fixed.err);
		assertEquals(TIDY, Files.readString(first));
		assertTrue(fixed.out.contains("formatted") && fixed.out.contains("c-messy.cxspec"), fixed.out);
		assertEquals(TIDY.replace("brand A", "brand C"), Files.readString(last));
	}

	@Test
	void aFileOfMoreTokensThanCxspecReadsIsRefusedInOneLineAndLeftAlone() throws IOException {
		String pasted = TIDY + "{ ".repeat(TokenBudgetParser.MAX_TOKENS / 2);
		Path file = write("pasted.cxspec", pasted);
		for (String command : new String[] { "format", "validate" }) {
			Run run = run(command, file.toString());
			assertEquals(2, run.status, run.err);
			assertEquals(1, run.err.strip().lines().count(), run.err);
			assertTrue(run.err.contains("pasted.cxspec:5:") && run.err.contains("This file has more than 4,500,000 words"), run.err);
		}
		assertEquals(pasted, Files.readString(file));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text);
	}

	private record Run(int status, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(status, out.toString(), err.toString());
	}
}
