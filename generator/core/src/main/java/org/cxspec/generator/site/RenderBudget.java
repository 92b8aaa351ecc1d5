package org.cxspec.generator.site;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.function.Function;

import org.apache.velocity.util.introspection.Info;

/**
 * What one document's rendering may cost, shared by everything it runs (every loop, nested or
 * not, every #parse): a cap per loop alone lets nested loops multiply. Loop steps and written
 * characters are counted; a template past either limit stops with its name, line and column.
 * Far above what the shipped templates need for the largest accepted spec.
 */
final class RenderBudget {

	static final long MAX_STEPS = 10_000_000;
	static final long MAX_CHARS = 64L * 1024 * 1024;

	private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

	private final Function<String, String> shown;
	private final long maxSteps;
	private final long maxChars;
	private long steps;
	private long chars;
	private long built;
	private Info lastPlace;

	private RenderBudget(Function<String, String> shown, long maxSteps, long maxChars) {
		this.shown = shown;
		this.maxSteps = maxSteps;
		this.maxChars = maxChars;
	}

	/** Starts the budget of one document on this thread; {@code shown} names a template for the user. */
	static RenderBudget start(Function<String, String> shown, long maxSteps, long maxChars) {
		RenderBudget budget = new RenderBudget(shown, maxSteps, maxChars);
		CURRENT.set(budget);
		return budget;
	}

	static void end() {
		CURRENT.remove();
	}

	/** The budget of the document rendering on this thread (an unlimited one outside a render never occurs). */
	static RenderBudget current() {
		RenderBudget budget = CURRENT.get();
		return budget != null ? budget : new RenderBudget(name -> name, MAX_STEPS, MAX_CHARS);
	}

	/** A loop's iterator that spends one step per element and stops when the output is already too large. */
	<T> Iterator<T> counted(Iterator<T> iterator, Info loop) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return iterator.hasNext();
			}

			@Override
			public T next() {
				lastPlace = loop;
				if (++steps > maxSteps) {
					throw problem(loop, "the loops of this document would run more than " + maxSteps
							+ " times in all; loop over the spec's elements, not over large ranges");
				}
				if (chars > maxChars) {
					throw tooLarge(loop);
				}
				return iterator.next();
			}
		};
	}

	/** Before a method builds a text of {@code length} characters ({@code repeat}). */
	void spendText(long length, Info place) {
		lastPlace = place;
		if (length < 0 || chars + length > maxChars) {
			throw tooLarge(place);
		}
	}

	/**
	 * A text a method returned or a reference inserted (into the output or into a string such as
	 * {@code "$a$a"}): counted apart from the output, so that doubling a text in a loop stops
	 * long before memory runs out.
	 */
	void spendBuilt(long length, Info place) {
		built += length;
		if (built > maxChars) {
			throw problem(place != null ? place : lastPlace, "the texts this document builds would be larger than "
					+ size() + "; a staff document is read by people: write each element once");
		}
	}

	/** Where the document was last seen running (its innermost loop or repeat), for a failure without a position of its own. */
	String where(String template) {
		return lastPlace == null ? shown.apply(template)
				: shown.apply(lastPlace.getTemplateName()) + ":" + lastPlace.getLine() + ":" + lastPlace.getColumn();
	}

	/** The document's output, counted as it is written. */
	Writer counting(Writer target) {
		return new Writer() {
			@Override
			public void write(char[] buffer, int offset, int length) throws IOException {
				chars += length;
				if (chars > maxChars) {
					throw tooLarge(lastPlace);
				}
				target.write(buffer, offset, length);
			}

			@Override
			public void write(String text, int offset, int length) throws IOException {
				chars += length;
				if (chars > maxChars) {
					throw tooLarge(lastPlace);
				}
				target.write(text, offset, length);
			}

			@Override
			public void flush() throws IOException {
				target.flush();
			}

			@Override
			public void close() throws IOException {
				target.close();
			}
		};
	}

	private TemplateProblem tooLarge(Info place) {
		return problem(place, "the document would be larger than " + size() + "; a staff document is read by people: write each"
				+ " element once");
	}

	private String size() {
		return maxChars >= 1024 * 1024 ? maxChars / (1024 * 1024) + " MB" : maxChars + " characters";
	}

	private TemplateProblem problem(Info place, String message) {
		String where = place == null ? "template" : shown.apply(place.getTemplateName()) + ":" + place.getLine() + ":" + place.getColumn();
		return new TemplateProblem(where + ": " + message, null);
	}
}
