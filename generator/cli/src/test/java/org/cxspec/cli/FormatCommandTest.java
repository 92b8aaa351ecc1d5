package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
