package org.cxspec.diff;

/**
 * The kinds of named element, in the order they are compared: what others refer to comes first,
 * so that a rename found there is known when the elements referring to it are compared. Changes
 * are told brand first all the same (see {@link Matching#compare}).
 */
enum Kind {
	VALUE("value"), METRIC("metric"), ACTOR("actor"), CUSTOMER("customer"), EXPECTATION("expectation"), BRAND("brand"),
	JOURNEY("journey"), STAGE("stage"), TOUCHPOINT("touchpoint"), COCREATION("cocreation"), CLOSED_LOOP("closed-loop");

	/** The stable word used in JSON and as label key. */
	final String id;

	Kind(String id) {
		this.id = id;
	}
}
