package org.cxspec.generator.site;

/** A template that cannot be read or run: the message names the template, line and column. */
public class TemplateProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TemplateProblem(String message, Throwable cause) {
		super(message, cause);
	}
}
