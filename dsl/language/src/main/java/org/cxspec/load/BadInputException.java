package org.cxspec.load;

/** Input cxspec cannot read at all (a missing path, a binary file...): one clear line for the user. */
public class BadInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public BadInputException(String message) {
		super(message);
	}
}
