package org.cxspec.cli;

/** A problem with what the user asked for, told in one line and exit status 2. */
final class UserProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UserProblem(String message) {
		super(message);
	}
}
