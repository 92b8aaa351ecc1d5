package org.cxspec.diff;

import java.util.List;

/** A version that does not parse: it cannot be compared, and its syntax errors say why. */
public class UnusableSide extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Side side;

	UnusableSide(Side side) {
		super(side.label() + ": " + side.syntaxErrors().size() + (side.syntaxErrors().size() == 1 ? " syntax error" : " syntax errors")
				+ (side.syntaxErrors().size() == 1 ? "; fix it" : "; fix them") + " to compare this version");
		this.side = side;
	}

	/** Each error as validate prints it: file, line, column, message and rule. */
	public List<String> errorLines() {
		return side.syntaxErrors().stream().map(side::line).toList();
	}
}
