package org.cxspec.generator.site;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Spends every inserted text from the document's {@link RenderBudget}, inside string literals
 * too: {@code #set($a = "$a$a")} in a loop would otherwise double a text until memory runs out.
 */
final class BudgetedInsertion implements ReferenceInsertionEventHandler {

	@Override
	public Object referenceInsert(Context context, String reference, Object value) {
		if (value instanceof CharSequence text) {
			RenderBudget.current().spendBuilt(text.length(), null);
		}
		return value;
	}
}
